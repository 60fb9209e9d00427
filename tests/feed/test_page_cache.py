"""The public feed's pages served from a per-process cache: never stale, even
when another process (another worker, another host) wrote the change, and an
up-to-date client's 304 costs no query through the server's database
session (fastpath.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import event

from wheelshare.domain import clock
from wheelshare.feed import changelog
from wheelshare.feed.app import create_app
from wheelshare.feed.server_thread import RunningServer, serve_in_thread
from wheelshare.feed.testing import LiveFeed
from wheelshare.feed.tombstones import prune_tombstones


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[LiveFeed]:
    with LiveFeed(tmp_path) as f:
        yield f


@pytest.fixture
def other_worker(feed: LiveFeed) -> Iterator[RunningServer]:
    """A second server process on the same database, with its own page cache."""
    server = serve_in_thread(create_app(feed.settings))
    yield server
    server.stop()


def _page(url: str, since: str | None = None, **headers: str) -> requests.Response:
    params = {"since": since} if since else {}
    return requests.get(f"{url}/v1/changes", params=params, headers=headers, timeout=30)


def _read_all(url: str) -> tuple[list[dict[str, Any]], str]:
    out: list[dict[str, Any]] = []
    since = None
    while True:
        page = _page(url, since).json()
        out.extend(page["changes"])
        since = page["cursor"]
        if not page["has_more"]:
            return out, page["cursor"]


def test_a_change_written_by_another_worker_is_never_hidden_by_a_cached_page(
    feed: LiveFeed, other_worker: RunningServer
) -> None:
    before, end = _read_all(feed.url)
    first = _page(feed.url)
    assert _read_all(feed.url) == (before, end)  # now from the cache
    tail = _page(feed.url, end)
    assert tail.json()["changes"] == []
    # The other process makes a change; this one must show it at once.
    owner = feed.owner()
    r = requests.post(
        f"{other_worker.url}/v1/vehicles",
        json={
            "title": "Van with a winch",
            "location": {"lat": 45.76, "lon": 4.83, "city": "Lyon", "address": ""},
            "adaptations": {"winch": True},
            "prices": {
                "half_day": {"amount": 3000, "currency": "EUR"},
                "day": {"amount": 5000, "currency": "EUR"},
                "week": {"amount": 25000, "currency": "EUR"},
            },
        },
        headers=owner.headers,
        timeout=30,
    )
    assert r.status_code == 201, r.text
    new_id = r.json()["vehicle"]["id"]
    after = _page(feed.url, end, **{"If-None-Match": tail.headers["ETag"]})
    assert after.status_code == 200
    assert new_id in {c["id"] for c in after.json()["changes"]}
    # A client reading from the start sees it too, on either process.
    for url in (feed.url, other_worker.url):
        everything, _ = _read_all(url)
        assert new_id in {c["id"] for c in everything}
    # The first page did not change (the vehicle is at the end): still a 304.
    assert _page(feed.url, **{"If-None-Match": first.headers["ETag"]}).status_code == 304


def test_cached_pages_are_the_pages_read_afresh_compressed_or_not(feed: LiveFeed) -> None:
    plain = _read_all(feed.url)
    again = _read_all(feed.url)
    assert again == plain
    zipped = _page(feed.url, **{"Accept-Encoding": "gzip"})
    identity = _page(feed.url, **{"Accept-Encoding": "identity"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in identity.headers
    assert zipped.json() == identity.json() and zipped.json()["changes"] == plain[0][:200]
    assert zipped.headers["ETag"] == identity.headers["ETag"]


def test_expired_tombstones_reach_a_cursor_served_from_the_cache(feed: LiveFeed) -> None:
    _, end = _read_all(feed.url)
    venue = next(c["id"] for c in _read_all(feed.url)[0] if c["kind"] == "venue")
    with feed.db.write() as s:
        changelog.record(s, "venue", venue, "delete", {"id": venue})
    _page(feed.url, end)  # cached, with the tombstone in it
    feed.create_vehicle(feed.owner())  # the tombstone is no longer the log's last entry
    with clock.pinned(clock.now() + timedelta(days=60)):
        assert prune_tombstones(feed.db, feed.settings.tombstone_ttl) == 1
    r = _page(feed.url, end)
    assert r.status_code == 410 and r.json()["error"]["code"] == "cursor_expired"


def test_an_up_to_date_clients_poll_runs_no_query_through_a_session(feed: LiveFeed) -> None:
    _, end = _read_all(feed.url)
    etag = _page(feed.url, end).headers["ETag"]
    engine = feed.app.state.feed.db._read_engine
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.split()[0].upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        for _ in range(3):
            assert _page(feed.url, end, **{"If-None-Match": etag}).status_code == 304
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert statements == []
