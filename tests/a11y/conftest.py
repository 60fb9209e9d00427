"""Accessibility checks: shared fixtures.

Each test that changes the application-wide theme, text size or language puts
it back, because pytest-qt shares one QApplication across the session.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.ui import i18n, theme
from wheelshare.ui.settings import FIND_MAP_MODE, VENUES_MAP_MODE

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


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[QApplication]:
    """The app with default theme, 100 % text and English, restored afterwards."""
    theme.apply(qapp, "default", 100)
    i18n.install(qapp, "en", pseudo=False)
    yield qapp
    theme.apply(qapp, "default", 100)
    i18n.install(qapp, "en", pseudo=False)


@pytest.fixture
def main_window(
    qtbot: QtBot, appearance: QApplication, data_dir: Path
) -> Iterator[Callable[..., object]]:
    """Builds the real main window as ``wheelshare --data-dir DIR ARGS`` would;
    ``screen="1366x768"`` opens it on that screen (tests/screens.json)."""
    from wheelshare.ui.app_setup import create_application, create_window
    from wheelshare.ui.main import parse_args

    built: list[tuple[object, object]] = []

    def make(*args: str, screen: str | None = None) -> object:
        ns: argparse.Namespace = parse_args(["--data-dir", str(data_dir), "--no-sync", *args])
        ctx = create_application(appearance, ns.data_dir, ns)
        # The results screens with their map as well as the list, wherever
        # there is room for both, so that every audit walks the map too.
        for setting in (FIND_MAP_MODE, VENUES_MAP_MODE):
            ctx.settings.set(setting, "both")
        window = create_window(ctx, ns)
        if screen is not None:
            # Opened on that screen of tests/screens.json, at the size the app
            # chooses there when it starts.
            on = next(s for s in QGuiApplication.screens() if s.name() == screen)
            window.setScreen(on)
            window.move(on.availableGeometry().topLeft())
            window.open_at_screen_size()
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        built.append((ctx, window))
        return window

    yield make
    for ctx, window in built:
        window.close()  # type: ignore[attr-defined]
        # Gone before the language is reset, so no screen rebuilds half-deleted.
        window.deleteLater()  # type: ignore[attr-defined]
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # As the app quits (ui/main.py): the long poll's thread stops first.
        if ctx.live is not None:  # type: ignore[attr-defined]
            ctx.live.stop()  # type: ignore[attr-defined]
        ctx.session.shutdown()  # type: ignore[attr-defined]
        ctx.worker.shutdown()  # type: ignore[attr-defined]
        for obj in (ctx.session, ctx.worker, ctx.progress, ctx.settings):  # type: ignore[attr-defined]
            obj.deleteLater()
