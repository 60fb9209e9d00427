"""The change feeds: commit order, every change exactly once, ETag/304, gzip."""

from __future__ import annotations

import threading
from collections import defaultdict
from pathlib import Path

import pytest
import requests
from sqlalchemy import text
from sqlalchemy.orm import Session

from wheelshare.domain import Location, Source, Venue
from wheelshare.feed import changelog
from wheelshare.feed.testing import LiveFeed
from wheelshare.feed.venues import import_venues

from .helpers import error_of


def test_pages_cover_the_seeded_feed_once_in_order(feed: LiveFeed) -> None:
    seen: list[tuple[str, str]] = []
    since = None
    while True:
        r = feed.http.get(f"{feed.url}/v1/changes", params={"limit": 97, "since": since or ""})
        assert r.status_code == 200
        page = r.json()
        assert len(page["changes"]) <= 97
        seen.extend((c["kind"], c["id"]) for c in page["changes"])
        if page["changes"]:
            assert page["cursor"] != since
        since = page["cursor"]
        if not page["has_more"]:
            break
    kinds = {k for k, _ in seen}
    assert {"vehicle", "venue", "availability", "review"} <= kinds
    assert "booking" not in kinds  # bookings are private
    venues = [i for k, i in seen if k == "venue"]
    assert len(venues) == len(set(venues)) >= 300
    # Nothing new: the same cursor comes back, with nothing in it.
    again = feed.changes(since)
    assert again == {"changes": [], "cursor": since, "has_more": False}


def test_etag_gives_304_until_something_changes(feed: LiveFeed) -> None:
    _, cursor = feed.all_changes()
    url = f"{feed.url}/v1/changes"
    first = feed.http.get(url, params={"since": cursor})
    etag = first.headers["ETag"]
    same = feed.http.get(url, params={"since": cursor}, headers={"If-None-Match": etag})
    assert same.status_code == 304 and same.content == b""
    owner = feed.register()
    feed.create_vehicle(owner, title="Something new")
    changed = feed.http.get(url, params={"since": cursor}, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    assert [c["data"]["title"] for c in changed.json()["changes"] if c["kind"] == "vehicle"] == [
        "Something new"
    ]


def test_pages_are_gzipped_for_clients_that_ask(feed: LiveFeed) -> None:
    r = feed.http.get(f"{feed.url}/v1/changes", headers={"Accept-Encoding": "gzip"})
    assert r.headers["Content-Encoding"] == "gzip"
    assert r.json()["changes"]  # requests decompressed it


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "garbage"}, "since"),
        ({"since": "c-1"}, "since"),
        ({"since": "c999999999"}, "since"),  # past the end: from a reset feed
        ({"limit": "0"}, "limit"),
        ({"limit": "100000"}, "limit"),
        ({"limit": "ten"}, "limit"),
    ],
)
def test_bad_cursor_or_limit_is_named(feed: LiveFeed, params: dict[str, str], field: str) -> None:
    r = feed.http.get(f"{feed.url}/v1/changes", params=params)
    assert r.status_code == 422
    assert field in error_of(r)["fields"]


def test_private_feed_has_only_my_bookings(feed: LiveFeed) -> None:
    renter = feed.renter()
    changes, _ = feed.all_changes(who=renter)
    bookings = [c["data"] for c in changes if c["kind"] == "booking"]
    assert bookings, "the demo renter has bookings"
    assert all(renter.id in (b["renter_id"], b["owner_id"]) for b in bookings)
    statuses = {b["status"] for b in bookings}
    assert {"confirmed", "requested", "completed", "cancelled", "declined"} <= statuses


def test_retired_venues_come_as_tombstones(feed: LiveFeed) -> None:
    _, cursor = feed.all_changes()

    def venue(n: int) -> Venue:
        return Venue(
            f"t-{n}", f"Café {n}", "cafe", Location(45.0, 4.0), source=Source("test", f"n{n}")
        )

    with feed.db.write() as s:
        first = import_venues(s, "test", [venue(1), venue(2)], retire_missing=True)
    assert (first.created, first.retired) == (2, 0)
    with feed.db.write() as s:
        second = import_venues(s, "test", [venue(2)], retire_missing=True)
    assert (second.created, second.unchanged, second.retired) == (0, 1, 1)
    changes, _ = feed.all_changes(cursor)
    # Compacted: the retired venue's earlier version is gone, its tombstone stays.
    assert [(c["op"], c["data"]["name"] if c["op"] == "upsert" else c["id"]) for c in changes] == [
        ("upsert", "Café 2"),
        ("delete", "t-1"),
    ]
    assert changes[-1]["data"] == {"id": "t-1"}
    assert feed.http.get(f"{feed.url}/v1/venues/t-1").status_code == 404


