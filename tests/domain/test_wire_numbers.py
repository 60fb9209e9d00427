"""Numbers JSON allows but a float or a database cannot hold: a ValidationError
naming the field, never OverflowError or another unhandled exception."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wheelshare import demo
from wheelshare.domain import ValidationError
from wheelshare.domain.wire import (
    availability_from_wire,
    booking_from_wire,
    location_from_wire,
    parse_time,
    review_from_wire,
    vehicle_from_wire,
    venue_from_wire,
)

DATA = demo.generate(5, vehicles=10, venues=20)
VEHICLE = DATA.vehicles[0]
VENUE = DATA.venues[0]
BOOKING = DATA.bookings[0]
REVIEW = next(r for r in DATA.reviews if r["target_kind"] == "venue")
AVAIL = next(a for a in DATA.availability.values() if a["blocks"] and a["weekly"])
HUGE = 10**400

Parser = Callable[[object], Any]


@pytest.mark.parametrize("value", [HUGE, -HUGE, float("inf"), float("nan")])
@pytest.mark.parametrize("key", ["lat", "lon"])
def test_a_coordinate_too_large_for_a_float_names_its_field(value: object, key: str) -> None:
    with pytest.raises(ValidationError) as info:
        location_from_wire({"lat": 1.0, "lon": 2.0, key: value})
    assert info.value.field == f"location.{key}"


def _set(record: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    out = copy.deepcopy(record)
    here: Any = out
    for step in path[:-1]:
        here = here[step]
    here[path[-1]] = value
    return out


@pytest.mark.parametrize(
    ("parse", "record", "path", "field"),
    [
        (vehicle_from_wire, VEHICLE, ("location", "lat"), "location.lat"),
        (vehicle_from_wire, VEHICLE, ("seats",), "seats"),
        (vehicle_from_wire, VEHICLE, ("prices", "day", "amount"), "prices.day.amount"),
        (vehicle_from_wire, VEHICLE, ("rating",), "rating.average"),
        (vehicle_from_wire, VEHICLE, ("adaptations", "winch"), "adaptations.winch"),
        (venue_from_wire, VENUE, ("location", "lon"), "location.lon"),
        (booking_from_wire, BOOKING, ("price", "amount"), "price.amount"),
        (availability_from_wire, AVAIL, ("weekly", 0, "weekday"), "weekly[0].weekday"),
    ],
)
def test_every_parser_refuses_huge_numbers_by_field(
    parse: Parser, record: dict[str, Any], path: tuple[str | int, ...], field: str
) -> None:
    value: object = {"average": HUGE, "count": 1} if path == ("rating",) else HUGE
    with pytest.raises(ValidationError) as info:
        parse(_set(record, path, value))
    assert field in info.value.errors, info.value.errors


def test_times_before_year_one_in_utc_are_refused_not_overflowed() -> None:
    with pytest.raises(ValidationError) as info:
        parse_time("0001-01-01T00:00:00+01:00", "start")
    assert info.value.field == "start"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats()
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out: list[tuple[str | int, ...]] = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


RECORDS: list[tuple[Parser, dict[str, Any]]] = [
    (vehicle_from_wire, VEHICLE),
    (venue_from_wire, VENUE),
    (booking_from_wire, BOOKING),
    (review_from_wire, REVIEW),
    (availability_from_wire, AVAIL),
]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_one_field_replaced_by_any_json_value_is_parsed_or_refused(data: st.DataObject) -> None:
    parse, record = data.draw(st.sampled_from(RECORDS))
    path = data.draw(st.sampled_from(_paths(record)))
    value = data.draw(JSON_VALUES)
    try:
        parse(_set(record, path, value))
    except ValidationError as e:
        assert e.errors and all(isinstance(k, str) and k for k in e.errors)
