"""Whatever body a client sends to a write route, the answer is a success or the
contract's 4xx error shape — never a 500.

Each example takes a valid body and replaces one value anywhere in it with any
JSON value (numbers far beyond a float or a 64-bit integer, NaN, text, nesting),
or drops a key, or adds one, or sends something that is not JSON at all.
"""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wheelshare.feed.testing import Account, LiveFeed

from .helpers import at, error_of, period

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1, 2**53 + 1])
    | st.floats()  # NaN and ±Infinity are sent as the literals Python's JSON writes
    | st.text(max_size=20)
    | st.sampled_from(["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2026-13-40"])
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out: list[tuple[str | int, ...]] = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


HUGE = st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1, float("inf"), float("nan")])


def _at(body: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        body = body[step]
    return body


@st.composite
def mutated(draw: st.DrawFn, template: dict[str, Any]) -> bytes:
    how = draw(st.sampled_from(["replace", "replace", "replace", "huge", "drop", "add", "raw"]))
    if how == "raw":
        return draw(st.binary(max_size=60) | st.text(max_size=60).map(str.encode))
    body: Any = copy.deepcopy(template)
    if how == "huge":
        # Where a number is expected, one beyond what a float or a bigint holds.
        path = draw(st.sampled_from(_numbers(body) or [p for p in _paths(body) if p]))
        _at(body, path[:-1])[path[-1]] = draw(HUGE)
        return json.dumps(body).encode()
    path = draw(st.sampled_from(_paths(body)))
    if how == "replace":
        value = draw(JSON_VALUES)
        if not path:
            body = value
        else:
            here = body
            for step in path[:-1]:
                here = here[step]
            here[path[-1]] = value
    else:
        here = body
        for step in path:
            here = here[step]
        if isinstance(here, dict):
            if how == "drop" and here:
                here.pop(draw(st.sampled_from(sorted(here))))
            elif how == "add":
                here[draw(st.text(max_size=10))] = draw(JSON_VALUES)
    return json.dumps(body).encode()


def _check(response: Any) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        err = error_of(response)
        assert err["code"], err


VEHICLE: dict[str, Any] = {
    "title": "Van with a rear ramp",
    "description": "",
    "location": {"lat": 48.85, "lon": 2.35, "city": "Paris", "address": ""},
    "adaptations": {"rear_ramp": True, "winch": 1},
    "measurements": {"door_height_cm": 140, "ramp_width_cm": 80},
    "seats": 4,
    "wheelchair_places": 1,
    "prices": {
        "half_day": {"amount": 3000, "currency": "EUR"},
        "day": {"amount": 5000, "currency": "EUR"},
        "week": {"amount": 25000, "currency": "EUR"},
    },
    "instant_book": False,
}
AVAILABILITY: dict[str, Any] = {
    "blocks": [period(at(10), at(12))],
    "weekly": [{"weekday": 0, "start": "08:00", "end": "12:00"}],
    "timezone": "Europe/Paris",
    "instant_book": True,
}
VENUE_REVIEW: dict[str, Any] = {
    "criteria": {"wheelchair_grade": "fully", "step_free": True, "door_width_cm": 90, "overall": 4},
    "comment": "Wide door",
}
VEHICLE_REVIEW: dict[str, Any] = {"criteria": {"overall": 5, "cleanliness": 4}, "comment": ""}

EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def people(feed: LiveFeed) -> tuple[Account, Account, str, str]:
    owner, renter = feed.register("Property owner"), feed.register("Property renter")
    vehicle_id = feed.create_vehicle(owner)["id"]
    venue_id = next(c["id"] for c in feed.changes()["changes"] if c["kind"] == "venue")
    return owner, renter, vehicle_id, venue_id


def _send(feed: LiveFeed, method: str, path: str, who: Account, body: bytes) -> Any:
    headers = {
        **who.headers,
        "Content-Type": "application/json",
        "Idempotency-Key": str(uuid.uuid4()),
    }
    return feed.http.request(method, f"{feed.url}{path}", data=body, headers=headers)


@EXAMPLES
@given(body=mutated(VEHICLE))
def test_new_listings(
    feed: LiveFeed, people: tuple[Account, Account, str, str], body: bytes
) -> None:
    _check(_send(feed, "POST", "/v1/vehicles", people[0], body))


@EXAMPLES
@given(body=mutated(VEHICLE))
def test_listing_edits(
    feed: LiveFeed, people: tuple[Account, Account, str, str], body: bytes
) -> None:
    owner, _, vehicle_id, _ = people
    _check(_send(feed, "PATCH", f"/v1/vehicles/{vehicle_id}", owner, body))


@EXAMPLES
@given(body=mutated(AVAILABILITY))
def test_availability(
    feed: LiveFeed, people: tuple[Account, Account, str, str], body: bytes
) -> None:
    owner, _, vehicle_id, _ = people
    _check(_send(feed, "PUT", f"/v1/vehicles/{vehicle_id}/availability", owner, body))


@EXAMPLES
@given(data=st.data())
def test_booking_requests(
    feed: LiveFeed, people: tuple[Account, Account, str, str], data: st.DataObject
) -> None:
    _, renter, vehicle_id, _ = people
    days = data.draw(st.integers(min_value=20, max_value=400))
    template = {"vehicle_id": vehicle_id, **period(at(days), at(days + 1))}
    _check(_send(feed, "POST", "/v1/bookings", renter, data.draw(mutated(template))))


@EXAMPLES
@given(body=mutated(VENUE_REVIEW))
def test_venue_reviews(
    feed: LiveFeed, people: tuple[Account, Account, str, str], body: bytes
) -> None:
    _, renter, _, venue_id = people
    _check(_send(feed, "POST", f"/v1/venues/{venue_id}/reviews", renter, body))


@EXAMPLES
@given(body=mutated(VEHICLE_REVIEW))
def test_vehicle_reviews(
    feed: LiveFeed, people: tuple[Account, Account, str, str], body: bytes
) -> None:
    _, renter, vehicle_id, _ = people
    _check(_send(feed, "POST", f"/v1/vehicles/{vehicle_id}/reviews", renter, body))


def _numbers(body: Any) -> list[tuple[str | int, ...]]:
    return [
        p
        for p in _paths(body)
        if p and isinstance(_at(body, p), int | float) and not isinstance(_at(body, p), bool)
    ]


NUMBER_PATHS = _numbers(VEHICLE)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(NUMBER_PATHS), value=HUGE)
def test_huge_numbers_anywhere_in_a_listing(
    feed: LiveFeed,
    people: tuple[Account, Account, str, str],
    path: tuple[str | int, ...],
    value: float,
) -> None:
    body: Any = copy.deepcopy(VEHICLE)
    _at(body, path[:-1])[path[-1]] = value
    r = _send(feed, "POST", "/v1/vehicles", people[0], json.dumps(body).encode())
    _check(r)
    assert r.status_code == 422, (path, r.text)


@pytest.mark.parametrize("key", ["lat", "lon"])
def test_a_coordinate_too_large_for_a_float_is_a_422_naming_it(
    feed: LiveFeed, people: tuple[Account, Account, str, str], key: str
) -> None:
    body = {**VEHICLE, "location": {**VEHICLE["location"], key: 10**400}}
    r = _send(feed, "POST", "/v1/vehicles", people[0], json.dumps(body).encode())
    assert r.status_code == 422, r.text
    assert f"location.{key}" in error_of(r)["fields"]
