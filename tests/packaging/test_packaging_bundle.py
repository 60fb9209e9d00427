"""The PyInstaller bundle and the .deb made from it, run the way a user runs them.

One bundle is built per test run (the ``bundle`` fixture, about a minute); the
app is started under its own Xvfb on a fresh data dir and reports, through
``WHEELSHARE_SELF_CHECK``, that its window is up and lists the demo vehicles.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from packaging_support import APP_ID, ICON_SIZES, PACKAGING, start_xvfb, tool
from psycopg import sql

import wheelshare

PG_ENV = "WHEELSHARE_TEST_PG_URL"
pytestmark = [pytest.mark.slow, pytest.mark.packaging, pytest.mark.timeout(1500)]


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)


# -- the feed server command ----------------------------------------------------


def test_feed_server_command_runs_from_the_bundle(bundle: Path) -> None:
    result = run([str(bundle / "wheelshare-feed"), "--help"])
    assert result.returncode == 0, result.stderr
    assert "usage: wheelshare-feed" in result.stdout
    for command in ("serve", "migrate", "seed-demo"):
        assert command in result.stdout


def test_feed_server_migrates_seeds_and_serves_from_the_bundle(
    bundle: Path, tmp_path: Path
) -> None:
    # Alembic's migration files, SQLAlchemy's SQLite dialect and uvicorn's
    # dynamically imported parts must all be in the bundle for this to work.
    feed = str(bundle / "wheelshare-feed")
    db = f"sqlite:///{tmp_path / 'feed.sqlite3'}"
    seeded = run([feed, "--db", db, "seed-demo", "--vehicles", "5", "--venues", "5"])
    assert seeded.returncode == 0, seeded.stderr
    assert "Loaded the demo data" in seeded.stdout

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [feed, "--db", db, "serve", "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = _get_json(f"http://127.0.0.1:{port}/v1/changes?limit=50", server)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    kinds = {change["kind"] for change in page["changes"]}
    assert "vehicle" in kinds, output


@pytest.mark.postgres
def test_feed_server_fills_a_postgresql_database_from_the_bundle(
    bundle: Path, tmp_path: Path
) -> None:
    # The PostgreSQL dialect and psycopg's compiled driver must be in the bundle too.
    server = os.environ.get(PG_ENV)
    if not server:
        message = f"{PG_ENV} is not set: run the tests with ./dev test (it starts PostgreSQL)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    name = f"bundle_{uuid.uuid4().hex[:12]}"
    plain = server.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        db = server.rsplit("/", 1)[0] + "/" + name
        feed = str(bundle / "wheelshare-feed")
        # The demo's photos go to the working directory's photo folder when the
        # database is not a file: a temporary one, not the checkout.
        seeded = run(
            [feed, "--db", db, "seed-demo", "--vehicles", "3", "--venues", "3"], cwd=tmp_path
        )
        assert seeded.returncode == 0, seeded.stderr
        assert "Loaded the demo data" in seeded.stdout
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            conn.execute(drop.format(sql.Identifier(name)))


def _get_json(url: str, server: subprocess.Popen[str]) -> dict[str, list[dict[str, str]]]:
    deadline = time.monotonic() + 120
    while True:
        if server.poll() is not None:
            pytest.fail(f"wheelshare-feed serve exited:\n{server.communicate()[0]}")
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                data: dict[str, list[dict[str, str]]] = json.load(response)
                return data
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


# -- the desktop app under Xvfb -------------------------------------------------


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server for the bundle (the app needs a real platform plugin: xcb),
    started as the start measurement and the start benchmark start theirs."""
    tool("Xvfb", "xvfb")  # fails with the package to install, rather than a bare error
    proc, name = start_xvfb(who="the bundle test")
    try:
        yield name
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def demo_vehicle_titles() -> set[str]:
    from wheelshare import demo

    return {v["title"] for v in demo.generate(demo.DEMO_SEED, vehicles=700, venues=1).vehicles}


