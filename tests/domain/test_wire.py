"""Protocol JSON to domain objects and back, and every kind of bad record."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Any

import pytest

from wheelshare import demo
from wheelshare.domain import TargetKind, ValidationError
from wheelshare.domain.wire import (
    availability_from_wire,
    availability_to_wire,
    booking_from_wire,
    booking_to_wire,
    format_time,
    parse_time,
    review_from_wire,
    review_to_wire,
    vehicle_from_wire,
    vehicle_to_wire,
    venue_from_wire,
    venue_to_wire,
)

DATA = demo.generate(5, vehicles=40, venues=300)
Json = dict[str, Any]


def _without_demo_keys(record: Json) -> Json:
    """The record less what the demo adds beside the protocol's fields."""
    extra = ("source", "vehicle_id") if "blocks" in record else ("source",)
    return {k: v for k, v in record.items() if k not in extra}


@pytest.mark.parametrize(
    ("records", "parse", "dump"),
    [
        (DATA.vehicles, vehicle_from_wire, vehicle_to_wire),
        (DATA.venues, venue_from_wire, venue_to_wire),
        (DATA.bookings, booking_from_wire, booking_to_wire),
        (DATA.reviews, review_from_wire, review_to_wire),
        (list(DATA.availability.values()), availability_from_wire, availability_to_wire),
    ],
    ids=["vehicle", "venue", "booking", "review", "availability"],
)
def test_round_trips(
    records: list[Json], parse: Callable[[object], Any], dump: Callable[[Any], Json]
) -> None:
    for record in records:
        obj = parse(record)
        again = dump(obj)
        assert parse(again) == obj
        if dump is not venue_to_wire:  # venues carry their source as a field
            assert again == _without_demo_keys(record)
        else:
            assert again == record


