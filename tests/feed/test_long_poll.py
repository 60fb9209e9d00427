"""Waiting for changes: ``GET /v1/me/changes?wait=N`` answers as soon as something
for that person is committed, an empty page when nothing came, and refuses
more waiting requests than its limits allow."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from wheelshare.feed.testing import Account, LiveFeed

from .conftest import make_feed
from .helpers import error_of, start_server_process


def _cursor(feed: LiveFeed, who: Account) -> str:
    return feed.all_changes(who=who)[1]


def _wait(url: str, who: Account, since: str, wait: int | str) -> requests.Response:
    return requests.get(
        f"{url}/v1/me/changes",
        params={"since": since, "wait": str(wait)},
        headers=who.headers,
        timeout=60,
    )


def _until_waiting(feed: LiveFeed, count: int) -> None:
    """Returns once the server holds ``count`` waiting requests."""
    wakeups = feed.app.state.feed.wakeups
    deadline = time.monotonic() + 10
    while wakeups.count < count:
        assert time.monotonic() < deadline, f"{wakeups.count} waiting, not {count}"
        time.sleep(0.02)


def test_changes_already_there_are_answered_at_once(feed: LiveFeed) -> None:
    owner = feed.register()
    since = _cursor(feed, owner)
    vehicle = feed.create_vehicle(owner)
    started = time.monotonic()
    r = _wait(feed.url, owner, since, 30)
    assert r.status_code == 200
    assert time.monotonic() - started < 5
    assert [(c["kind"], c["id"]) for c in r.json()["changes"]] == [("vehicle_place", vehicle["id"])]


def test_a_waiting_request_is_answered_when_a_change_commits(feed: LiveFeed) -> None:
    owner = feed.register()
    since = _cursor(feed, owner)
    with ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        waiting = pool.submit(_wait, feed.url, owner, since, 25)
        _until_waiting(feed, 1)
        time.sleep(0.3)
        assert not waiting.done()
        committed = time.monotonic()
        vehicle = feed.create_vehicle(owner)
        r = waiting.result(timeout=30)
    answered = time.monotonic()
    assert r.status_code == 200
    assert [c["id"] for c in r.json()["changes"]] == [vehicle["id"]]
    assert answered - committed < 2, "the answer came long after the change"
    assert answered - started < 10
    assert feed.app.state.feed.wakeups.count == 0


def test_someone_elses_change_does_not_end_the_wait(feed: LiveFeed) -> None:
    me, other = feed.register(), feed.register()
    since = _cursor(feed, me)
    with ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        waiting = pool.submit(_wait, feed.url, me, since, 2)
        _until_waiting(feed, 1)
        feed.create_vehicle(other)
        r = waiting.result(timeout=30)
    assert time.monotonic() - started >= 2
    assert r.json() == {"changes": [], "cursor": since, "has_more": False}


def test_nothing_within_the_wait_gives_an_empty_page_with_the_same_cursor(
    feed: LiveFeed,
) -> None:
    me = feed.register()
    since = _cursor(feed, me)
    started = time.monotonic()
    r = _wait(feed.url, me, since, 1)
    assert time.monotonic() - started >= 1
    assert r.status_code == 200
    assert r.json() == {"changes": [], "cursor": since, "has_more": False}


@pytest.mark.parametrize("wait", ["31", "-1", "1.5", "soon", "99999999999"])
def test_a_wait_beyond_thirty_seconds_or_not_a_number_is_refused(feed: LiveFeed, wait: str) -> None:
    me = feed.register()
    r = _wait(feed.url, me, _cursor(feed, me), wait)
    assert r.status_code == 422
    assert error_of(r)["fields"] == {"wait": "expected 0 to 30"}


def test_waiting_needs_a_signed_in_person(feed: LiveFeed) -> None:
    r = requests.get(f"{feed.url}/v1/me/changes", params={"wait": "5"}, timeout=30)
    assert r.status_code == 401


@pytest.fixture(scope="module")
def small_feed(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveFeed]:
    """A feed that holds at most 2 waits per account and 3 in all."""
    folder = tmp_path_factory.mktemp("small")
    with make_feed(backend, request, folder, waits_per_account=2, waits_per_process=3) as f:
        yield f


def test_one_account_cannot_hold_more_waits_than_its_share(small_feed: LiveFeed) -> None:
    feed = small_feed
    greedy = feed.register()
    since = _cursor(feed, greedy)
    with ThreadPoolExecutor(2) as pool:
        held = [pool.submit(_wait, feed.url, greedy, since, 20) for _ in range(2)]
        _until_waiting(feed, 2)
        refused = _wait(feed.url, greedy, since, 20)
        assert refused.status_code == 429
        assert error_of(refused)["code"] == "rate_limited"
        assert int(refused.headers["Retry-After"]) >= 1
        # Without waiting, the same account is still served.
        assert _wait(feed.url, greedy, since, 0).status_code == 200
        feed.create_vehicle(greedy)  # ends the two waits
        assert [f.result(timeout=30).status_code for f in held] == [200, 200]


def test_the_server_refuses_waits_beyond_its_total_with_503(small_feed: LiveFeed) -> None:
    feed = small_feed
    people = [feed.register() for _ in range(4)]
    cursors = [_cursor(feed, p) for p in people]
    with ThreadPoolExecutor(3) as pool:
        held: list[Future[requests.Response]] = [
            pool.submit(_wait, feed.url, p, c, 20)
            for p, c in zip(people[:3], cursors, strict=False)
        ]
        _until_waiting(feed, 3)
        refused = _wait(feed.url, people[3], cursors[3], 20)
        assert refused.status_code == 503
        assert error_of(refused)["code"] == "busy"
        assert int(refused.headers["Retry-After"]) >= 1
        for p in people[:3]:
            feed.create_vehicle(p)
        assert [f.result(timeout=30).status_code for f in held] == [200, 200, 200]
    # The slots are free again.
    assert feed.app.state.feed.wakeups.count == 0


def test_a_client_that_hangs_up_frees_its_slot(small_feed: LiveFeed) -> None:
    feed = small_feed
    me = feed.register()
    since = _cursor(feed, me)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(
            f"{feed.url}/v1/me/changes",
            params={"since": since, "wait": "20"},
            headers=me.headers,
            timeout=(5, 0.5),
        )
    deadline = time.monotonic() + 5
    while feed.app.state.feed.wakeups.count:
        assert time.monotonic() < deadline, "the wait outlived its client"
        time.sleep(0.05)


@pytest.mark.postgres
@pytest.mark.slow
def test_a_change_through_one_server_process_wakes_a_wait_on_another(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    from .conftest import PgDatabases

    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    url = dbs.create()
    with LiveFeed(tmp_path, db_url=url) as feed:
        proc, other = start_server_process(url)
        try:
            owner = feed.register()
            since = _cursor(feed, owner)
            answer: dict[str, Any] = {}

            def wait_there() -> None:
                answer["response"] = _wait(other, owner, since, 25)
                answer["at"] = time.monotonic()

            waiter = threading.Thread(target=wait_there)
            waiter.start()
            time.sleep(1.5)  # the other process holds the wait by now
            assert waiter.is_alive()
            committed = time.monotonic()
            vehicle = feed.create_vehicle(owner)  # written through this process
            waiter.join(timeout=30)
            r: requests.Response = answer["response"]
            assert r.status_code == 200
            assert [c["id"] for c in r.json()["changes"]] == [vehicle["id"]]
            assert answer["at"] - committed < 2
        finally:
            proc.terminate()
            proc.wait(timeout=20)
