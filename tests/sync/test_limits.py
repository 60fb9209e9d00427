"""The client's limits, tested as the attacks they stop.

A hostile feed on loopback sends a body one byte at a time, a gzip bomb, a
cursor that moves forever, records with huge fields and text with terminal
escape sequences. Each ends in a clear error (or a refused record) in bounded
time and memory; nothing of the attack is kept.
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from wheelshare.app import main as app_main
from wheelshare.cache.database import Cache
from wheelshare.cache.lookups import get_venue
from wheelshare.domain.problems import ProblemCode
from wheelshare.sync import store
from wheelshare.sync.client import FeedClient, Limits, RetryPolicy
from wheelshare.sync.errors import (
    AnswerTooLargeError,
    AnswerTooSlowError,
    CursorLoopError,
    SyncTooLongError,
)
from wheelshare.sync.syncer import Syncer

from .hostile import HostileFeed, drip, endless_cursor, gzip_bomb, json_page

ONE_TRY = RetryPolicy(attempts=1)


@pytest.fixture
def hostile() -> Iterator[HostileFeed]:
    s = HostileFeed()
    yield s
    s.close()


# -- deadlines -------------------------------------------------------------


def test_a_body_dripped_a_byte_at_a_time_ends_at_the_request_deadline(
    hostile: HostileFeed,
) -> None:
    # Each byte comes well within the read timeout, so only the deadline ends it.
    hostile.answers["/v1/changes"] = drip(every=0.1)
    limits = Limits(request_seconds=1.0)
    started = time.monotonic()
    with (
        FeedClient(hostile.url, retry=ONE_TRY, read_timeout=5, limits=limits) as client,
        pytest.raises(AnswerTooSlowError) as e,
    ):
        client.changes("public", None)
    assert time.monotonic() - started < 3
    assert e.value.problem.code is ProblemCode.TIMEOUT
    assert "took more than 1 seconds to send one answer" in str(e.value)


def test_a_whole_sync_ends_at_its_deadline_however_many_requests_it_takes(
    hostile: HostileFeed, data_dir: Path
) -> None:
    # Every request ends at its own deadline and is retried: only the sync's deadline
    # ends them all.
    hostile.answers["/v1/changes"] = drip(every=0.1)
    limits = Limits(request_seconds=0.5, sync_seconds=1.5)
    patient = RetryPolicy(attempts=100, base=0.01, max_wait=0.01)
    started = time.monotonic()
    with (
        Cache.open(data_dir) as cache,
        FeedClient(hostile.url, retry=patient, read_timeout=5, limits=limits) as client,
    ):
        report = Syncer(cache, client).run()
    assert time.monotonic() - started < 4
    assert isinstance(report.error, SyncTooLongError)
    assert report.error.problem.code is ProblemCode.TIMEOUT
    assert "was stopped after 1.5 seconds" in report.summary
    assert 2 <= len(hostile.got()) <= 4


# -- size --------------------------------------------------------------------


def test_a_gzip_bomb_is_refused_without_inflating_it(hostile: HostileFeed, data_dir: Path) -> None:
    # About 256 KB on the wire, 256 MiB once unpacked; the limit is 16 MiB.
    bomb, size = gzip_bomb(256 * 2**20)
    assert size < 300_000
    hostile.answers["/v1/changes"] = bomb
    tracemalloc.start()
    try:
        with (
            Cache.open(data_dir) as cache,
            FeedClient(hostile.url, retry=RetryPolicy(attempts=3, base=0.01)) as client,
        ):
            report = Syncer(cache, client).run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(report.error, AnswerTooLargeError)
    assert "larger than 16 MiB once unpacked" in report.summary
    assert report.error.problem.code is ProblemCode.BAD_RESPONSE
    # Memory stays near the limit, far from what the bomb unpacks to.
    assert peak < 48 * 2**20, f"peak {peak / 2**20:.0f} MiB"
    # The same bomb is not fetched again: retrying would only repeat it.
    assert len(hostile.got()) == 1
    assert report.applied == 0


def test_an_answer_under_the_limit_is_read_whole(hostile: HostileFeed) -> None:
    page = {"changes": [], "cursor": "c1", "has_more": False, "pad": "x" * 2**20}
    hostile.answers["/v1/changes"] = json_page(page)
    limits = Limits(max_answer_bytes=2 * 2**20)
    with FeedClient(hostile.url, retry=ONE_TRY, limits=limits) as client:
        assert client.changes("public", None).data == page
    limits = Limits(max_answer_bytes=2**20)
    with (
        FeedClient(hostile.url, retry=ONE_TRY, limits=limits) as client,
        pytest.raises(AnswerTooLargeError),
    ):
        client.changes("public", None)


# -- endless cursors ---------------------------------------------------------


def test_a_cursor_that_moves_forever_on_thin_pages_is_stopped(
    hostile: HostileFeed, data_dir: Path
) -> None:
    hostile.answers["/v1/changes"] = endless_cursor(per_page=1)
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client, page_limit=100).run()
        # The pages read before the fourth are kept: the next sync goes on from there.
        assert store.stream_state(cache, "public").cursor == "c3"
    assert isinstance(report.error, CursorLoopError)
    assert "do not come to an end" in report.summary
    assert report.error.problem.code is ProblemCode.BAD_RESPONSE
    # A handful of requests, not hundreds.
    assert len(hostile.got()) == 4


def test_an_empty_page_whose_cursor_moves_is_stopped_at_once(
    hostile: HostileFeed, data_dir: Path
) -> None:
    hostile.answers["/v1/changes"] = endless_cursor(per_page=0)
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client, page_limit=100).run()
    assert isinstance(report.error, CursorLoopError)
    assert "an empty page moved its cursor" in report.summary
    assert len(hostile.got()) == 1


def test_a_cursor_that_comes_back_is_stopped(hostile: HostileFeed, data_dir: Path) -> None:
    pages = iter(["a", "b", "a", "b", "a"])

    def circle(handler: BaseHTTPRequestHandler) -> None:
        changes = [{"kind": "venue", "id": f"v{i}", "op": "delete"} for i in range(100)]
        json_page({"changes": changes, "cursor": next(pages), "has_more": True})(handler)

    hostile.answers["/v1/changes"] = circle
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client, page_limit=100).run()
    assert isinstance(report.error, CursorLoopError)
    assert "its cursor came back to 'a'" in report.summary
    assert len(hostile.got()) == 3


def test_more_pages_than_announced_are_stopped(hostile: HostileFeed, data_dir: Path) -> None:
    counter = iter(range(1, 1000))

    def liar(handler: BaseHTTPRequestHandler) -> None:
        n = next(counter)
        changes = [{"kind": "venue", "id": f"v{n}-{i}", "op": "delete"} for i in range(100)]
        # Always "200 more to come": two pages' worth.
        page = {"changes": changes, "cursor": f"c{n}", "has_more": True, "remaining": 200}
        json_page(page)(handler)

    hostile.answers["/v1/changes"] = liar
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client, page_limit=100).run()
    assert isinstance(report.error, CursorLoopError)
    assert "more than the 13 pages it announced" in report.summary
    assert len(hostile.got()) == 14


# -- huge fields and escape sequences -----------------------------------------


def _venue(vid: str, **fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": vid,
        "name": "Café",
        "location": {"lat": 48.85, "lon": 2.35, "city": "Paris"},
    }
    record.update(fields)
    return {"kind": "venue", "id": vid, "op": "upsert", "data": record}


HUGE = "x" * 5 * 2**20  # 5 MiB of one venue's description


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("name", "n" * 301, "name: longer than 300 characters"),
        ("category", "c" * 101, "category: longer than 100 characters"),
        ("location", {"lat": 48.0, "lon": 2.0, "address": "a" * 501}, "location.address"),
        ("accessibility", {"description": {"fr": HUGE}}, "accessibility.description.fr"),
        ("source", {"name": "osm", "url": "u" * 2001}, "source.url"),
    ],
)
def test_a_record_with_a_huge_field_is_refused_and_named_and_the_sync_goes_on(
    hostile: HostileFeed, data_dir: Path, field: str, value: object, named: str
) -> None:
    page = {
        "changes": [_venue("huge", **{field: value}), _venue("fine")],
        "cursor": "c1",
        "has_more": False,
    }
    hostile.answers["/v1/changes"] = json_page(page)
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client).run()
        with cache.session() as s:
            assert get_venue(s, "fine") is not None
            assert get_venue(s, "huge") is None
    assert report.ok, report.summary
    assert "Skipped 1 record(s) the feed sent malformed" in report.summary
    assert f"venue huge: {named}" in report.summary
    # Nothing of the refused text reached the disk.
    assert sum(f.stat().st_size for f in data_dir.rglob("*") if f.is_file()) < 2**20


ESCAPES = "\x1b[2J\x1b]0;you have been pwned\x07\x9b31m\u202egnp.exe\x00\r"


# Escaped (\u001b) as most encoders write them, or as raw UTF-8 where JSON allows it.
@pytest.mark.parametrize("ascii_only", [True, False])
def test_escape_sequences_in_feed_text_are_never_stored_or_shown(
    hostile: HostileFeed, data_dir: Path, ascii_only: bool
) -> None:
    page = {
        "changes": [_venue("v1", name=f"Café{ESCAPES}du\tport", category=f"bar{ESCAPES}")],
        "cursor": "c1",
        "has_more": False,
    }
    hostile.answers["/v1/changes"] = json_page(page, ascii_only=ascii_only)
    with Cache.open(data_dir) as cache, FeedClient(hostile.url, retry=ONE_TRY) as client:
        report = Syncer(cache, client).run()
        with cache.session() as s:
            venue = get_venue(s, "v1")
    assert report.ok, report.summary
    assert venue is not None
    # Tab stays; the rest of the escapes goes, and the text they wrapped shows as sent.
    assert venue.name == "Cafégnp.exedu\tport"
    assert venue.category == "bargnp.exe"


def test_the_sync_command_prints_a_feeds_error_without_its_escapes(
    hostile: HostileFeed, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(handler: BaseHTTPRequestHandler) -> None:
        body = json.dumps(
            {"error": {"code": f"nope{ESCAPES}", "message": f"go away{ESCAPES}now"}}
        ).encode()
        handler.send_response(403)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    hostile.answers["/v1/changes"] = refuse
    argv = ["sync", "--feed", hostile.url, "--data-dir", str(data_dir), "--retries", "1"]
    assert app_main(argv) == 1
    out = capsys.readouterr()
    assert "go awaygnp.exenow" in out.err
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\x00", "\r"):
        assert bad not in out.err + out.out
