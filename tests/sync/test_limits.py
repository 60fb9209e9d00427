"""The client's limits, tested as the attacks they stop.

A hostile feed on loopback sends a body one byte at a time, a gzip bomb, a
cursor that moves forever, records with huge fields and text with terminal
escape sequences. Each ends in a clear error (or a refused record) in bounded
time and memory; nothing of the attack is kept.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from wheelshare.cache.database import Cache
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
