"""The outbox against a real feed: queued at once, sent in order, every answer visible."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from wheelshare import demo
from wheelshare.cache.database import Cache
from wheelshare.domain import Availability, Period, ValidationError, clock, wire
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.sync import outbox, store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.errors import AuthNeededError
from wheelshare.sync.syncer import Syncer

from .faultproxy import FaultProxy

pytestmark = pytest.mark.dates


def far_period(days_ahead: int, length: int = 3) -> Period:
    start = clock.now().replace(microsecond=0, second=0, minute=0) + timedelta(days=days_ahead)
    return Period(start, start + timedelta(days=length))


def bookable(feed: LiveFeed, renter: Account, period: Period, owner_id: str = "") -> str:
    """A listed vehicle of someone else (of ``owner_id`` if given), free for ``period``."""
    changes, _ = feed.all_changes()
    for c in changes:
        if c["kind"] != "vehicle" or c["data"]["owner_id"] == renter.id:
            continue
        if owner_id and c["data"]["owner_id"] != owner_id:
            continue
        if not c["data"].get("listed", True):
            continue
        r = feed.http.get(
            f"{feed.url}/v1/vehicles/{c['id']}/availability",
        )
        avail = r.json()["availability"]
        blocked = wire.availability_from_wire(avail).is_blocked(period)
        taken = any(wire.period_from_wire(b).overlaps(period) for b in avail.get("booked", []))
        if not blocked and not taken:
            vehicle_id: str = c["id"]
            return vehicle_id
    raise AssertionError("no free vehicle in the demo data")


@pytest.fixture
def renter_cache(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> tuple[Cache, Account]:
    user = Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    assert Syncer(cache, client, user_id=user.id).run().ok
    return cache, feed.renter()


def bookings_on_feed(
    feed: LiveFeed, who: Account, vehicle_id: str, period: Period
) -> list[dict[str, Any]]:
    """``who``'s bookings of this vehicle for exactly this period, as the feed has them."""
    changes, _ = feed.all_changes(who=who)
    latest: dict[str, dict[str, Any]] = {}
    for c in changes:
        data = c["data"]
        if (
            c["kind"] == "booking"
            and data["vehicle_id"] == vehicle_id
            and data["renter_id"] == who.id
            and wire.period_from_wire(data) == period
        ):
            latest[c["id"]] = data
    return list(latest.values())


