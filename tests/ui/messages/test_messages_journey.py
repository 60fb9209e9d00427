"""The Messages screen against a real feed: the renter writes from a booking,
the owner answers through the API, the renter's app shows it after a sync and
says so without moving the focus; offline, a message waits visibly and is
sent once when the feed is back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.domain import clock
from wheelshare.feed.testing import LiveFeed
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.messages.page import MessagesPage

from ..find.test_renter_journeys import open_app
from ..helpers import restart_server, stop_server, wait_synced

pytestmark = pytest.mark.dates

AppFactory = Callable[..., tuple[AppContext, MainWindow]]
CTRL = Qt.KeyboardModifier.ControlModifier


def _on_feed(feed: LiveFeed, who: Any) -> list[str]:
    changes, _ = feed.all_changes(who=who)
    return [c["data"]["text"] for c in changes if c["kind"] == "message"]


def _thread_texts(page: MessagesPage) -> list[str]:
    return [line.text for line in page.thread_model.rows()]


def test_renter_and_owner_talk_online_and_offline(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    owner = live_feed.register("Odile")
    r = live_feed.http.patch(
        f"{live_feed.url}/v1/me", json={"phone": "+33 6 11 22 33 44"}, headers=owner.headers
    )
    assert r.status_code == 200
    vehicle = live_feed.create_vehicle(
        owner,
        title="Kangoo with lift",
        instant_book=True,
        location={"lat": 45.76, "lon": 4.83, "city": "Lyon", "address": "3 rue Neuve"},
    )
    renter = live_feed.renter()
    start = clock.now().replace(microsecond=0) + timedelta(days=30)
    booked = live_feed.book(renter, vehicle["id"], start, start + timedelta(days=1))
    booking = booked.json()["booking"]

    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    # From the booking, "Message the owner" opens its conversation.
    window.show_page("bookings")
    bookings = window.page("bookings")
    assert isinstance(bookings, BookingsPage)
    qtbot.waitUntil(
        lambda: any(e.key == booking["id"] for e in bookings.model.rows()), timeout=10_000
    )
    bookings.open_record(booking["id"])
    qtbot.waitUntil(bookings.message_button.isEnabled, timeout=5_000)
    qtbot.mouseClick(bookings.message_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "messages"
    page = window.page("messages")
    assert isinstance(page, MessagesPage)
    qtbot.waitUntil(
        lambda: page._thread is not None and page._thread.booking.id == booking["id"],
        timeout=10_000,
    )
    summary = page.booking_text.text()
    assert "3 rue Neuve" in summary and "+33 6 11 22 33 44" in summary
    assert QApplication.focusWidget() is page.compose

    # Ctrl+Enter sends; the field empties once the message is queued.
    qtbot.keyClicks(page.compose, "Is the lift easy to use alone?")
    qtbot.keyClick(page.compose, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.compose.toPlainText() == "", timeout=10_000)
    wait_synced(qtbot, ctx)
    qtbot.waitUntil(lambda: _on_feed(live_feed, owner) == ["Is the lift easy to use alone?"])

    # Too long: refused beside the field, the text kept.
    page.compose.setPlainText("x" * 2001)
    qtbot.keyClick(page.compose, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.compose_error.text() != "", timeout=5_000)
    assert "2,000" in page.compose_error.text()
    assert len(page.compose.toPlainText()) == 2001
    page.compose.clear()

    # The owner answers through the API; after a sync the thread shows it,
    # said by the live label while the focus stays where it was.
    page.thread_view.setFocus()
    r = live_feed.message(owner, booking["id"], "Yes: one button, and I'll show you.")
    assert r.status_code == 201
    ctx.session.sync_now()
    qtbot.waitUntil(
        lambda: _thread_texts(page)[-1:] == ["Yes: one button, and I'll show you."],
        timeout=15_000,
    )
    assert "Odile" in page.live.text() and "one button" in page.live.accessibleName()
    assert QApplication.focusWidget() is page.thread_view
    described = page.thread_model.describe(page.thread_model.rows()[-1])
    assert described.startswith("Odile, ") and described.endswith("I'll show you.")

    # Offline: the message waits, visibly, and goes once the feed is back.
    wait_synced(qtbot, ctx)
    port = stop_server(live_feed)
    page.compose.setFocus()
    qtbot.keyClicks(page.compose, "Running ten minutes late")
    qtbot.keyClick(page.compose, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: (
            page.thread_model.rows()[-1].text == "Running ten minutes late"
            and page.thread_model.rows()[-1].outbox_key != ""
        ),
        timeout=15_000,
    )
    assert page.thread_model.rows()[-1].when == "waiting to be sent"
    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=30_000)
    restart_server(live_feed, port)
    ctx.session.sync_now()
    qtbot.waitUntil(
        lambda: (
            page.thread_model.rows()[-1].text == "Running ten minutes late"
            and page.thread_model.rows()[-1].outbox_key == ""
        ),
        timeout=30_000,
    )
    assert _on_feed(live_feed, owner).count("Running ten minutes late") == 1
