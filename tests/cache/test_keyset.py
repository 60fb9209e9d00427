"""Keyset paging gives the same rows as paging by offset, row for row.

A cache holds vehicles and venues made to tie: many share a place (so their
distances are equal), a price, a name, a rating, or have no rating at all;
others are spread around Lyon. Hypothesis picks a query (order, place,
radius, text, a filter) and a page size; walking the list page after page
with ``after`` must list exactly what walking it with offsets lists, and
what one page holding every match lists.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wheelshare import demo
from wheelshare.cache import (
    After,
    Cache,
    VehicleQuery,
    VehicleSort,
    VenueQuery,
    VenueSort,
    search_vehicles,
    search_venues,
    upsert_records,
)
from wheelshare.cache.queries import MAX_LIMIT
from wheelshare.domain import ValidationError
from wheelshare.domain.wire import Json

LYON = (45.7640, 4.8357)
# A few spots shared by many records, so that distances tie exactly.
SPOTS = [(45.7640, 4.8357), (45.7700, 4.8500), (45.7500, 4.8200), (45.7640, 4.8400)]
PRICES = (5000, 6000, 7600)
NAMES = ("Café du Parc", "Musée", "Le Petit Théâtre", "Zinc")
RATINGS: tuple[tuple[float | None, int], ...] = ((None, 0), (4.5, 2), (4.5, 7), (3.0, 2))
_VEHICLE = next(demo.iter_vehicles(5, 1))
_VENUE = next(demo.iter_venues(5, 1))


def _place(rng: random.Random) -> tuple[float, float]:
    if rng.random() < 0.4:
        return rng.choice(SPOTS)
    return (LYON[0] + rng.uniform(-0.3, 0.3), LYON[1] + rng.uniform(-0.4, 0.4))


def vehicle(rng: random.Random, n: int) -> Json:
    record = copy.deepcopy(_VEHICLE)
    # Ids in an order unrelated to insertion, so ties are not broken by chance.
    record["id"] = f"veh-{rng.randrange(10**6):06d}-{n}"
    lat, lon = _place(rng)
    record["location"].update(lat=lat, lon=lon)
    record["prices"]["day"]["amount"] = rng.choice(PRICES)
    average, count = rng.choice(RATINGS)
    record["rating"] = {"average": average, "count": count}
    record["title"] = rng.choice(("Trafic rampe", "Kangoo TPMR", "Berlingo"))
    return record


def venue(rng: random.Random, n: int) -> Json:
    record = copy.deepcopy(_VENUE)
    record["id"] = record["source"]["id"] = f"ven-{rng.randrange(10**6):06d}-{n}"
    lat, lon = _place(rng)
    record["location"].update(lat=lat, lon=lon)
    record["name"] = rng.choice(NAMES)
    average, count = rng.choice(RATINGS)
    record["rating"] = {"average": average, "count": count}
    entrance = record["accessibility"]["entrance"]
    entrance.update(step_free=rng.choice((True, False, None)), step_count=None, step_height_cm=None)
    return record


_RNG = random.Random(21)
VEHICLES = [vehicle(_RNG, n) for n in range(320)]
VENUES = [venue(_RNG, n) for n in range(320)]


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = Cache.open(Path(tmp_path_factory.mktemp("keyset")))
    with cache.transaction() as s:
        upsert_records(s, "vehicle", VEHICLES)
        upsert_records(s, "venue", VENUES)
    yield cache
    cache.close()


def _walk(search: Callable[[Any], Any], query: Any, size: int, *, keyset: bool) -> list[Any]:
    """Every row of ``query``, a page of ``size`` at a time."""
    out: list[Any] = []
    after: After | None = None
    for _ in range(len(VEHICLES) + 2):
        if keyset:
            page = search(_with(query, offset=0, limit=size, after=after))
        else:
            page = search(_with(query, offset=len(out), limit=size))
        out.extend(page.items)
        if not page.has_more:
            assert not page.items or len(page.items) <= size
            return out
        assert len(page.items) == size
        after = page.after
    raise AssertionError("paging never ended")


def _with(query: Any, **changes: Any) -> Any:
    fields = {name: getattr(query, name) for name in query.__dataclass_fields__}
    fields.update(changes)
    return type(query)(**fields)


places = st.one_of(st.none(), st.sampled_from(SPOTS), st.just((45.80, 4.90)))
sizes = st.integers(2, 40)


@st.composite
def vehicle_queries(draw: st.DrawFn) -> VehicleQuery:
    near = draw(places)
    sorts = [VehicleSort.PRICE, VehicleSort.RATING]
    if near is not None:
        sorts.append(VehicleSort.DISTANCE)
    return VehicleQuery(
        near=near,
        radius_km=draw(st.sampled_from((0.5, 3.0, 12.0, 60.0))),
        sort=draw(st.sampled_from(sorts)),
        text=draw(st.sampled_from(("", "", "kangoo", "trafic"))),
        max_day_price=draw(st.sampled_from((None, None, 6000))),
    )


@st.composite
def venue_queries(draw: st.DrawFn) -> VenueQuery:
    near = draw(places)
    text = draw(st.sampled_from(("", "", "musée", "café parc", "petit")))
    sorts = [VenueSort.NAME, VenueSort.RATING]
    if near is not None:
        sorts.append(VenueSort.DISTANCE)
    if text:
        sorts.append(VenueSort.RELEVANCE)
    return VenueQuery(
        near=near,
        radius_km=draw(st.sampled_from((0.5, 3.0, 12.0, 60.0))),
        sort=draw(st.sampled_from(sorts)),
        text=text,
        criteria=draw(st.sampled_from((frozenset(), frozenset({"step_free"})))),
    )


def _ids_v(hits: list[Any]) -> list[tuple[str, float | None]]:
    return [(h.vehicle.id, h.distance_km) for h in hits]


def _ids_p(hits: list[Any]) -> list[tuple[str, float | None]]:
    return [(h.venue.id, h.distance_km) for h in hits]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=vehicle_queries(), size=sizes)
def test_vehicle_pages_after_a_key_equal_pages_at_an_offset(
    ties: Cache, query: VehicleQuery, size: int
) -> None:
    with ties.session() as s:

        def search(q: VehicleQuery) -> Any:
            return search_vehicles(s, q)

        whole = _ids_v(search(_with(query, limit=MAX_LIMIT)).items)
        by_offset = _ids_v(_walk(search, query, size, keyset=False))
        by_key = _ids_v(_walk(search, query, size, keyset=True))
    assert by_key == by_offset == whole


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=venue_queries(), size=sizes)
def test_venue_pages_after_a_key_equal_pages_at_an_offset(
    ties: Cache, query: VenueQuery, size: int
) -> None:
    with ties.session() as s:

        def search(q: VenueQuery) -> Any:
            return search_venues(s, q)

        whole = _ids_p(search(_with(query, limit=MAX_LIMIT)).items)
        by_offset = _ids_p(_walk(search, query, size, keyset=False))
        by_key = _ids_p(_walk(search, query, size, keyset=True))
    assert by_key == by_offset == whole


def test_the_ties_are_there_to_be_broken(ties: Cache) -> None:
    """The data really holds equal distances, prices, names and missing ratings
    across page boundaries, so the tests above exercise the tie-breaking."""
    with ties.session() as s:
        near = search_vehicles(
            s, VehicleQuery(near=SPOTS[0], radius_km=0.5, sort=VehicleSort.DISTANCE, limit=100)
        ).items
        by_price = search_vehicles(s, VehicleQuery(sort=VehicleSort.PRICE, limit=40)).items
        by_name = search_venues(s, VenueQuery(sort=VenueSort.NAME, limit=40)).items
        by_rating = search_venues(s, VenueQuery(sort=VenueSort.RATING, limit=MAX_LIMIT)).items
    assert sum(1 for h in near if h.distance_km == 0.0) > 10
    assert len({h.vehicle.prices.day.amount for h in by_price}) == 1
    assert len({h.venue.name for h in by_name}) == 1
    assert by_rating[-1].venue.rating.average is None


def test_a_key_from_another_order_is_refused(ties: Cache) -> None:
    with ties.session() as s:
        first = search_vehicles(s, VehicleQuery(sort=VehicleSort.PRICE, limit=3))
        assert first.after is not None
        with pytest.raises(ValidationError) as caught:
            search_vehicles(s, VehicleQuery(sort=VehicleSort.RATING, limit=3, after=first.after))
        assert "after" in caught.value.errors
        with pytest.raises(ValidationError):
            search_vehicles(
                s,
                VehicleQuery(near=LYON, sort=VehicleSort.DISTANCE, limit=3, after=first.after),
            )


def test_an_offset_and_a_key_together_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        VehicleQuery(offset=5, after=After((5000, "x")))
    assert "after" in caught.value.errors
