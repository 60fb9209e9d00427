"""Reviews: one per user per venue (a second replaces the first), vehicle reviews
only after a completed booking, and the aggregates that follow them."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from wheelshare.domain import clock
from wheelshare.feed.bookings import sweep
from wheelshare.feed.testing import Account, LiveFeed

from .helpers import at, error_of

pytestmark = pytest.mark.dates


def _venue_without_reviews(feed: LiveFeed) -> dict[str, Any]:
    changes, _ = feed.all_changes()
    venues = {c["id"]: c["data"] for c in changes if c["kind"] == "venue"}
    return next(v for v in venues.values() if v["rating"]["count"] == 0)


def test_second_venue_review_replaces_the_first(feed: LiveFeed) -> None:
    venue = _venue_without_reviews(feed)
    _, cursor = feed.all_changes()
    a, b = feed.register("Reviewer A"), feed.register("Reviewer B")
    url = f"{feed.url}/v1/venues/{venue['id']}/reviews"
    first = feed.http.post(url, json={"criteria": {"overall": 2}}, headers=a.headers)
    assert first.status_code == 201, first.text
    replaced = feed.http.post(
        url,
        json={"criteria": {"overall": 4, "toilet_accessible": True}, "comment": "Better now"},
        headers=a.headers,
    )
    assert replaced.status_code == 200
    assert replaced.json()["review"]["id"] == first.json()["review"]["id"]
    assert replaced.json()["review"]["author_name"] == "Reviewer A"
    assert feed.http.post(url, json={"criteria": {"overall": 5}}, headers=b.headers).ok

    rating = feed.http.get(f"{feed.url}/v1/venues/{venue['id']}").json()["venue"]["rating"]
    assert rating == {"average": 4.5, "count": 2}
    changes, _ = feed.all_changes(cursor)
    venue_ratings = [c["data"]["rating"] for c in changes if c["kind"] == "venue"]
    assert venue_ratings[-1] == {"average": 4.5, "count": 2}
    reviews = [c for c in changes if c["kind"] == "review"]
    assert len({r["id"] for r in reviews}) == 2


def test_a_review_leaves_the_venue_sources_date_as_it_was(feed: LiveFeed) -> None:
    venue = _venue_without_reviews(feed)
    user = feed.register("Reviewer")
    url = f"{feed.url}/v1/venues/{venue['id']}/reviews"
    assert feed.http.post(url, json={"criteria": {"overall": 4}}, headers=user.headers).ok
    after = feed.http.get(f"{feed.url}/v1/venues/{venue['id']}").json()["venue"]
    assert after["rating"] == {"average": 4.0, "count": 1}
    assert after["updated_at"] == venue["updated_at"]
    assert after["source"] == venue["source"]


def test_bad_review_criteria_are_named(feed: LiveFeed) -> None:
    venue = _venue_without_reviews(feed)
    user = feed.register()
    url = f"{feed.url}/v1/venues/{venue['id']}/reviews"
    for criteria, field in (
        ({"overall": 9}, "criteria.overall"),
        ({"door_width_cm": 5}, "criteria.door_width_cm"),
        ({"smell": 3}, "criteria.smell"),
        ({"step_free": "yes"}, "criteria.step_free"),
        ({}, "criteria"),
    ):
        r = feed.http.post(url, json={"criteria": criteria}, headers=user.headers)
        assert r.status_code == 422, r.text
        assert field in error_of(r)["fields"], r.text


def _completed_rental(feed: LiveFeed) -> tuple[Account, Account, dict[str, Any]]:
    owner, renter = feed.register("Owner"), feed.register("Renter")
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(1)
    assert feed.book(renter, v["id"], start, start + timedelta(hours=6)).status_code == 201
    with feed.db.write() as s:
        sweep(s, now=start + timedelta(hours=7))
    return owner, renter, v


def test_vehicle_reviews_need_a_completed_booking_and_update_the_rating(feed: LiveFeed) -> None:
    owner, renter, v = _completed_rental(feed)
    url = f"{feed.url}/v1/vehicles/{v['id']}/reviews"
    body = {"criteria": {"overall": 4, "accessibility": 5}, "comment": "Ramp was easy"}
    stranger = feed.register()
    refused = feed.http.post(url, json=body, headers=stranger.headers)
    assert refused.status_code == 403 and error_of(refused)["code"] == "no_completed_booking"
    own = feed.http.post(url, json=body, headers=owner.headers)
    assert own.status_code == 403
    ok = feed.http.post(url, json=body, headers=renter.headers)
    assert ok.status_code == 201, ok.text
    # Double-blind: the rating counts the review once the owner's review of the
    # renter for that booking is in too (test_renter_reviews.py).
    vehicle = feed.http.get(f"{feed.url}/v1/vehicles/{v['id']}").json()["vehicle"]
    assert vehicle["rating"] == {"average": None, "count": 0}
    booking = next(c["data"] for c in feed.all_changes(who=owner)[0] if c["kind"] == "booking")
    with clock.pinned(datetime.fromisoformat(booking["end"]) + timedelta(hours=1), frozen=False):
        theirs = feed.http.post(
            f"{feed.url}/v1/bookings/{booking['id']}/renter-review",
            json={"care": 5, "punctuality": 5, "communication": 5},
            headers=owner.headers,
        )
        assert theirs.status_code == 201, theirs.text
    vehicle = feed.http.get(f"{feed.url}/v1/vehicles/{v['id']}").json()["vehicle"]
    assert vehicle["rating"] == {"average": 4.0, "count": 1}
    wrong_kind = feed.http.post(url, json={"criteria": {"step_free": True}}, headers=renter.headers)
    assert wrong_kind.status_code == 422


def test_a_booking_that_just_ended_counts_without_waiting_for_the_sweep(feed: LiveFeed) -> None:
    # Seeded demo data: the demo renter has a completed booking already.
    renter = feed.renter()
    changes, _ = feed.all_changes(who=renter)
    done = [
        c["data"]
        for c in changes
        if c["kind"] == "booking"
        and c["data"]["status"] == "completed"
        and c["data"]["renter_id"] == renter.id
    ]
    assert done
    url = f"{feed.url}/v1/vehicles/{done[0]['vehicle_id']}/reviews"
    r = feed.http.post(url, json={"criteria": {"overall": 5}}, headers=renter.headers)
    assert r.status_code in (200, 201), r.text
