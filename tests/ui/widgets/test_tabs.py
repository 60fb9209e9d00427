"""Tabs on My vehicles and My bookings, as the keyboard and a screen reader meet them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.ui.bookings.more_bookings import MoreBookings
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner.page import MyVehiclesPage
from wheelshare.ui.owner.rentals import OwnerRentals


def make_screen(ctx: AppContext, which: str) -> QWidget:
    if which == "My vehicles":
        return MyVehiclesPage(ctx)
    if which == "My bookings":
        return MoreBookings(ctx)
    return OwnerRentals()


@pytest.mark.parametrize("which", ["My vehicles", "My bookings", "rentals"])
def test_a_tab_widget_is_no_unnamed_focus_stop_but_its_tabs_are(
    qtbot: QtBot, ctx: AppContext, which: str
) -> None:
    screen = make_screen(ctx, which)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    tab_widgets = [screen] if isinstance(screen, QTabWidget) else []
    tab_widgets += screen.findChildren(QTabWidget)
    assert tab_widgets
    for tabs in tab_widgets:
        # Not focusable itself, so the accessibility bus shows no nameless
        # focusable "filler" around the tabs...
        assert tabs.focusPolicy() == Qt.FocusPolicy.NoFocus
        interface = QAccessible.queryAccessibleInterface(tabs)
        assert not interface.state().focusable
        # ...while its tabs still take the keyboard.
        assert tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus
        # A screen reader's review meets the tabs before the page under them.
        first = interface.child(0)
        assert first.role() == QAccessible.Role.PageTabList
        assert first.object() is tabs.tabBar()


def test_on_my_vehicles_tab_goes_from_the_tabs_to_the_table_below(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = MyVehiclesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.tabs.tabBar().hasFocus)
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.vehicles_view
    qtbot.keyClick(page.vehicles_view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.tabs.tabBar()
