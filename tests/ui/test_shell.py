"""The main window: screens, shortcuts, status area, restored state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.moderation.page import ModerationPage
from wheelshare.ui.page import Page
from wheelshare.ui.pages import PAGES, build_page

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


def test_every_screen_is_reachable_by_its_shortcut(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    titles = [
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if not window.nav.item(i).isHidden()
    ]
    assert titles == [
        "Find a vehicle",
        "Venues",
        "My bookings",
        "My vehicles",
        "Trips",
        "Messages",
        "Account & settings",
    ]
    for index, spec in enumerate(PAGES[:5]):
        key = Qt.Key(Qt.Key.Key_1.value + index)
        qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget().widget() is window.page(spec.key)
        assert spec.translated_title() in window.windowTitle()
    # The shortcuts are shown in the Go menu, beside each screen's name.
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    shown = [(a.text(), a.shortcut().toString()) for a in go_menu.actions()]
    assert ("Venues", "Ctrl+2") in shown


def test_the_moderation_screen_and_its_shortcut_exist_only_for_a_moderator(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    row = [spec.key for spec in PAGES].index("moderation")
    keys, key = f"Ctrl+{row + 1}", Qt.Key(Qt.Key.Key_1.value + row)
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")

    def offered() -> tuple[bool, bool, bool]:
        in_menu = any(a.text() == "Moderation" and a.isVisible() for a in go_menu.actions())
        return (not window.nav.item(row).isHidden(), in_menu, keys in dict(window.shortcuts))

    assert offered() == (False, False, False)
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() != "moderation"

    session = ctx.session
    session._set_state(replace(session.state, moderator=True))
    assert offered() == (True, True, True)
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "moderation"
    assert isinstance(window.page("moderation"), ModerationPage)

    # The role taken back (or another person signed in): the screen goes, and
    # the window shows the first screen instead.
    session._set_state(replace(session.state, moderator=False))
    assert offered() == (False, False, False)
    assert window.current_key() == "find"


def test_every_screen_row_builds_a_page_and_a_wrong_row_fails_loudly(
    make_app: AppFactory, data_dir: Path
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    for spec in PAGES:
        page = window.page(spec.key)
        assert isinstance(page, Page)
        assert page.isAncestorOf(page.initial_focus())
    # A screen renamed without its row is an error at once, not a screen left out.
    wrong = replace(PAGES[0], target="wheelshare.ui.find.page:NoSuchPage")
    with pytest.raises(AttributeError, match="NoSuchPage"):
        build_page(wrong, ctx)
    not_a_page = replace(PAGES[0], target="wheelshare.ui.find.page:VehicleDetailPane")
    with pytest.raises(TypeError, match="not a Page"):
        build_page(not_a_page, ctx)


def test_geometry_and_last_screen_come_back_after_a_restart(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    window.show_page("bookings")
    window.resize(700, 500)
    qtbot.waitUntil(lambda: window.size().width() == 700)
    window.close()

    _ctx2, again = make_app("--data-dir", str(data_dir), "--no-sync")
    assert again.current_key() == "bookings"
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_the_status_area_offers_sync_now(make_app: AppFactory, data_dir: Path) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    assert window.status_area.sync_button.text() == "S&ync now"
    assert window.status_area.state_label.text()


def test_the_shortcuts_page_lists_the_screens(make_app: AppFactory, data_dir: Path) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    described = dict(window.shortcuts)
    assert described["Ctrl+1"] == "Go to Find a vehicle"
    assert "F5" in described
