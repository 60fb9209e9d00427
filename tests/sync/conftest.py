"""Fixtures for the sync tests: a real feed server on loopback, a real cache file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.credentials import TokenStore
from wheelshare.sync.testing_keyring import MemoryKeyring

from .faultproxy import FaultProxy

# Quick retries: the tests check what happens, not how long it waits.
FAST_RETRY = RetryPolicy(attempts=4, base=0.01, max_wait=0.05, max_retry_after=5)


@pytest.fixture(autouse=True)
def _fresh_keyring() -> None:
    # Each test is a run of its own: nothing kept in the keyring or in memory.
    MemoryKeyring._store.clear()
    TokenStore._memory.clear()


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[LiveFeed]:
    (tmp_path / "feed").mkdir()
    with LiveFeed(tmp_path / "feed") as f:
        yield f


@pytest.fixture
def cache(data_dir: Path) -> Iterator[Cache]:
    c = Cache.open(data_dir)
    yield c
    c.close()


@pytest.fixture
def client(feed: LiveFeed) -> Iterator[FeedClient]:
    with FeedClient(feed.url, retry=FAST_RETRY, read_timeout=10) as c:
        yield c


@pytest.fixture
def proxy(feed: LiveFeed) -> Iterator[FaultProxy]:
    p = FaultProxy(int(feed.url.rsplit(":", 1)[1]))
    yield p
    p.close()


@pytest.fixture
def proxied(proxy: FaultProxy) -> Iterator[FeedClient]:
    with FeedClient(proxy.url, retry=FAST_RETRY, read_timeout=10) as c:
        yield c


def cache_content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced record in the cache file, by table, sorted: for equality checks."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table, key in (
            ("vehicles", "id"),
            ("venues", "id"),
            ("reviews", "id"),
            ("bookings", "id"),
            ("availability", "vehicle_id"),
            ("vehicle_places", "vehicle_id"),
        ):
            rows = con.execute(
                f"SELECT {key}, data FROM {table} ORDER BY {key}"  # noqa: S608 - constants
            ).fetchall()
            out[table] = rows
        return out
    finally:
        con.close()


def counts(path: Path) -> dict[str, int]:
    return {k: len(v) for k, v in cache_content(path).items()}