def test_paging_while_writers_write_misses_and_repeats_nothing(feed: LiveFeed) -> None:
    """Writers edit vehicles as fast as they can while a reader pages through the
    feed with small pages. The log is compacted, so an edit replaced before the
    reader reaches it is not delivered; but the reader never sees a version twice
    or an older one after a newer one, and it ends with each vehicle's last edit."""
    writers, edits = 4, 25
    owners = [feed.register(f"Writer {w}") for w in range(writers)]
    vehicles = [feed.create_vehicle(o) for o in owners]
    _, cursor = feed.all_changes()
    failures: list[str] = []

    def write(w: int) -> None:
        with requests.Session() as http:
            for k in range(edits):
                r = http.patch(
                    f"{feed.url}/v1/vehicles/{vehicles[w]['id']}",
                    json={"title": f"writer {w} edit {k}"},
                    headers=owners[w].headers,
                )
                if r.status_code != 200:
                    failures.append(r.text)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    seen: dict[int, list[int]] = defaultdict(list)
    since = cursor
    with requests.Session() as http:

        def read_page() -> bool:
            nonlocal since
            page = http.get(f"{feed.url}/v1/changes", params={"since": since, "limit": 7}).json()
            for c in page["changes"]:
                if c["kind"] == "vehicle" and c["data"]["title"].startswith("writer "):
                    _, w, _, k = c["data"]["title"].split()
                    seen[int(w)].append(int(k))
            since = page["cursor"]
            return bool(page["has_more"])

        while any(t.is_alive() for t in threads):
            read_page()
        for t in threads:
            t.join()
        while read_page():
            pass
    assert not failures
    for w in range(writers):
        assert seen[w] == sorted(set(seen[w])), seen[w]
        assert seen[w][-1] == edits - 1


def test_a_client_resumes_after_the_server_comes_back(tmp_path: Path) -> None:
    with LiveFeed(tmp_path) as f:
        _, cursor = f.all_changes()
        port = f.stop_server()
        with pytest.raises(requests.ConnectionError):
            requests.get(f"{f.url}/v1/changes", timeout=5)
        with f.db.write() as s:
            import_venues(
                s,
                "test",
                [
                    Venue(
                        "late", "Late café", "cafe", Location(1.0, 1.0), source=Source("test", "l")
                    )
                ],
                retire_missing=False,
            )
        f.restart_server(port)
        changes, _ = f.all_changes(cursor)
        assert [c["id"] for c in changes] == ["late"]


@pytest.mark.postgres
def test_postgres_change_numbers_become_visible_in_commit_order(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """A transaction that drew its change number first but commits last must not be
    overtaken: the next writer waits for it, so a reader never pages past it."""
    from .conftest import PgDatabases

    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    with LiveFeed(tmp_path, db_url=dbs.create(), seed=False) as f:
        _, cursor = f.all_changes()
        slow = Session(f.db.write_engine)
        slow.begin()
        changelog.record(slow, "venue", "drawn-first", "upsert", {"id": "drawn-first"})
        changelog.append_pending(slow, postgres=True)  # numbered, not yet committed

        def quick_writer() -> None:
            with f.db.write() as s:
                changelog.record(s, "venue", "drawn-second", "upsert", {"id": "drawn-second"})

        writer = threading.Thread(target=quick_writer)
        writer.start()
        try:
            # The quick writer must be waiting for the slow one's append lock.
            # pg_locks lists the whole server's locks, other tests' included:
            # only the append lock in this test's own database counts.
            waiting = 0
            for _ in range(600):
                with f.db.read() as s:
                    waiting = s.scalar(
                        text(
                            "SELECT count(*) FROM pg_locks "
                            "WHERE locktype = 'advisory' AND NOT granted "
                            "AND database = (SELECT oid FROM pg_database "
                            "WHERE datname = current_database()) "
                            "AND classid = 0 AND objid::bigint = :key AND objsubid = 1"
                        ),
                        {"key": changelog.APPEND_LOCK_KEY},
                    )
                if waiting:
                    break
                writer.join(timeout=0.05)
            assert waiting == 1, "the second writer did not wait for the first"
            assert f.changes(cursor)["changes"] == []
        finally:
            slow.commit()
            slow.close()
            writer.join()
        changes, _ = f.all_changes(cursor)
        assert [c["id"] for c in changes] == ["drawn-first", "drawn-second"]