def test_times_are_utc_rfc3339() -> None:
    moment = parse_time("2026-12-01T10:30:00+01:00", "start")
    assert moment == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert format_time(moment) == "2026-12-01T09:30:00Z"
    assert parse_time("2026-12-01T09:30:00Z", "start") == moment


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2026-12-01T09:30:00", "needs an offset"),
        ("yesterday", "not an RFC 3339"),
        (1764581400, "expected an RFC 3339"),
    ],
)
def test_bad_times(value: object, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_time(value, "start")
    assert info.value.field == "start" and words in info.value.message


def _broken(record: Json, change: Callable[[Json], object]) -> Json:
    out = copy.deepcopy(record)
    change(out)
    return out


VEHICLE = DATA.vehicles[0]
VENUE = DATA.venues[0]
BOOKING = DATA.bookings[0]
REVIEW = next(r for r in DATA.reviews if r["target_kind"] == "venue")
AVAIL = next(a for a in DATA.availability.values() if a["blocks"] and a["weekly"])


@pytest.mark.parametrize(
    ("parse", "record", "field"),
    [
        (vehicle_from_wire, [], "vehicle"),
        (vehicle_from_wire, _broken(VEHICLE, lambda r: r.pop("id")), "id"),
        (vehicle_from_wire, _broken(VEHICLE, lambda r: r.update(owner_id="")), "owner_id"),
        (vehicle_from_wire, _broken(VEHICLE, lambda r: r.update(title=" ")), "title"),
        (vehicle_from_wire, _broken(VEHICLE, lambda r: r.update(seats=12)), "seats"),
        (vehicle_from_wire, _broken(VEHICLE, lambda r: r.update(seats="4")), "seats"),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r.update(wheelchair_places=7)),
            "wheelchair_places",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["location"].update(lat=95)),
            "location.lat",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["location"].update(lon="east")),
            "location.lon",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["adaptations"].update(teleporter=True)),
            "adaptations.teleporter",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["adaptations"].update(winch="yes")),
            "adaptations.winch",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["measurements"].update(wingspan_cm=3)),
            "measurements.wingspan_cm",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["measurements"].update(ramp_width_cm=20)),
            "measurements.ramp_width_cm",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["prices"]["day"].update(amount=65.5)),
            "prices.day.amount",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["prices"]["week"].update(amount=-1)),
            "prices.week",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r["prices"]["half_day"].update(currency="ZZZ")),
            "prices.half_day.currency",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r.update(instant_book="no")),
            "instant_book",
        ),
        (
            vehicle_from_wire,
            _broken(VEHICLE, lambda r: r.update(rating={"average": 4, "count": -2})),
            "rating.count",
        ),
        (vehicle_from_wire, _broken(VEHICLE, lambda r: r.update(updated_at="soon")), "updated_at"),
        (venue_from_wire, _broken(VENUE, lambda r: r.update(name="")), "name"),
        (
            venue_from_wire,
            _broken(VENUE, lambda r: r["accessibility"].update(wheelchair_grade="mostly")),
            "accessibility.wheelchair_grade",
        ),
        (
            venue_from_wire,
            _broken(VENUE, lambda r: r["accessibility"]["entrance"].update(door_width_cm=5)),
            "accessibility.entrance.door_width_cm",
        ),
        (
            venue_from_wire,
            _broken(VENUE, lambda r: r["accessibility"]["entrance"].update(step_free="maybe")),
            "accessibility.entrance.step_free",
        ),
        (
            venue_from_wire,
            _broken(
                VENUE, lambda r: r["accessibility"]["entrance"].update(step_free=True, step_count=3)
            ),
            "accessibility.entrance.step_count",
        ),
        (
            venue_from_wire,
            _broken(VENUE, lambda r: r["accessibility"].update(elevator=1)),
            "accessibility.elevator",
        ),
        (
            venue_from_wire,
            _broken(VENUE, lambda r: r["accessibility"].update(description={"fr": 3})),
            "accessibility.description.fr",
        ),
        (venue_from_wire, _broken(VENUE, lambda r: r.update(source={"id": "x"})), "source.name"),
        (booking_from_wire, _broken(BOOKING, lambda r: r.update(end=r["start"])), "end"),
        (
            booking_from_wire,
            _broken(BOOKING, lambda r: r.update(start="2030-01-01T00:00:00Z")),
            "end",
        ),
        (booking_from_wire, _broken(BOOKING, lambda r: r.update(status="pending")), "status"),
        (
            booking_from_wire,
            _broken(BOOKING, lambda r: r.update(price={"amount": "10"})),
            "price.amount",
        ),
        (review_from_wire, _broken(REVIEW, lambda r: r.update(target_kind="car")), "target_kind"),
        (review_from_wire, _broken(REVIEW, lambda r: r.update(criteria={})), "criteria"),
        (
            review_from_wire,
            _broken(REVIEW, lambda r: r.update(criteria={"wifi": True})),
            "criteria.wifi",
        ),
        (
            review_from_wire,
            _broken(REVIEW, lambda r: r.update(criteria={"step_free": "yes"})),
            "criteria.step_free",
        ),
        (
            review_from_wire,
            _broken(REVIEW, lambda r: r.update(criteria={"overall": 6})),
            "criteria.overall",
        ),
        (review_from_wire, _broken(REVIEW, lambda r: r.update(comment="x" * 4001)), "comment"),
        (availability_from_wire, _broken(AVAIL, lambda r: r.update(blocks="soon")), "blocks"),
        (
            availability_from_wire,
            _broken(AVAIL, lambda r: r["blocks"][0].update(end=r["blocks"][0]["start"])),
            "blocks[0].end",
        ),
        (
            availability_from_wire,
            _broken(AVAIL, lambda r: r["weekly"][0].update(weekday=7)),
            "weekly[0].weekday",
        ),
        (
            availability_from_wire,
            _broken(AVAIL, lambda r: r["weekly"][0].update(start="8h")),
            "weekly[0].start",
        ),
        (
            availability_from_wire,
            _broken(AVAIL, lambda r: r.update(timezone="Europe/Atlantis")),
            "timezone",
        ),
    ],
)
def test_bad_records_name_the_field(
    parse: Callable[[object], Any], record: object, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        parse(record)
    assert info.value.field == field or field in info.value.errors, info.value.errors


def test_review_criteria_drop_dont_know_and_keep_the_rest() -> None:
    r = review_from_wire(
        {**REVIEW, "criteria": {"step_free": True, "elevator": None, "wheelchair_grade": "fully"}}
    )
    assert r.criteria == {"step_free": True, "wheelchair_grade": "fully"}
    assert r.target_kind is TargetKind.VENUE


def test_weekly_blocks_until_midnight_and_their_periods() -> None:
    a = availability_from_wire(
        {"weekly": [{"weekday": 6, "start": "00:00", "end": "00:00"}], "timezone": "Europe/Paris"}
    )
    assert a.weekly[0].start == time(0) and a.weekly[0].end == time(0)
    from wheelshare.domain import Period

    saturday_night = Period(
        datetime(2026, 12, 5, 22, tzinfo=UTC), datetime(2026, 12, 5, 22, 59, tzinfo=UTC)
    )
    sunday_noon = Period(
        datetime(2026, 12, 6, 11, tzinfo=UTC), datetime(2026, 12, 6, 12, tzinfo=UTC)
    )
    assert not a.is_blocked(saturday_night)  # 23:00-23:59 Saturday in Paris
    assert a.is_blocked(sunday_noon)
    blocked = a.blocked_periods(sunday_noon)
    assert blocked[0].start == datetime(2026, 12, 5, 23, tzinfo=UTC)  # Sunday 00:00 Paris


@pytest.mark.parametrize(
    ("record", "parse", "key", "limit"),
    [
        (VEHICLE, vehicle_from_wire, "title", 120),
        (VEHICLE, vehicle_from_wire, "description", 5000),
        (VEHICLE, vehicle_from_wire, "owner_name", 300),
        (VENUE, venue_from_wire, "name", 300),
        (VENUE, venue_from_wire, "category", 100),
        (BOOKING, booking_from_wire, "renter_name", 300),
        (BOOKING, booking_from_wire, "vehicle_title", 120),
        (REVIEW, review_from_wire, "author_name", 300),
        (REVIEW, review_from_wire, "comment", 4000),
    ],
)
def test_each_text_field_has_a_length_limit(
    record: Json, parse: Callable[[object], object], key: str, limit: int
) -> None:
    at_limit = dict(copy.deepcopy(record), **{key: "é" * limit})
    parse(at_limit)
    over = dict(record, **{key: "é" * (limit + 1)})
    with pytest.raises(ValidationError) as e:
        parse(over)
    assert e.value.field == key
    assert f"longer than {limit} characters" in e.value.message


@pytest.mark.parametrize(("key", "limit"), [("address", 500), ("city", 200)])
def test_an_address_has_a_length_limit(key: str, limit: int) -> None:
    venue = copy.deepcopy(VENUE)
    venue["location"][key] = "a" * (limit + 1)
    with pytest.raises(ValidationError) as e:
        venue_from_wire(venue)
    assert e.value.field == f"location.{key}"


def test_a_venue_description_is_limited_per_language_and_in_languages() -> None:
    venue = copy.deepcopy(VENUE)
    venue.setdefault("accessibility", {})["description"] = {"fr": "d" * 5001}
    with pytest.raises(ValidationError) as e:
        venue_from_wire(venue)
    assert e.value.field == "accessibility.description.fr"
    venue["accessibility"]["description"] = {f"l{i}": "d" for i in range(21)}
    with pytest.raises(ValidationError) as e:
        venue_from_wire(venue)
    assert "more than 20 languages" in e.value.message
