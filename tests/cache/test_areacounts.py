"""Counts near a place from the counts kept per area cell are exact.

A cache file holds a few thousand venues around Lyon: spread over the
city, packed into one block (so that cells hold many venues and are split),
and set exactly on cell edges. Hypothesis picks places, radii, criteria and
grades; every count must equal a brute-force count over the records, made
with geopy's own geodesic, and a capped count must stop at its cap. Random
writes through the cache's write path must leave the cell counts equal to
counts made afresh from the venue rows.
"""

from __future__ import annotations

import copy
import math
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wheelshare import demo
from wheelshare.cache import (
    Cache,
    VenueQuery,
    areacounts,
    count_venues,
    delete_records,
    upsert_records,
)
from wheelshare.domain.wire import Json
from wheelshare.geo.distance import great_circle_km

from . import reference

LYON = (45.7640, 4.8357)
GRADES = ("unknown", "not", "partially", "fully")
FLAGS = areacounts.CRITERIA
_TEMPLATE = next(demo.iter_venues(5, 1))


def venue(n: int, lat: float, lon: float, grade: str, flags: dict[str, bool | None]) -> Json:
    record = copy.deepcopy(_TEMPLATE)
    record["id"] = record["source"]["id"] = f"v-{n}"
    record["location"].update(lat=lat, lon=lon)
    a = record["accessibility"]
    a["wheelchair_grade"] = grade
    a["entrance"].update(step_count=None, step_height_cm=None)
    for name, value in flags.items():
        if name in a["entrance"]:
            a["entrance"][name] = value
        else:
            a[name] = value
    return record


def random_venue(rng: random.Random, n: int) -> Json:
    shape = rng.random()
    if shape < 0.5:  # across the city
        lat = LYON[0] + rng.uniform(-0.08, 0.08)
        lon = LYON[1] + rng.uniform(-0.11, 0.11)
    elif shape < 0.85:  # one dense block: cells of every level hold many
        lat = LYON[0] + rng.gauss(0, 0.004)
        lon = LYON[1] + rng.gauss(0, 0.006)
    else:  # exactly on an edge (or corner) of a cell of some level
        level = rng.choice(areacounts.LEVELS)
        lat = math.floor((LYON[0] + rng.uniform(-0.05, 0.05) + 90) * 2**level) / 2**level - 90
        lon = math.floor((LYON[1] + rng.uniform(-0.07, 0.07) + 180) * 2**level) / 2**level - 180
    flags = {f: rng.choice((True, False, None)) for f in FLAGS}
    return venue(n, lat, lon, rng.choice(GRADES), flags)


_RNG = random.Random(2026)
RECORDS = [random_venue(_RNG, n) for n in range(3500)]


def stored_cells(raw: sqlite3.Connection) -> list[tuple[int, int, int, int]]:
    return [
        (int(c), int(g), int(m), int(n))
        for c, g, m, n in raw.execute(
            "SELECT cell, grade, mask, n FROM venue_cells ORDER BY 1, 2, 3"
        )
    ]


