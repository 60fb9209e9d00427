"""Pulling from a real feed server: complete, incremental, atomic per page, never wiping."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from wheelshare import demo
from wheelshare.cache.database import Cache
from wheelshare.feed import changelog
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.errors import BadResponseError
from wheelshare.sync.progress import CancelToken, SyncProgress
from wheelshare.sync.pull import plan_page
from wheelshare.sync.records import parse_page
from wheelshare.sync.syncer import Syncer

from .conftest import cache_content, counts


def feed_ids(feed: LiveFeed, kind: str, **who: Any) -> set[str]:
    """Ids of live records of ``kind`` according to the feed's own change log."""
    changes, _ = feed.all_changes(**who)
    alive: dict[str, bool] = {}
    for c in changes:
        if c["kind"] == kind:
            alive[c["id"]] = c["op"] == "upsert"
    return {k for k, v in alive.items() if v}


def test_a_first_sync_brings_every_public_record(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    seen: list[SyncProgress] = []
    report = Syncer(cache, client, page_limit=100).run(seen.append)
    assert report.ok, report.summary
    content = cache_content(cache.path)
    assert {r[0] for r in content["vehicles"]} == feed_ids(feed, "vehicle")
    assert {r[0] for r in content["venues"]} == feed_ids(feed, "venue")
    assert {r[0] for r in content["reviews"]} == feed_ids(feed, "review")
    assert len(content["venues"]) == 300
    # Nobody signed in: no private records.
    assert content["bookings"] == []
    # Progress climbs page by page to what was applied.
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1].done == report.applied > 300
    assert "Public feed:" in report.summary and "record(s) applied" in report.summary


