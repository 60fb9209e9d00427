"""GET /v1/snapshot: the public feed at one cursor, in one compressed file that
a download can resume; exactly what the public feed holds, nothing more."""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from wheelshare.feed import changelog, snapshot
from wheelshare.feed.cli import main
from wheelshare.feed.db import Database
from wheelshare.feed.embedded import prepare
from wheelshare.feed.models import SnapshotRow
from wheelshare.feed.testing import LiveFeed

from .conftest import make_feed
from .helpers import error_of


@pytest.fixture
def feed(tmp_path: Path) -> Any:
    with LiveFeed(tmp_path) as f:
        yield f


def _get(feed: LiveFeed, **headers: str) -> requests.Response:
    return requests.get(f"{feed.url}/v1/snapshot", headers=headers, timeout=30)


def _document(data: bytes) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(gzip.decompress(data))
    return doc


def test_the_snapshot_is_the_public_feed_without_its_tombstones(feed: LiveFeed) -> None:
    # A record deleted before the snapshot is in the log only as a tombstone.
    venue = feed.all_changes()[0][-1]
    gone = next(c["id"] for c in feed.all_changes()[0] if c["kind"] == "venue")
    with feed.db.write() as s:
        changelog.record(s, "venue", gone, "delete", {"id": gone})
    changes, cursor = feed.all_changes()
    r = _get(feed)
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/gzip"
    doc = _document(r.content)
    expected = [c for c in changes if c["op"] == "upsert"]
    assert doc["changes"] == expected and doc["records"] == len(expected) > 300
    assert doc["cursor"] == cursor and doc["has_more"] is False and doc["snapshot"] == 1
    assert gone not in {c["id"] for c in doc["changes"]}
    # Nothing private: bookings, exact vehicle places, conversations, what one
    # contributed or reported, companionships and ratings go to their people only.
    kinds = {c["kind"] for c in doc["changes"]}
    assert kinds <= {
        "vehicle",
        "availability",
        "venue",
        "review",
        "photo",
        "trip",
        "companion_offer",
    }
    assert {"vehicle", "venue", "review"} <= kinds
    assert venue in doc["changes"] or venue["op"] == "delete"
    # The file is what its ETag and digest say.
    digest = hashlib.sha256(r.content).digest()
    assert r.headers["ETag"] == f'"{digest.hex()}"'
    assert r.headers["Repr-Digest"] == f"sha-256=:{base64.b64encode(digest).decode()}:"


def test_the_cursor_continues_with_the_changes_after_the_snapshot(feed: LiveFeed) -> None:
    doc = _document(_get(feed).content)
    vehicle = feed.create_vehicle(feed.owner())
    after, _ = feed.all_changes(doc["cursor"])
    assert [c["id"] for c in after if c["kind"] == "vehicle"] == [vehicle["id"]]


def test_an_unchanged_snapshot_is_a_304_and_a_download_resumes_with_range(
    feed: LiveFeed,
) -> None:
    whole = _get(feed)
    etag = whole.headers["ETag"]
    assert _get(feed, **{"If-None-Match": etag}).status_code == 304
    part = _get(feed, Range="bytes=1000-", **{"If-Range": etag})
    assert part.status_code == 206
    assert (
        part.headers["Content-Range"] == f"bytes 1000-{len(whole.content) - 1}/{len(whole.content)}"
    )
    assert whole.content[:1000] + part.content == whole.content
    # A partial download of another snapshot is not spliced: the whole new one comes.
    stale = _get(feed, Range="bytes=1000-", **{"If-Range": '"0123"'})
    assert stale.status_code == 200 and stale.content == whole.content


@pytest.mark.parametrize(
    "asked",
    ["bytes=999999999-", f"bytes={10**18 - 1}-", "bytes=-0"],
)
def test_a_range_past_the_end_is_416_and_never_an_error_of_ours(feed: LiveFeed, asked: str) -> None:
    size = len(_get(feed).content)
    r = _get(feed, Range=asked)
    assert r.status_code == 416, r.headers
    assert error_of(r)["code"] == "range_not_satisfiable"
    assert r.headers["Content-Range"] == f"bytes */{size}"


@pytest.mark.parametrize(
    "asked", ["bytes=0-10,20-30", "bytes=5-2", "items=0-5", "bytes=²-", "bytes=" + "9" * 40 + "-"]
)
def test_ranges_the_feed_does_not_serve_get_the_whole_file(feed: LiveFeed, asked: str) -> None:
    whole = _get(feed).content
    r = _get(feed, Range=asked)
    assert r.status_code == 200, r.headers
    assert r.content == whole


def test_the_snapshot_is_rebuilt_when_due_and_a_new_epoch_drops_it(feed: LiveFeed) -> None:
    first = _get(feed).headers["ETag"]
    # Nothing changed: not rebuilt, however old it is.
    assert snapshot.rebuild_if_due(feed.db, timedelta(0)) is None
    feed.create_vehicle(feed.owner())
    assert snapshot.rebuild_if_due(feed.db, timedelta(hours=1)) is None  # too recent
    rebuilt = snapshot.rebuild_if_due(feed.db, timedelta(0))
    assert rebuilt is not None and rebuilt.etag != first
    assert _get(feed).headers["ETag"] == rebuilt.etag
    with feed.db.write() as s:
        epoch = changelog.set_new_epoch(s)
    doc = _document(_get(feed).content)
    assert doc["cursor"].startswith(epoch + ".")


def test_a_read_only_process_without_a_snapshot_says_so(tmp_path: Path) -> None:
    with LiveFeed(tmp_path, read_only=True) as feed:
        r = _get(feed)
        assert r.status_code == 404 and error_of(r)["code"] == "no_snapshot"


def test_the_command_and_the_demo_feed_build_a_snapshot(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite3"
    prepare(db_path, vehicles=5, venues=60)
    url = f"sqlite:///{db_path}"
    db = Database(url)
    try:
        with db.read() as s:
            first = snapshot.latest(s)
        assert first is not None and first.records > 60
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["--db", url, "snapshot"]) == 0
        assert f"Snapshot of {first.records} public records" in out.getvalue()
        with db.read() as s:
            rebuilt = snapshot.latest(s)
            kept = s.scalar(select(func.count()).select_from(SnapshotRow))
        # The same records, so the same bytes; only the newest is kept.
        assert rebuilt is not None and rebuilt.id > first.id and kept == 1
        assert rebuilt.etag == first.etag
    finally:
        db.dispose()


def test_on_each_database_the_snapshot_holds_what_the_public_feed_holds(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    with make_feed(backend, request, tmp_path) as feed:
        changes, cursor = feed.all_changes()
        doc = _document(_get(feed).content)
        assert doc["changes"] == [c for c in changes if c["op"] == "upsert"]
        assert doc["cursor"] == cursor
