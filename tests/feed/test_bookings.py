"""Bookings through the HTTP API: requests, answers, cancellations, expiry."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from wheelshare.domain.wire import format_time
from wheelshare.feed.bookings import sweep
from wheelshare.feed.models import BookingRow
from wheelshare.feed.testing import LiveFeed

from .helpers import at, error_of, period

pytestmark = pytest.mark.dates


def test_quote_prices_the_period(feed: LiveFeed) -> None:
    owner = feed.register("Quote owner")
    v = feed.create_vehicle(owner)
    start = at(5)
    r = feed.http.get(
        f"{feed.url}/v1/vehicles/{v['id']}/quote",
        params=period(start, start + timedelta(days=8)),
    )
    assert r.status_code == 200, r.text
    q = r.json()["quote"]
    # One week (250.00) and one day (50.00).
    assert q["total"] == {"amount": 30000, "currency": "EUR"}
    assert [(line["unit"], line["count"]) for line in q["lines"]] == [("week", 1), ("day", 1)]


def test_request_then_accept_confirms_and_shows_in_both_private_feeds(feed: LiveFeed) -> None:
    owner, renter = feed.register("Owner"), feed.register("Renter")
    v = feed.create_vehicle(owner)
    start = at(10)
    r = feed.book(renter, v["id"], start, start + timedelta(days=2))
    assert r.status_code == 201, r.text
    booking = r.json()["booking"]
    assert booking["status"] == "requested"
    assert booking["price"] == {"amount": 10000, "currency": "EUR"}
    assert booking["renter_id"] == renter.id and booking["owner_id"] == owner.id

    r = feed.act(owner, booking["id"], "accept")
    assert r.status_code == 200, r.text
    assert r.json()["booking"]["status"] == "confirmed"

    for who in (owner, renter):
        mine = feed.changes(who=who)["changes"]
        statuses = [c["data"]["status"] for c in mine if c["id"] == booking["id"]]
        # The log is compacted: a read from the start sees the booking as it is now.
        assert statuses == ["confirmed"]
    stranger = feed.register("Stranger")
    assert all(c["id"] != booking["id"] for c in feed.changes(who=stranger)["changes"])
    # The public feed tells calendars the dates are taken, without saying by whom.
    avail = [c for c in feed.all_changes()[0] if c["kind"] == "availability"]
    booked = [a["data"]["booked"] for a in avail if a["id"] == v["id"]][-1]
    assert booked == [period(start, start + timedelta(days=2))]


def test_instant_booking_confirms_at_once_and_blocks_overlaps(feed: LiveFeed) -> None:
    owner = feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    a, b = feed.register(), feed.register()
    start = at(20)
    first = feed.book(a, v["id"], start, start + timedelta(days=3))
    assert first.status_code == 201 and first.json()["booking"]["status"] == "confirmed"
    clash = feed.book(b, v["id"], start + timedelta(days=2), start + timedelta(days=4))
    assert clash.status_code == 409
    assert error_of(clash)["code"] == "dates_unavailable"
    # Half-open periods: starting exactly when the other ends is fine.
    after = feed.book(b, v["id"], start + timedelta(days=3), start + timedelta(days=4))
    assert after.status_code == 201, after.text


def test_same_idempotency_key_gives_the_same_booking(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner)
    start, key = at(7), str(uuid.uuid4())
    first = feed.book(renter, v["id"], start, start + timedelta(days=1), key=key)
    again = feed.book(renter, v["id"], start, start + timedelta(days=1), key=key)
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["booking"]["id"] == first.json()["booking"]["id"]
    other = feed.book(renter, v["id"], start, start + timedelta(days=2), key=key)
    assert other.status_code == 409
    assert error_of(other)["code"] == "idempotency_key_reused"
    mine = [c for c in feed.changes(who=renter)["changes"] if c["kind"] == "booking"]
    assert len(mine) == 1


def test_booking_needs_an_idempotency_key(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner)
    start = at(3)
    r = feed.http.post(
        f"{feed.url}/v1/bookings",
        json={"vehicle_id": v["id"], **period(start, start + timedelta(days=1))},
        headers=renter.headers,
    )
    assert r.status_code == 400
    assert error_of(r)["code"] == "idempotency_key_required"


def test_blocked_dates_and_weekly_rules_refuse_bookings(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(30)
    r = feed.http.put(
        f"{feed.url}/v1/vehicles/{v['id']}/availability",
        json={"blocks": [period(start, start + timedelta(days=2))], "weekly": []},
        headers=owner.headers,
    )
    assert r.status_code == 200, r.text
    clash = feed.book(renter, v["id"], start + timedelta(days=1), start + timedelta(days=3))
    assert clash.status_code == 409 and error_of(clash)["code"] == "dates_unavailable"
    # Every Sunday, all day, in the vehicle's time zone.
    r = feed.http.put(
        f"{feed.url}/v1/vehicles/{v['id']}/availability",
        json={"weekly": [{"weekday": 6, "start": "00:00", "end": "00:00"}]},
        headers=owner.headers,
    )
    assert r.status_code == 200, r.text
    week = feed.book(renter, v["id"], start + timedelta(days=1), start + timedelta(days=9))
    assert week.status_code == 409


def test_decline_and_the_renter_sees_it(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner)
    start = at(12)
    b = feed.book(renter, v["id"], start, start + timedelta(days=1)).json()["booking"]
    r = feed.act(owner, b["id"], "decline")
    assert r.status_code == 200 and r.json()["booking"]["status"] == "declined"
    again = feed.act(owner, b["id"], "accept")
    assert again.status_code == 409 and error_of(again)["code"] == "invalid_transition"
    seen = [c["data"]["status"] for c in feed.changes(who=renter)["changes"] if c["id"] == b["id"]]
    assert seen[-1] == "declined"


@pytest.mark.parametrize(
    ("days_ahead", "who", "refund"),
    [
        (5, "renter", 10000),  # 48 hours or more before the start: everything back
        (1, "renter", 5000),  # later: half
        (1, "owner", 10000),  # the owner cancels: the renter did nothing wrong
    ],
)
def test_cancellation_refund_follows_the_policy(
    feed: LiveFeed, days_ahead: int, who: str, refund: int
) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(days_ahead)
    b = feed.book(renter, v["id"], start, start + timedelta(days=2)).json()["booking"]
    assert b["status"] == "confirmed"
    r = feed.act(owner if who == "owner" else renter, b["id"], "cancel")
    assert r.status_code == 200, r.text
    cancelled = r.json()["booking"]
    assert cancelled["status"] == "cancelled"
    assert cancelled["refund"] == {"amount": refund, "currency": "EUR"}
    # The dates are free again.
    assert feed.book(feed.register(), v["id"], start, start + timedelta(days=2)).status_code == 201


def test_policy_is_published(feed: LiveFeed) -> None:
    r = feed.http.get(f"{feed.url}/v1/policy")
    assert r.status_code == 200
    assert r.json()["cancellation"]["full_refund_hours_before"] == 48
    assert r.json()["cancellation"]["late_refund_percent"] == 50


def test_past_inverted_and_too_long_periods_are_refused(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner)
    cases = [
        (at(-2), at(-1), "start"),
        (at(5), at(4), "end"),
        (at(5), at(5), "end"),
        (at(5), at(200), "end"),
    ]
    for start, end, field in cases:
        r = feed.book(renter, v["id"], start, end)
        assert r.status_code == 422, (start, end, r.text)
        assert field in error_of(r)["fields"], r.text
    naive = feed.http.post(
        f"{feed.url}/v1/bookings",
        json={"vehicle_id": v["id"], "start": "2030-01-01T10:00:00", "end": "2030-01-02T10:00"},
        headers={**renter.headers, "Idempotency-Key": "k1"},
    )
    assert naive.status_code == 422 and "start" in error_of(naive)["fields"]
    assert feed.changes(who=renter)["changes"] == []


def test_unknown_and_unlisted_vehicles_cannot_be_booked(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    r = feed.book(renter, "no-such-vehicle", at(3), at(4))
    assert r.status_code == 404 and error_of(r)["code"] == "vehicle_not_found"
    v = feed.create_vehicle(owner)
    assert feed.http.delete(f"{feed.url}/v1/vehicles/{v['id']}", headers=owner.headers).ok
    r = feed.book(renter, v["id"], at(3), at(4))
    assert r.status_code == 409 and error_of(r)["code"] == "vehicle_unlisted"
    own = feed.book(owner, v["id"], at(3), at(4))
    assert own.status_code == 403


def test_unanswered_requests_expire_and_the_feeds_say_so(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from .conftest import make_feed

    # Requests expire as soon as they are made: the next read of the private feed
    # runs the sweep, as any read or write of bookings does.
    with make_feed(
        backend, request, tmp_path_factory.mktemp("expiry"), request_expiry=timedelta(0)
    ) as f:
        owner, renter = f.register(), f.register()
        v = f.create_vehicle(owner)
        b = f.book(renter, v["id"], at(4), at(5)).json()["booking"]
        # Compacted: a read from the start sees the booking as it is now.
        statuses = [_status(c) for c in f.changes(who=owner)["changes"] if c["kind"] == "booking"]
        assert statuses == ["expired"]
        r = f.act(owner, b["id"], "accept")
        assert r.status_code == 409
        mine = f.changes(who=renter)["changes"]
        assert [_status(c) for c in mine if c["kind"] == "booking"] == ["expired"]


def _status(change: dict[str, Any]) -> str:
    return str(change["data"]["status"])


def test_confirmed_bookings_complete_once_they_end(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(2)
    b = feed.book(renter, v["id"], start, start + timedelta(days=1)).json()["booking"]
    with feed.db.write() as s:
        assert sweep(s, now=start + timedelta(days=1, seconds=1)) >= 1
    mine = [c["data"] for c in feed.changes(who=renter)["changes"] if c["id"] == b["id"]]
    assert mine[-1]["status"] == "completed"
    r = feed.http.get(f"{feed.url}/v1/bookings/{b['id']}", headers=renter.headers)
    assert r.json()["booking"]["status"] == "completed"
    assert format_time(start) == r.json()["booking"]["start"]


def test_the_background_sweep_expires_requests_nobody_touches(tmp_path: Path) -> None:
    with LiveFeed(
        tmp_path,
        background_sweep=True,
        sweep_interval=timedelta(milliseconds=50),
        request_expiry=timedelta(0),
    ) as f:
        owner, renter = f.register(), f.register()
        v = f.create_vehicle(owner)
        b = f.book(renter, v["id"], at(4), at(5)).json()["booking"]
        # Read the database directly: reading the private feed would sweep by itself.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with f.db.read() as s:
                row = s.get(BookingRow, b["id"])
                assert row is not None
                if row.status == "expired":
                    break
            time.sleep(0.05)
        mine = f.changes(who=renter)["changes"]
        assert [_status(c) for c in mine if c["kind"] == "booking"] == ["expired"]


def test_an_unlisted_vehicle_can_be_listed_again(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner)
    url = f"{feed.url}/v1/vehicles/{v['id']}"
    assert feed.http.delete(url, headers=owner.headers).json()["vehicle"]["listed"] is False
    again = feed.http.patch(url, json={"listed": True}, headers=owner.headers)
    assert again.status_code == 200 and again.json()["vehicle"]["listed"] is True
    assert feed.book(renter, v["id"], at(3), at(4)).status_code == 201


def test_a_read_only_server_never_sweeps(tmp_path: Path) -> None:
    # Such a process serves the change feeds from a replica; the primary's sweep.
    with LiveFeed(tmp_path, read_only=True, request_expiry=timedelta(0)) as f:
        owner, renter = f.register(), f.register()
        v = f.create_vehicle(owner)
        f.book(renter, v["id"], at(4), at(5))
        mine = f.changes(who=owner)["changes"]
        assert [_status(c) for c in mine if c["kind"] == "booking"] == ["requested"]


def test_a_withdrawn_request_records_no_refund_as_nothing_was_paid(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=False)
    start = at(10)
    b = feed.book(renter, v["id"], start, start + timedelta(days=2)).json()["booking"]
    assert b["status"] == "requested"
    r = feed.act(renter, b["id"], "cancel")
    assert r.status_code == 200, r.text
    assert r.json()["booking"]["status"] == "cancelled"
    assert r.json()["booking"]["refund"] is None
