"""Sync throughput on loopback: an initial sync of 100,000 records, and a no-op sync.

    python benchmarks/sync_bench.py [--records 100000] [--rounds 3]

Writes a feed database whose change log holds ``--records`` public records
(venues, plus vehicles with their availability, from the demo generator), runs
``wheelshare-feed serve`` on it as its own process, and measures from this
process, through the whole sync engine (HTTP, JSON, validation, one
transaction per page of 1,000 with its cursor):

* ``initial``: a sync from scratch into a new cache file — records/s. By
  default the empty venue and vehicle tables go without their search indexes
  while the pages come in (each page still committed with its cursor) and the
  indexes are built once at the end; also timed: the same sync keeping the
  indexes row by row (``defer_indexes=False``, the earlier behaviour), and
  with ``--grouped`` pages committed per transaction (default 100);
* ``no-op``: a sync when nothing changed (one 304 per stream) — ms;
* ``raw insert``: the baseline: the same rows, already computed, inserted
  with ``executemany`` into the same schema (triggers, R*Tree, FTS5) in one
  transaction — what writing alone costs;
* ``cache write path``: the cache's own ``upsert_records`` (validation, rows,
  executemany) in transactions of 1,000, without the network: the sync engine's
  overhead is the initial sync's excess over this;
* ``cache write path, one transaction``: the same calls in a single
  transaction, so the cache loads its empty tables in bulk and builds the
  search indexes once: what an initial sync could cost if it committed many
  pages at a time;
* ``fetch only``: every page fetched and decoded, nothing validated or written;
* ``from the snapshot``: the same initial sync when the feed has a snapshot
  (``GET /v1/snapshot``, built once before the rounds and timed): one
  download, one bulk transaction, then one empty page of changes.

Prints medians over the rounds, and the initial sync's ratio to the raw insert.
Targets (2-core machine): initial >= 50,000 records/s (issue #21; 20,000 before it), no-op <= 50 ms.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests
from _feed_server import start_feed_server

from wheelshare import demo
from wheelshare.cache import rows
from wheelshare.cache.database import Cache
from wheelshare.cache.store import upsert_records
from wheelshare.domain.wire import availability_from_wire, vehicle_from_wire, venue_from_wire
from wheelshare.feed import changelog
from wheelshare.feed import snapshot as feed_snapshot
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer

PAGE = 1000


def records(total: int) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(kind, id, record): one vehicle and its availability per 25 records, venues otherwise."""
    vehicles = total // 25
    for v in demo.iter_vehicles(7, vehicles):
        yield "vehicle", v["id"], v
        yield (
            "availability",
            v["id"],
            {
                "vehicle_id": v["id"],
                "blocks": [],
                "weekly": [{"weekday": 6, "start": "08:00", "end": "20:00"}],
                "timezone": "Europe/Paris",
            },
        )
    for venue in demo.iter_venues(7, total - 2 * vehicles):
        yield "venue", venue["id"], venue


def build_feed(path: Path, total: int) -> list[tuple[str, str, dict[str, Any]]]:
    db = Database(f"sqlite:///{path}")
    migrate(db)
    made = list(records(total))
    batches = iter(made)
    while batch := list(itertools.islice(batches, 10_000)):
        with db.write() as s:
            for kind, rid, data in batch:
                changelog.record(s, kind, rid, "upsert", data)
    db.dispose()
    return made


def initial_sync(
    url: str, folder: Path, grouped: int = 1, *, defer: bool = True, snapshot: bool = False
) -> tuple[float, int, Cache]:
    cache = Cache.open(folder)
    with FeedClient(url) as client:
        t0 = time.perf_counter()
        syncer = Syncer(
            cache,
            client,
            page_limit=PAGE,
            pages_per_transaction=grouped,
            defer_indexes=defer,
            use_snapshot=snapshot,
        )
        report = syncer.run()
        seconds = time.perf_counter() - t0
    if not report.ok:
        raise SystemExit(report.summary)
    return seconds, report.applied, cache


