"""The renter's open app hears of the owner's answer without anyone pressing
anything: the long poll brings the change, the sync applies it, and the
notification is in the recent list within two seconds."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wheelshare.domain import clock
from wheelshare.feed.testing import LiveFeed
from wheelshare.notify.notices import NoticeKind
from wheelshare.ui.live import LiveUpdates
from wheelshare.ui.notifications.center import NotificationCenter

from .conftest import LiveApp

pytestmark = pytest.mark.dates


def test_the_owners_acceptance_shows_in_the_renters_running_app_within_two_seconds(
    qtbot: QtBot, live_app: LiveApp, live_feed: LiveFeed, tmp_path: Path
) -> None:
    feed = live_feed
    owner, renter = feed.register("Bruno"), feed.register("Amélie")
    vehicle = feed.create_vehicle(owner, title="Kangoo with rear ramp")
    start = clock.now().replace(microsecond=0) + timedelta(days=5)
    sent = feed.book(renter, vehicle["id"], start, start + timedelta(days=1))
    assert sent.status_code == 201
    booking_id = sent.json()["booking"]["id"]

    ctx = live_app.open(tmp_path / "renter", renter.email, renter.password)
    center = NotificationCenter(ctx.session, ctx.settings, use_tray=False)
    live = LiveUpdates(ctx.session, wait=3)
    try:
        # The app holds its waiting request on the feed.
        qtbot.waitUntil(lambda: feed.app.state.feed.wakeups.count == 1, timeout=10_000)
        assert center.entries == []

        accepted_at = time.monotonic()
        assert feed.act(owner, booking_id, "accept").status_code == 200
        qtbot.waitUntil(lambda: bool(center.entries), timeout=2_000)
        latency = time.monotonic() - accepted_at
        assert latency < 2

        [entry] = center.entries
        assert entry.notice.kind is NoticeKind.ACCEPTED
        assert center.unread == 1
        dialog = center.open_list(None)
        try:
            assert dialog.list.count() == 1
            assert (
                dialog.list.item(0)
                .text()
                .startswith(
                    "Request accepted: Kangoo with rear ramp. The owner accepted your request."
                )
            )
            assert center.unread == 0
        finally:
            dialog.close()
    finally:
        live.stop()
        center.close()
