"""Every write route × {anonymous, another user, the rightful user}.

Anonymous gets 401, another user 403 (or success where any signed-in user may
act), the rightful user success; and a refused request changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from wheelshare.feed.bookings import sweep
from wheelshare.feed.testing import Account, LiveFeed

from .helpers import at, error_of, period


@dataclass
class Case:
    method: str
    path: str
    body: dict[str, Any] | None
    other: Account  # signed in, but not the rightful user
    rightful: Account
    other_status: int  # 403, or success where anyone signed in may do it
    ok_status: int
    headers: dict[str, str] | None = None


Setup = Callable[[LiveFeed], Case]

VEHICLE_BODY = {
    "title": "Matrix van",
    "location": {"lat": 45.76, "lon": 4.83, "city": "Lyon"},
    "prices": {
        "half_day": {"amount": 2000},
        "day": {"amount": 4000},
        "week": {"amount": 20000},
    },
}
REVIEW = {"criteria": {"overall": 4, "step_free": True}, "comment": "Fine"}


def _vehicle(feed: LiveFeed, **fields: Any) -> tuple[Account, dict[str, Any]]:
    owner = feed.register("Owner")
    return owner, feed.create_vehicle(owner, **fields)


def _requested(feed: LiveFeed) -> tuple[Account, Account, str]:
    owner, v = _vehicle(feed)
    renter = feed.register("Renter")
    start = at(15)
    r = feed.book(renter, v["id"], start, start + timedelta(days=1))
    return owner, renter, r.json()["booking"]["id"]


def create_vehicle(feed: LiveFeed) -> Case:
    a, b = feed.register(), feed.register()
    return Case("POST", "/v1/vehicles", VEHICLE_BODY, a, b, 201, 201)


def edit_vehicle(feed: LiveFeed) -> Case:
    owner, v = _vehicle(feed)
    return Case("PATCH", f"/v1/vehicles/{v['id']}", {"seats": 5}, feed.register(), owner, 403, 200)


def unlist_vehicle(feed: LiveFeed) -> Case:
    owner, v = _vehicle(feed)
    return Case("DELETE", f"/v1/vehicles/{v['id']}", None, feed.register(), owner, 403, 200)


def set_availability(feed: LiveFeed) -> Case:
    owner, v = _vehicle(feed)
    body = {"blocks": [period(at(3), at(4))], "instant_book": True}
    path = f"/v1/vehicles/{v['id']}/availability"
    return Case("PUT", path, body, feed.register(), owner, 403, 200)


def request_booking(feed: LiveFeed) -> Case:
    owner, v = _vehicle(feed)
    body = {"vehicle_id": v["id"], **period(at(9), at(10))}
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    # The owner is the one signed-in user who may not book this vehicle.
    return Case("POST", "/v1/bookings", body, owner, feed.register(), 403, 201, headers)


def accept(feed: LiveFeed) -> Case:
    owner, renter, bid = _requested(feed)
    return Case("POST", f"/v1/bookings/{bid}/accept", None, renter, owner, 403, 200)


def decline(feed: LiveFeed) -> Case:
    owner, _renter, bid = _requested(feed)
    return Case("POST", f"/v1/bookings/{bid}/decline", None, feed.register(), owner, 403, 200)


def cancel(feed: LiveFeed) -> Case:
    _owner, renter, bid = _requested(feed)
    return Case("POST", f"/v1/bookings/{bid}/cancel", None, feed.register(), renter, 403, 200)


def review_venue(feed: LiveFeed) -> Case:
    venue = next(c for c in feed.changes()["changes"] if c["kind"] == "venue")
    path = f"/v1/venues/{venue['id']}/reviews"
    return Case("POST", path, REVIEW, feed.register(), feed.register(), 201, 201)


def review_vehicle(feed: LiveFeed) -> Case:
    owner, v = _vehicle(feed, instant_book=True)
    renter = feed.register("Past renter")
    start = at(1)
    assert feed.book(renter, v["id"], start, start + timedelta(days=1)).status_code == 201
    with feed.db.write() as s:
        sweep(s, now=start + timedelta(days=2))
    body = {"criteria": {"overall": 5, "cleanliness": 4}, "comment": "Great ramp"}
    # Another user never rented it: refused, like its owner would be.
    return Case("POST", f"/v1/vehicles/{v['id']}/reviews", body, owner, renter, 403, 201)


def sign_out(feed: LiveFeed) -> Case:
    a = feed.register()
    return Case("POST", "/v1/auth/logout", None, feed.register(), a, 204, 204)


ROUTES: dict[str, Setup] = {
    "create vehicle": create_vehicle,
    "edit vehicle": edit_vehicle,
    "unlist vehicle": unlist_vehicle,
    "set availability": set_availability,
    "request booking": request_booking,
    "accept booking": accept,
    "decline booking": decline,
    "cancel booking": cancel,
    "review venue": review_venue,
    "review vehicle": review_vehicle,
    "sign out": sign_out,
}


def _send(feed: LiveFeed, case: Case, who: Account | None) -> Any:
    headers = dict(case.headers or {})
    if who is not None:
        headers.update(who.headers)
    return feed.http.request(case.method, feed.url + case.path, json=case.body, headers=headers)


@pytest.mark.parametrize("route", list(ROUTES))
def test_write_route_authorisation(feed: LiveFeed, route: str) -> None:
    case = ROUTES[route](feed)
    _, before = feed.all_changes()

    anon = _send(feed, case, None)
    assert anon.status_code == 401, anon.text
    assert error_of(anon)["code"] == "unauthorized"
    assert anon.headers["WWW-Authenticate"] == "Bearer"

    bad_token = _send(feed, case, Account("x", "x", "x", "x", "not-a-token"))
    assert bad_token.status_code == 401

    if case.other_status == 403:
        other = _send(feed, case, case.other)
        assert other.status_code == 403, other.text
        error_of(other)
        # Nothing was written by the refused requests.
        assert feed.all_changes(before)[0] == []

    ok = _send(feed, case, case.rightful)
    assert ok.status_code == case.ok_status, ok.text


def test_private_reads_need_the_right_user(feed: LiveFeed) -> None:
    _owner, renter, bid = _requested(feed)
    assert feed.http.get(f"{feed.url}/v1/me/changes").status_code == 401
    assert feed.http.get(f"{feed.url}/v1/me").status_code == 401
    path = f"{feed.url}/v1/bookings/{bid}"
    assert feed.http.get(path).status_code == 401
    assert feed.http.get(path, headers=feed.register().headers).status_code == 403
    assert feed.http.get(path, headers=renter.headers).status_code == 200
