"""Fixtures for the packaging tests: the bundle, built once per run."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from packaging_support import PACKAGING

# ./dev test starts the build before its other checks and names its folder here;
# the build writes its exit status to "status" in that folder when it ends.
BUILD_ENV = "WHEELSHARE_TEST_BUNDLE_BUILD"
BUILD_TIMEOUT_S = 1200


def _built_by_dev_test(folder: Path) -> Path:
    status = folder / "status"
    deadline = time.monotonic() + BUILD_TIMEOUT_S
    while not status.is_file():
        if time.monotonic() > deadline:
            pytest.fail(f"packaging/build.sh, started by ./dev test, is still running in {folder}")
        time.sleep(0.5)
    if status.read_text().strip() != "0":
        log = (folder / "build.log").read_text(errors="replace")
        pytest.fail(f"packaging/build.sh failed:\n{log[-12000:]}")
    return folder / "dist"


def _build(out: Path) -> Path:
    result = subprocess.run(
        [str(PACKAGING / "build.sh"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    if result.returncode != 0:
        pytest.fail(f"packaging/build.sh failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}")
    return out / "dist"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle, built once per test run by packaging/build.sh: by
    ./dev test while it lints, or here when the tests run on their own."""
    started = os.environ.get(BUILD_ENV)
    if started:
        dist = _built_by_dev_test(Path(started))
    else:
        dist = _build(tmp_path_factory.mktemp("bundle"))
    folder = dist / "wheelshare"
    assert (folder / "wheelshare").is_file()
    return folder
