"""An offline journey: act while the feed is down; once it is back, each action lands once."""

from __future__ import annotations

from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.cache.database import Cache
from wheelshare.domain.problems import ProblemCode
from wheelshare.feed.server_thread import serve_in_thread
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import outbox, store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.errors import OfflineError
from wheelshare.sync.syncer import Syncer

from .conftest import cache_content
from .test_outbox import bookable, bookings_on_feed, far_period, store_bookings

pytestmark = pytest.mark.dates


def test_actions_taken_offline_are_pushed_exactly_once_when_the_feed_is_back(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    user = Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    assert Syncer(cache, client, user_id=user.id).run().ok
    browsable = cache_content(cache.path)
    renter = feed.renter()
    period = far_period(30)
    vehicle_id = bookable(feed, renter, period)
    changes, _ = feed.all_changes()
    venue_id = next(c["id"] for c in changes if c["kind"] == "venue")
    requested = next(
        b for b in store_bookings(cache) if b["renter_id"] == user.id and b["status"] == "requested"
    )

    # The feed goes down (the server process stops; its port refuses connections).
    port = int(feed.url.rsplit(":", 1)[1])
    server = feed._server
    assert server is not None
    server.stop()

    booked = outbox.request_booking(cache, vehicle_id, period)
    reviewed = outbox.review_venue(cache, venue_id, {"elevator": True}, "Lift to every floor")
    cancelled = outbox.cancel_booking(cache, requested["id"])
    for _ in range(2):  # the app keeps trying while offline
        report = Syncer(cache, client, user_id=user.id).run()
        assert isinstance(report.error, OfflineError)
        assert report.still_waiting == 3
        waiting = outbox.pending_actions(cache)
        assert [i.key for i in waiting] == [booked.key, reviewed.key, cancelled.key]
        assert all(i.state == "pending" for i in waiting)
        assert "Cannot reach the feed" in waiting[0].describe_state
        problem = waiting[0].problem
        assert problem is not None and problem.code is ProblemCode.OFFLINE
        # Everything synced before stays browsable.
        assert cache_content(cache.path) == browsable
    assert [p.vehicle_id for p in outbox.pending_bookings(cache)] == [vehicle_id]

    # The feed comes back on the same address.
    feed._server = serve_in_thread(feed.app, port=port)
    report = Syncer(cache, client, user_id=user.id).run()
    assert report.ok, report.summary
    assert [i.key for i in report.accepted] == [booked.key, reviewed.key, cancelled.key]
    assert outbox.pending_actions(cache) == []
    # Exactly once each, on the feed.
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1
    # Who wrote a review shows only in the author's own feed.
    reviews = [
        c
        for c in feed.all_changes(who=renter)[0]
        if c["kind"] == "review"
        and c["data"]["target_id"] == venue_id
        and c["data"]["author_id"] == user.id
    ]
    assert len({c["id"] for c in reviews}) == 1
    cancelled_now = store.get_record(cache, "booking", requested["id"])
    assert cancelled_now is not None and cancelled_now["status"] == "cancelled"
    # A further sync sends nothing again.
    again = Syncer(cache, client, user_id=user.id).run()
    assert again.ok and again.pushed == 0
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1


def test_a_request_that_never_reached_the_feed_can_still_be_withdrawn(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    user = Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    assert Syncer(cache, client, user_id=user.id).run().ok
    renter = feed.renter()
    period = far_period(33)
    vehicle_id = bookable(feed, renter, period)
    port = int(feed.url.rsplit(":", 1)[1])
    server = feed._server
    assert server is not None
    server.stop()  # the port refuses connections: nothing can have arrived

    booked = outbox.request_booking(cache, vehicle_id, period)
    report = Syncer(cache, client, user_id=user.id).run()
    assert isinstance(report.error, OfflineError)
    [waiting] = outbox.pending_bookings(cache)
    assert not waiting.sent
    outbox.withdraw(cache, booked.key)
    assert outbox.pending_bookings(cache) == []

    feed._server = serve_in_thread(feed.app, port=port)
    assert Syncer(cache, client, user_id=user.id).run().ok
    assert bookings_on_feed(feed, renter, vehicle_id, period) == []


def test_a_request_made_signed_out_can_still_be_withdrawn(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    assert Syncer(cache, client).run().ok
    period = far_period(34)
    vehicle_id = bookable(feed, feed.renter(), period)
    booked = outbox.request_booking(cache, vehicle_id, period)
    Syncer(cache, client).run()  # nobody is signed in: it waits, unsent
    [waiting] = outbox.pending_bookings(cache)
    assert waiting.state == "pending" and not waiting.sent
    outbox.withdraw(cache, booked.key)
    assert outbox.all_actions(cache) == []