def noop_syncs(url: str, cache: Cache, n: int) -> list[float]:
    out = []
    with FeedClient(url) as client:
        Syncer(cache, client, page_limit=PAGE).run()  # learns the ETag of "nothing new"
        for _ in range(n):
            t0 = time.perf_counter()
            report = Syncer(cache, client, page_limit=PAGE).run()
            out.append(time.perf_counter() - t0)
            assert report.ok and report.streams[0].not_modified, report.summary
    return out


def fetch_only(url: str) -> float:
    http = requests.Session()
    t0 = time.perf_counter()
    since = None
    while True:
        params: dict[str, Any] = {"limit": PAGE}
        if since:
            params["since"] = since
        page = json.loads(http.get(f"{url}/v1/changes", params=params).content)
        since = page["cursor"]
        if not page["has_more"]:
            break
    seconds = time.perf_counter() - t0
    http.close()
    return seconds


def raw_insert(made: list[tuple[str, str, dict[str, Any]]], folder: Path) -> float:
    """The same rows into the same schema with executemany, rows computed beforehand."""
    vehicles, venues, heads, weekly = [], [], [], []
    for kind, rid, data in made:
        if kind == "vehicle":
            vehicles.append(rows.vehicle_row(vehicle_from_wire(data), data))
        elif kind == "venue":
            venues.append(rows.venue_row(venue_from_wire(data), data))
        else:
            a = availability_from_wire(data)
            heads.append((rid, a.timezone, rows.dump(data)))
            weekly.extend(rows.weekly_rows(rid, a))

    def insert(table: str, columns: tuple[str, ...]) -> str:
        marks = ", ".join("?" for _ in columns)
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608

    with Cache.open(folder) as cache:
        t0 = time.perf_counter()
        with cache.transaction() as s:
            raw = s.connection().connection.driver_connection
            assert raw is not None
            raw.executemany(insert("vehicles", rows.VEHICLE_COLUMNS), vehicles)
            raw.executemany(insert("venues", rows.VENUE_COLUMNS), venues)
            raw.executemany(
                "INSERT INTO availability (vehicle_id, timezone, data) VALUES (?, ?, ?)", heads
            )
            raw.executemany(
                "INSERT INTO availability_weekly (vehicle_id, timezone, weekday, start_min, "
                "end_min) VALUES (?, ?, ?, ?, ?)",
                weekly,
            )
        return time.perf_counter() - t0


