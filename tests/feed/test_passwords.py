"""Passwords an attacker would try first are refused, and no password is long
enough to make the server hash for long."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from wheelshare.feed import accounts
from wheelshare.feed.settings import KdfCost
from wheelshare.feed.testing import LiveFeed

from .helpers import error_of

STRONG = "tandem ferry oolong"


def _register(feed: LiveFeed, password: str, email: str = "", name: str = "Ana Lopez") -> object:
    email = email or f"ana-{uuid.uuid4().hex[:8]}@example.org"
    return feed.http.post(
        f"{feed.url}/v1/auth/register",
        json={"email": email, "password": password, "display_name": name},
    )


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The length of every password the server hashed or checked."""
    seen: list[int] = []
    real = accounts.hasher

    class Counting(PasswordHasher):
        def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
            seen.append(len(password))
            return super().hash(password, salt=salt)

        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            seen.append(len(password))
            return super().verify(hash, password)

    def counting(cost: KdfCost) -> PasswordHasher:
        base = real(cost)
        return Counting(base.time_cost, base.memory_cost, base.parallelism)

    monkeypatch.setattr(accounts, "hasher", counting)
    yield seen


@pytest.mark.parametrize(
    "password",
    [
        "aaaaaaaaaa",
        " " * 10,
        "password123",
        "Password1234",
        "qwertyuiop",
        "iloveyou123",
        "1234567890",
        "{email}",
        "{email}1",
        "Ana Lopez 1990",
    ],
)
def test_common_and_personal_passwords_are_refused(feed: LiveFeed, password: str) -> None:
    email = f"ana.lopez-{uuid.uuid4().hex[:6]}@example.org"
    r = _register(feed, password.format(email=email), email=email)
    assert r.status_code == 422, r.text
    err = error_of(r)
    assert err["code"] == "weak_password"
    assert "too easy to guess" in err["fields"]["password"]


def test_a_short_password_says_how_long_and_other_fields_are_named_too(feed: LiveFeed) -> None:
    r = _register(feed, "Zq8#")
    assert r.status_code == 422 and error_of(r)["code"] == "password_too_short"
    r = _register(feed, "aaaaaaaaaa", email="not an email")
    err = error_of(r)
    assert r.status_code == 422 and err["code"] == "invalid"
    assert set(err["fields"]) == {"email", "password"}


def test_a_strong_password_of_the_longest_length_registers_and_signs_in(feed: LiveFeed) -> None:
    password = (STRONG + " ") * 51 + "x" * 4
    assert len(password) == 1024
    email = f"long-{uuid.uuid4().hex[:8]}@example.org"
    assert _register(feed, password, email=email).status_code == 201
    assert feed.sign_in(email, password)


@pytest.mark.parametrize("route", ["register", "token"])
def test_a_huge_password_is_refused_before_any_hashing(
    feed: LiveFeed, hashes: list[int], route: str
) -> None:
    huge = STRONG * 10_000  # 190 000 characters, inside the body limit
    body = {"email": "huge@example.org", "password": huge, "display_name": "H"}
    started = time.monotonic()
    r = feed.http.post(f"{feed.url}/v1/auth/{route}", json=body)
    assert r.status_code == 422, r.text
    assert "password" in error_of(r)["fields"]
    assert time.monotonic() - started < 5
    assert hashes == []
    body["password"] = huge[:1025]
    r = feed.http.post(f"{feed.url}/v1/auth/{route}", json=body)
    assert r.status_code == 422 and "password" in error_of(r)["fields"]
    assert hashes == []
