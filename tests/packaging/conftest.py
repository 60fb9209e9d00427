"""Fixtures for the packaging tests: the bundle, built once per run."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from packaging_support import PACKAGING


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle, built once per test run by packaging/build.sh."""
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ)
    result = subprocess.run(
        [str(PACKAGING / "build.sh"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if result.returncode != 0:
        pytest.fail(f"packaging/build.sh failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}")
    folder = out / "dist" / "wheelshare"
    assert (folder / "wheelshare").is_file()
    return folder
