"""What costs money or cannot be undone asks first, and a second key press
never sends twice: done with the keyboard, against a real feed on loopback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.feed.testing import LiveFeed
from wheelshare.ui.account.page import AccountPage
from wheelshare.ui.bookings.entries import EntryState
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.find.review_dialog import BookingReviewDialog
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.owner.page import MyVehiclesPage

from .find.test_renter_journeys import open_app, open_first_result, search_at, wait_for_entry
from .helpers import (
    DialogSeen,
    add_vehicle,
    keys_in_next_dialog,
    owner_bookings_of,
    restart_server,
    stop_server,
    wait_synced,
)

AppFactory = Callable[..., tuple[AppContext, MainWindow]]
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def alt(window: QWidget, key: Qt.Key, qtbot: QtBot) -> None:
    """Alt+``key`` where the keyboard focus is; the window has it back after a
    dialog closed (the headless platform does not hand it back by itself)."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, ALT)


@pytest.mark.dates
def test_a_double_press_of_alt_b_sends_one_request(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Doublonville", lat=46.3, lon=-5.2, instant=False)
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    find = window.page("find")
    assert isinstance(find, FindPage)
    search_at(qtbot, find, "Doublonville")
    open_first_result(qtbot, find)
    qtbot.waitUntil(find.detail.book_button.isEnabled, timeout=10_000)

    # Alt+B opens the review step; Enter there goes back, sending nothing.
    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_Return, NONE)], seen)
    alt(window, Qt.Key.Key_B, qtbot)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert seen[0].kind is BookingReviewDialog
    assert seen[0].default_button == "&Back to the vehicle"
    assert seen[0].focused_button in ("", "&Back to the vehicle")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    assert ctx.session.state.pending == 0
    assert owner_bookings_of(live_feed, vehicle["id"]) == {}

    # Alt+B, then Alt+F confirms: the request goes.
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_F, ALT)], seen)
    alt(window, Qt.Key.Key_B, qtbot)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    window.show_page("bookings")
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.REQUESTED)

    # The same keys again: refused in words, and nothing more reaches the owner.
    window.show_page("find")
    qtbot.waitUntil(find.detail.book_button.isEnabled, timeout=10_000)
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_F, ALT)], seen)
    alt(window, Qt.Key.Key_B, qtbot)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_Return, NONE)], seen)
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=10_000)
    assert seen[3].kind is QMessageBox
    assert "already asked for this vehicle on these dates" in seen[3].text

    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=20_000)
    assert list(owner_bookings_of(live_feed, vehicle["id"]).values()) == ["requested"]


@pytest.mark.dates
def test_enter_in_the_cancel_question_keeps_the_booking(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Gardenville", lat=47.1, lon=-5.7, instant=True)
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    request_by_keyboard(qtbot, window, "Gardenville")
    window.show_page("bookings")
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.CONFIRMED)
    row = next(i for i, e in enumerate(page.model.rows()) if e.vehicle_title == vehicle["title"])
    page.table.setFocus()
    page.table.selectRow(row)

    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_Return, NONE)], seen)
    alt(window, Qt.Key.Key_C, qtbot)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    assert seen[0].kind is QMessageBox
    assert "Cancel your booking" in seen[0].text
    # Enter and the focused button both keep it.
    assert seen[0].default_button == "&Keep the booking"
    assert seen[0].focused_button in ("", "&Keep the booking")
    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=20_000)
    assert ctx.session.state.pending == 0
    assert list(owner_bookings_of(live_feed, vehicle["id"]).values()) == ["confirmed"]


def request_by_keyboard(qtbot: QtBot, window: MainWindow, city: str) -> None:
    find = window.page("find")
    assert isinstance(find, FindPage)
    search_at(qtbot, find, city)
    open_first_result(qtbot, find)
    qtbot.waitUntil(find.detail.book_button.isEnabled, timeout=10_000)
    reviewed: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_F, ALT)], reviewed)
    alt(window, Qt.Key.Key_B, qtbot)
    qtbot.waitUntil(lambda: bool(reviewed), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)


def choose_booking(window: MainWindow, title: str) -> BookingsPage:
    window.show_page("bookings")
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    row = next(i for i, e in enumerate(page.model.rows()) if e.vehicle_title == title)
    page.table.setFocus()
    page.table.selectRow(row)
    return page


