"""A traveller finds a companion, against a real feed on loopback: posts a trip
from the Trips screen, a companion offers help through the API, the traveller
accepts with a meeting point, both see the confirmed companionship; after the
trip (the clock moved on) both rate."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.domain import WheelchairProfile, clock
from wheelshare.domain.companions import CompanionshipStatus
from wheelshare.feed.testing import LiveFeed
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.settings import WHEELCHAIR_PROFILE
from wheelshare.ui.trips.page import TripsPage

from ..find.test_renter_journeys import open_app
from ..helpers import DialogSeen, keys_in_next_dialog, offered, wait_synced

pytestmark = pytest.mark.dates

AppFactory = Callable[..., tuple[AppContext, MainWindow]]
ALT = Qt.KeyboardModifier.AltModifier


def choose(qtbot: QtBot, field: object, typed: str, name: str) -> None:
    """Types part of a place's name and takes it from the completion list."""
    from wheelshare.ui.widgets.place_field import PlaceField

    assert isinstance(field, PlaceField)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, typed)
    qtbot.waitUntil(lambda: name in offered(field), timeout=10_000)
    field.setText(name)


def sync(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.session.sync_now()
    wait_synced(qtbot, ctx)
    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=30_000)


def test_post_a_trip_accept_a_companion_and_rate_after_the_trip(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    ctx, window = open_app(make_app, qtbot, live_feed, data_dir)
    window.show_page("trips")
    page = window.page("trips")
    assert isinstance(page, TripsPage)
    qtbot.waitUntil(lambda: page.mine_model.rowCount() > 0, timeout=10_000)  # demo trips
    before = page.mine_model.rowCount()

    # A destination equal to the origin is refused in words; the form keeps it.
    choose(qtbot, page.origin, "Lyon Part", "Lyon Part-Dieu")
    choose(qtbot, page.destination, "Lyon Part", "Lyon Part-Dieu")
    page.post(trip=True)
    assert "same as the departure" in page.form_problem.text()
    assert page.destination.text() == "Lyon Part-Dieu"

    choose(qtbot, page.destination, "Gare de Ly", "Gare de Lyon")
    page.help_checks[next(iter(page.help_checks))].setChecked(True)
    # Sharing the wheelchair's size is asked for, never assumed; it needs the
    # measurements from Account & settings.
    assert not page.share_size.isChecked()
    page.share_size.setChecked(True)
    page.post(trip=True)
    assert "Account & settings" in page.form_problem.text()
    ctx.settings.set(WHEELCHAIR_PROFILE, WheelchairProfile(64, 110, 130, 120))
    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_P, ALT)], seen)  # "&Post the trip"
    page.post(trip=True)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.mine_model.rowCount() == before + 1, timeout=30_000)
    sync(qtbot, ctx)
    trip = next(
        e.post
        for e in page.mine_model.rows()
        if e.post is not None and e.post.journey.origin.name == "Lyon Part-Dieu"
    )
    assert trip.help and trip.compensation is not None

    # A companion offers help through the API.
    companion = live_feed.register("Bruno Companion")
    r = live_feed.http.post(
        f"{live_feed.url}/v1/trips/{trip.id}/help",
        json={"contact": "bruno@example.org", "note": "Happy to lift the suitcase"},
        headers=companion.headers,
    )
    assert r.status_code == 201, r.text
    assert r.json()["companionship"]["profile"] is None  # not before it is accepted
    sync(qtbot, ctx)

    def offer_row() -> int:
        for i, e in enumerate(page.mine_model.rows()):
            if e.companionship is not None and e.companionship.trip_id == trip.id:
                return i
        return -1

    qtbot.waitUntil(lambda: offer_row() >= 0, timeout=10_000)
    page.mine.selectRow(offer_row())
    assert page.accept_button.isEnabled()
    page.meeting_point.setText("Hall 1, under the clock")
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_A, ALT)], seen)  # "&Accept"
    page.accept_selected()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    sync(qtbot, ctx)

    def companionship_status() -> CompanionshipStatus | None:
        row = offer_row()
        c = page.mine_model.rows()[row].companionship if row >= 0 else None
        return c.status if c is not None else None

    qtbot.waitUntil(lambda: companionship_status() is CompanionshipStatus.CONFIRMED, timeout=10_000)
    page.mine.selectRow(offer_row())
    assert "Meeting point: Hall 1, under the clock" in page.detail.text()
    assert "bruno@example.org" in page.detail.text()
    assert "Their note: Happy to lift the suitcase" in page.detail.text()
    theirs, _ = live_feed.all_changes(who=companion)
    confirmed = [c["data"] for c in theirs if c["kind"] == "companionship"][-1]
    assert confirmed["meeting_point"] == "Hall 1, under the clock"
    size = {"width_cm": 64, "length_cm": 110, "seated_height_cm": 130}
    assert confirmed["profile"] == {**size, "weight_with_occupant_kg": 120}
    public, _ = live_feed.all_changes()
    assert "seated_height_cm" not in json.dumps(public)

    # After the trip, both rate; the app shows the companion's rating once both are in.
    with clock.pinned(trip.journey.leaves_until + timedelta(hours=1), frozen=False):
        sync(qtbot, ctx)
        qtbot.waitUntil(lambda: companionship_status() is CompanionshipStatus.DONE, timeout=10_000)
        page.mine.selectRow(offer_row())
        assert page.rate_button.isEnabled()
        page.stars.setValue(4)
        page.rate_selected()
        qtbot.waitUntil(lambda: ctx.session.state.pending == 0, timeout=30_000)
        r = live_feed.http.post(
            f"{live_feed.url}/v1/companionships/{confirmed['id']}/rating",
            json={"stars": 5},
            headers=companion.headers,
        )
        assert r.status_code == 201, r.text
        sync(qtbot, ctx)
        page.mine.selectRow(offer_row())
        qtbot.waitUntil(lambda: "Bruno Companion gave 5 / 5" in page.detail.text(), timeout=10_000)
        assert not page.rate_button.isEnabled()