def cache_only(
    made: list[tuple[str, str, dict[str, Any]]], folder: Path, *, one_transaction: bool = False
) -> float:
    """The cache's own write path (validation, rows, executemany) with the sync's
    transaction size, no network: what the sync engine adds is the rest.

    ``one_transaction``: the same calls, page by page, in a single transaction,
    so the cache loads its empty tables in bulk (what an initial sync that
    committed many pages at once would cost)."""
    with Cache.open(folder) as cache:
        t0 = time.perf_counter()
        transaction = cache.transaction()
        s = transaction.__enter__()
        for i in range(0, len(made), PAGE):
            batch: dict[str, list[dict[str, Any]]] = {}
            for kind, _rid, data in made[i : i + PAGE]:
                batch.setdefault(kind, []).append(data)
            for kind, records_ in batch.items():
                upsert_records(s, kind, records_)
            if not one_transaction:
                transaction.__exit__(None, None, None)
                transaction = cache.transaction()
                s = transaction.__enter__()
        transaction.__exit__(None, None, None)
        return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--noop-runs", type=int, default=30)
    parser.add_argument(
        "--grouped",
        type=int,
        default=100,
        metavar="N",
        help="also time an initial sync committing N pages per transaction",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="wheelshare-sync-bench-"))
    t0 = time.perf_counter()
    made = build_feed(work / "feed.sqlite3", args.records)
    print(f"built a feed of {len(made):,} records in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    db = Database(f"sqlite:///{work / 'feed.sqlite3'}")
    info = feed_snapshot.build(db)
    db.dispose()
    print(
        f"built its snapshot in {time.perf_counter() - t0:.1f} s "
        f"({info.size / 2**20:.1f} MiB compressed)"
    )
    proc, url = start_feed_server(f"sqlite:///{work / 'feed.sqlite3'}")
    try:
        initial, fetched, noop, raw, cached, loaded = [], [], [], [], [], []
        grouped: list[float] = []
        rowwise: list[float] = []
        snapped: list[float] = []
        for r in range(args.rounds):
            seconds, applied, cache = initial_sync(url, work / f"cache-{r}")
            assert applied == len(made), (applied, len(made))
            initial.append(seconds)
            noop.extend(noop_syncs(url, cache, args.noop_runs))
            cache.close()
            seconds_g, applied_g, cache_g = initial_sync(url, work / f"grouped-{r}", args.grouped)
            assert applied_g == len(made)
            cache_g.close()
            grouped.append(seconds_g)
            seconds_r, applied_r, cache_r = initial_sync(url, work / f"rowwise-{r}", defer=False)
            assert applied_r == len(made)
            cache_r.close()
            rowwise.append(seconds_r)
            seconds_s, applied_s, cache_s = initial_sync(url, work / f"snap-{r}", snapshot=True)
            assert applied_s == len(made) and cache_s.finish_deferred() is False
            cache_s.close()
            snapped.append(seconds_s)
            raw.append(raw_insert(made, work / f"raw-{r}"))
            cached.append(cache_only(made, work / f"cache-only-{r}"))
            loaded.append(cache_only(made, work / f"cache-load-{r}", one_transaction=True))
            fetched.append(fetch_only(url))
            print(
                f"round {r + 1}: initial {seconds:.2f} s (indexes row by row "
                f"{rowwise[-1]:.2f} s, {args.grouped} pages per "
                f"transaction {grouped[-1]:.2f} s), raw insert {raw[-1]:.2f} s, "
                f"cache write path {cached[-1]:.2f} s (one transaction {loaded[-1]:.2f} s), "
                f"fetch only {fetched[-1]:.2f} s, from the snapshot {snapped[-1]:.2f} s",
                flush=True,
            )
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(work, ignore_errors=True)  # about 800 MB a run

    n = len(made)
    med = statistics.median
    print()
    print(f"records:               {n:,}")
    print(
        f"initial sync:          {med(initial):.2f} s  = {n / med(initial):,.0f} records/s"
        "  (target >= 50,000/s)"
    )
    print(
        f"  indexes row by row:  {med(rowwise):.2f} s  = {n / med(rowwise):,.0f} records/s"
        f"  ({med(rowwise) / med(raw):.1f}x raw; deferred is {med(rowwise) / med(initial):.2f}x"
        " faster)"
    )
    print(
        f"initial, {args.grouped} pages/tx: {med(grouped):.2f} s  = "
        f"{n / med(grouped):,.0f} records/s  ({med(grouped) / med(raw):.1f}x raw)"
    )
    print(f"raw executemany:       {med(raw):.2f} s  = {n / med(raw):,.0f} records/s")
    print(f"ratio sync / raw:      {med(initial) / med(raw):.1f}x")
    print(
        f"cache write path:      {med(cached):.2f} s  = {n / med(cached):,.0f} records/s"
        f"  (sync / this: {med(initial) / med(cached):.2f}x)"
    )
    print(
        f"  in one transaction:  {med(loaded):.2f} s  = {n / med(loaded):,.0f} records/s"
        "  (empty tables loaded in bulk)"
    )
    print(
        f"from the snapshot:     {med(snapped):.2f} s  = {n / med(snapped):,.0f} records/s"
        f"  ({med(initial) / med(snapped):.1f}x faster than the initial sync,"
        f" {med(snapped) / med(raw):.1f}x raw)"
    )
    print(f"fetch + decode only:   {med(fetched):.2f} s  = {n / med(fetched):,.0f} records/s")
    print(
        f"no-op sync:            {med(noop) * 1000:.1f} ms median, "
        f"{max(noop) * 1000:.1f} ms worst of {len(noop)}  (target <= 50 ms)"
    )


if __name__ == "__main__":
    main()
