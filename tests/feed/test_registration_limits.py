"""Registering cannot exhaust the server, nor be used to list who has an account."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import requests
from argon2 import PasswordHasher

from wheelshare.domain import clock
from wheelshare.feed import accounts
from wheelshare.feed.settings import KdfCost, RateLimit

from .conftest import make_feed
from .helpers import error_of

PARALLEL = 40
HASH_SECONDS = 1.0


class _SlowHasher(PasswordHasher):
    """Counts how many hashes run at once; each takes HASH_SECONDS, so a burst of
    requests arrives while the first ones still hash."""

    running = 0
    peak = 0
    lock = threading.Lock()

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        cls = type(self)
        with cls.lock:
            cls.running += 1
            cls.peak = max(cls.peak, cls.running)
        try:
            time.sleep(HASH_SECONDS)
            return super().hash(password, salt=salt)
        finally:
            with cls.lock:
                cls.running -= 1


def _body(email: str = "") -> dict[str, str]:
    email = email or f"{uuid.uuid4().hex}@example.org"
    return {"email": email, "password": "a long passphrase", "display_name": "Newcomer"}


def test_forty_parallel_registrations_hash_two_at_a_time_and_the_rest_are_told_to_wait(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = accounts.hasher

    def slow(cost: KdfCost) -> PasswordHasher:
        base = real(cost)
        return _SlowHasher(base.time_cost, base.memory_cost, base.parallelism)

    monkeypatch.setattr(accounts, "hasher", slow)
    _SlowHasher.peak = 0
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("storm"),
        hash_workers=2,
        hash_queue=3,
        hash_wait=timedelta(seconds=30),
    ) as f:
        barrier = threading.Barrier(PARALLEL)

        def one(_i: int) -> int:
            with requests.Session() as http:
                barrier.wait()
                r = http.post(f"{f.url}/v1/auth/register", json=_body(), timeout=120)
            if r.status_code == 503:
                assert error_of(r)["code"] == "busy"
                assert int(r.headers["Retry-After"]) > 0
            return r.status_code

        with ThreadPoolExecutor(PARALLEL) as pool:
            outcome = Counter(pool.map(one, range(PARALLEL)))
        assert set(outcome) == {201, 503}, outcome
        # Two hashing, three waiting for a turn: everybody else was refused at once.
        assert 2 <= outcome[201] <= 5, outcome
        assert _SlowHasher.peak == 2
        # Once the burst is over, registering works again.
        r = f.http.post(f"{f.url}/v1/auth/register", json=_body())
        assert r.status_code == 201, r.text


def test_registrations_are_limited_per_address_taken_addresses_included(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("enumerate"),
        register_per_address=RateLimit(3, timedelta(hours=1)),
    ) as f:
        url = f"{f.url}/v1/auth/register"
        first = _body()
        assert f.http.post(url, json=first).status_code == 201
        assert f.http.post(url, json=first).status_code == 409  # taken: still counted
        assert f.http.post(url, json=_body()).status_code == 201
        # Probing whether an address has an account stops here, as does registering.
        for body in (first, _body()):
            r = f.http.post(url, json=body)
            assert r.status_code == 429 and error_of(r)["code"] == "rate_limited"
            assert 0 < int(r.headers["Retry-After"]) <= 3600
        with clock.pinned(clock.now() + timedelta(hours=1, seconds=1)):
            assert f.http.post(url, json=_body()).status_code == 201
