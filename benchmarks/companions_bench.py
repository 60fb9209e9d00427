#!/usr/bin/env python3
"""Travel companions at scale: 100,000 open trips and 100,000 offers in the
app's cache, then the first page of matches for many trips, against the raw
SQL a person would write for the same page on the same file.

The posts come from the demo generator (real French stations, six weeks
ahead, offers drawn near trips so most trips have matches), stored with
``upsert_records`` as a sync stores them. Each query is one trip of the set
looking for offers; the figures are medians in milliseconds over
``--queries`` trips, each run once after one warm-up pass over all of them.

The raw baseline reads the same index with the same box and window, computes
the spherical distances in SQL, keeps those within the radius, orders by
closeness and rating, takes 20 and decodes their JSON: no domain objects and
no reasons. The ratio says what the domain's rules and objects cost.

Usage:
  .venv/bin/python benchmarks/companions_bench.py [--posts N] [--queries N]
      [--dir DIR] [--reuse]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wheelshare.cache import Cache, upsert_records
from wheelshare.cache.companions import _box, find_matches
from wheelshare.cache.database import FILE_NAME, _ensure_math
from wheelshare.cache.rows import ts
from wheelshare.demo.companions import iter_posts
from wheelshare.domain import clock
from wheelshare.domain.companion_wire import post_from_wire
from wheelshare.domain.companions import MATCH_RADIUS_KM, MAX_WINDOW, Journey

PAGE = 20
BATCH = 10_000

_RAW = """
    SELECT data FROM (
        SELECT data, rating,
            2 * 6371 * asin(sqrt(power(sin(radians(o_lat - :olat) / 2), 2)
                + cos(radians(:olat)) * cos(radians(o_lat))
                * power(sin(radians(o_lon - :olon) / 2), 2))) AS km_o,
            2 * 6371 * asin(sqrt(power(sin(radians(d_lat - :dlat) / 2), 2)
                + cos(radians(:dlat)) * cos(radians(d_lat))
                * power(sin(radians(d_lon - :dlon) / 2), 2))) AS km_d
        FROM companion_offers INDEXED BY ix_companion_offers_match
        WHERE mode = :mode AND status = 'open'
          AND from_ts > :earliest AND from_ts < :until AND until_ts > :from
          AND o_lat BETWEEN :olat0 AND :olat1 AND o_lon BETWEEN :olon0 AND :olon1
          AND d_lat BETWEEN :dlat0 AND :dlat1 AND d_lon BETWEEN :dlon0 AND :dlon1
          AND mine = 0
    ) WHERE km_o <= :r AND km_d <= :r
    ORDER BY round(km_o + km_d, 1), coalesce(rating, -1) DESC
    LIMIT 20
"""


def build(cache: Cache, posts: int) -> list[dict[str, Any]]:
    """Stores ``posts`` trips and as many offers; returns the trips."""
    people = [(f"person-{i}", f"Person {i}") for i in range(5000)]
    start = clock.today()
    stream = iter_posts(7, start, people, posts)
    trips: list[dict[str, Any]] = []
    t = time.perf_counter()
    while True:
        chunk = list(itertools.islice(stream, BATCH))
        if not chunk:
            break
        by_kind: dict[str, list[dict[str, Any]]] = {"trip": [], "companion_offer": []}
        for kind, record in chunk:
            # As the public feed has them: nobody's own.
            public = {k: v for k, v in record.items() if k not in ("traveller_id", "companion_id")}
            by_kind[kind].append(public)
        trips.extend(by_kind["trip"])
        with cache.transaction() as s:
            for kind, records in by_kind.items():
                upsert_records(s, kind, records)
    print(f"stored {posts:,} trips and {posts:,} offers in {time.perf_counter() - t:.1f} s")
    return trips


def _raw_query(con: sqlite3.Connection, j: Journey) -> list[Any]:
    r = MATCH_RADIUS_KM
    olat0, olat1, olon0, olon1 = _box(j.origin.lat, j.origin.lon, r + 0.1)
    dlat0, dlat1, dlon0, dlon1 = _box(j.destination.lat, j.destination.lon, r + 0.1)
    params = {
        "mode": j.mode.value,
        "earliest": ts(j.leaves_from - MAX_WINDOW),
        "from": ts(j.leaves_from),
        "until": ts(j.leaves_until),
        "olat": j.origin.lat,
        "olon": j.origin.lon,
        "dlat": j.destination.lat,
        "dlon": j.destination.lon,
        "olat0": olat0,
        "olat1": olat1,
        "olon0": olon0,
        "olon1": olon1,
        "dlat0": dlat0,
        "dlat1": dlat1,
        "dlon0": dlon0,
        "dlon1": dlon1,
        "r": r,
    }
    return [json.loads(d) for (d,) in con.execute(_RAW, params)]


def _median_ms(fn: Callable[[Journey], object], journeys: list[Journey]) -> tuple[float, float]:
    for j in journeys:  # warm-up: the same pages of the file in memory for both
        fn(j)
    times = []
    for j in journeys:
        t = time.perf_counter()
        fn(j)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="wheelshare-companions-"))
    cache = Cache.open(folder)
    with cache.session() as s:
        stored = s.connection().exec_driver_sql("SELECT count(*) FROM trips").scalar() or 0
    if args.reuse and stored:
        with cache.session() as s:
            rows = s.connection().exec_driver_sql("SELECT data FROM trips").scalars()
            trips = [json.loads(d) for d in rows]
    else:
        trips = build(cache, args.posts)
    rng = random.Random(1)
    journeys = [post_from_wire(t).journey for t in rng.sample(trips, args.queries)]

    with cache.session() as s:
        found = [len(find_matches(s, j, "offers", limit=PAGE)) for j in journeys]

        def ours(j: Journey) -> object:
            return find_matches(s, j, "offers", limit=PAGE)

        med, p95 = _median_ms(ours, journeys)
    con = sqlite3.connect(folder / FILE_NAME)
    _ensure_math(con)
    raw_med, raw_p95 = _median_ms(lambda j: _raw_query(con, j), journeys)
    raw_found = [len(_raw_query(con, j)) for j in journeys]
    con.close()
    cache.close()
    print(
        f"{args.queries} trips: {statistics.mean(found):.1f} matches on the first page "
        f"on average ({sum(1 for n in found if n) / len(found):.0%} with at least one; "
        f"raw SQL {statistics.mean(raw_found):.1f})"
    )
    print(f"find_matches, first page: median {med:.2f} ms, p95 {p95:.2f} ms")
    print(f"raw SQL, first page:      median {raw_med:.2f} ms, p95 {raw_p95:.2f} ms")
    print(f"ratio: {med / raw_med:.2f}x")


if __name__ == "__main__":
    main()