def test_bundle_opens_its_window_and_lists_the_demo_vehicles(
    bundle: Path, display: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "fresh-data"
    report = tmp_path / "self-check.json"
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env |= {
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "WHEELSHARE_SELF_CHECK": str(report),
        "WHEELSHARE_SELF_CHECK_TIMEOUT": "400",
    }
    result = run([str(bundle / "wheelshare"), "--data-dir", str(data_dir)], env=env)
    assert report.is_file(), f"no self-check report; exit {result.returncode}:\n{result.stderr}"
    check = json.loads(report.read_text())
    assert check["window_shown"], check
    assert "wheelshare" in check["title"]
    assert check["complete"], f"no list showed data in time:\n{json.dumps(check, indent=1)}"
    shown = " ".join(row for entry in check["lists"] if entry["visible"] for row in entry["rows"])
    titles = demo_vehicle_titles()
    assert any(title in shown for title in titles), f"no demo vehicle listed in: {shown[:2000]}"
    assert result.returncode == 0, result.stderr
    # Everything it wrote went to the data dir it was given.
    assert any(data_dir.iterdir())


# -- the .deb -------------------------------------------------------------------


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    env = dict(os.environ, DEB_COMPRESS="gzip", DEB_COMPRESS_LEVEL="1")
    script = str(PACKAGING / "deb" / "build-deb.sh")
    result = run([script, "--bundle", str(bundle), "--out", str(out)], env=env)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.is_file(), result.stdout
    assert path.name == f"wheelshare_{wheelshare.__version__}_amd64.deb"
    return path


def test_deb_holds_the_bundle_launchers_and_desktop_files(deb: Path) -> None:
    listing = run(["dpkg-deb", "-c", str(deb)])
    assert listing.returncode == 0, listing.stderr
    entries = {}
    for line in listing.stdout.splitlines():
        mode, owner, _size, _date, _time, path, *link = line.split()
        entries[path.removeprefix(".")] = (mode, owner, " ".join(link))
    assert entries["/opt/wheelshare/wheelshare"][:2] == ("-rwxr-xr-x", "root/root")
    assert entries["/usr/bin/wheelshare"][2] == "-> /opt/wheelshare/wheelshare"
    assert entries["/usr/bin/wheelshare-feed"][2] == "-> /opt/wheelshare/wheelshare-feed"
    assert entries["/opt/wheelshare/wheelshare-feed"][2] == "-> wheelshare"
    expected = [
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"/usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES),
        "/usr/share/man/man1/wheelshare.1.gz",
        "/usr/share/man/man1/wheelshare-feed.1.gz",
        "/usr/share/doc/wheelshare/copyright",
        "/opt/wheelshare/_internal/wheelshare/resources/translations/wheelshare_fr.qm",
        "/opt/wheelshare/_internal/wheelshare/feed/migrations/env.py",
    ]
    missing = [path for path in expected if path not in entries]
    assert not missing, missing
    assert all(owner == "root/root" for _mode, owner, _link in entries.values())

    fields = run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"]).stdout
    assert "Package: wheelshare" in fields
    assert f"Version: {wheelshare.__version__}" in fields
    assert "libc6 (>=" in fields


# Tags below a warning cannot fail the check below.
QUIET = {"info", "pedantic", "classification"}


def quiet_lintian_checks() -> list[str]:
    """Lintian's checks that can only report tags below a warning. Spelling in
    binaries is one: ``strings`` over every library of the bundle took most of
    lintian's time, for tags that could never fail the test."""
    explain = tool("lintian-explain-tags", "lintian")
    names = run([explain, "--list-tags"]).stdout.split()
    described = run([explain, "--format=json", *names])
    assert described.returncode == 0, described.stderr
    seen: dict[str, set[str]] = {}
    for tag in json.loads(described.stdout):
        seen.setdefault(tag["check"], set()).add(tag["visibility"])
    return sorted(check for check, levels in seen.items() if levels <= QUIET)


def test_deb_passes_lintian(deb: Path) -> None:
    lintian = tool("lintian", "lintian")
    quiet = quiet_lintian_checks()
    assert "binaries/spelling" in quiet
    skip = ["--dont-check-part", ",".join(quiet)]
    result = run([lintian, "--no-cfg", "--fail-on", "error,warning", *skip, str(deb)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_deb_installs_runs_and_uninstalls_cleanly_in_a_throwaway_root(
    deb: Path, tmp_path: Path
) -> None:
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    for sub in ("info", "updates", "triggers"):
        (admin / sub).mkdir(parents=True)
    (admin / "status").touch()
    dpkg = ["dpkg", f"--root={root}", "--force-depends"]
    installed = run([*dpkg, "--install", str(deb)])
    assert installed.returncode == 0, installed.stdout + installed.stderr

    verified = run([*dpkg, "--verify", "wheelshare"])
    assert verified.returncode == 0 and not verified.stdout, verified.stdout + verified.stderr

    # The launcher links point at /opt; run the installed copy through its own path.
    feed = run([str(root / "opt" / "wheelshare" / "wheelshare-feed"), "--help"])
    assert feed.returncode == 0, feed.stderr
    validate = tool("desktop-file-validate", "desktop-file-utils")
    desktop = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    assert run([validate, str(desktop)]).returncode == 0

    removed = run([*dpkg, "--purge", "wheelshare"])
    assert removed.returncode == 0, removed.stdout + removed.stderr
    left = sorted(str(p.relative_to(root)) for p in root.rglob("*") if not p.is_relative_to(admin))
    assert not [p for p in left if p.startswith(("opt/wheelshare", "usr/"))], left
