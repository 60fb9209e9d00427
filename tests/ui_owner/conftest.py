"""Fixtures for the owner, venue, review and account screens."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.feed.testing import LiveFeed
from wheelshare.geo.gazetteer import FILE_NAME as PLACES_FILE
from wheelshare.geo.gazetteer import Gazetteer
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
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


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[LiveFeed]:
    """The reference feed server on a loopback port, with the small demo set."""
    folder = tmp_path / "feed"
    folder.mkdir()
    with LiveFeed(folder) as f:
        yield f


class LiveApp:
    """Opens the app's own session (real cache, real sync) on a data dir against the feed."""

    def __init__(self, qtbot: QtBot, feed: LiveFeed, places_index: Path) -> None:
        self.qtbot = qtbot
        self.feed = feed
        self.places_index = places_index
        self.opened: list[AppContext] = []

    def open(self, data_dir: Path, email: str = "", password: str = "") -> AppContext:
        """Signs in as ``email`` (when given) as the app does, opens and syncs once."""
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.places_index, data_dir / PLACES_FILE)
        if email:
            with FeedClient(self.feed.url) as client:
                Accounts(client, data_dir).sign_in(email, password)
        settings = Settings.in_data_dir(data_dir)
        worker = Worker()
        tracker = ProgressTracker()
        session = Session(data_dir, settings, worker, tracker, feed_override=self.feed.url)
        ctx = AppContext(data_dir, settings, worker, session, tracker)
        self.opened.append(ctx)
        with self.qtbot.waitSignal(session.ready, timeout=30_000):
            session.start(sync=False)
        self.sync(ctx)
        return ctx

    def sync(self, ctx: AppContext) -> None:
        """Runs one sync to the end (pushes the outbox, pulls the changes)."""
        session = ctx.session
        self.qtbot.waitUntil(lambda: not session.syncing, timeout=30_000)
        with self.qtbot.waitSignal(session.sync_finished, timeout=30_000):
            session.sync_now()

    def close(self) -> None:
        for ctx in self.opened:
            ctx.session.shutdown()


@pytest.fixture(scope="session")
def places_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The place index, built once per run and copied into each data dir (the app
    builds it on first start; the copy only saves each test those seconds)."""
    folder = tmp_path_factory.mktemp("places")
    Gazetteer.open(folder).close()
    return folder / PLACES_FILE


@pytest.fixture
def live_app(qtbot: QtBot, feed: LiveFeed, places_index: Path) -> Iterator[LiveApp]:
    app = LiveApp(qtbot, feed, places_index)
    yield app
    app.close()


def _in_dialog(page: Any, act: Callable[[Any], None], notes: dict[str, Any]) -> None:
    """Runs ``act(dialog)`` inside the next modal dialog ``page`` opens (its
    ``dialog_opened`` signal); the dialog is closed afterwards whatever happens, so a
    failed step never hangs the test. An exception lands in ``notes["error"]``."""

    def opened(dialog: Any) -> None:
        page.dialog_opened.disconnect(opened)

        def run() -> None:
            try:
                act(dialog)
            except BaseException as e:  # reported by the test after exec() returns
                notes["error"] = e
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, run)

    page.dialog_opened.connect(opened)


@pytest.fixture
def in_dialog() -> Callable[[Any, Callable[[Any], None], dict[str, Any]], None]:
    return _in_dialog
