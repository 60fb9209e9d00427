"""Attempt limits, attacked as an attacker would: many requests at the same moment.

Each test counts the password checks the server really ran (by wrapping the
check in this process, where the live server runs), not only the answers.
"""

from __future__ import annotations

import ipaddress
import random
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from wheelshare.domain import clock
from wheelshare.feed import accounts
from wheelshare.feed.models import User
from wheelshare.feed.proxies import TrustedProxies
from wheelshare.feed.settings import KdfCost, RateLimit
from wheelshare.feed.testing import LiveFeed

from .conftest import make_feed
from .helpers import error_of

PARALLEL = 50
# (The tests below let every checked attempt wait for a turn to hash, rather than
# be told the server is busy: they are about what is counted.)
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
        hash_queue=PARALLEL,
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
        hash_queue=PARALLEL,
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


def _spoofing_guesses(url: str, count: int, real_hop: str | None = None) -> list[int]:
    """Wrong passwords for different accounts, each request claiming to come from
    a new random address (after which a proxy may append ``real_hop``)."""
    codes = []
    with requests.Session() as http:
        for _ in range(count):
            spoof = str(ipaddress.IPv4Address(random.getrandbits(32)))
            chain = f"{spoof}, {real_hop}" if real_hop else spoof
            r = http.post(
                f"{url}/v1/auth/token",
                json={"email": f"{uuid.uuid4().hex}@example.org", "password": "Summer2024!"},
                headers={"X-Forwarded-For": chain},
                timeout=60,
            )
            codes.append(r.status_code)
    return codes


def test_a_random_x_forwarded_for_per_request_does_not_escape_the_address_limit(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("spoof"),
        sign_in_per_address=RateLimit(3, WINDOW),
    ) as f:
        assert _spoofing_guesses(f.url, 5) == [401, 401, 401, 429, 429]


def test_behind_a_trusted_proxy_only_the_hop_it_added_counts(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # This test's own requests come from loopback: they play the proxy.
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("proxied"),
        sign_in_per_address=RateLimit(3, WINDOW),
        trusted_proxies=("127.0.0.0/8", "::1"),
    ) as f:
        attacker, neighbour = "203.0.113.7", "198.51.100.9"
        assert _spoofing_guesses(f.url, 5, attacker) == [401, 401, 401, 429, 429]
        assert _spoofing_guesses(f.url, 1, neighbour) == [401]


@pytest.mark.slow
def test_the_serve_command_ignores_x_forwarded_for_unless_told(tmp_path: Path) -> None:
    from .helpers import start_server_process

    with LiveFeed(tmp_path, seed=False) as f:
        proc, url = start_server_process(f.settings.db_url)
        try:
            # The command's default limit is 20 failures per address.
            codes = _spoofing_guesses(url, 21)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    assert codes == [401] * 20 + [429]


@pytest.mark.parametrize(
    ("peer", "header", "client"),
    [
        ("10.0.0.2", ["1.2.3.4"], "10.0.0.2"),  # not a proxy: the header is ignored
        ("10.0.0.1", ["1.2.3.4"], "1.2.3.4"),
        ("10.0.0.1", ["6.6.6.6, 1.2.3.4"], "1.2.3.4"),  # the client wrote 6.6.6.6
        ("10.0.0.1", ["6.6.6.6", "1.2.3.4, 10.0.0.3"], "1.2.3.4"),  # two proxies, two lines
        ("10.0.0.1", [], "10.0.0.1"),
        ("10.0.0.1", ["10.0.0.4, 10.0.0.3"], "10.0.0.4"),
        ("10.0.0.1", ["x" * 500], "x" * 64),
    ],
)
def test_the_client_is_the_right_most_untrusted_hop(
    peer: str, header: list[str], client: str
) -> None:
    proxies = TrustedProxies(["10.0.0.1", "10.0.0.3/32", "10.0.0.4"])
    assert proxies.client(peer, header) == client
    assert TrustedProxies().client("127.0.0.1", ["1.2.3.4"]) == "127.0.0.1"


def test_a_trusted_proxy_that_is_not_an_address_stops_the_start(tmp_path: Path) -> None:
    from .test_cli import feed_cli

    r = feed_cli("--db", f"sqlite:///{tmp_path / 'f.sqlite3'}", "serve", "--trusted-proxy", "lb")
    assert r.returncode == 1 and "'lb' is not an IP address" in r.stderr
