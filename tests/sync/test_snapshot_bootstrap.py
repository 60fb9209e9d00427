"""A first sync from the feed's snapshot: the same cache, record for record, as
replaying the change feed; a download that resumes; a bad snapshot refused."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from wheelshare.cache.database import Cache
from wheelshare.cache.queries import VehicleQuery
from wheelshare.cache.search import count_vehicles
from wheelshare.feed import changelog
from wheelshare.feed import snapshot as feed_snapshot
from wheelshare.feed.models import SnapshotRow
from wheelshare.feed.seed import seed_demo, seed_demo_rest
from wheelshare.feed.testing import SMALL_TRIPS, TEST_KDF, LiveFeed
from wheelshare.sync import snapshot, store
from wheelshare.sync.client import Download, FeedClient
from wheelshare.sync.progress import SyncProgress
from wheelshare.sync.syncer import Syncer

from .conftest import FAST_RETRY, cache_content, counts


def _sync(folder: Path, feed: LiveFeed, *, use_snapshot: bool) -> tuple[Cache, str]:
    cache = Cache.open(folder)
    with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as client:
        report = Syncer(cache, client, use_snapshot=use_snapshot).run()
    assert report.ok, report.summary
    return cache, report.summary


def _replayed(tmp_path: Path, feed: LiveFeed) -> dict[str, list[tuple[object, ...]]]:
    cache, summary = _sync(tmp_path / "replayed", feed, use_snapshot=False)
    cache.close()
    assert "snapshot" not in summary
    return cache_content(cache.path)


def test_a_cache_started_from_the_snapshot_equals_a_replayed_one(
    feed: LiveFeed, tmp_path: Path
) -> None:
    feed_snapshot.build(feed.db)
    # Changes after the snapshot: a new vehicle, a deletion; the pull reads them.
    feed.create_vehicle(feed.owner())
    venue = next(c["id"] for c in feed.all_changes()[0] if c["kind"] == "venue")
    with feed.db.write() as s:
        changelog.record(s, "venue", venue, "delete", {"id": venue})
    cache, summary = _sync(tmp_path / "snap", feed, use_snapshot=True)
    cache.close()
    assert "starting from the feed's snapshot" in summary
    mine = cache_content(cache.path)
    assert mine == _replayed(tmp_path, feed)
    assert len(mine["venues"]) == 299 and len(mine["vehicles"]) == 41
    assert not snapshot.partial_file(cache).exists()


def test_a_corrupt_snapshot_is_refused_and_the_change_feed_read_instead(
    feed: LiveFeed, tmp_path: Path
) -> None:
    info = feed_snapshot.build(feed.db)
    with feed.db.write() as s:
        body = s.get(SnapshotRow, info.id)
        assert body is not None
        damaged = bytearray(body.body)
        damaged[len(damaged) // 2] ^= 0xFF
        s.execute(update(SnapshotRow).values(body=bytes(damaged)))
    cache, summary = _sync(tmp_path / "snap", feed, use_snapshot=True)
    cache.close()
    assert "snapshot" not in summary
    assert cache_content(cache.path) == _replayed(tmp_path, feed)


def test_a_download_cut_short_resumes_where_it_stopped(
    feed: LiveFeed, tmp_path: Path, client: FeedClient
) -> None:
    whole = tmp_path / "whole.gz"
    full = client.download("/v1/snapshot", whole, max_bytes=2**30)
    data = whole.read_bytes()
    # What a killed download leaves: the first part and the ETag it belongs to.
    dest = tmp_path / "part"
    dest.write_bytes(data[: len(data) // 3])
    Path(str(dest) + ".etag").write_text(full.etag or "", encoding="ascii")
    again = client.download("/v1/snapshot", dest, max_bytes=2**30)
    assert again.resumed and dest.read_bytes() == data
    # A part of an older snapshot is replaced, not spliced.
    dest.write_bytes(b"\x1f\x8b old bytes")
    Path(str(dest) + ".etag").write_text('"older"', encoding="ascii")
    fresh = client.download("/v1/snapshot", dest, max_bytes=2**30)
    assert not fresh.resumed and dest.read_bytes() == data


def test_a_sync_after_a_killed_download_finishes_from_the_part_received(
    feed: LiveFeed, tmp_path: Path, client: FeedClient
) -> None:
    cache = Cache.open(tmp_path / "snap")
    full = client.download("/v1/snapshot", tmp_path / "whole.gz", max_bytes=2**30)
    part = snapshot.partial_file(cache)
    part.write_bytes(full.path.read_bytes()[:500])
    Path(str(part) + ".etag").write_text(full.etag or "", encoding="ascii")
    report = Syncer(cache, client, use_snapshot=True).run()
    cache.close()
    assert report.ok and "snapshot" in report.summary
    assert cache_content(cache.path) == _replayed(tmp_path, feed)
    assert not part.exists()


def test_a_feed_without_snapshots_is_read_as_before(tmp_path: Path) -> None:
    (tmp_path / "feed").mkdir()
    with LiveFeed(tmp_path / "feed", read_only=True) as feed:
        cache, summary = _sync(tmp_path / "snap", feed, use_snapshot=True)
        cache.close()
        assert "snapshot" not in summary
        assert cache_content(cache.path) == _replayed(tmp_path, feed)


@pytest.mark.parametrize("records", [0, 1, 3])
def test_a_snapshot_reads_the_same_a_line_at_a_time_or_whole(records: int, tmp_path: Path) -> None:
    bodies = [
        json.dumps({"kind": "venue", "id": f"v{i}", "op": "upsert", "data": {"id": f"v{i}"}})
        for i in range(records)
    ]
    laid_out = gzip.decompress(feed_snapshot.encode(bodies, "0123456789abcdef.7"))
    whole = json.loads(laid_out)
    assert snapshot._by_lines(laid_out) == whole
    assert whole["changes"] == [json.loads(b) for b in bodies]
    # Another layout (one line, as another server might write it) reads whole.
    compact = json.dumps(whole).encode()
    assert snapshot._by_lines(compact) is None
    for text in (laid_out, compact):
        path = tmp_path / "s.gz"
        data = gzip.compress(text)
        path.write_bytes(data)
        digest = "sha-256=:" + base64.b64encode(hashlib.sha256(data).digest()).decode() + ":"
        page = snapshot.read(Download(path, None, digest, False))
        assert [c.id for c in page.changes] == [f"v{i}" for i in range(records)]
        assert page.cursor == "0123456789abcdef.7" and not page.has_more


def test_the_vehicles_of_a_snapshot_can_be_listed_before_the_rest_is_stored(
    feed: LiveFeed, tmp_path: Path
) -> None:
    feed_snapshot.build(feed.db)
    cache = Cache.open(tmp_path / "snap")
    seen: list[tuple[int, int, int, int]] = []

    def progress(p: SyncProgress) -> None:
        if p.listable:
            # What another connection (the app's screens) sees at that moment.
            stored = counts(cache.path)
            with cache.session() as s:
                found = count_vehicles(s, VehicleQuery())
            seen.append((found, stored["vehicles"], stored["availability"], stored["venues"]))

    with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as client:
        report = Syncer(cache, client, use_snapshot=True).run(progress)
    with cache.session() as s:
        listed = count_vehicles(s, VehicleQuery())
    cache.close()
    assert report.ok, report.summary
    # Every vehicle listed at the end was found then, before any venue was stored.
    assert seen == [(listed, 40, 40, 0)] and listed > 30
    assert cache_content(cache.path) == _replayed(tmp_path, feed)


def test_a_sync_killed_between_the_vehicles_and_the_rest_ends_as_a_replay(
    feed: LiveFeed, tmp_path: Path
) -> None:
    feed_snapshot.build(feed.db)
    cache = Cache.open(tmp_path / "snap")

    def killed(p: SyncProgress) -> None:
        if p.listable:
            raise KeyboardInterrupt  # as abrupt as it gets in-process

    with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as client:
        with pytest.raises(KeyboardInterrupt):
            Syncer(cache, client, use_snapshot=True).run(killed)
        assert counts(cache.path)["vehicles"] == 40
        assert store.stream_state(cache, "public").cursor is None
        report = Syncer(cache, client, use_snapshot=True).run()
    cache.close()
    assert report.ok and "snapshot" in report.summary
    assert cache_content(cache.path) == _replayed(tmp_path, feed)


def test_a_demo_seeded_in_two_steps_reaches_the_cache_as_a_replay_of_the_whole(
    tmp_path: Path,
) -> None:
    # The demo feed serves its vehicles before it loads the venues and trips:
    # the first sync starts from a snapshot of the vehicles alone; the sync
    # after the rest is in reads it from the change feed.
    (tmp_path / "feed").mkdir()
    with LiveFeed(tmp_path / "feed", seed=False) as feed:
        seed_demo(
            feed.db, vehicles=40, venues=300, trips=SMALL_TRIPS, kdf=TEST_KDF, first_only=True
        )
        feed_snapshot.build(feed.db)
        cache = Cache.open(tmp_path / "snap")
        with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as client:
            first = Syncer(cache, client, use_snapshot=True).run()
            assert first.ok and "snapshot" in first.summary
            assert counts(cache.path)["vehicles"] == 40 and counts(cache.path)["venues"] == 0
            assert seed_demo_rest(feed.db)
            second = Syncer(cache, client, use_snapshot=True).run()
        cache.close()
        assert second.ok and "snapshot" not in second.summary
        mine = cache_content(cache.path)
        assert mine == _replayed(tmp_path, feed)
        assert len(mine["venues"]) == 300 and len(mine["vehicles"]) == 40
