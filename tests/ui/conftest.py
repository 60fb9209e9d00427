"""Fixtures for the desktop app's tests: the real app, built in pytest-qt's QApplication."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from wheelshare.feed.testing import LiveFeed
from wheelshare.ui.app_setup import create_application, create_window
from wheelshare.ui.context import AppContext
from wheelshare.ui.main import parse_args
from wheelshare.ui.main_window import MainWindow

# Qt's headless platform says this for every top-level window with size hints;
# it is about the platform plugin, not about anything the app does.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def _place_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gazetteer's index, built once for the whole run (it takes seconds)."""
    from wheelshare.geo.gazetteer import FILE_NAME, Gazetteer

    folder = tmp_path_factory.mktemp("gazetteer")
    Gazetteer.open(folder).close()
    return folder / FILE_NAME


@pytest.fixture
def data_dir(tmp_path: Path, _place_index: Path) -> Iterator[Path]:
    """A fresh data dir (as ``wheelshare --data-dir``) with the place index already built."""
    d = tmp_path / "data"
    d.mkdir()
    shutil.copyfile(_place_index, d / _place_index.name)
    yield d


AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def make_app(qtbot: QtBot, qapp: object) -> Iterator[AppFactory]:
    """Builds the app as ``wheelshare ARGS`` would, without entering app.exec()."""
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
    folder = tmp_path / "feed"
    folder.mkdir()
    with LiveFeed(folder) as feed:
        yield feed
