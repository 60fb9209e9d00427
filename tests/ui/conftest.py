"""Fixtures for the desktop app's tests, in pytest-qt's QApplication: the whole app
with its window (``make_app``), one screen's context (``ctx``), the app's session
on a real feed (``live_app`` over ``live_feed``), and data dirs with the place
index already built (``data_dir``, ``places_index``)."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.feed.testing import LiveFeed
from wheelshare.geo.gazetteer import FILE_NAME as PLACES_FILE
from wheelshare.geo.gazetteer import Gazetteer
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.ui.app_setup import create_application, create_window
from wheelshare.ui.context import AppContext
from wheelshare.ui.main import parse_args
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.progress import ProgressTracker
from wheelshare.ui.session import Session
from wheelshare.ui.settings import Settings
from wheelshare.ui.worker import Worker

# Qt's headless platform says this for every top-level window with size hints;
# it is about the platform plugin, not about anything the app does.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
# The suite has no network tiles (WHEELSHARE_NO_NETWORK_TILES): a map shown by
# a test that is not about it asks an address that cannot answer, and Qt's tile
# loader says so after its retries. The map's own tests assert what a person
# sees then (tests/ui/map: the plain background, the place names, no error).
NO_TILES_NOISE = "QGeoTileRequestManager: Failed to fetch tile"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, NO_TILES_NOISE))


@pytest.fixture(scope="session")
def places_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The place index, built once per run and copied into each data dir (the app
    builds it on first start; the copy only saves each test those seconds)."""
    folder = tmp_path_factory.mktemp("places")
    Gazetteer.open(folder).close()
    return folder / PLACES_FILE


@pytest.fixture
def data_dir(tmp_path: Path, places_index: Path) -> Iterator[Path]:
    """A fresh data dir (as ``wheelshare --data-dir``) with the place index already built."""
    d = tmp_path / "data"
    d.mkdir()
    shutil.copyfile(places_index, d / PLACES_FILE)
    yield d


@pytest.fixture
def ctx(data_dir: Path, qapp: QApplication) -> Iterator[AppContext]:
    """The context a screen gets in the app, around a fresh data dir, without the
    window (for one screen built on its own); the session is not started."""
    settings = Settings.in_data_dir(data_dir)
    worker = Worker()
    tracker = ProgressTracker()
    session = Session(data_dir, settings, worker, tracker)
    yield AppContext(data_dir, settings, worker, session, tracker)
    worker.shutdown()


AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def make_app(qtbot: QtBot, qapp: object) -> Iterator[AppFactory]:
    """Builds the app as ``wheelshare ARGS`` would, window included, without
    entering app.exec(). (``live_app`` opens only the session, for one screen.)"""
    built: list[tuple[AppContext, MainWindow]] = []

    def make(*args: str, start: bool = False) -> tuple[AppContext, MainWindow]:
        ns: argparse.Namespace = parse_args(list(args))
        ctx = create_application(qapp, ns.data_dir, ns)  # type: ignore[arg-type]
        window = create_window(ctx, ns)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        if start:
            ctx.session.start(sync=not ns.no_sync)
        built.append((ctx, window))
        return ctx, window

    yield make
    for ctx, window in built:
        close_app(ctx, window)


def close_app(ctx: AppContext, window: MainWindow) -> None:
    """Closes the window and frees it and its context before the next test, so no
    timer or signal of this app can reach into a later one. Closing twice (a test
    that closes an app itself, then the fixture) does nothing the second time."""
    if not shiboken6.isValid(ctx.session):
        return
    if shiboken6.isValid(window):
        window.close()
    # As the app quits (ui/main.py): the long poll's thread goes first, so that it
    # never outlives the test, retrying against a feed that is gone.
    if ctx.live is not None and shiboken6.isValid(ctx.live):
        ctx.live.stop()
    ctx.session.shutdown()
    ctx.worker.shutdown()
    for obj in (window, ctx.session, ctx.worker, ctx.progress, ctx.settings):
        if shiboken6.isValid(obj):
            obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


# -- a real feed on loopback ------------------------------------------------------


@pytest.fixture
def live_feed(tmp_path: Path) -> Iterator[LiveFeed]:
    """The reference feed server on a loopback port, with the small demo set."""
    folder = tmp_path / "feed"
    folder.mkdir()
    with LiveFeed(folder) as feed:
        yield feed


class LiveApp:
    """Opens the app's own session (real cache, real sync) on a data dir against
    the feed, without the window: screens are then built on their own."""

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


@pytest.fixture
def live_app(qtbot: QtBot, live_feed: LiveFeed, places_index: Path) -> Iterator[LiveApp]:
    app = LiveApp(qtbot, live_feed, places_index)
    yield app
    app.close()


# -- dialogs --------------------------------------------------------------------


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
