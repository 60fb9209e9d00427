"""Where wheelshare finds its resources and keeps its files.

Resources live in ``resources/`` at the top of a source checkout; the package
reaches them through the ``wheelshare/resources`` link, which a wheel or a
frozen bundle replaces with a real copy, so one lookup serves every install.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from wheelshare import APP_ID


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "wheelshare" / "resources"
    return (Path(__file__).resolve().parent / "resources").resolve()


def resource(*parts: str) -> Path:
    """Path of a shipped resource; raises FileNotFoundError naming it when missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        name = "/".join(parts)
        raise FileNotFoundError(f"wheelshare resource missing: {name} (looked in {path})")
    return path


# The app's settings, in its data dir (ui/settings.py); none yet means a first run.
SETTINGS_FILE = "settings.ini"


def default_data_dir() -> Path:
    """The per-user data dir (``--data-dir`` overrides it for every file written)."""
    return Path(platformdirs.user_data_dir("wheelshare", appauthor=False, roaming=True))


__all__ = ["APP_ID", "SETTINGS_FILE", "default_data_dir", "resource", "resources_dir"]
