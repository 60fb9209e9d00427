"""The renter's journeys, end to end: the real app, a real feed on loopback,
a real cache file, the real Qt event loop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from wheelshare.domain import Money, clock
from wheelshare.feed.testing import LiveFeed
from wheelshare.ui import formatting
from wheelshare.ui.bookings.entries import BookingEntry, EntryState
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.main_window import MainWindow

from ..helpers import (
    add_vehicle,
    book_through_review,
    offered,
    restart_server,
    sign_in_renter,
    stop_server,
    wait_synced,
)

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


def open_app(
    make_app: AppFactory, qtbot: QtBot, feed: LiveFeed, data_dir: Path
) -> tuple[AppContext, MainWindow]:
    sign_in_renter(feed, data_dir)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", feed.url, start=True)
    wait_synced(qtbot, ctx)
    return ctx, window


def search_at(qtbot: QtBot, page: FindPage, place: str) -> None:
    """Types the place as a person would, takes it from the completion list, searches."""
    edit = page.form.place_edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, place[:5])
    qtbot.waitUntil(lambda: place in offered(edit), timeout=10_000)
    edit.setText(place)
    page.form.radius.setValue(5)
    qtbot.mouseClick(page.form.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0, timeout=10_000)


def open_first_result(qtbot: QtBot, page: FindPage) -> None:
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.details is not None, timeout=10_000)


def entries(qtbot: QtBot, window: MainWindow) -> list[BookingEntry]:
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    return page.model.rows()


def select_entry(window: MainWindow, title: str) -> None:
    """Selects the booking of that vehicle in My bookings, wherever its row is
    (the demo renter's own bookings are listed too, sorted by date)."""
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    rows = [i for i, e in enumerate(page.model.rows()) if e.vehicle_title == title]
    assert len(rows) == 1, f"{title}: {len(rows)} rows in My bookings"
    page.table.selectRow(rows[0])


def wait_for_entry(qtbot: QtBot, window: MainWindow, title: str, state: EntryState) -> BookingEntry:
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    found: list[BookingEntry] = []

    def check() -> bool:
        found[:] = [e for e in page.model.rows() if e.vehicle_title == title]
        return bool(found) and found[0].state is state

    try:
        qtbot.waitUntil(check, timeout=20_000)
    except AssertionError:
        raise AssertionError(f"{title}: expected {state}, saw {found}") from None
    return found[0]


@pytest.mark.dates
def test_a_renter_requests_a_vehicle_and_sees_it_confirmed_after_the_owner_accepts(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Kerlouan-sur-Mer", lat=46.2, lon=-5.1, instant=False)
    _ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    find = window.page("find")
    assert isinstance(find, FindPage)

    search_at(qtbot, find, "Kerlouan-sur-Mer")
    assert find.model.total == 1
    assert "1 vehicle found near Kerlouan-sur-Mer" in find.count_label.text()
    open_first_result(qtbot, find)
    assert find.detail.heading.text() == vehicle["title"]
    assert find.detail.book_button.text() == "Request &booking"
    assert find.detail.book_button.isEnabled()
    quote = find.detail.quote_label.text()
    assert f"Total: {formatting.money(Money(5000, 'EUR'))}" in quote  # one day, day price

    reviewed: list[str] = []
    book_through_review(qtbot, find, reviewed)
    qtbot.waitUntil(lambda: bool(reviewed), timeout=5_000)
    # The review step says what is being sent before anything is.
    assert vehicle["title"] in reviewed[0]
    assert f"Total: {formatting.money(Money(5000, 'EUR'))}" in reviewed[0]
    assert "full refund 48 hours or more before the start" in reviewed[0]
    window.show_page("bookings")
    entry = wait_for_entry(qtbot, window, vehicle["title"], EntryState.REQUESTED)
    assert entry.status_text == "Requested, waiting for the owner"

    # The owner accepts through the API; the renter syncs and sees it confirmed.
    assert live_feed.act(live_feed.owner(), entry.key, "accept").status_code == 200
    qtbot.mouseClick(window.status_area.sync_button, Qt.MouseButton.LeftButton)
    entry = wait_for_entry(qtbot, window, vehicle["title"], EntryState.CONFIRMED)
    # Once confirmed, and not before, the renter's own feed says where to go.
    assert entry.status_text == "Confirmed, pick-up at Kerlouan-sur-Mer"


@pytest.mark.dates
def test_an_instant_booking_is_confirmed_at_once(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Plouinstant", lat=46.6, lon=-5.4, instant=True)
    _ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    find = window.page("find")
    assert isinstance(find, FindPage)
    search_at(qtbot, find, "Plouinstant")
    open_first_result(qtbot, find)
    assert find.detail.book_button.text() == "&Book now"
    book_through_review(qtbot, find)
    window.show_page("bookings")
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.CONFIRMED)


def answer_next_dialog(qtbot: QtBot, seen: list[str], button_text: str) -> None:
    """Reads the next modal question and presses one of its buttons, as a person would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {seen[-1]}")

    QTimer.singleShot(50, answer)


@pytest.mark.dates
def test_a_cancellation_shows_the_refund_before_it_is_confirmed(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Annulville", lat=47.0, lon=-5.6, instant=True, day=8000)
    _ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    find = window.page("find")
    assert isinstance(find, FindPage)
    # Three days ahead: more than 48 hours' notice, so the policy refunds everything.
    start = clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=3)
    find.form.dates.set_range(start, start + timedelta(days=1))
    search_at(qtbot, find, "Annulville")
    open_first_result(qtbot, find)
    book_through_review(qtbot, find)
    window.show_page("bookings")
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.CONFIRMED)

    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    select_entry(window, vehicle["title"])
    assert page.cancel_button.isEnabled()
    seen: list[str] = []
    answer_next_dialog(qtbot, seen, "Cancel the &booking")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    eighty = formatting.money(Money(8000, "EUR"))
    assert f"You will be refunded {eighty} of the {eighty} paid." in seen[0]
    page.show_past.setChecked(True)
    entry = wait_for_entry(qtbot, window, vehicle["title"], EntryState.CANCELLED)
    assert entry.refund is not None and entry.refund.amount == 8000
    assert "refund" in entry.status_text


@pytest.mark.dates
def test_keeping_a_booking_sends_nothing(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Gardeville", lat=47.4, lon=-5.8, instant=True)
    _ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    find = window.page("find")
    assert isinstance(find, FindPage)
    search_at(qtbot, find, "Gardeville")
    open_first_result(qtbot, find)
    book_through_review(qtbot, find)
    window.show_page("bookings")
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.CONFIRMED)
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    select_entry(window, vehicle["title"])
    answer_next_dialog(qtbot, [], "&Keep the booking")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert window.ctx.session.state.pending == 0
    kept = [e for e in entries(qtbot, window) if e.vehicle_title == vehicle["title"]]
    assert [e.state for e in kept] == [EntryState.CONFIRMED]


@pytest.mark.dates
def test_a_request_made_while_the_feed_is_down_waits_and_goes_through_later(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Horsligne", lat=47.8, lon=-6.0, instant=True)
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    find = window.page("find")
    assert isinstance(find, FindPage)
    search_at(qtbot, find, "Horsligne")
    open_first_result(qtbot, find)

    port = stop_server(live_feed)
    book_through_review(qtbot, find)
    window.show_page("bookings")
    entry = wait_for_entry(qtbot, window, vehicle["title"], EntryState.WAITING)
    assert entry.status_text == "Waiting to be sent"
    qtbot.waitUntil(lambda: not ctx.session.syncing and ctx.session.state.offline, timeout=30_000)
    status = window.status_area.state_label.text()
    assert "Offline" in status and "1 action waiting to be sent" in status
    assert "Cannot reach the feed" in window.message_bar.text.text() or ctx.session.state.error

    restart_server(live_feed, port)
    qtbot.mouseClick(window.status_area.sync_button, Qt.MouseButton.LeftButton)
    wait_for_entry(qtbot, window, vehicle["title"], EntryState.CONFIRMED)
    qtbot.waitUntil(lambda: not ctx.session.state.offline, timeout=10_000)
    assert ctx.session.state.pending == 0


def test_dates_that_end_before_they_start_cannot_be_searched(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    find = window.page("find")
    assert isinstance(find, FindPage)
    start = datetime(2030, 5, 10, 9, 0, tzinfo=UTC)
    find.form.dates.set_range(start, start - timedelta(hours=2))
    find.form.place_edit.setText("Nowhere-in-particular")
    requested: list[object] = []
    find.form.search_requested.connect(requested.append)
    qtbot.mouseClick(find.form.search_button, Qt.MouseButton.LeftButton)
    assert requested == []
    end_field = find.form.fields["end"]
    assert end_field.error == "The end must be after the start."
    end_date = find.form.dates.end_field.date_edit
    assert "The end must be after the start." in end_date.accessibleDescription()
    assert "No known place" in find.form.fields["place"].error
    # What the person typed is still there.
    assert find.form.place_edit.text() == "Nowhere-in-particular"


@pytest.mark.slow
def test_the_demo_feed_comes_up_on_an_empty_data_dir_and_lists_vehicles(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), start=True)
    # The window is there before the demo feed: the notice says what is going on.
    assert window.isVisible()
    assert window.demo_notice.isVisible()
    wait_synced(qtbot, ctx, timeout=120_000)
    assert ctx.session.state.demo
    assert ctx.session.state.signed_in_as
    assert ctx.session.state.error == ""
    find = window.page("find")
    assert isinstance(find, FindPage)
    # The vehicles are listed while the sync stores the rest, and searched
    # again when it ends: the count is said once that search is answered.
    qtbot.waitUntil(
        lambda: find.model.total > 100 and "vehicles found" in find.count_label.text(),
        timeout=20_000,
    )
    # Its files are under the data dir, apart from the real feed's cache.
    assert (data_dir / "demo" / "embedded-feed.sqlite3").exists()
    assert (data_dir / "demo" / "cache.sqlite").exists()


def test_an_empty_search_during_the_first_sync_says_the_data_is_still_coming(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    # The first sync builds the search indexes only when it ends, so a search
    # meanwhile finds nothing: the screen must not advise a larger radius.
    ctx, window = make_app(
        "--data-dir", str(data_dir), "--feed", live_feed.url, "--no-sync", start=True
    )
    qtbot.waitUntil(lambda: ctx.session.is_ready, timeout=20_000)
    find = window.page("find")
    assert isinstance(find, FindPage)
    # As while the first pages arrive:
    ctx.session._set_state(replace(ctx.session.state, syncing=True, last_sync=None))
    find.form.submit()
    qtbot.waitUntil(lambda: "first sync" in find.count_label.text(), timeout=10_000)
    assert "larger radius" not in find.count_label.text()
    # Once it has ended, an empty answer means nothing matches.
    ctx.session._set_state(replace(ctx.session.state, syncing=False, last_sync=clock.now()))
    ctx.session.data_changed.emit()
    qtbot.waitUntil(lambda: "No vehicle matches" in find.count_label.text(), timeout=10_000)
