"""Fixtures for the desktop app's tests: the real app, built in pytest-qt's QApplication."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wheelshare.ui.app_setup import create_application, create_window
from wheelshare.ui.context import AppContext
from wheelshare.ui.main import parse_args
from wheelshare.ui.main_window import MainWindow

# Qt's headless platform says this for every top-level window with size hints;
# it is about the platform plugin, not about anything the app does.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def make_app(qtbot: QtBot, qapp: object) -> Iterator[AppFactory]:
    """Builds the app as ``wheelshare ARGS`` would, without entering app.exec()."""
    built: list[tuple[AppContext, MainWindow]] = []

    def make(*args: str, start: bool = False) -> tuple[AppContext, MainWindow]:
        ns: argparse.Namespace = parse_args(list(args))
        ctx = create_application(qapp, ns.data_dir, ns)  # type: ignore[arg-type]
        window = create_window(ctx, ns)
        qtbot.addWidget(window)
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
        window.close()
        ctx.session.shutdown()
        ctx.worker.shutdown()
        for obj in (ctx.session, ctx.worker, ctx.progress, ctx.settings):
            obj.deleteLater()
