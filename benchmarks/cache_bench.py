#!/usr/bin/env python3
"""The local cache at scale: build 1,000,000 venues and 100,000 vehicles, then
time five everyday searches against the same lookups in raw ``sqlite3``.

Building streams demo records from a second process (generation is not what
is measured, but it overlaps) into ``upsert_records``, ``--batch`` records a
call, validated as a sync stores them. Each kind is one transaction, a first
load into an empty cache, so the search indexes are built once at the commit;
``--per-batch`` commits every batch instead (the indexes then grow row by row,
as during a sync). The figure that counts is the time spent in the cache
(calls and commits); the wall time also holds any wait for the generator.

Each query is run ``--rounds`` times after one warm-up; the figures are
medians in milliseconds for the first page (20 items). The raw baseline is
the plain SQL a person would write for the same page on the same file
(R*Tree box, filters, spherical distance in SQL, ``LIMIT 20``, JSON decoded):
no exact geodesic order, no domain objects. The ratio says what exactness
and the domain cost.

Usage:
  .venv/bin/python benchmarks/cache_bench.py [--venues N] [--vehicles N]
      [--batch N] [--per-batch] [--dir DIR] [--reuse] [--rounds N]
``--dir`` keeps the cache there; ``--reuse`` skips the build when it exists.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import multiprocessing as mp
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wheelshare.cache import (
    Cache,
    VehicleQuery,
    VenueQuery,
    count_venues,
    search_vehicles,
    search_venues,
    upsert_records,
)
from wheelshare.cache.geodesy import EARTH_RADIUS_KM, bounding_box
from wheelshare.cache.rows import HAND_DRIVING_MASK, LIFT_MASK, RAMP_MASK, adaptation_mask
from wheelshare.demo import default_start, iter_vehicles, iter_venues
from wheelshare.domain import Adaptation, WheelchairProfile, vehicle_requirements

SEED = 2026
LYON = (45.7640, 4.8357)
PARIS = (48.8566, 2.3522)
BORDEAUX = (44.8378, -0.5792)
# A week a little ahead of the day the generated data is laid out around.
_DAY = default_start()
_START = datetime(_DAY.year, _DAY.month, _DAY.day, 10, tzinfo=UTC)
WEEK = (_START + timedelta(days=11), _START + timedelta(days=18))
CHAIR = WheelchairProfile(
    width_cm=68, length_cm=110, seated_height_cm=138, weight_with_occupant_kg=190
)


# -- building ---------------------------------------------------------------------


def _produce(kind: str, n: int, batch: int, queue: Any) -> None:
    source = iter_venues(SEED, n) if kind == "venue" else iter_vehicles(SEED, n)
    while chunk := list(itertools.islice(source, batch)):
        queue.put(chunk)
    queue.put(None)


def _chunks(kind: str, n: int, batch: int) -> Iterator[list[dict[str, Any]]]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue(maxsize=8)
    worker = ctx.Process(target=_produce, args=(kind, n, batch, queue), daemon=True)
    worker.start()
    while (chunk := queue.get()) is not None:
        yield chunk
    worker.join()


def build(path: Path, venues: int, vehicles: int, batch: int, per_batch: bool) -> None:
    """Stores the demo records, ``batch`` per ``upsert_records`` call.

    By default each kind is one transaction (a first load: the cache builds
    its search indexes once, at the commit); ``per_batch`` commits every batch
    instead, as a sync commits every page, so the indexes grow row by row.
    """
    cache = Cache.open(path)
    t0 = time.perf_counter()
    storing = committing = 0.0
    for kind, n in (("vehicle", vehicles), ("venue", venues)):
        done = 0
        transaction = cache.transaction()
        session = transaction.__enter__()
        for chunk in _chunks(kind, n, batch):
            t = time.perf_counter()
            upsert_records(session, kind, chunk)
            storing += time.perf_counter() - t
            done += len(chunk)
            if per_batch:
                t = time.perf_counter()
                transaction.__exit__(None, None, None)
                committing += time.perf_counter() - t
                transaction = cache.transaction()
                session = transaction.__enter__()
            if done % 100_000 < batch:
                print(f"  {kind}s: {done:>9,} after {time.perf_counter() - t0:6.1f} s", flush=True)
        t = time.perf_counter()
        transaction.__exit__(None, None, None)
        committing += time.perf_counter() - t
    total = time.perf_counter() - t0
    cache.close()  # runs PRAGMA optimize
    size = path.stat().st_size / 1e6
    records = venues + vehicles
    cached = storing + committing
    how = f"a transaction per {batch:,} records" if per_batch else "a transaction per kind"
    print(f"build ({how}): {records:,} records in {total:.1f} s wall ({records / total:,.0f}/s)")
    print(
        f"       in the cache {cached:.1f} s ({records / cached:,.0f} records/s): "
        f"{storing:.1f} s in upsert_records, {committing:.1f} s committing "
        f"(search indexes built); the rest waiting for the generator; file {size:,.0f} MB"
    )


# -- raw baselines --------------------------------------------------------------------

_H = (
    f"2 * {EARTH_RADIUS_KM} * asin(min(1.0, sqrt(power(sin((radians(v.lat) - :plat) / 2), 2)"
    " + :pcos * cos(radians(v.lat)) * power(sin((radians(v.lon) - :plon) / 2), 2))))"
)


def _near(point: tuple[float, float], radius: float) -> dict[str, float]:
    box = bounding_box(point[0], point[1], radius)
    return {
        "plat": math.radians(point[0]),
        "plon": math.radians(point[1]),
        "pcos": math.cos(math.radians(point[0])),
        "r": radius,
        "a": box.min_lat,
        "b": box.max_lat,
        "c": box.min_lon,
        "d": box.max_lon,
    }


_BOX = "r.max_lat >= :a AND r.min_lat <= :b AND r.max_lon >= :c AND r.min_lon <= :d"


def raw_venues_near(con: sqlite3.Connection) -> list[Any]:
    sql = (
        f"SELECT v.data, {_H} AS h FROM venues_rtree r JOIN venues v ON v.pk = r.pk"  # noqa: S608
        f" WHERE {_BOX} AND v.step_free = 1 AND v.toilet_accessible = 1 AND h <= :r"
        " ORDER BY h LIMIT 20"
    )
    return [json.loads(d) for d, _ in con.execute(sql, _near(LYON, 5))]


def raw_venues_text(con: sqlite3.Connection) -> list[Any]:
    sql = (
        "SELECT v.data FROM venues_fts f JOIN venues v ON v.pk = f.rowid"
        " WHERE venues_fts MATCH :q ORDER BY f.rank LIMIT 20"
    )
    return [json.loads(d) for (d,) in con.execute(sql, {"q": '"musée"* "lyon"*'})]


def _free(start: datetime, end: datetime) -> tuple[str, dict[str, int]]:
    return (
        " AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.vehicle_id = v.id"
        " AND b.status = 'confirmed' AND b.start_ts < :e AND b.end_ts > :s)"
        " AND NOT EXISTS (SELECT 1 FROM availability_blocks ab WHERE ab.vehicle_id = v.id"
        " AND ab.start_ts < :e AND ab.end_ts > :s)"
        " AND NOT EXISTS (SELECT 1 FROM availability_weekly w WHERE w.vehicle_id = v.id)",
        {"s": int(start.timestamp()), "e": int(end.timestamp())},
    )


def raw_vehicles_week(con: sqlite3.Connection) -> list[Any]:
    free, params = _free(*WEEK)
    mask = adaptation_mask({Adaptation.REAR_RAMP, Adaptation.WINCH})
    sql = (
        f"SELECT v.data, {_H} AS h FROM vehicles_rtree r JOIN vehicles v ON v.pk = r.pk"  # noqa: S608
        f" WHERE {_BOX} AND v.listed = 1 AND (v.adaptations & :m) = :m AND h <= :r{free}"
        " ORDER BY h LIMIT 20"
    )
    return [json.loads(d) for d, _ in con.execute(sql, {**_near(PARIS, 50), **params, "m": mask})]


def raw_vehicles_fit(con: sqlite3.Connection) -> list[Any]:
    req = vehicle_requirements(CHAIR)
    sql = (
        f"SELECT v.data, {_H} AS h FROM vehicles_rtree r JOIN vehicles v ON v.pk = r.pk"  # noqa: S608
        f" WHERE {_BOX} AND v.listed = 1 AND h <= :r AND v.wheelchair_places >= 1"
        " AND (v.adaptations & :ramp OR v.adaptations & :lift)"
        " AND (NOT (v.adaptations & :ramp AND NOT v.adaptations & :lift)"
        " OR v.ramp_width_cm >= :rw)"
        " AND (NOT (v.adaptations & :lift AND NOT v.adaptations & :ramp)"
        " OR v.lift_max_load_kg >= :lw)"
        " AND v.door_height_cm >= :dh AND v.interior_height_cm >= :ih"
        " ORDER BY h LIMIT 20"
    )
    params = {
        **_near(BORDEAUX, 100),
        "ramp": RAMP_MASK,
        "lift": LIFT_MASK,
        "rw": req.min_ramp_width_cm,
        "lw": req.min_lift_load_kg,
        "dh": req.min_door_height_cm,
        "ih": req.min_interior_height_cm,
    }
    assert HAND_DRIVING_MASK  # a passenger's profile: hand controls not needed
    return [json.loads(d) for d, _ in con.execute(sql, params)]


def raw_count(con: sqlite3.Connection, at_most: int | None = None) -> int:
    cap = "" if at_most is None else f" LIMIT {at_most:d}"
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM venues_rtree r JOIN venues v ON v.pk = r.pk"  # noqa: S608
        f" WHERE {_BOX} AND v.step_free = 1 AND v.toilet_accessible = 1 AND {_H} <= :r{cap})"
    )
    return int(con.execute(sql, _near(LYON, 5)).fetchone()[0])


# -- the API --------------------------------------------------------------------------

VENUES_NEAR = VenueQuery(
    near=LYON, radius_km=5, criteria=frozenset({"step_free", "toilet_accessible"})
)
VENUES_TEXT = VenueQuery(text="musée lyon")
VEHICLES_WEEK = VehicleQuery(
    near=PARIS,
    radius_km=50,
    start=WEEK[0],
    end=WEEK[1],
    adaptations=frozenset({"rear_ramp", "winch"}),
)
VEHICLES_FIT = VehicleQuery(near=BORDEAUX, radius_km=100, fits=CHAIR)
HEADER_CAP = 1000  # the header says "1,000+" beyond


def _median_ms(fn: Callable[[], object], rounds: int) -> tuple[float, float, object]:
    first = time.perf_counter()
    result = fn()  # warm-up (and the cold figure)
    cold = (time.perf_counter() - first) * 1000
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return cold, statistics.median(times), result


def run_queries(path: Path, rounds: int) -> None:
    cache = Cache.open(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute("PRAGMA cache_size = -32000")
    con.execute("PRAGMA mmap_size = 268435456")

    def api(fn: Callable[[Any], object]) -> Callable[[], object]:
        def call() -> object:
            with cache.session() as session:
                return fn(session)

        return call

    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        (
            "venues within 5 km of Lyon, step-free + accessible toilet",
            api(lambda s: search_venues(s, VENUES_NEAR)),
            lambda: raw_venues_near(con),
        ),
        (
            'venues by text "musée lyon"',
            api(lambda s: search_venues(s, VENUES_TEXT)),
            lambda: raw_venues_text(con),
        ),
        (
            "vehicles within 50 km of Paris, free a week, rear ramp + winch",
            api(lambda s: search_vehicles(s, VEHICLES_WEEK)),
            lambda: raw_vehicles_week(con),
        ),
        (
            "vehicles within 100 km of Bordeaux that fit a chair",
            api(lambda s: search_vehicles(s, VEHICLES_FIT)),
            lambda: raw_vehicles_fit(con),
        ),
        (
            "count for the header of the first search, up to 1,000",
            api(lambda s: count_venues(s, VENUES_NEAR, at_most=HEADER_CAP)),
            lambda: raw_count(con, HEADER_CAP),
        ),
        (
            "(the same count, exact)",
            api(lambda s: count_venues(s, VENUES_NEAR)),
            lambda: raw_count(con),
        ),
    ]
    print(f"\nqueries: median of {rounds} runs after a warm-up, milliseconds")
    print(f"{'query':64} {'api':>7} {'raw':>7} {'ratio':>6} {'cold':>7} {'items':>6}")
    notes: list[str] = []
    for name, ours, raw in cases:
        cold, ours_ms, result = _median_ms(ours, rounds)
        _c, raw_ms, raw_result = _median_ms(raw, rounds)
        items = result if isinstance(result, int) else len(getattr(result, "items", []))
        if isinstance(raw_result, int) and raw_result != result:
            # Expected: the raw count measures on a sphere, the API on the ellipsoid.
            notes.append(f"exact count: {result} within 5 km geodesic, {raw_result} on the sphere")
        print(
            f"{name:64} {ours_ms:7.2f} {raw_ms:7.2f} {ours_ms / raw_ms:6.2f} {cold:7.2f} {items:>6}"
        )
    for note in notes:
        print(note)
    con.close()
    cache.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--venues", type=int, default=1_000_000)
    parser.add_argument("--vehicles", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument(
        "--per-batch", action="store_true", help="commit every batch (as a sync commits pages)"
    )
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="wheelshare-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cache.sqlite"
    if not (args.reuse and path.exists()):
        if path.exists():
            raise SystemExit(f"{path} exists; pass --reuse or choose another --dir")
        build(path, args.venues, args.vehicles, args.batch, args.per_batch)
    run_queries(path, args.rounds)


if __name__ == "__main__":
    main()
