"""Paths and helpers shared by the packaging tests (imported by name: this folder is no package)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.wheelshare.Wheelshare"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons" / "hicolor"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# The Xvfb of its own that packaging/measure_start.py starts, shared with the
# start benchmark: one way to start a private display server, not three.
sys.path.append(str(PACKAGING))
from measure_start import start_xvfb  # noqa: E402 (found through the path just added)

__all__ = ["start_xvfb"]


def tool(name: str, package: str) -> str:
    """The path of a command-line tool the test needs; fails (never skips) without it."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package {package} (./dev test does)")
    return path