def test_a_booking_request_is_pending_at_once_then_confirmed_by_the_feed(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, renter = renter_cache
    period = far_period(40)
    vehicle_id = bookable(feed, renter, period)
    item = outbox.request_booking(cache, vehicle_id, period)
    assert item.state == "pending"
    [pending] = outbox.pending_bookings(cache)
    assert (pending.vehicle_id, pending.period, pending.state) == (vehicle_id, period, "pending")
    assert [i.key for i in outbox.pending_actions(cache)] == [item.key]

    report = Syncer(cache, client).run()
    assert report.ok, report.summary
    assert [i.key for i in report.accepted] == [item.key]
    assert outbox.pending_bookings(cache) == []
    [on_feed] = bookings_on_feed(feed, renter, vehicle_id, period)
    # The feed's answer is in the cache already, under the feed's id.
    cached = store.get_record(cache, "booking", on_feed["id"])
    assert cached is not None and cached["status"] in ("requested", "confirmed")
    assert "1 accepted" in report.summary


def test_dates_taken_come_back_refused_with_the_feeds_reason_then_can_be_dismissed(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, renter = renter_cache
    period = far_period(50)
    vehicle_id = bookable(feed, renter, period, owner_id=demo.DEMO_OWNER_ID)
    # Someone else books and the owner confirms first.
    other = feed.register()
    taken = feed.book(other, vehicle_id, period.start, period.end)
    assert taken.status_code == 201
    booking = taken.json()["booking"]
    if booking["status"] == "requested":
        assert feed.act(feed.owner(), booking["id"], "accept").status_code == 200

    item = outbox.request_booking(cache, vehicle_id, period)
    report = Syncer(cache, client).run()
    assert report.ok
    [refused] = report.refused
    assert refused.key == item.key
    assert refused.state == "rejected"
    assert refused.error_code == "dates_unavailable"
    assert refused.problem == Problem(ProblemCode.DATES_UNAVAILABLE)
    assert "refused" in refused.describe_state
    assert "Refused" in report.summary
    # Still visible under "My bookings" until the person acts on it.
    [shown] = outbox.pending_bookings(cache)
    assert shown.state == "rejected" and shown.error_code == "dates_unavailable"
    outbox.dismiss(cache, item.key)
    assert outbox.pending_actions(cache) == []
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 0


def test_a_refused_action_can_be_retried_and_then_succeeds(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, _ = renter_cache
    changes, _ = feed.all_changes()
    venue_id = next(c["id"] for c in changes if c["kind"] == "venue")
    # A review of a venue the feed does not have is refused...
    refused = outbox.review_venue(cache, "no-such-venue", {"step_free": True}, "ok")
    good = outbox.review_venue(cache, venue_id, {"elevator": True})
    with pytest.raises(ValidationError):
        outbox.dismiss(cache, good.key)  # waiting actions cannot be dismissed
    Syncer(cache, client).run()
    states = {i.key: (i.state, i.error_code) for i in outbox.all_actions(cache)}
    assert states[good.key] == ("done", None)
    assert states[refused.key] == ("rejected", "not_found")
    again = outbox.retry(cache, refused.key)
    assert again.state == "pending" and again.key != refused.key
    Syncer(cache, client).run()
    # Retried, and refused again for the same reason: still visible, never dropped.
    [still] = outbox.pending_actions(cache)
    assert still.key == again.key and still.state == "rejected"
    outbox.dismiss(cache, again.key)
    assert outbox.pending_actions(cache) == []


def test_actions_go_in_order_and_booking_moves_are_checked_locally(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, renter = renter_cache
    mine = [
        r
        for r in store_bookings(cache)
        if r["renter_id"] == renter.id and r["status"] == "requested"
    ]
    assert mine, "the demo renter has a pending request"
    booking_id = mine[0]["id"]
    declined = [r for r in store_bookings(cache) if r["status"] == "declined"]
    with pytest.raises(ValidationError) as e:
        outbox.cancel_booking(cache, declined[0]["id"])
    assert e.value.code == "invalid_transition"
    outbox.cancel_booking(cache, booking_id)
    with pytest.raises(ValidationError) as e:
        outbox.cancel_booking(cache, booking_id)
    assert e.value.code == "already_pending"
    report = Syncer(cache, client).run()
    assert report.ok and len(report.accepted) == 1
    cached = store.get_record(cache, "booking", booking_id)
    assert cached is not None and cached["status"] == "cancelled"


def store_bookings(cache: Cache) -> list[dict[str, Any]]:
    import json

    with cache.session() as s:
        rows = s.connection().exec_driver_sql("SELECT data FROM bookings").scalars().all()
    return [json.loads(r) for r in rows]


def test_an_owner_lists_and_edits_a_vehicle_offline_in_one_go(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    owner = Accounts(client, data_dir).sign_in(demo.DEMO_OWNER_EMAIL, demo.DEMO_PASSWORD).user
    template = wire.vehicle_from_wire(feed.changes()["changes"][0]["data"])
    created = outbox.create_vehicle(cache, template)
    local_id = created.target_id
    assert local_id.startswith("local-")
    outbox.update_vehicle(cache, local_id, {"title": "Renamed before the feed saw it"})
    outbox.set_availability(cache, local_id, Availability(), instant_book=True)
    report = Syncer(cache, client, user_id=owner.id).run()
    assert report.ok, report.summary
    assert len(report.accepted) == 3
    new_id = store.resolve_local_id(cache, local_id)
    assert new_id and not new_id.startswith("local-")
    cached = store.get_record(cache, "vehicle", new_id)
    assert cached is not None
    assert cached["title"] == "Renamed before the feed saw it"
    assert cached["owner_id"] == owner.id and cached["instant_book"] is True
    outbox.unlist_vehicle(cache, new_id)
    assert Syncer(cache, client).run().ok
    cached = store.get_record(cache, "vehicle", new_id)
    assert cached is not None and cached["listed"] is False


def test_without_sign_in_actions_wait_and_the_public_feed_still_syncs(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    item = outbox.review_venue(cache, "v-any", {"step_free": False})
    report = Syncer(cache, client).run()
    assert isinstance(report.error, AuthNeededError)
    assert "sign in" in report.summary
    assert report.streams and report.streams[0].applied > 0
    [waiting] = outbox.pending_actions(cache)
    assert waiting.key == item.key and waiting.state == "pending"
    assert waiting.problem == Problem(ProblemCode.SIGN_IN_NEEDED)


def test_an_answer_lost_on_the_way_back_is_resent_with_the_same_key_once(
    feed: LiveFeed,
    renter_cache: tuple[Cache, Account],
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
) -> None:
    cache, renter = renter_cache
    proxied.token = client.token
    period = far_period(60)
    vehicle_id = bookable(feed, renter, period)
    item = outbox.request_booking(cache, vehicle_id, period)
    # The feed takes the request, then the connection drops before the answer.
    proxy.inject("reset", path="/v1/bookings", at=0.0)
    report = Syncer(cache, proxied).run()
    assert report.ok, report.summary
    sent = proxy.requests_to("/v1/bookings")
    assert len(sent) == 2 and all(s.upstream for s in sent)
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1
    assert outbox.all_actions(cache)[0].key == item.key
    assert outbox.all_actions(cache)[0].state == "done"


def test_an_entry_left_sending_by_a_crash_is_resent_and_not_duplicated(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, renter = renter_cache
    period = far_period(70)
    vehicle_id = bookable(feed, renter, period)
    item = outbox.request_booking(cache, vehicle_id, period)
    # The first run sent it and died before recording the answer.
    store.outbox_mark_sending(cache, item.key)
    assert feed.book(renter, vehicle_id, period.start, period.end, key=item.key).status_code == 201
    cancel_item = None
    report = Syncer(cache, client).run()
    assert report.ok
    [done] = outbox.all_actions(cache)
    assert done.key == item.key and done.state == "done" and done.attempts == 2
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1
    # The same for a move: the cancel went through, its answer was lost.
    booking_id = bookings_on_feed(feed, renter, vehicle_id, period)[0]["id"]
    cancel_item = outbox.cancel_booking(cache, booking_id)
    store.outbox_mark_sending(cache, cancel_item.key)
    assert feed.act(renter, booking_id, "cancel").status_code == 200
    report = Syncer(cache, client).run()
    assert report.ok and not report.refused, report.summary
    states = {i.key: i.state for i in outbox.all_actions(cache)}
    assert states[cancel_item.key] == "done"


def test_the_same_request_twice_reaches_the_owner_once(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, renter = renter_cache
    period = far_period(70)
    vehicle_id = bookable(feed, renter, period)
    outbox.request_booking(cache, vehicle_id, period)
    with pytest.raises(ValidationError) as waiting:
        outbox.request_booking(cache, vehicle_id, period)  # a second press, still unsent
    assert waiting.value.code == "already_requested"
    assert Syncer(cache, client).run().ok
    with pytest.raises(ValidationError) as standing:
        outbox.request_booking(cache, vehicle_id, period)  # a press after it went through
    assert standing.value.code == "already_requested"
    assert Syncer(cache, client).run().ok
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1
    # Other dates of the same vehicle are another rental.
    outbox.request_booking(cache, vehicle_id, far_period(75))


def test_bad_actions_never_reach_the_outbox(cache: Cache) -> None:
    with pytest.raises(ValidationError):
        outbox.request_booking(cache, "v1", far_period(-5))
    with pytest.raises(ValidationError):
        outbox.review_vehicle(cache, "v1", {"overall": 0})
    with pytest.raises(ValidationError):
        outbox.update_vehicle(cache, "not-cached", {"title": "x"})
    assert outbox.all_actions(cache) == []


def test_an_unsent_action_can_be_withdrawn_but_not_once_sent(
    feed: LiveFeed, renter_cache: tuple[Cache, Account], client: FeedClient
) -> None:
    cache, renter = renter_cache
    period = far_period(80)
    vehicle_id = bookable(feed, renter, period)
    unsent = outbox.request_booking(cache, vehicle_id, period)
    outbox.withdraw(cache, unsent.key)
    assert outbox.pending_bookings(cache) == []
    sent = outbox.request_booking(cache, vehicle_id, period)
    store.outbox_mark_sending(cache, sent.key)  # went out; no answer recorded yet
    with pytest.raises(ValidationError) as e:
        outbox.withdraw(cache, sent.key)
    assert e.value.code == "already_sent"
    assert Syncer(cache, client).run().ok
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1


def _titled(feed: LiveFeed, title: str) -> set[str]:
    changes, _ = feed.all_changes()
    return {c["id"] for c in changes if c["kind"] == "vehicle" and c["data"]["title"] == title}


def test_a_new_listing_whose_answer_was_lost_is_listed_once(
    feed: LiveFeed,
    cache: Cache,
    client: FeedClient,
    proxy: FaultProxy,
    proxied: FeedClient,
    data_dir: Path,
) -> None:
    owner = Accounts(client, data_dir).sign_in(demo.DEMO_OWNER_EMAIL, demo.DEMO_PASSWORD).user
    proxied.token = client.token
    template = wire.vehicle_from_wire(feed.changes()["changes"][0]["data"])
    before = _titled(feed, template.title)
    item = outbox.create_vehicle(cache, template)
    # The feed lists it, then the connection drops before the answer comes back.
    proxy.inject("reset", path="/v1/vehicles", at=0.0)
    report = Syncer(cache, proxied, user_id=owner.id).run()
    assert report.ok, report.summary
    assert len([s for s in proxy.requests_to("/v1/vehicles") if s.upstream]) == 2
    new_id = store.resolve_local_id(cache, item.target_id)
    assert new_id and not new_id.startswith("local-")
    assert _titled(feed, template.title) - before == {new_id}
    [done] = outbox.all_actions(cache)
    assert done.key == item.key and done.state == "done"


def test_a_request_queued_by_one_person_is_never_sent_with_the_next_persons_sign_in(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    # Camille (the demo renter) signs in on a shared computer and asks for a vehicle;
    # before it is sent, someone else signs in on the same computer.
    accounts = Accounts(client, data_dir)
    camille = accounts.sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    assert Syncer(cache, client, user_id=camille.id).run().ok
    period = far_period(40)
    vehicle_id = bookable(feed, feed.renter(), period)
    outbox.request_booking(cache, vehicle_id, period)

    other = feed.register("Sam")
    sam = accounts.sign_in(other.email, other.password).user
    report = Syncer(cache, client, user_id=sam.id).run()
    assert report.ok
    assert bookings_on_feed(feed, other, vehicle_id, period) == []
    assert bookings_on_feed(feed, feed.renter(), vehicle_id, period) == []
    (waiting,) = outbox.pending_actions(cache)
    assert waiting.problem == Problem(ProblemCode.QUEUED_BY_OTHER_ACCOUNT)

    # What Sam asks for goes with Sam's sign-in; Camille's request waits on.
    sams_period = far_period(60)
    sams_vehicle = bookable(feed, other, sams_period)
    outbox.request_booking(cache, sams_vehicle, sams_period)
    assert Syncer(cache, client, user_id=sam.id).run().ok
    assert len(bookings_on_feed(feed, other, sams_vehicle, sams_period)) == 1
    assert [a.problem for a in outbox.pending_actions(cache)] == [
        Problem(ProblemCode.QUEUED_BY_OTHER_ACCOUNT)
    ]

    # Camille signs in again: hers goes, as hers.
    camille = accounts.sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    assert Syncer(cache, client, user_id=camille.id).run().ok
    assert len(bookings_on_feed(feed, feed.renter(), vehicle_id, period)) == 1
    assert outbox.pending_actions(cache) == []
