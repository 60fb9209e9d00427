"""Vehicle and venue searches, checked against brute force over the same records."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest

from wheelshare.cache import (
    Cache,
    Page,
    VehicleQuery,
    VenueQuery,
    count_vehicles,
    count_venues,
    search_vehicles,
    search_venues,
)
from wheelshare.cache.rows import text_key
from wheelshare.demo import DemoData, default_start
from wheelshare.domain import ValidationError, WheelchairProfile

from . import reference

pytestmark = pytest.mark.dates

PARIS = (48.8566, 2.3522)
LYON = (45.7640, 4.8357)
MARSEILLE = (43.2965, 5.3698)
PASSENGER = WheelchairProfile(
    width_cm=68, length_cm=110, seated_height_cm=138, weight_with_occupant_kg=190
)
DRIVER = WheelchairProfile(
    width_cm=64, length_cm=100, seated_height_cm=130, weight_with_occupant_kg=120, drives=True
)
Q = TypeVar("Q", VehicleQuery, VenueQuery)


def _day(offset: int, hour: int = 9) -> datetime:
    """``hour`` o'clock UTC, ``offset`` days after the day the demo data is laid out around."""
    start = default_start()
    return datetime(start.year, start.month, start.day, hour, tzinfo=UTC) + timedelta(days=offset)


# Days from the demo's start to the first Sunday after it (weekly blocks matter).
_SUNDAY = 1 + (6 - (default_start() + timedelta(days=1)).weekday()) % 7


def _all_pages(cache: Cache, q: VehicleQuery | VenueQuery) -> list[tuple[str, float | None]]:
    """Every page of a search, one after the other, as (id, distance)."""
    out: list[tuple[str, float | None]] = []
    offset = 0
    while True:
        with cache.session() as session:
            if isinstance(q, VehicleQuery):
                vpage = search_vehicles(session, _paged(q, offset))
                items = [(h.vehicle.id, h.distance_km) for h in vpage.items]
                page: Page[object] = vpage  # type: ignore[assignment]
            else:
                wpage = search_venues(session, _paged(q, offset))
                items = [(h.venue.id, h.distance_km) for h in wpage.items]
                page = wpage  # type: ignore[assignment]
        out.extend(items)
        assert len(items) <= q.limit
        if not page.has_more:
            return out
        assert len(items) == q.limit
        offset += q.limit


def _paged(q: Q, offset: int) -> Q:
    from dataclasses import replace

    return replace(q, offset=offset)


def _same(found: list[tuple[str, float | None]], expected: list[tuple[str, float | None]]) -> None:
    assert [i for i, _ in found] == [i for i, _ in expected]
    for (_, d1), (_, d2) in zip(found, expected, strict=True):
        if d2 is None:
            assert d1 is None
        else:
            assert d1 == pytest.approx(d2, abs=1e-9)


VEHICLE_QUERIES = {
    "near Lyon by distance": VehicleQuery(near=LYON, radius_km=150, limit=25),
    "near Paris, free a week, two adaptations": VehicleQuery(
        near=PARIS,
        radius_km=60,
        start=_day(3),
        end=_day(10),
        adaptations=frozenset({"rear_ramp", "lowered_floor"}),
        limit=10,
    ),
    "free one Sunday": VehicleQuery(
        start=_day(_SUNDAY, 10), end=_day(_SUNDAY, 16), sort="price", limit=50
    ),
    "free a weekday morning": VehicleQuery(
        start=_day(7, 7), end=_day(7, 11), sort="price", limit=50
    ),
    "free over a month": VehicleQuery(start=_day(2), end=_day(32), sort="rating", limit=50),
    "fits a passenger's chair": VehicleQuery(fits=PASSENGER, sort="price", limit=30),
    "fits or might fit": VehicleQuery(fits=PASSENGER, include_unknown_fit=True, limit=40),
    "fits a driver, near Marseille": VehicleQuery(near=MARSEILLE, radius_km=400, fits=DRIVER),
    "cheap with two places, by rating": VehicleQuery(
        max_day_price=7000, min_wheelchair_places=2, sort="rating", limit=7
    ),
    "by price within a radius": VehicleQuery(near=PARIS, radius_km=40, sort="price", limit=9),
}


@pytest.mark.parametrize("name", list(VEHICLE_QUERIES))
def test_vehicle_search_matches_brute_force(
    filled_cache: Cache, demo_data: DemoData, name: str
) -> None:
    q = VEHICLE_QUERIES[name]
    expected = reference.vehicles(demo_data, q)
    assert expected, "the query should find something in the demo data"
    _same(_all_pages(filled_cache, q), expected)
    with filled_cache.session() as session:
        assert count_vehicles(session, q) == len(expected)


def test_availability_filter_removes_booked_and_blocked_vehicles(
    filled_cache: Cache, demo_data: DemoData
) -> None:
    q = VehicleQuery(start=_day(1), end=_day(60), sort="price", limit=500)
    free = {i for i, _ in reference.vehicles(demo_data, q)}
    listed = {i for i, _ in reference.vehicles(demo_data, VehicleQuery(sort="price"))}
    assert 0 < len(free) < len(listed)  # the period really excludes some
    with filled_cache.session() as session:
        assert {h.vehicle.id for h in search_vehicles(session, q).items} == free