def test_a_second_sync_with_nothing_new_is_a_single_not_modified(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    Syncer(cache, client).run()
    Syncer(cache, client).run()  # learns the ETag of "nothing after here"
    before = client.requests_made
    report = Syncer(cache, client).run()
    assert report.ok
    assert client.requests_made - before == 1
    assert report.streams[0].not_modified
    assert "already up to date" in report.summary


def test_changes_on_the_feed_arrive_at_the_next_sync(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    Syncer(cache, client).run()
    owner = feed.owner()
    made = feed.create_vehicle(owner, title="Caddy with a side ramp")
    report = Syncer(cache, client).run()
    assert report.ok
    row = store.get_record(cache, "vehicle", made["id"])
    assert row is not None and row["title"] == "Caddy with a side ramp"
    # Only the new changes came: the cursor had advanced.
    assert 0 < report.applied < 10


def test_signed_in_the_private_stream_brings_my_bookings(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    user = Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    report = Syncer(cache, client, user_id=user.id).run()
    assert report.ok, report.summary
    mine = feed_ids(feed, "booking", who=feed.renter())
    assert mine
    assert {r[0] for r in cache_content(cache.path)["bookings"]} == mine
    assert "Your bookings:" in report.summary


def test_another_persons_bookings_are_removed_when_they_sign_in(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    renter = accounts.sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    Syncer(cache, client, user_id=renter.id).run()
    renters = {r[0] for r in cache_content(cache.path)["bookings"]}
    owner = accounts.sign_in(demo.DEMO_OWNER_EMAIL, demo.DEMO_PASSWORD).user
    Syncer(cache, client, user_id=owner.id).run()
    owners = feed_ids(feed, "booking", who=feed.owner())
    assert {r[0] for r in cache_content(cache.path)["bookings"]} == owners
    assert renters - owners  # some of the renter's were really removed


def test_a_malformed_record_is_skipped_and_named_the_rest_applies(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    Syncer(cache, client).run()
    good = feed.create_vehicle(feed.owner(), title="Good one")
    bad = copy.deepcopy(good)
    bad["id"] = "broken-1"
    bad["location"]["lat"] = 123.0
    huge = copy.deepcopy(good)
    huge["id"] = "broken-2"
    huge["location"]["lon"] = 10**400  # valid JSON, but no float can hold it
    many = copy.deepcopy(good)
    many["id"] = "broken-3"
    many["rating"] = {"average": 4.5, "count": 2**70}  # a whole number SQLite cannot hold
    with feed.db.write() as s:
        changelog.record(s, "vehicle", "broken-1", "upsert", bad)
        changelog.record(s, "hovercraft", "h-1", "upsert", {"id": "h-1"})
        changelog.record(s, "vehicle", "broken-2", "upsert", huge)
        changelog.record(s, "vehicle", "broken-3", "upsert", many)
    later = feed.create_vehicle(feed.owner(), title="Later one")
    report = Syncer(cache, client).run()
    assert report.ok, report.summary
    assert sorted(k.id for k in report.malformed) == ["broken-1", "broken-2", "broken-3"]
    assert "broken-1" in report.summary and "location.lat" in report.summary
    assert store.get_record(cache, "vehicle", "broken-2") is None
    assert "hovercraft" in report.summary
    assert store.get_record(cache, "vehicle", "broken-1") is None
    assert store.get_record(cache, "vehicle", later["id"]) is not None


def test_tombstones_delete_but_an_empty_feed_never_wipes(
    feed: LiveFeed, cache: Cache, client: FeedClient, tmp_path: Path
) -> None:
    Syncer(cache, client).run()
    venue_id = sorted(feed_ids(feed, "venue"))[0]
    with feed.db.write() as s:
        changelog.record(s, "venue", venue_id, "delete", {"id": venue_id})
    assert Syncer(cache, client).run().ok
    assert store.get_record(cache, "venue", venue_id) is None
    before = cache_content(cache.path)
    # The same address now serves a feed with nothing in it (restored from
    # an empty backup, say): nothing local may go.
    (tmp_path / "empty").mkdir()
    with LiveFeed(tmp_path / "empty", seed=False) as empty:
        with FeedClient(empty.url) as other:
            report = Syncer(cache, other).run()
        assert report.ok, report.summary
    assert cache_content(cache.path) == before


def test_a_cursor_the_feed_does_not_know_restarts_the_stream_without_loss(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    Syncer(cache, client).run()
    before = cache_content(cache.path)
    with cache.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE sync_state SET cursor = 'not-a-cursor-of-this-feed', etag = NULL"
            " WHERE stream = 'public'"
        )
    report = Syncer(cache, client).run()
    assert report.ok, report.summary
    assert report.streams[0].restarted
    assert "read again" in report.summary
    assert cache_content(cache.path) == before
    assert store.stream_state(cache, "public").cursor != "not-a-cursor-of-this-feed"


def test_a_sync_cancelled_between_pages_keeps_whole_pages_and_resumes(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path, tmp_path: Path
) -> None:
    cancel = CancelToken()

    def stop_after_two(p: SyncProgress) -> None:
        if p.done >= 100:
            cancel.cancel()

    report = Syncer(cache, client, page_limit=50).run(stop_after_two, cancel)
    assert report.cancelled and not report.ok
    assert "Cancelled" in report.summary
    assert sum(counts(cache.path).values()) == 100
    assert Syncer(cache, client, page_limit=50).run().ok
    with Cache.open(tmp_path / "clean") as clean:
        Syncer(clean, client).run()
        assert cache_content(cache.path) == cache_content(clean.path)


def test_a_page_whose_envelope_is_broken_changes_nothing(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    Syncer(cache, client).run()
    before = (cache_content(cache.path), store.stream_state(cache, "public").cursor)
    feed.create_vehicle(feed.owner())
    # The feed misbehaves: a page whose cursor is missing.
    with feed.db.write() as s:
        s.connection().exec_driver_sql(
            'UPDATE changes SET body = \'{"kind": "vehicle"\' '
            "WHERE seq = (SELECT max(seq) FROM changes)"
        )
    report = Syncer(cache, client).run()
    assert isinstance(report.error, BadResponseError)
    assert "nothing was changed" in report.summary
    assert (cache_content(cache.path), store.stream_state(cache, "public").cursor) == before


def test_the_plan_keeps_the_last_change_per_record() -> None:
    page = parse_page(
        {
            "changes": [
                {"kind": "venue", "id": "a", "op": "delete", "data": None},
                {"kind": "review", "id": "r", "op": "delete", "data": None},
            ],
            "cursor": "c2",
            "has_more": False,
        }
    )
    plan = plan_page(page)
    assert plan.deletes == {"venue": {"a"}, "review": {"r"}}
    assert plan.upserts == {}
    assert plan.size == 2


def test_pages_travel_gzipped(feed: LiveFeed, client: FeedClient) -> None:
    resp = client.changes("public", None, limit=200)
    assert resp.headers.get("Content-Encoding") == "gzip"
    assert len(resp.data["changes"]) == 200


def test_several_pages_per_transaction_give_the_same_cache(
    feed: LiveFeed, cache: Cache, client: FeedClient, tmp_path: Path
) -> None:
    report = Syncer(cache, client, page_limit=50, pages_per_transaction=4).run()
    assert report.ok, report.summary
    assert report.streams[0].pages > 4
    with Cache.open(tmp_path / "clean") as clean:
        Syncer(clean, client, page_limit=50).run()
        assert cache_content(cache.path) == cache_content(clean.path)
        assert (
            store.stream_state(cache, "public").cursor == store.stream_state(clean, "public").cursor
        )


def test_with_several_pages_per_transaction_a_cancel_keeps_the_pages_received(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    cancel = CancelToken()
    seen: list[SyncProgress] = []

    def stop_at_once(p: SyncProgress) -> None:
        seen.append(p)
        cancel.cancel()

    report = Syncer(cache, client, page_limit=50, pages_per_transaction=3).run(stop_at_once, cancel)
    assert report.cancelled
    # The first transaction held three whole pages; nothing else went in.
    assert seen[0].done == 150
    assert sum(counts(cache.path).values()) == 150
    assert Syncer(cache, client, page_limit=50).run().ok
