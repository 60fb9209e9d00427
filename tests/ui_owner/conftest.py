"""Fixtures for the owner, venue, review and account screens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wheelshare.ui.context import AppContext
from wheelshare.ui.progress import ProgressTracker
from wheelshare.ui.session import Session
from wheelshare.ui.settings import Settings
from wheelshare.ui.worker import Worker

HERE = Path(__file__).resolve().parent

# The offscreen platform cannot raise windows or grab the keyboard (completer
# popups ask for both); those notices are about the test platform, not the app.
OFFSCREEN_NOTICES = r"This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # This hook sees the whole session's items: mark only the ones in this folder.
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICES))


@pytest.fixture
def ctx(data_dir: Path, qapp: QApplication) -> Iterator[AppContext]:
    """The context a screen gets in the app, around a fresh data dir."""
    settings = Settings.in_data_dir(data_dir)
    worker = Worker()
    tracker = ProgressTracker()
    session = Session(data_dir, settings, worker, tracker)
    yield AppContext(data_dir, settings, worker, session, tracker)
    worker.shutdown()
