"""Registering cannot exhaust the server, nor be used to list who has an account."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
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
HASHING, WAITING = 2, 3
# Only a safety net: the test opens the gate as soon as the burst is answered.
GATE_SECONDS = 60.0


class _GatedHasher(PasswordHasher):
    """Counts how many hashes run at once; each holds until the test opens the
    gate, so the whole burst reaches the hashing slots while the first hashes
    still run, however slowly a loaded machine lets the requests through
    (they pass the per-address count one at a time first)."""

    running = 0
    peak = 0
    lock = threading.Lock()
    gate = threading.Event()

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        cls = type(self)
        with cls.lock:
            cls.running += 1
            cls.peak = max(cls.peak, cls.running)
        try:
            cls.gate.wait(GATE_SECONDS)
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
        return _GatedHasher(base.time_cost, base.memory_cost, base.parallelism)

    monkeypatch.setattr(accounts, "hasher", slow)
    _GatedHasher.peak = 0
    _GatedHasher.gate.clear()
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("storm"),
        hash_workers=HASHING,
        hash_queue=WAITING,
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

        refused = PARALLEL - HASHING - WAITING
        with ThreadPoolExecutor(PARALLEL) as pool:
            answers = [pool.submit(one, i) for i in range(PARALLEL)]
            try:
                # Two hashing, three waiting for a turn: everybody else is refused
                # at once, while those five are still held.
                first: Counter[int] = Counter()
                for answer in as_completed(answers, timeout=GATE_SECONDS):
                    first[answer.result()] += 1
                    if first.total() == refused:
                        break
                assert first == {503: refused}, first
            finally:
                _GatedHasher.gate.set()
            outcome = Counter(answer.result() for answer in answers)
        # The five held ones all get their turn once the hashes end.
        assert outcome == {201: HASHING + WAITING, 503: refused}, outcome
        assert _GatedHasher.peak == HASHING
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
