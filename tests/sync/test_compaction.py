"""A client that stayed away longer than the feed keeps its tombstones: it is told
its cursor expired, reads the feeds again, and ends with exactly what a client
syncing for the first time gets, without wiping anything on the way."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from wheelshare import demo
from wheelshare.cache.database import FILE_NAME, Cache
from wheelshare.domain import clock
from wheelshare.feed import changelog
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient, FeedResponse
from wheelshare.sync.errors import BadResponseError
from wheelshare.sync.progress import CancelToken
from wheelshare.sync.pull import pull_stream
from wheelshare.sync.syncer import Syncer, SyncReport

from .conftest import FAST_RETRY, cache_content


def _review(feed: LiveFeed, venue_id: str, comment: str) -> tuple[str, dict[str, str]]:
    author = feed.register()
    r = feed.http.post(
        f"{feed.url}/v1/venues/{venue_id}/reviews",
        json={"criteria": {"overall": 2}, "comment": comment},
        headers=author.headers,
    )
    r.raise_for_status()
    return str(r.json()["review"]["id"]), author.headers


def _sync(feed: LiveFeed, data_dir: Path) -> SyncReport:
    with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as client:
        user = Accounts(client, data_dir).sign_in(demo.DEMO_OWNER_EMAIL, demo.DEMO_PASSWORD).user
        with Cache.open(data_dir) as cache:
            report = Syncer(cache, client, user_id=user.id).run()
            assert report.ok, report.summary
    return report


def test_an_expired_cursor_rereads_and_ends_like_a_fresh_client(
    feed: LiveFeed, tmp_path: Path
) -> None:
    away, fresh = tmp_path / "away", tmp_path / "fresh"
    away.mkdir()
    fresh.mkdir()
    venue_id = next(c["id"] for c in feed.all_changes()[0] if c["kind"] == "venue")
    gone_id, gone_author = _review(feed, venue_id, "soon withdrawn")
    kept_id, _ = _review(feed, venue_id, "stays")
    _sync(feed, away)
    with Cache.open(away) as cache:
        assert store.get_record(cache, "review", gone_id) is not None

    # While the client is away: a review is withdrawn, a listing moves, and the
    # tombstone outlives the feed's limit.
    deleted = feed.http.delete(f"{feed.url}/v1/reviews/{gone_id}", headers=gone_author)
    assert deleted.status_code == 204
    owner = feed.owner()
    mine = next(c["id"] for c in feed.all_changes(who=owner)[0] if c["kind"] == "vehicle_place")
    moved = {"lat": 45.19, "lon": 5.72, "city": "Grenoble", "address": "4 rue Lointaine"}
    feed.http.patch(
        f"{feed.url}/v1/vehicles/{mine}", json={"location": moved}, headers=owner.headers
    ).raise_for_status()
    feed.create_vehicle(feed.register())
    with feed.db.write() as s:
        assert changelog.prune_tombstones(s, clock.now() + timedelta(seconds=1)) >= 1

    public = _sync(feed, away).streams[0]
    assert public.restarted and public.dropped >= 1
    _sync(feed, fresh)
    assert cache_content(away / FILE_NAME) == cache_content(fresh / FILE_NAME)
    with Cache.open(away) as cache:
        assert store.get_record(cache, "review", gone_id) is None
        assert store.get_record(cache, "review", kept_id) is not None
        place = store.get_record(cache, "vehicle_place", mine)
        assert place is not None and place["location"]["address"] == "4 rue Lointaine"


def test_a_reread_that_does_not_finish_changes_nothing(feed: LiveFeed, tmp_path: Path) -> None:
    data_dir = tmp_path / "client"
    data_dir.mkdir()
    _sync(feed, data_dir)
    before = cache_content(data_dir / FILE_NAME)
    venue_id = next(c["id"] for c in feed.all_changes()[0] if c["kind"] == "venue")
    review_id, author = _review(feed, venue_id, "short-lived")
    feed.http.delete(f"{feed.url}/v1/reviews/{review_id}", headers=author).raise_for_status()
    feed.create_vehicle(feed.register())
    with feed.db.write() as s:
        changelog.prune_tombstones(s, clock.now() + timedelta(seconds=1))
    with Cache.open(data_dir) as cache:
        cursor = store.stream_state(cache, "public").cursor
    # The connection breaks in the middle of the re-read, after its first pages.
    with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as client:
        calls = 0
        real = client.changes

        def breaking(*args: Any, **kwargs: Any) -> FeedResponse:
            nonlocal calls
            calls += 1
            if calls >= 4:
                raise BadResponseError(client.base_url, "the connection broke")
            return real(*args, **kwargs)

        client.changes = breaking  # type: ignore[method-assign]
        with Cache.open(data_dir) as cache, pytest.raises(BadResponseError):
            pull_stream(
                cache, client, "public", progress=lambda _p: None, cancel=CancelToken(), limit=50
            )
        with Cache.open(data_dir) as cache:
            assert store.stream_state(cache, "public").cursor == cursor
    assert cache_content(data_dir / FILE_NAME) == before
