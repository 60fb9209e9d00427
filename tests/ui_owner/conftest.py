"""Fixtures for the owner, venue, review and account screens."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

# The offscreen platform cannot raise windows or grab the keyboard (completer
# popups ask for both); those notices are about the test platform, not the app.
OFFSCREEN_NOTICES = r"This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # This hook sees the whole session's items: mark only the ones in this folder.
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICES))
