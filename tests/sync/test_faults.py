"""Network and server faults between the client and a real feed, injected by a real proxy.

Every fault ends either in a successful retry or in a clear error, and the
cache is then unchanged or correctly advanced: never half a page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import store
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.errors import (
    BadResponseError,
    ConnectionLostError,
    FeedTimeoutError,
    OfflineError,
    ServerError,
)
from wheelshare.sync.syncer import Syncer

from .conftest import FAST_RETRY, cache_content
from .faultproxy import FaultProxy

PAGE = 100


def impatient(proxy: FaultProxy) -> FeedClient:
    """A client that gives up reading after 1.5 s (the delay fault waits 2.5 s)."""
    return FeedClient(proxy.url, retry=FAST_RETRY, read_timeout=1.5)


def clean_content(client: FeedClient, tmp_path: Path) -> dict[str, list[tuple[object, ...]]]:
    with Cache.open(tmp_path / "clean") as clean:
        assert Syncer(clean, client, page_limit=PAGE).run().ok
        return cache_content(clean.path)


@pytest.mark.parametrize(
    ("fault", "options"),
    [
        ("status", {"status": 500}),
        ("status", {"status": 503, "retry_after": "0"}),
        ("status", {"status": 429, "retry_after": "1"}),
        ("reset", {}),
        ("truncate", {}),
        ("truncate_fixed", {}),
        ("drop_request", {}),
        ("delay", {"seconds": 2.5}),  # longer than the client's read timeout
    ],
)
def test_a_single_fault_is_retried_and_the_sync_completes(
    feed: LiveFeed,
    cache: Cache,
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
    tmp_path: Path,
    fault: str,
    options: dict[str, object],
) -> None:
    # The fault hits the second page, after one page was applied.
    proxy.inject(fault, path="/v1/changes?limit=100&since=", **options)
    with impatient(proxy) if fault == "delay" else proxied as c:
        report = Syncer(cache, c, page_limit=PAGE).run()
    assert report.ok, report.summary
    faulted = [s for s in proxy.seen if s.fault == fault]
    assert len(faulted) == 1
    assert cache_content(cache.path) == clean_content(client, tmp_path)


@pytest.mark.parametrize(
    ("fault", "options", "error", "words"),
    [
        ("status", {"status": 500}, ServerError, "internal problem (HTTP 500)"),
        ("status", {"status": 503}, ServerError, "temporarily unavailable"),
        ("reset", {}, ConnectionLostError, "dropped in the middle of an answer"),
        ("truncate", {}, BadResponseError, "cut off"),
        # gzip shows the damage before the JSON does.
        ("truncate_fixed", {}, BadResponseError, "the answer was cut off"),
        ("delay", {"seconds": 2.5}, FeedTimeoutError, "did not answer within 1.5 seconds"),
    ],
)
def test_a_lasting_fault_ends_in_a_clear_error_after_whole_pages(
    feed: LiveFeed,
    cache: Cache,
    proxy: FaultProxy,
    proxied: FeedClient,
    fault: str,
    options: dict[str, object],
    error: type[Exception],
    words: str,
) -> None:
    first = feed.changes()
    # Every request for the second page fails, however often it is retried.
    proxy.inject(fault, times=100, path="/v1/changes?limit=100&since=", **options)
    with impatient(proxy) if fault == "delay" else proxied as c:
        report = Syncer(cache, c, page_limit=PAGE).run()
    assert isinstance(report.error, error), report.summary
    assert words in report.summary
    assert len([s for s in proxy.seen if s.fault == fault]) == FAST_RETRY.attempts
    # Exactly the first page is in, and the cursor stands right after it.
    content = cache_content(cache.path)
    assert sum(len(v) for v in content.values()) == PAGE
    cursor = store.stream_state(cache, "public").cursor
    assert cursor is not None
    assert first["has_more"]
    assert store.stream_state(cache, "public").last_error == str(report.error)


def test_a_fault_on_the_first_page_leaves_the_cache_untouched_then_resumes(
    feed: LiveFeed,
    cache: Cache,
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
    tmp_path: Path,
) -> None:
    proxy.inject("reset", times=100, path="/v1/changes")
    report = Syncer(cache, proxied, page_limit=PAGE).run()
    assert isinstance(report.error, OfflineError)
    assert all(v == [] for v in cache_content(cache.path).values())
    assert store.stream_state(cache, "public").cursor is None
    proxy.clear()
    assert Syncer(cache, proxied, page_limit=PAGE).run().ok
    assert cache_content(cache.path) == clean_content(client, tmp_path)


def test_a_long_retry_after_is_not_waited_out_but_reported(
    feed: LiveFeed, cache: Cache, proxy: FaultProxy, proxied: FeedClient
) -> None:
    proxy.inject("status", times=5, path="/v1/changes", status=429, retry_after="3600")
    report = Syncer(cache, proxied).run()
    assert isinstance(report.error, ServerError)
    assert report.error.retry_after == 3600
    assert "asked us to slow down" in str(report.error)
    assert "in 3600 seconds" in str(report.error)
    assert len(proxy.seen) == 1


def test_a_feed_that_is_down_is_reported_as_offline(cache: Cache) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with FeedClient(f"http://127.0.0.1:{port}", retry=FAST_RETRY) as c:
        report = Syncer(cache, c).run()
    assert isinstance(report.error, OfflineError)
    assert "Cannot reach the feed" in report.summary
    assert "wait in the outbox" in report.summary


def test_tls_is_verified_and_a_wrong_certificate_is_a_clear_error(
    feed: LiveFeed, cache: Cache
) -> None:
    from wheelshare.sync.errors import TlsError

    # The feed speaks plain HTTP: a TLS handshake with it must fail, not be skipped.
    https = feed.url.replace("http://", "https://")
    with FeedClient(https, retry=RetryPolicy(attempts=1)) as c:
        report = Syncer(cache, c).run()
    assert isinstance(report.error, TlsError)
    assert "could not be verified" in report.summary
