"""A large first load into an empty table builds the same cache as row-by-row writes.

The bulk path (``cache.bulkload``) drops the table's triggers and indexes
inside the writer's transaction and rebuilds everything before the commit;
these tests compare what a person searches against a cache written row by
row from the same records, and check that later writes, rollbacks and
savepoints leave the search indexes exactly in step.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.cache import (
    Cache,
    VehicleQuery,
    VenueQuery,
    areacounts,
    bulkload,
    cities,
    count_venues,
    delete_records,
    search_vehicles,
    search_venues,
    upsert_records,
)
from wheelshare.domain.wire import Json

LYON = (45.7640, 4.8357)
PARIS = (48.8566, 2.3522)


@pytest.fixture(scope="module")
def data() -> tuple[list[Json], list[Json]]:
    return list(demo.iter_venues(31, 2500)), list(demo.iter_vehicles(31, 1200))


def _fill(path: Path, venues: list[Json], vehicles: list[Json]) -> None:
    with Cache.open(path) as cache, cache.transaction() as session:
        # Two calls per kind: the load spans calls within the transaction.
        for kind, records in (("vehicle", vehicles), ("venue", venues)):
            half = len(records) // 2
            upsert_records(session, kind, records[:half])
            upsert_records(session, kind, records[half:])


@pytest.fixture(scope="module")
def caches(
    tmp_path_factory: pytest.TempPathFactory, data: tuple[list[Json], list[Json]]
) -> Iterator[tuple[Cache, Cache]]:
    venues, vehicles = data
    bulk = tmp_path_factory.mktemp("bulk") / "cache.sqlite"
    _fill(bulk, venues, vehicles)
    rowwise = tmp_path_factory.mktemp("rowwise") / "cache.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bulkload, "MIN_ROWS", 10**9)
        _fill(rowwise, venues, vehicles)
    with Cache.open(bulk) as a, Cache.open(rowwise) as b:
        yield a, b


def _schema(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _healthy(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for fts in ("venues_fts", "vehicles_fts"):
            con.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")  # noqa: S608
        for table in ("venues", "vehicles"):
            # The tree's own check: every node's box holds its children, every
            # row is in the leaf _rowid names, every node under the parent _parent names.
            assert con.execute(f"SELECT rtreecheck('{table}_rtree')").fetchone() == ("ok",)
            missing = con.execute(
                f"SELECT count(*) FROM {table} t LEFT JOIN {table}_rtree r ON r.pk = t.pk"  # noqa: S608
                " WHERE r.pk IS NULL"
            ).fetchone()[0]
            extra = con.execute(
                f"SELECT count(*) FROM {table}_rtree r LEFT JOIN {table} t ON r.pk = t.pk"  # noqa: S608
                " WHERE t.pk IS NULL"
            ).fetchone()[0]
            assert (missing, extra) == (0, 0), table
        cells = con.execute("SELECT cell, grade, mask, n FROM venue_cells ORDER BY 1, 2, 3")
        assert cells.fetchall() == areacounts.expected_cells(con)
    finally:
        con.close()


def _searches(cache: Cache) -> list[object]:
    with cache.session() as s:
        return [
            [h.venue.id for h in search_venues(s, VenueQuery(text="musée")).items],
            [h.venue.id for h in search_venues(s, VenueQuery(text="lyon", limit=50)).items],
            [
                (h.venue.id, round(h.distance_km or 0, 9))
                for h in search_venues(
                    s, VenueQuery(near=LYON, radius_km=20, criteria=frozenset({"step_free"}))
                ).items
            ],
            count_venues(s, VenueQuery(near=PARIS, radius_km=30)),
            count_venues(s, VenueQuery(category="restaurant")),
            count_venues(s, VenueQuery(text="table")),
            [
                h.vehicle.id
                for h in search_vehicles(s, VehicleQuery(near=PARIS, radius_km=80)).items
            ],
            [h.vehicle.id for h in search_vehicles(s, VehicleQuery(text="rampe")).items],
            [(c.name, c.count) for c in cities(s, "l")],
            [(c.name, c.count) for c in cities(s, "sa")],
        ]


def test_a_bulk_load_searches_like_a_row_by_row_load(caches: tuple[Cache, Cache]) -> None:
    bulk, rowwise = caches
    results = _searches(bulk)
    assert all(results), "every search finds something in the demo data"
    assert results == _searches(rowwise)
    # The same schema afterwards: every trigger and index is back, word for word.
    assert _schema(bulk.path) == _schema(rowwise.path)
    for table in ("venues", "vehicles", "venues_rtree", "vehicles_rtree", "places", "venue_cells"):
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"  # noqa: S608
        got, want = _rows(bulk.path, sql), _rows(rowwise.path, sql)
        if table == "places":  # sums of coordinates, added up in another order
            assert [r[:3] for r in got] == [r[:3] for r in want]
            assert all(abs(g[3] - w[3]) < 1e-6 for g, w in zip(got, want, strict=True))
        else:
            assert got == want, table
    _healthy(bulk.path)


def test_writes_after_a_bulk_load_keep_the_indexes_in_step(
    data_dir: Path, data: tuple[list[Json], list[Json]]
) -> None:
    venues, vehicles = data
    _fill(data_dir / "cache.sqlite", venues, vehicles)
    moved = copy.deepcopy(venues[10])
    moved["name"] = "Bibliothèque Zola"
    moved["location"].update(lat=43.6047, lon=1.4442, city="Toulouse")
    with Cache.open(data_dir) as cache:
        with cache.transaction() as session:
            upsert_records(session, "venue", [moved])
            delete_records(session, "venue", [venues[11]["id"]])
        with cache.session() as s:
            found = search_venues(s, VenueQuery(text="zola")).items
            assert [h.venue.id for h in found] == [moved["id"]]
            near = search_venues(s, VenueQuery(near=(43.6047, 1.4442), radius_km=0.1)).items
            assert [h.venue.id for h in near] == [moved["id"]]
            gone = search_venues(s, VenueQuery(text=venues[11]["name"], limit=100)).items
            assert venues[11]["id"] not in {h.venue.id for h in gone}
    _healthy(data_dir / "cache.sqlite")


def test_a_load_that_fails_leaves_the_schema_and_nothing_else(
    data_dir: Path, data: tuple[list[Json], list[Json]]
) -> None:
    venues, _ = data
    with Cache.open(data_dir) as cache:
        before = _schema(cache.path)
        with pytest.raises(RuntimeError), cache.transaction() as session:
            upsert_records(session, "venue", venues)
            raise RuntimeError("the network went away")
        assert _schema(cache.path) == before
        assert _rows(cache.path, "SELECT count(*) FROM venues") == [(0,)]
        # And the next load works in full.
        with cache.transaction() as session:
            upsert_records(session, "venue", venues)
        with cache.session() as s:
            assert count_venues(s, VenueQuery()) == len(venues)
    _healthy(data_dir / "cache.sqlite")


def test_a_load_rolled_back_to_a_savepoint_then_redone_row_by_row(
    data_dir: Path, data: tuple[list[Json], list[Json]]
) -> None:
    # What the sync engine does when a page holds a bad record: savepoint,
    # try the batch, roll back to the savepoint, store the good ones.
    venues, _ = data
    with Cache.open(data_dir) as cache:
        with cache.transaction() as session:
            conn = session.connection()
            conn.exec_driver_sql("SAVEPOINT batch")
            upsert_records(session, "venue", venues)
            conn.exec_driver_sql("ROLLBACK TO batch")
            upsert_records(session, "venue", venues[:1500])
            conn.exec_driver_sql("RELEASE batch")
            upsert_records(session, "venue", venues[1500:])
        with cache.session() as s:
            assert count_venues(s, VenueQuery()) == len(venues)
            assert count_venues(s, VenueQuery(category="restaurant")) > 0
            assert count_venues(s, VenueQuery(text="table")) > 0
    _healthy(data_dir / "cache.sqlite")


def test_the_same_record_twice_in_one_load_keeps_the_last(
    data_dir: Path, data: tuple[list[Json], list[Json]]
) -> None:
    venues, _ = data
    renamed = {**venues[0], "name": "Salle Zénith"}
    with Cache.open(data_dir) as cache:
        with cache.transaction() as session:
            upsert_records(session, "venue", venues)
            upsert_records(session, "venue", [renamed])
            delete_records(session, "venue", [venues[1]["id"]])
        with cache.session() as s:
            assert [h.venue.id for h in search_venues(s, VenueQuery(text="zenith")).items] == [
                venues[0]["id"]
            ]
            assert count_venues(s, VenueQuery()) == len(venues) - 1
    _healthy(data_dir / "cache.sqlite")
