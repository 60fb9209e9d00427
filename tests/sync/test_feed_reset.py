"""The feed's database replaced behind the same address: the client notices and
reads the new feed from its start, keeping what it had (only tombstones delete)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import store
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer

from .conftest import FAST_RETRY


def live_ids(feed: LiveFeed, kind: str) -> set[str]:
    changes, _ = feed.all_changes()
    alive: dict[str, bool] = {}
    for c in changes:
        if c["kind"] == kind:
            alive[c["id"]] = c["op"] == "upsert"
    return {k for k, v in alive.items() if v}


def cached_ids(cache: Cache, kind: str, ids: set[str]) -> set[str]:
    return {i for i in ids if store.get_record(cache, kind, i) is not None}


def test_a_feed_replaced_by_a_longer_one_is_read_again_from_its_start(
    cache: Cache, tmp_path: Path
) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    with LiveFeed(tmp_path / "old", seed=False) as old:
        owner = old.register("Owner on the old feed")
        mine: dict[str, Any] = old.create_vehicle(owner)
        with FeedClient(old.url, retry=FAST_RETRY, read_timeout=10) as client:
            assert Syncer(cache, client).run().ok
            assert store.get_record(cache, "vehicle", mine["id"]) is not None
            # A fresh, seeded database now answers on the same address. Its change
            # log is much longer than the old one, so the old cursor's number is a
            # position inside it: without an epoch the client would skip its start.
            with LiveFeed(tmp_path / "new") as new:
                port = old.stop_server()
                new.stop_server()
                new.restart_server(port)
                report = Syncer(cache, client).run()
                assert report.ok, report.summary
                assert report.streams[0].restarted
                for kind in ("vehicle", "venue", "availability"):
                    ids = live_ids(new, kind)
                    assert ids and cached_ids(cache, kind, ids) == ids, kind
                # The old feed's listing is not in the new one: kept, not wiped.
                assert store.get_record(cache, "vehicle", mine["id"]) is not None
                # And from here on the client follows the new feed normally.
                later = new.create_vehicle(new.register("Owner on the new feed"))
                report = Syncer(cache, client).run()
                assert report.ok and not report.streams[0].restarted, report.summary
                assert store.get_record(cache, "vehicle", later["id"]) is not None