@pytest.mark.dates
def test_a_request_not_sent_yet_is_withdrawn_and_never_reaches_the_feed(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Retraitville", lat=46.8, lon=-5.5, instant=False)
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    port = stop_server(live_feed)
    request_by_keyboard(qtbot, window, "Retraitville")
    window.show_page("bookings")
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.WAITING)
    qtbot.waitUntil(lambda: not ctx.session.syncing and ctx.session.state.offline, timeout=30_000)
    page = choose_booking(window, vehicle["title"])
    assert page.cancel_button.isEnabled(), "an unsent request cannot be withdrawn"

    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_W, ALT)], seen)
    alt(window, Qt.Key.Key_C, qtbot)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "Withdraw your request" in seen[0].text
    assert "refund" not in seen[0].text
    assert seen[0].default_button == "&Keep the request"
    qtbot.waitUntil(
        lambda: all(e.vehicle_title != vehicle["title"] for e in page.model.rows()),
        timeout=10_000,
    )
    assert ctx.session.state.pending == 0

    restart_server(live_feed, port)
    with qtbot.waitSignal(ctx.session.sync_finished, timeout=30_000):
        ctx.session.sync_now()
    assert owner_bookings_of(live_feed, vehicle["id"]) == {}


@pytest.mark.dates
def test_a_sent_request_is_withdrawn_through_the_feed_with_nothing_to_refund(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Reprisville", lat=46.9, lon=-5.3, instant=False)
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    request_by_keyboard(qtbot, window, "Reprisville")
    window.show_page("bookings")
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.REQUESTED)
    page = choose_booking(window, vehicle["title"])
    assert page.cancel_button.text() == "&Cancel request…"

    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_W, ALT)], seen)
    alt(window, Qt.Key.Key_C, qtbot)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "Withdraw your request" in seen[0].text
    assert "refunded" not in seen[0].text and "paid." not in seen[0].text
    page.show_past.setChecked(True)
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.CANCELLED)
    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=20_000)
    assert list(owner_bookings_of(live_feed, vehicle["id"]).values()) == ["cancelled"]


def test_signing_out_asks_first_and_enter_keeps_the_sign_in(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    window.show_page("account")
    account = window.page("account")
    assert isinstance(account, AccountPage)
    qtbot.waitUntil(lambda: account.user is not None, timeout=10_000)
    account.sign_out_button.setFocus()

    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_Return, NONE)], seen)
    alt(window, Qt.Key.Key_N, qtbot)  # Sig&n out
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "Sign out" in seen[0].text
    assert seen[0].default_button == "&Stay signed in"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    assert account.user is not None and ctx.session.state.signed_in_as

    keys_in_next_dialog(qtbot, [(Qt.Key.Key_O, ALT)], seen)
    alt(window, Qt.Key.Key_N, qtbot)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: account.user is None, timeout=15_000)
    qtbot.waitUntil(lambda: not ctx.session.state.signed_in_as, timeout=15_000)


@pytest.mark.slow
@pytest.mark.dates
def test_the_demo_shows_the_owners_side_from_its_notice_and_back(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), start=True)
    wait_synced(qtbot, ctx, timeout=180_000)
    window.show_page("vehicles")
    page = window.page("vehicles")
    assert isinstance(page, MyVehiclesPage)
    # The demo renter has no vehicle: the screen says how to see an owner's.
    qtbot.waitUntil(lambda: "Try as the demo owner" in page.vehicles_intro.text(), timeout=10_000)
    assert page.model.rowCount() == 0

    # The demo notice's actions are under its More… button.
    more = window.demo_notice.details_button
    more.setFocus()
    qtbot.keyClick(more, Qt.Key.Key_Space)
    role = window.demo_notice.role_button
    assert role.isVisible()
    assert role.text() == "Try as the demo owner"
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ctx.session.state.demo_owner, timeout=20_000)
    assert "demo owner" in ctx.session.state.signed_in_as
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=60_000)
    qtbot.waitUntil(lambda: page.waiting_requests() > 0, timeout=20_000)
    assert role.text() == "Back to the demo renter"

    # The navigation says what its count counts, on screen and to a screen reader.
    row = [spec.key for spec in window._specs].index("vehicles")
    item = window.nav.item(row)
    n = page.waiting_requests()
    words = "1 request waiting" if n == 1 else f"{n} requests waiting"
    qtbot.waitUntil(lambda: item.text() == f"My vehicles — {words}", timeout=20_000)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"My vehicles, {words}"

    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=60_000)
    qtbot.keyClick(role, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not ctx.session.state.demo_owner, timeout=20_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=60_000)
    assert "demo renter" in ctx.session.state.signed_in_as