def assert_cells_in_step(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert stored_cells(con) == areacounts.expected_cells(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def lyon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = Cache.open(tmp_path_factory.mktemp("areacounts"))
    with cache.transaction() as session:
        upsert_records(session, "venue", RECORDS)
    yield cache
    cache.close()


def brute_force(q: VenueQuery) -> int:
    assert q.near is not None
    # geopy's geodesic for every record that could be within reach (the
    # sphere is within 0.5 % of the ellipsoid); the rest are far away.
    nearby = [
        r
        for r in RECORDS
        if great_circle_km(q.near, (r["location"]["lat"], r["location"]["lon"]))
        <= q.radius_km * 1.01 + 0.01
    ]
    return len(reference.venues(nearby, q))


queries = st.builds(
    VenueQuery,
    near=st.tuples(
        st.floats(LYON[0] - 0.06, LYON[0] + 0.06), st.floats(LYON[1] - 0.08, LYON[1] + 0.08)
    ),
    radius_km=st.one_of(st.floats(0, 3), st.floats(0, 12), st.sampled_from([0.0, 1.0, 5.0])),
    criteria=st.frozensets(st.sampled_from(FLAGS), max_size=3),
    min_grade=st.sampled_from([None, "not", "partially", "fully"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(q=queries, cap=st.integers(1, 400))
def test_a_count_near_a_place_equals_a_brute_force_count(
    lyon: Cache, q: VenueQuery, cap: int
) -> None:
    expected = brute_force(q)
    with lyon.session() as s:
        assert count_venues(s, q) == expected
        assert count_venues(s, q, at_most=cap) == min(expected, cap)


def test_dense_counts_use_every_level_and_still_agree(lyon: Cache) -> None:
    # The centre of the dense block, the whole city, and a point on a cell corner.
    corner = (
        math.floor((LYON[0] + 90) * 64) / 64 - 90,
        math.floor((LYON[1] + 180) * 64) / 64 - 180,
    )
    for near, radius in ((LYON, 0.4), (LYON, 2.0), (LYON, 9.0), (corner, 3.0), (corner, 0.0)):
        for criteria in (frozenset(), frozenset({"step_free", "toilet_accessible"})):
            q = VenueQuery(near=near, radius_km=radius, criteria=criteria)
            with lyon.session() as s:
                assert count_venues(s, q) == brute_force(q), (near, radius, criteria)


def test_the_cell_counts_match_the_venues_after_a_first_load(lyon: Cache) -> None:
    assert_cells_in_step(lyon.path)


ops = st.lists(
    st.tuples(st.sampled_from(["add", "move", "change", "delete"]), st.integers(0, 39)),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=ops, seed=st.integers(0, 2**32))
def test_writes_keep_the_cell_counts_in_step(
    writable: Cache, steps: list[tuple[str, int]], seed: int
) -> None:
    rng = random.Random(seed)
    with writable.transaction() as session:
        for op, n in steps:
            rid = f"w-{n}"
            if op == "delete":
                delete_records(session, "venue", [rid])
                continue
            record = random_venue(rng, n)
            record["id"] = rid
            if op == "change":  # the same place, other facts
                record["location"] = {**record["location"], "lat": LYON[0], "lon": LYON[1]}
            upsert_records(session, "venue", [record])
    assert_cells_in_step(writable.path)


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = Cache.open(tmp_path_factory.mktemp("writes"))
    with cache.transaction() as session:
        upsert_records(session, "venue", RECORDS[:300])
    yield cache
    cache.close()


def test_a_rolled_back_write_leaves_the_cell_counts(writable: Cache) -> None:
    before = sqlite3.connect(writable.path)
    try:
        cells = stored_cells(before)
    finally:
        before.close()
    with pytest.raises(RuntimeError), writable.transaction() as session:
        upsert_records(session, "venue", [random_venue(random.Random(1), 9999)])
        delete_records(session, "venue", [RECORDS[0]["id"]])
        raise RuntimeError("stop")
    con = sqlite3.connect(writable.path)
    try:
        assert stored_cells(con) == cells
    finally:
        con.close()
    assert_cells_in_step(writable.path)


def test_an_upgraded_cache_counts_its_old_venues(data_dir: Path) -> None:
    old = Cache.open(data_dir, revision="0002")
    with old.transaction() as session:
        upsert_records(session, "venue", RECORDS[:800])
    old.close()
    with Cache.open(data_dir) as cache:
        assert_cells_in_step(cache.path)
        q = VenueQuery(near=LYON, radius_km=3, criteria=frozenset({"step_free"}))
        with cache.session() as s:
            expected = len(
                reference.venues(
                    RECORDS[:800], VenueQuery(near=LYON, radius_km=3, criteria=q.criteria)
                )
            )
            assert count_venues(s, q) == expected


def test_queries_the_grid_cannot_answer_are_still_counted(lyon: Cache) -> None:
    # A category or a door width: checked venue by venue.
    profile_free: dict[str, Any] = {"near": LYON, "radius_km": 4.0}
    for extra in (
        {"category": _TEMPLATE["category"]},
        {"min_door_width_cm": 80},
    ):
        q = VenueQuery(**profile_free, **extra)
        with lyon.session() as s:
            assert count_venues(s, q) == brute_force(q)
