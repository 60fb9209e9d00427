"""Actions are validated before they can be queued, and carry what the feed needs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wheelshare import demo
from wheelshare.domain import Availability, Period, ValidationError, WeeklyBlock, wire
from wheelshare.sync import actions

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
VEHICLE = wire.vehicle_from_wire(demo.generate(vehicles=3, venues=1).vehicles[0])


def test_a_booking_request_carries_the_vehicle_and_period_in_wire_form() -> None:
    period = Period(NOW + timedelta(days=2), NOW + timedelta(days=5))
    a = actions.request_booking("v1", period, now=NOW)
    assert a.payload == {
        "vehicle_id": "v1",
        "start": "2026-06-03T12:00:00Z",
        "end": "2026-06-06T12:00:00Z",
    }
    assert a.path() == "/v1/bookings"
    assert a.spec.method == "POST"


def test_a_booking_in_the_past_is_refused_before_it_is_queued() -> None:
    period = Period(NOW - timedelta(days=2), NOW + timedelta(days=1))
    with pytest.raises(ValidationError) as e:
        actions.request_booking("v1", period, now=NOW)
    assert e.value.field == "start"


def test_a_missing_target_names_the_field() -> None:
    with pytest.raises(ValidationError) as e:
        actions.cancel_booking("  ")
    assert e.value.field == "booking_id"


def test_ids_are_quoted_into_paths() -> None:
    assert actions.accept_booking("a/b c").path() == "/v1/bookings/a%2Fb%20c/accept"
    assert actions.cancel_booking("b1").path("b2") == "/v1/bookings/b2/cancel"


def test_a_new_listing_never_sends_fields_the_feed_decides() -> None:
    a = actions.create_vehicle(VEHICLE)
    assert a.payload is not None
    assert not {"id", "owner_id", "rating", "updated_at", "listed"} & set(a.payload)
    assert a.payload["title"] == VEHICLE.title
    assert a.target_id == VEHICLE.id


def test_an_edit_sends_only_the_changes_and_checks_the_result() -> None:
    a = actions.update_vehicle(VEHICLE, {"title": "Kangoo with a rear ramp"})
    assert a.payload == {"title": "Kangoo with a rear ramp"}
    with pytest.raises(ValidationError) as e:
        actions.update_vehicle(VEHICLE, {"seats": 40})
    assert e.value.field == "seats"
    with pytest.raises(ValidationError) as e:
        actions.update_vehicle(VEHICLE, {"owner_id": "me"})
    assert e.value.field == "owner_id"
    with pytest.raises(ValidationError) as e:
        actions.update_vehicle(VEHICLE, {"colour": "red"})
    assert e.value.code == "unknown_field"
    with pytest.raises(ValidationError):
        actions.update_vehicle(VEHICLE, {})


def test_availability_goes_in_wire_form_with_the_instant_book_flag() -> None:
    from datetime import time

    avail = Availability(weekly=(WeeklyBlock(0, time(8), time(12)),))
    a = actions.set_availability("v1", avail, instant_book=True)
    assert a.payload is not None
    assert a.payload["weekly"] == [{"weekday": 0, "start": "08:00", "end": "12:00"}]
    assert a.payload["instant_book"] is True
    assert a.path() == "/v1/vehicles/v1/availability"


def test_reviews_are_checked_criterion_by_criterion() -> None:
    a = actions.review_venue("p1", {"step_free": True, "toilet_accessible": None}, "Nice")
    assert a.payload == {"criteria": {"step_free": True}, "comment": "Nice"}
    with pytest.raises(ValidationError) as e:
        actions.review_venue("p1", {"door_width_cm": "wide"})
    assert "criteria.door_width_cm" in e.value.errors
    with pytest.raises(ValidationError) as e:
        actions.review_vehicle("v1", {"overall": 9})
    assert "criteria.overall" in e.value.errors
    with pytest.raises(ValidationError) as e:
        actions.review_vehicle("v1", {"overall": 4}, "x" * 5000)
    assert e.value.field == "comment"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids),
    max_leaves=10,
)
_criteria_names = st.sampled_from(
    ["step_free", "door_width_cm", "wheelchair_grade", "toilet_accessible", "overall", "nope"]
)


@settings(max_examples=200)
@given(st.dictionaries(_criteria_names | st.text(max_size=10), _json, max_size=5), _json)
def test_any_review_input_is_queued_or_refused_with_a_field(
    criteria: dict[str, Any], comment: Any
) -> None:
    for make in (actions.review_venue, actions.review_vehicle):
        try:
            a = make("target-1", criteria, comment)
        except ValidationError as e:
            assert e.errors and all(e.errors.values())
        else:
            assert a.payload is not None and a.payload["criteria"]
