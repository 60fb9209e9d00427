"""Attempt limits, attacked as an attacker would: many requests at the same moment.

Each test counts the password checks the server really ran (by wrapping the
check in this process, where the live server runs), not only the answers.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import requests

from wheelshare.domain import clock
from wheelshare.feed import accounts
from wheelshare.feed.models import User
from wheelshare.feed.settings import KdfCost, RateLimit

from .conftest import make_feed
from .helpers import error_of

PARALLEL = 50
WINDOW = timedelta(minutes=15)


@pytest.fixture
def password_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every password the server checked, in order."""
    checked: list[str] = []
    lock = threading.Lock()
    real = accounts.password_matches

    def counting(user: User | None, password: str, cost: KdfCost) -> bool:
        with lock:
            checked.append(password)
        return real(user, password, cost)

    monkeypatch.setattr(accounts, "password_matches", counting)
    yield checked


def _at_once(url: str, bodies: Callable[[int], dict[str, str]]) -> Counter[int]:
    barrier = threading.Barrier(PARALLEL)

    def one(i: int) -> int:
        with requests.Session() as http:
            barrier.wait()
            r = http.post(f"{url}/v1/auth/token", json=bodies(i), timeout=120)
        if r.status_code == 429:
            assert error_of(r)["code"] == "rate_limited"
            assert 0 < int(r.headers["Retry-After"]) <= WINDOW.total_seconds() + 1
        return r.status_code

    with ThreadPoolExecutor(PARALLEL) as pool:
        return Counter(pool.map(one, range(PARALLEL)))


def test_fifty_parallel_wrong_passwords_get_five_checks_then_even_the_right_one_waits(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    password_checks: list[str],
) -> None:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("guesses"),
        sign_in_per_account=RateLimit(5, WINDOW),
    ) as f:
        victim = f.register()
        password_checks.clear()
        outcome = _at_once(f.url, lambda i: {"email": victim.email, "password": f"guess {i:02}!"})
        assert outcome == Counter({401: 5, 429: PARALLEL - 5})
        assert len(password_checks) == 5
        # The right password is refused too, without being checked, until the
        # window has passed.
        right = {"email": victim.email, "password": victim.password}
        r = f.http.post(f"{f.url}/v1/auth/token", json=right)
        assert r.status_code == 429 and error_of(r)["code"] == "rate_limited"
        assert len(password_checks) == 5
        with clock.pinned(clock.now() + WINDOW + timedelta(seconds=1)):
            r = f.http.post(f"{f.url}/v1/auth/token", json=right)
        assert r.status_code == 200, r.text


def test_fifty_parallel_sign_ins_to_fifty_accounts_from_one_address_get_the_address_limit(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    password_checks: list[str],
) -> None:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("spray"),
        sign_in_per_address=RateLimit(20, WINDOW),
    ) as f:
        outcome = _at_once(
            f.url, lambda i: {"email": f"target-{i}@example.org", "password": "Summer2024!"}
        )
        assert outcome == Counter({401: 20, 429: PARALLEL - 20})
        assert len(password_checks) == 20


def test_a_successful_sign_in_does_not_count_against_the_account(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("regular"),
        sign_in_per_account=RateLimit(3, WINDOW),
    ) as f:
        user = f.register()
        for _ in range(6):
            f.sign_in(user.email, user.password)
