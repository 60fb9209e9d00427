"""A first sync stores its pages without the search indexes and builds them once at its end.

Each page is still committed with its cursor. Whatever ends the pull (its
end, a failing feed, a kill), the cache must end up exactly as a sync that
kept the indexes row by row: the same records, the same schema, every
search index whole, and the counts kept per place and per area cell in step.
"""

from __future__ import annotations

import copy
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.cache import (
    Cache,
    VenueQuery,
    areacounts,
    bulkload,
    cities,
    count_venues,
    search_venues,
    upsert_records,
)
from wheelshare.feed import changelog
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer

from .conftest import cache_content
from .faultproxy import FaultProxy

PAGE = 100
PARIS = (48.8566, 2.3522)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def pending(path: Path) -> int:
    con = _connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0])
    finally:
        con.close()


def schema(path: Path) -> list[tuple[str, str]]:
    con = _connect(path)
    try:
        # sqlite_stat1 comes and goes with PRAGMA optimize: not the schema's.
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            " AND name NOT LIKE 'sqlite_stat%' ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def assert_indexes_whole(path: Path) -> None:
    """Every search index and kept count agrees with the rows, and none is pending."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0] == 0
        for table in ("venues", "vehicles"):
            con.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")  # noqa: S608
            loose = con.execute(
                f"SELECT (SELECT count(*) FROM {table} t LEFT JOIN {table}_rtree r"  # noqa: S608
                " ON r.pk = t.pk WHERE r.pk IS NULL),"
                f" (SELECT count(*) FROM {table}_rtree r LEFT JOIN {table} t"
                " ON r.pk = t.pk WHERE t.pk IS NULL)"
            ).fetchone()
            assert loose == (0, 0), table
        places = con.execute("SELECT city_key, city, n FROM places ORDER BY 1, 2").fetchall()
        expected = con.execute(
            "SELECT city_key, city, count(*) FROM (SELECT city_key, city FROM venues"
            " UNION ALL SELECT city_key, city FROM vehicles) WHERE city != ''"
            " GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        assert places == expected
        cells = con.execute("SELECT cell, grade, mask, n FROM venue_cells ORDER BY 1, 2, 3")
        assert cells.fetchall() == areacounts.expected_cells(con)
    finally:
        con.close()


def searches(cache: Cache) -> list[object]:
    with cache.session() as s:
        return [
            [h.venue.id for h in search_venues(s, VenueQuery(near=PARIS, radius_km=50)).items],
            [h.venue.id for h in search_venues(s, VenueQuery(text="musée")).items],
            count_venues(s, VenueQuery(near=PARIS, radius_km=30)),
            count_venues(s, VenueQuery(near=PARIS, radius_km=30, criteria={"step_free"})),
            [(c.name, c.count) for c in cities(s, "pa")],
        ]


def test_a_first_sync_defers_the_indexes_and_ends_like_a_row_by_row_sync(
    feed: LiveFeed, cache: Cache, client: FeedClient, tmp_path: Path
) -> None:
    during: list[int] = []
    report = Syncer(cache, client, page_limit=PAGE).run(
        lambda _p: during.append(pending(cache.path))
    )
    assert report.ok, report.summary
    assert max(during) > 0, "the indexes were deferred while the pages came in"
    with Cache.open(tmp_path / "row-by-row") as other:
        assert Syncer(other, client, page_limit=PAGE, defer_indexes=False).run().ok
        assert cache_content(cache.path) == cache_content(other.path)
        assert schema(cache.path) == schema(other.path)
        assert searches(cache) == searches(other)
        assert all(searches(cache))
    assert_indexes_whole(cache.path)
    # The next sync finds the tables filled: nothing to defer, row by row
    # again, and the counts follow every change: a venue moved across town
    # with other facts, one removed, a vehicle added.
    changes, _ = feed.all_changes()
    venues = [c for c in changes if c["kind"] == "venue" and c["op"] != "delete"]
    moved = copy.deepcopy(venues[0]["data"])
    moved["location"].update(lat=48.8606, lon=2.3376)
    moved["accessibility"]["wheelchair_grade"] = "fully"
    moved["accessibility"]["toilet_accessible"] = True
    with feed.db.write() as s:
        changelog.record(s, "venue", moved["id"], "upsert", moved)
        changelog.record(s, "venue", venues[1]["id"], "delete", None)
    feed.create_vehicle(feed.owner(), title="Van with a ramp, listed later")
    during.clear()
    assert (
        Syncer(cache, client, page_limit=PAGE).run(lambda _p: during.append(pending(cache.path))).ok
    )
    assert during and max(during) == 0
    assert_indexes_whole(cache.path)
    with cache.session() as s:
        here = VenueQuery(
            near=(48.8606, 2.3376),
            radius_km=0.01,
            min_grade="fully",
            criteria={"toilet_accessible"},
        )
        assert [h.venue.id for h in search_venues(s, here).items] == [moved["id"]]
        assert count_venues(s, here) == 1


def test_a_first_sync_that_fails_halfway_keeps_its_pages_with_whole_indexes(
    feed: LiveFeed, cache: Cache, proxy: FaultProxy, proxied: FeedClient, client: FeedClient
) -> None:
    # The second page never comes, however often it is asked for.
    proxy.inject("status", times=100, path=f"/v1/changes?limit={PAGE}&since=")
    report = Syncer(cache, proxied, page_limit=PAGE).run()
    assert report.error is not None
    assert sum(len(v) for v in cache_content(cache.path).values()) == PAGE
    assert_indexes_whole(cache.path)
    proxy.clear()
    assert Syncer(cache, proxied, page_limit=PAGE).run().ok
    assert_indexes_whole(cache.path)
    with Cache.open(cache.path.parent / "clean") as clean:
        assert Syncer(clean, client, page_limit=PAGE).run().ok
        assert cache_content(cache.path) == cache_content(clean.path)


def test_a_cache_opened_with_indexes_pending_builds_them_first(data_dir: Path) -> None:
    # What a first sync killed after a few pages leaves behind.
    data = demo.generate(9, vehicles=30, venues=400)
    with Cache.open(data_dir) as cache:
        before = schema(cache.path)
        for i in range(0, 400, 100):
            with cache.transaction() as session:
                assert bulkload.defer(session)
                upsert_records(session, "venue", data.venues[i : i + 100])
                upsert_records(session, "vehicle", data.vehicles[i // 10 : i // 10 + 10])
        assert pending(cache.path) > 0
        assert schema(cache.path) != before  # triggers and indexes are gone meanwhile
    with Cache.open(data_dir) as cache:
        assert schema(cache.path) == before
        assert_indexes_whole(cache.path)
        with cache.session() as s:
            assert count_venues(s, VenueQuery(near=PARIS, radius_km=40)) > 0


# -- killed --------------------------------------------------------------------------

KILLS = 8


@pytest.fixture
def small_feed(tmp_path: Path) -> Iterator[LiveFeed]:
    (tmp_path / "small").mkdir()
    with LiveFeed(tmp_path / "small", vehicles=12, venues=120) as f:
        yield f


def sync_command(feed: LiveFeed, data_dir: Path) -> list[str]:
    return [
        *(sys.executable, "-m", "wheelshare.app", "sync", "--feed", feed.url),
        *("--data-dir", str(data_dir), "--page-size", "7", "--quiet", "--verbose"),
        # Page by page, so that the kills come while pages are being stored.
        "--no-snapshot",
    ]


@pytest.mark.slow
def test_sigkill_during_a_first_sync_loses_nothing_and_leaves_no_index_behind(
    small_feed: LiveFeed, tmp_path: Path
) -> None:
    rng = random.Random(20261128)
    with Cache.open(tmp_path / "clean") as clean, FeedClient(small_feed.url) as client:
        assert Syncer(clean, client, page_limit=7).run().ok
        expected = cache_content(clean.path)
        expected_schema = schema(clean.path)
    kills = 0
    mid_load = 0  # kills that left indexes pending
    for run in range(KILLS * 3):
        if kills >= KILLS:
            break
        data_dir = tmp_path / f"run-{run}"
        proc = subprocess.Popen(
            sync_command(small_feed, data_dir),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        assert proc.stderr is not None
        # A few pages in (each prints a line), then a moment more.
        for _ in range(rng.randint(1, 20)):
            if not proc.stderr.readline():
                break
        time.sleep(rng.uniform(0.0, 0.03))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=30)
        path = data_dir / "cache.sqlite"
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            triggers = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
            noted = {
                r[0]
                for r in con.execute("SELECT name FROM deferred_indexes WHERE type = 'trigger'")
            }
        finally:
            con.close()
        # Deferred exactly as noted: what is missing is what is pending.
        mid_load += bool(noted)
        assert not (triggers & noted)
        assert {n for n, sql in expected_schema if sql.startswith("CREATE TRIGGER")} == (
            triggers | noted
        )
        # Opening builds what was pending; the next sync resumes without a gap.
        with Cache.open(data_dir) as cache, FeedClient(small_feed.url) as client:
            assert_indexes_whole(cache.path)
            assert Syncer(cache, client, page_limit=7).run().ok
        assert cache_content(path) == expected
        assert schema(path) == expected_schema
        assert_indexes_whole(path)
    assert kills == KILLS, "the sync kept finishing before it could be killed"
    assert mid_load >= KILLS // 2, "most kills came while the pages were still coming in"