VENUE_QUERIES = {
    "near Paris, step-free": VenueQuery(
        near=PARIS, radius_km=4, criteria=frozenset({"step_free"}), limit=15
    ),
    "near Paris, everything within 12 km": VenueQuery(near=PARIS, radius_km=12, limit=100),
    "near Marseille, at least partially, toilet": VenueQuery(
        near=MARSEILLE,
        radius_km=25,
        min_grade="partially",
        criteria=frozenset({"toilet_accessible"}),
        sort="name",
    ),
    "restaurants that fit the chair": VenueQuery(category="restaurant", fits=PASSENGER, limit=10),
    "fits or might fit near Lyon": VenueQuery(
        near=LYON, radius_km=20, fits=PASSENGER, include_unknown_fit=True
    ),
    "wide doors by rating": VenueQuery(min_door_width_cm=90, sort="rating", limit=40),
    "elevator and hearing loop": VenueQuery(criteria=frozenset({"elevator", "hearing_loop"})),
    "not accessible at all, by name": VenueQuery(min_grade="not", category="bar", limit=50),
}


@pytest.mark.parametrize("name", list(VENUE_QUERIES))
def test_venue_search_matches_brute_force(
    filled_cache: Cache, demo_data: DemoData, name: str
) -> None:
    q = VENUE_QUERIES[name]
    expected = reference.venues(demo_data.venues, q)
    assert expected, "the query should find something in the demo data"
    _same(_all_pages(filled_cache, q), expected)
    with filled_cache.session() as session:
        assert count_venues(session, q) == len(expected)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text_key(text))


@pytest.mark.parametrize("text", ["musee", "Musée", "pharmacie du port", "boul", "TOILETTES"])
def test_text_search_finds_words_in_name_city_and_description(
    filled_cache: Cache, demo_data: DemoData, text: str
) -> None:
    wanted = _words(text)
    expected = set()
    for v in demo_data.venues:
        haystack = _words(
            f"{v['name']} {v['location']['city']} "
            + " ".join(v["accessibility"]["description"].values())
        )
        if all(any(h.startswith(w) for h in haystack) for w in wanted):
            expected.add(v["id"])
    assert expected
    q = VenueQuery(text=text, limit=500)
    with filled_cache.session() as session:
        page = search_venues(session, q)
        assert {h.venue.id for h in page.items} == expected
        assert count_venues(session, q) == len(expected)


def test_text_search_near_a_place_sorts_by_distance(
    filled_cache: Cache, demo_data: DemoData
) -> None:
    q = VenueQuery(text="pharmacie", near=PARIS, radius_km=15, sort="distance", limit=5)
    expected = [
        x
        for x in reference.venues(demo_data.venues, q)
        if "pharmacie" in text_key(next(v["name"] for v in demo_data.venues if v["id"] == x[0]))
    ]
    _same(_all_pages(filled_cache, q), expected)


def test_text_made_of_punctuation_finds_nothing_and_does_not_break(filled_cache: Cache) -> None:
    with filled_cache.session() as session:
        assert search_venues(session, VenueQuery(text='"*)(^ NEAR')).items is not None
        assert search_venues(session, VenueQuery(text="---")).items == []


def test_a_radius_of_zero_finds_only_what_is_exactly_there(
    filled_cache: Cache, demo_data: DemoData
) -> None:
    v = demo_data.venues[10]
    here = (v["location"]["lat"], v["location"]["lon"])
    with filled_cache.session() as session:
        page = search_venues(session, VenueQuery(near=here, radius_km=0))
    assert [h.venue.id for h in page.items] == [v["id"]]
    assert page.items[0].distance_km == 0


@pytest.mark.parametrize("name", ["near Paris, everything within 12 km", "wide doors by rating"])
def test_a_capped_count_stops_at_the_cap_and_is_exact_below_it(
    filled_cache: Cache, demo_data: DemoData, name: str
) -> None:
    q = VENUE_QUERIES[name]
    n = len(reference.venues(demo_data.venues, q))
    with filled_cache.session() as session:
        assert count_venues(session, q, at_most=n - 1) == n - 1
        assert count_venues(session, q, at_most=n) == n
        assert count_venues(session, q, at_most=n + 50) == n
        with pytest.raises(ValidationError, match="at least one"):
            count_venues(session, q, at_most=0)


def test_text_alone_and_text_with_conditions_rank_alike(filled_cache: Cache) -> None:
    with filled_cache.session() as session:
        alone = search_venues(session, VenueQuery(text="musee", limit=200)).items
        museums = search_venues(session, VenueQuery(text="musee", category="museum", limit=200))
    assert [h.venue.id for h in alone if h.venue.category == "museum"] == [
        h.venue.id for h in museums.items
    ]
    with filled_cache.session() as session:
        assert count_venues(session, VenueQuery(text="musee")) == len(alone)


def test_vehicles_can_be_found_by_words_of_their_title(
    filled_cache: Cache, demo_data: DemoData
) -> None:
    expected = [
        i
        for i, _ in reference.vehicles(demo_data, VehicleQuery(sort="price"))
        if "kangoo" in text_key(next(v["title"] for v in demo_data.vehicles if v["id"] == i))
    ]
    q = VehicleQuery(text="kangoo", sort="price", limit=500)
    with filled_cache.session() as session:
        assert [h.vehicle.id for h in search_vehicles(session, q).items] == expected
        assert count_vehicles(session, q) == len(expected)
