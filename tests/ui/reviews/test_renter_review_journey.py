"""The owner reviews the renter through *My bookings* after a rental, on a real
feed; the renter's review of the vehicle and the owner's review of the renter
show only once both are in (double-blind)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from wheelshare.domain import BookingStatus, clock
from wheelshare.ui.bookings.more_bookings import MoreBookings
from wheelshare.ui.context import AppContext
from wheelshare.ui.reviews.renter_review import RateRenterDialog


def _more(qtbot: QtBot, ctx: AppContext) -> MoreBookings:
    more = MoreBookings(ctx)
    qtbot.addWidget(more)
    more.show()
    return more


def _public_reviews(feed: Any) -> set[str]:
    changes, _ = feed.all_changes()
    return {c["id"] for c in changes if c["kind"] == "review" and c["op"] == "upsert"}


def test_owner_reviews_the_renter_and_both_reviews_show_once_both_are_in(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner, renter = feed.register("Olga Owner"), feed.register("Remi Renter")
    vehicle = feed.create_vehicle(owner, instant_book=True, title="Kangoo with rear ramp")
    start = (clock.now() + timedelta(days=1)).replace(microsecond=0)
    booked = feed.book(renter, vehicle["id"], start, start + timedelta(hours=6))
    assert booked.status_code == 201, booked.text
    end = datetime.fromisoformat(booked.json()["booking"]["end"])

    with clock.pinned(end + timedelta(hours=2), frozen=False):
        # The renter reviews the vehicle first: nobody else sees it yet.
        theirs = feed.http.post(
            f"{feed.url}/v1/vehicles/{vehicle['id']}/reviews",
            json={"criteria": {"overall": 5}, "comment": "Ramp was easy"},
            headers=renter.headers,
        ).json()["review"]
        assert theirs["id"] not in _public_reviews(feed)

        owner_ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
        more = _more(qtbot, owner_ctx)
        rentals = more.owner
        qtbot.waitUntil(lambda: len(rentals.past.rows()) == 1, timeout=10_000)
        assert rentals.past.rows()[0].status is BookingStatus.COMPLETED
        rentals.tabs.setCurrentIndex(1)
        rentals.past_view.selectRow(0)
        assert rentals.review_button.isEnabled()

        notes: dict[str, Any] = {}

        def fill(dialog: RateRenterDialog) -> None:
            notes["title"] = dialog.windowTitle()
            dialog.form.send_button.click()  # nothing chosen yet: refused, nothing lost
            notes["refused"] = dialog.form.banner.text()
            qtbot.keyClicks(dialog.form.comment_edit, "Brought it back clean and on time")
            for combo in dialog.form.choices.values():
                combo.setCurrentIndex(5)
            dialog.form.send_button.click()

        in_dialog(more, fill, notes)
        rentals.review_button.click()
        assert "error" not in notes, notes.get("error")
        assert notes["title"] == "Review Remi Renter"
        assert "rate each of the three" in notes["refused"]
        qtbot.waitUntil(lambda: "waits to be sent" in more.owner_notice.text(), timeout=10_000)
        live_app.sync(owner_ctx)
        # Both are in: both show.
        assert theirs["id"] in _public_reviews(feed)
        qtbot.waitUntil(lambda: not rentals.review_button.isEnabled(), timeout=10_000)
        assert "You have reviewed Remi Renter" in rentals.review_button.toolTip()

        renter_ctx = live_app.open(tmp_path / "renter-app", renter.email, renter.password)
        mine = _more(qtbot, renter_ctx)
        qtbot.waitUntil(lambda: "Olga Owner" in mine.about_me.text(), timeout=10_000)
        assert "Brought it back clean and on time" in mine.about_me.text()
        assert "Care of the vehicle 5/5" in mine.about_me.text()
        assert mine.tabText(2) == "Reviews of yo&u (1)"
