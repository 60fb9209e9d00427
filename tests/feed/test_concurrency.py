"""No two confirmed bookings of one vehicle overlap, however many ask at once.

Fifty renters' threads fire conflicting requests at a running server at the same
moment: exactly one gets 201, every other one 409. On PostgreSQL the same holds
with the requests spread over two server processes sharing the database.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from wheelshare.feed.testing import Account, LiveFeed

from .helpers import at, period, start_server_process

CONCURRENT = 50


def _fire(urls: list[str], renters: list[Account], vehicle_id: str) -> Counter[int]:
    start = at(40)
    body = {"vehicle_id": vehicle_id, **period(start, start + timedelta(days=3))}
    barrier = threading.Barrier(CONCURRENT)

    def one(i: int) -> int:
        renter = renters[i % len(renters)]
        with requests.Session() as http:
            barrier.wait()
            r = http.post(
                f"{urls[i % len(urls)]}/v1/bookings",
                json=body,
                headers={**renter.headers, "Idempotency-Key": str(uuid.uuid4())},
                timeout=120,
            )
        if r.status_code == 409:
            assert r.json()["error"]["code"] == "dates_unavailable"
        return r.status_code

    with ThreadPoolExecutor(CONCURRENT) as pool:
        return Counter(pool.map(one, range(CONCURRENT)))


def _confirmed(feed: LiveFeed, owner: Account, vehicle_id: str) -> int:
    changes, _ = feed.all_changes(who=owner)
    latest = {c["id"]: c["data"] for c in changes if c["kind"] == "booking"}
    return sum(
        1 for b in latest.values() if b["vehicle_id"] == vehicle_id and b["status"] == "confirmed"
    )


def test_fifty_concurrent_instant_bookings_one_wins(feed: LiveFeed) -> None:
    owner = feed.register("Fleet owner")
    renters = [feed.register(f"Renter {i}") for i in range(5)]
    v = feed.create_vehicle(owner, instant_book=True)
    outcome = _fire([feed.url], renters, v["id"])
    assert outcome == Counter({201: 1, 409: CONCURRENT - 1})
    assert _confirmed(feed, owner, v["id"]) == 1


def test_concurrent_accepts_of_overlapping_requests_one_wins(feed: LiveFeed) -> None:
    owner = feed.register("Busy owner")
    v = feed.create_vehicle(owner)
    start = at(50)
    ids = []
    for i in range(20):
        renter = feed.register(f"Hopeful {i}")
        shift = timedelta(hours=i)
        r = feed.book(renter, v["id"], start + shift, start + shift + timedelta(days=2))
        assert r.status_code == 201, r.text
        ids.append(r.json()["booking"]["id"])
    barrier = threading.Barrier(len(ids))

    def accept(booking_id: str) -> int:
        with requests.Session() as http:
            barrier.wait()
            return http.post(
                f"{feed.url}/v1/bookings/{booking_id}/accept", headers=owner.headers, timeout=120
            ).status_code

    with ThreadPoolExecutor(len(ids)) as pool:
        outcome = Counter(pool.map(accept, ids))
    assert outcome == Counter({200: 1, 409: len(ids) - 1})
    assert _confirmed(feed, owner, v["id"]) == 1


@pytest.fixture
def two_servers(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[LiveFeed, list[str]]]:
    from .conftest import PgDatabases

    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    url = dbs.create()
    with LiveFeed(tmp_path, db_url=url) as feed:
        procs = [start_server_process(url) for _ in range(2)]
        try:
            yield feed, [u for _, u in procs]
        finally:
            for proc, _ in procs:
                proc.terminate()
            for proc, _ in procs:
                proc.wait(timeout=20)
                assert proc.returncode in (0, -15), proc.returncode


@pytest.mark.postgres
@pytest.mark.slow
def test_two_server_processes_on_one_postgres_keep_bookings_apart(
    two_servers: tuple[LiveFeed, list[str]],
) -> None:
    feed, urls = two_servers
    assert len(set(urls)) == 2
    owner = feed.register("Owner of a popular van")
    renters = [feed.register(f"Renter {i}") for i in range(5)]
    v = feed.create_vehicle(owner, instant_book=True)
    outcome = _fire(urls, renters, v["id"])
    assert outcome == Counter({201: 1, 409: CONCURRENT - 1})
    assert _confirmed(feed, owner, v["id"]) == 1
