"""Kill ``wheelshare sync`` with SIGKILL at random moments; nothing may be lost or torn.

After every kill the cache file must pass ``PRAGMA integrity_check`` and hold
every outbox entry; after a final, uninterrupted sync its content must equal
a clean sync from scratch, and every queued action must have reached the feed
exactly once.
"""

from __future__ import annotations

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
from wheelshare.cache.database import Cache
from wheelshare.feed import changelog
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import outbox
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer

from .conftest import cache_content
from .test_outbox import bookable, bookings_on_feed, far_period

KILLS = 21
PAGE_SIZE = 5  # many small transactions: many moments to be killed in


def sync_command(feed: LiveFeed, data_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "wheelshare.app",
        "sync",
        "--feed",
        feed.url,
        "--data-dir",
        str(data_dir),
        "--email",
        demo.DEMO_RENTER_EMAIL,
        "--page-size",
        str(PAGE_SIZE),
        "--quiet",
    ]


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def outbox_keys(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT idempotency_key FROM outbox")}
    finally:
        con.close()


@pytest.fixture
def small_feed(tmp_path: Path) -> Iterator[LiveFeed]:
    (tmp_path / "small").mkdir()
    with LiveFeed(tmp_path / "small", vehicles=12, venues=60) as f:
        yield f


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(
    small_feed: LiveFeed, data_dir: Path, tmp_path: Path
) -> None:
    feed = small_feed
    rng = random.Random(20260528)
    env = {**os.environ, "WHEELSHARE_PASSWORD": demo.DEMO_PASSWORD}
    renter = feed.renter()
    # What the person did before the first sync: it waits in the outbox.
    period = far_period(45)
    vehicle_id = bookable(feed, renter, period)
    changes, _ = feed.all_changes()
    venues = [c for c in changes if c["kind"] == "venue"]
    venue_id = venues[0]["id"]
    with Cache.open(data_dir) as cache:
        queued = {
            outbox.request_booking(cache, vehicle_id, period).key,
            outbox.review_venue(cache, venue_id, {"step_free": True}, "Level entrance").key,
        }
    cache_path = data_dir / "cache.sqlite"

    # How long one uninterrupted run takes here, to spread the kills over it.
    probe = tmp_path / "probe"
    started = time.monotonic()
    subprocess.run(sync_command(feed, probe), env=env, check=True, timeout=120)
    span = time.monotonic() - started

    kills = 0
    runs = 0
    while kills < KILLS:
        runs += 1
        assert runs < KILLS * 4, "the sync kept finishing before it could be killed"
        # The feed moves on between runs, as a real one does: a new listing now
        # and then, and venues re-sent (unchanged) so that every run has pages
        # to pull, to be killed in the middle of.
        if runs % 4 == 0:
            feed.create_vehicle(feed.owner(), title=f"Van number {runs}")
        with feed.db.write() as s:
            for c in venues[runs % 3 :: 3][:40]:
                changelog.record(s, "venue", c["id"], "upsert", c["data"])
        proc = subprocess.Popen(
            [*sync_command(feed, data_dir), "--verbose"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stderr is not None
        if runs % 3 == 0:
            # Anywhere: starting up, signing in, pushing, pulling.
            moment = rng.uniform(0.05, span)
        else:
            # In the middle of the pull: a few pages in, then a moment more.
            for _ in range(rng.randint(1, 12)):
                if not proc.stderr.readline():
                    break
            moment = rng.uniform(0.0, 0.05)
        try:
            proc.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=30)
        if cache_path.exists():
            assert integrity(cache_path) == "ok"
            assert queued <= outbox_keys(cache_path)

    final = subprocess.run(
        sync_command(feed, data_dir), env=env, capture_output=True, text=True, timeout=120
    )
    assert final.returncode == 0, final.stderr
    assert integrity(cache_path) == "ok"

    # Every action reached the feed exactly once, and is recorded as such.
    with Cache.open(data_dir) as cache:
        states = {i.key: i.state for i in outbox.all_actions(cache)}
    assert {k: states.get(k) for k in queued} == dict.fromkeys(queued, "done")
    assert len(bookings_on_feed(feed, renter, vehicle_id, period)) == 1
    # Who wrote a review shows only in the author's own feed.
    reviews = [
        c
        for c in feed.all_changes(who=renter)[0]
        if c["kind"] == "review"
        and c["data"]["target_id"] == venue_id
        and c["data"]["author_id"] == renter.id
    ]
    assert len({c["id"] for c in reviews}) == 1

    # And the cache holds exactly what a clean sync from scratch gets.
    with Cache.open(tmp_path / "clean") as clean, FeedClient(feed.url) as client:
        user = Accounts(client, tmp_path / "clean").sign_in(
            demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD
        )
        assert Syncer(clean, client, user_id=user.user.id).run().ok
        expected = cache_content(clean.path)
    assert cache_content(cache_path) == expected
