"""The app as a screen reader meets it: over the real AT-SPI accessibility bus.

A virtual X screen (Xvfb), a session D-Bus, the AT-SPI bus, wheelshare on the
xcb platform against a feed on a loopback port; then, from a separate process
under the system Python with pyatspi (as Orca does), tests/a11y/atspi_walker.py
walks every main screen and dialog. Qt's offscreen platform exposes no tree,
so nothing here can be checked in-process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wheelshare.ui.pages import PAGES

from .known_gaps import split

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")

pytestmark = [pytest.mark.atspi, pytest.mark.slow]


def _need(path: str | None, what: str) -> str:
    if not path or not Path(path).exists():
        pytest.fail(f"{what} is missing; ./dev test installs it (Debian: see TEST_DEBS in ./dev)")
    return path


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Xvfb + session bus + AT-SPI bus; yields the environment to run clients in."""
    xvfb_bin = _need(shutil.which("Xvfb"), "Xvfb (xvfb)")
    launcher = _need(next((p for p in LAUNCHERS if Path(p).exists()), None), "at-spi-bus-launcher")
    _need(shutil.which("dbus-launch"), "dbus-launch (dbus-x11)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        [xvfb_bin, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    env = dict(os.environ, DISPLAY=display)
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, check=True, capture_output=True, text=True
    ).stdout
    bus_pid = 0
    for line in out.splitlines():
        key, _, value = line.partition("=")
        value = value.rstrip(";").strip("'")
        if key == "DBUS_SESSION_BUS_ADDRESS":
            env[key] = value
        elif key == "DBUS_SESSION_BUS_PID":
            bus_pid = int(value)
    bus = subprocess.Popen(
        [launcher, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    try:
        yield env
    finally:
        _stop(bus)
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)
        _stop(xvfb)


def test_screen_reader_tree_of_every_screen_and_dialog(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    _need(SYSTEM_PYTHON, "the system Python")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        pytest.fail("python3-pyatspi is missing for the system Python; ./dev test installs it")
    from wheelshare.feed.testing import LiveFeed

    (tmp_path / "feed").mkdir()
    with LiveFeed(tmp_path / "feed") as feed:
        data = tmp_path / "data"
        data.mkdir()
        env = dict(
            desktop,
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        )
        log = tmp_path / "app.log"
        with log.open("wb") as sink:
            app = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "wheelshare.app",
                    "--data-dir",
                    str(data),
                    "--feed",
                    feed.url,
                ],
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        try:
            walker = subprocess.run(
                [SYSTEM_PYTHON, str(HERE / "atspi_walker.py"), "90"],
                env=desktop,
                capture_output=True,
                text=True,
                timeout=240,
            )
        finally:
            _stop(app)
    output = walker.stdout
    print(output)
    assert walker.returncode == 0, (
        f"the walk could not run:\n{output}\n{walker.stderr}\napp:\n{log.read_text()[-3000:]}"
    )
    failures = [line[5:] for line in output.splitlines() if line.startswith("FAIL ")]
    checked = next(
        int(line.split()[1]) for line in output.splitlines() if line.startswith("CHECKED")
    )
    screens = [line[7:] for line in output.splitlines() if line.startswith("SCREEN ")]
    new, known = split(failures)
    print(
        f"AT-SPI: {checked} objects checked on {len(screens)} screens and dialogs,"
        f" {len(new)} failures, {len(known)} known gaps"
    )
    # Every screen of the navigation (the app runs as a moderator here, so
    # Moderation is among them).
    assert len([s for s in screens if not s.startswith("dialog")]) == len(PAGES), screens
    assert any(s.startswith("dialog") for s in screens), "no dialog was walked"
    assert checked > 100
    assert not new, "\n".join(new)
