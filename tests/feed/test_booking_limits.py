"""One account cannot block a vehicle, or the owners' inboxes, for years."""

from __future__ import annotations

from datetime import timedelta

from wheelshare.feed.testing import LiveFeed

from .helpers import at, error_of


def test_the_limits_are_published(feed: LiveFeed) -> None:
    limits = feed.http.get(f"{feed.url}/v1/policy").json()["booking_limits"]
    assert limits == {
        "horizon_days": 365,
        "max_days": 30,
        "min_hours": 6,
        "max_pending_requests": 10,
        "max_open_per_vehicle": 3,
    }


def test_a_feed_without_its_own_tiles_suggests_none(feed: LiveFeed) -> None:
    # The apps then keep their own tile setting (OpenStreetMap's by default).
    assert feed.http.get(f"{feed.url}/v1/policy").json()["map_tiles"] is None


def test_back_to_back_long_instant_bookings_stop_at_the_cap_for_the_vehicle(
    feed: LiveFeed,
) -> None:
    owner, squatter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    codes = []
    for i in range(6):
        start = at(2 + 30 * i)
        r = feed.book(squatter, v["id"], start, start + timedelta(days=30))
        codes.append(r.status_code if r.status_code != 409 else error_of(r)["code"])
    assert codes == [201, 201, 201] + ["too_many_for_vehicle"] * 3
    # Someone else can still book it after the squatter's three months.
    other = feed.register()
    start = at(2 + 30 * 3)
    assert feed.book(other, v["id"], start, start + timedelta(days=3)).status_code == 201


def test_a_rental_longer_than_thirty_days_is_refused(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(3)
    r = feed.book(renter, v["id"], start, start + timedelta(days=30, minutes=1))
    assert r.status_code == 422
    err = error_of(r)
    assert err["code"] == "booking_too_long" and "end" in err["fields"]
    assert feed.book(renter, v["id"], start, start + timedelta(days=30)).status_code == 201


def test_a_rental_starting_beyond_the_horizon_is_refused_also_in_a_quote(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    far = at(365, hours=1)
    r = feed.book(renter, v["id"], far, far + timedelta(days=1))
    assert r.status_code == 422
    err = error_of(r)
    assert err["code"] == "beyond_horizon" and "start" in err["fields"]
    near = at(364)
    assert feed.book(renter, v["id"], near, near + timedelta(days=1)).status_code == 201
    params = {"start": far.isoformat(), "end": (far + timedelta(days=1)).isoformat()}
    q = feed.http.get(f"{feed.url}/v1/vehicles/{v['id']}/quote", params=params)
    assert q.status_code == 422 and error_of(q)["code"] == "beyond_horizon"


def test_a_renter_has_at_most_ten_requests_waiting(feed: LiveFeed) -> None:
    renter = feed.register()
    vehicles = [feed.create_vehicle(feed.register()) for _ in range(11)]
    start = at(10)
    codes = []
    for v in vehicles:
        r = feed.book(renter, v["id"], start, start + timedelta(days=1))
        codes.append(r.status_code if r.status_code != 409 else error_of(r)["code"])
    assert codes == [201] * 10 + ["too_many_pending"]
    # Once one is answered, there is room again.
    first = feed.changes(who=renter)["changes"]
    assert first
    booking_id = next(c["id"] for c in first if c["kind"] == "booking")
    assert feed.act(renter, booking_id, "cancel").status_code == 200
    r = feed.book(renter, vehicles[-1]["id"], start, start + timedelta(days=1))
    assert r.status_code == 201, r.text


def test_a_rental_shorter_than_a_half_day_is_refused_also_a_microsecond(feed: LiveFeed) -> None:
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(3)
    for length in (timedelta(microseconds=1), timedelta(hours=5, minutes=59)):
        r = feed.book(renter, v["id"], start, start + length)
        assert r.status_code == 422
        err = error_of(r)
        assert err["code"] == "booking_too_short" and "end" in err["fields"]
    assert feed.book(renter, v["id"], start, start + timedelta(hours=6)).status_code == 201


def test_the_same_request_sent_twice_with_new_keys_reaches_the_owner_once(feed: LiveFeed) -> None:
    # Two copies of the app, or a client that makes a new key per press: each
    # request looks new, but the renter already asked for these dates.
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=False)
    start = at(12)
    assert feed.book(renter, v["id"], start, start + timedelta(days=2)).status_code == 201
    again = feed.book(renter, v["id"], start + timedelta(hours=12), start + timedelta(days=3))
    assert again.status_code == 409 and error_of(again)["code"] == "already_requested"
    requests = [c for c in feed.changes(who=owner)["changes"] if c["kind"] == "booking"]
    assert len(requests) == 1
    # Other dates of the same vehicle, and the same dates for someone else, still go.
    later = start + timedelta(days=5)
    assert feed.book(renter, v["id"], later, later + timedelta(days=1)).status_code == 201
    assert feed.book(feed.register(), v["id"], start, start + timedelta(days=2)).status_code == 201
