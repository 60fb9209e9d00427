"""Bad query input gets a ValidationError naming the field, before any SQL runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wheelshare.cache import VehicleQuery, VehicleSort, VenueQuery, VenueSort
from wheelshare.domain import Adaptation, ValidationError, VenueCriterion, WheelchairGrade

START = datetime(2026, 12, 1, 9, tzinfo=UTC)
END = datetime(2026, 12, 3, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"near": (91.0, 2.0)}, "near.lat", "outside -90 to 90"),
        ({"near": (48.0, -181.0)}, "near.lon", "outside -180 to 180"),
        ({"near": (float("nan"), 2.0)}, "near.lat", "must be a number"),
        ({"near": (48.0,)}, "near", "(latitude, longitude)"),
        ({"radius_km": -1}, "radius_km", "zero or more"),
        ({"radius_km": float("inf")}, "radius_km", "zero or more"),
        ({"start": END, "end": START}, "end", "before the start"),
        ({"start": START, "end": START}, "end", "empty"),
        ({"start": START}, "end", "both"),
        ({"start": datetime(2026, 12, 1), "end": END}, "start", "time zone"),
        ({"adaptations": frozenset({"rear_ramp", "jetpack"})}, "adaptations", "'jetpack'"),
        ({"adaptations": "rear_ramp"}, "adaptations", "set of adaptation names"),
        ({"min_wheelchair_places": 5}, "min_wheelchair_places", "0 to 4"),
        ({"max_day_price": -1}, "max_day_price", "cannot be negative"),
        ({"max_day_price": 12.5}, "max_day_price", "whole number of cents"),
        ({"currency": "XYZ"}, "currency", "unsupported"),
        ({"sort": "distance"}, "sort", "needs a place"),
        ({"sort": "cheapest"}, "sort", "'cheapest'"),
        ({"offset": -1}, "offset", "zero or more"),
        ({"limit": 0}, "limit", "1 to 500"),
        ({"limit": 501}, "limit", "1 to 500"),
        ({"fits": "wide chair"}, "fits", "profile"),
    ],
)
def test_bad_vehicle_queries_name_the_field(
    kwargs: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        VehicleQuery(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert words in info.value.message


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"near": (-95.0, 0.0)}, "near.lat", "outside -90 to 90"),
        ({"radius_km": -0.5}, "radius_km", "zero or more"),
        ({"criteria": frozenset({"free_coffee"})}, "criteria", "'free_coffee'"),
        ({"criteria": frozenset({"door_width_cm"})}, "criteria", "not a yes/no criterion"),
        ({"min_grade": "sort of"}, "min_grade", "'sort of'"),
        ({"min_grade": "unknown"}, "min_grade", "fully, partially or not"),
        ({"min_door_width_cm": 10}, "min_door_width_cm", "30 to 400"),
        ({"category": ""}, "category", "category name"),
        ({"text": "x" * 201}, "text", "longer than 200"),
        ({"sort": "relevance"}, "sort", "needs search text"),
        ({"sort": "distance"}, "sort", "needs a place"),
        ({"limit": -3}, "limit", "1 to 500"),
    ],
)
def test_bad_venue_queries_name_the_field(
    kwargs: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        VenueQuery(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert words in info.value.message


def test_names_become_vocabulary_and_sorts_default_sensibly() -> None:
    q = VehicleQuery(adaptations=frozenset({"rear_ramp", Adaptation.WINCH}))
    assert q.adaptations == {Adaptation.REAR_RAMP, Adaptation.WINCH}
    assert q.sort is VehicleSort.PRICE
    assert VehicleQuery(near=(48.0, 2.0)).sort is VehicleSort.DISTANCE
    v = VenueQuery(criteria=frozenset({"step_free"}), min_grade="partially")
    assert v.criteria == {VenueCriterion.STEP_FREE}
    assert v.min_grade is WheelchairGrade.PARTIALLY
    assert v.sort is VenueSort.NAME
    assert VenueQuery(near=(48.0, 2.0)).sort is VenueSort.DISTANCE
    assert VenueQuery(text="musée", near=(48.0, 2.0)).sort is VenueSort.RELEVANCE
