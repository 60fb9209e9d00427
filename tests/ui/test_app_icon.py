"""The app has its own icon in the title bar, task switcher and dock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


def test_the_window_shows_the_app_icon(make_app: AppFactory, qtbot: QtBot, data_dir: Path) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    icon = window.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()  # the drawing loads, not only the name
