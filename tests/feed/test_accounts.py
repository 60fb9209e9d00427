"""Accounts: register, sign in, sign out, expiry, rate limits, what is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from wheelshare.feed.models import Token, User
from wheelshare.feed.settings import RateLimit
from wheelshare.feed.testing import LiveFeed

from .conftest import make_feed
from .helpers import error_of


def test_register_sign_in_me_and_sign_out(feed: LiveFeed) -> None:
    r = feed.http.post(
        f"{feed.url}/v1/auth/register",
        json={"email": "Ana@Example.org", "password": "a long passphrase", "display_name": "Ana"},
    )
    assert r.status_code == 201, r.text
    user = r.json()["user"]
    assert user["email"] == "ana@example.org" and user["display_name"] == "Ana"
    token = feed.sign_in("ana@example.org", "a long passphrase")
    headers = {"Authorization": f"Bearer {token}"}
    me = feed.http.get(f"{feed.url}/v1/me", headers=headers)
    assert me.status_code == 200 and me.json()["user"]["id"] == user["id"]
    assert feed.http.post(f"{feed.url}/v1/auth/logout", headers=headers).status_code == 204
    after = feed.http.get(f"{feed.url}/v1/me", headers=headers)
    assert after.status_code == 401 and error_of(after)["code"] == "bad_token"


def test_passwords_and_tokens_are_stored_hashed(feed: LiveFeed) -> None:
    account = feed.register(password="hunter2 but longer")
    with feed.db.read() as s:
        user = s.scalar(select(User).where(User.id == account.id))
        assert user is not None
        assert user.password_hash.startswith("$argon2id$")
        assert "hunter2" not in user.password_hash
        stored = s.scalars(select(Token.token_hash).where(Token.user_id == account.id)).all()
    assert stored and account.token not in stored


PW = "long enough pw"


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"email": "not-an-email", "password": PW, "display_name": "A"}, 422, "email"),
        ({"email": "b@example.org", "password": "short", "display_name": "B"}, 422, "password"),
        ({"email": "c@example.org", "password": PW, "display_name": " "}, 422, "display_name"),
        ({"email": "d@example.org", "password": 1234567890, "display_name": "D"}, 422, "password"),
        ({"email": "e@example.org", "password": PW}, 422, "display_name"),
    ],
)
def test_bad_registrations_name_the_field(
    feed: LiveFeed, body: dict[str, object], status: int, field: str
) -> None:
    r = feed.http.post(f"{feed.url}/v1/auth/register", json=body)
    assert r.status_code == status, r.text
    assert field in error_of(r)["fields"]


def test_an_email_registers_once(feed: LiveFeed) -> None:
    body = {"email": "twice@example.org", "password": "long enough pw", "display_name": "T"}
    assert feed.http.post(f"{feed.url}/v1/auth/register", json=body).status_code == 201
    r = feed.http.post(f"{feed.url}/v1/auth/register", json={**body, "email": "TWICE@example.org"})
    assert r.status_code == 409 and error_of(r)["code"] == "email_taken"


def test_wrong_password_and_unknown_account_look_the_same(feed: LiveFeed) -> None:
    account = feed.register()
    wrong = feed.http.post(
        f"{feed.url}/v1/auth/token", json={"email": account.email, "password": "wrong one!!"}
    )
    nobody = feed.http.post(
        f"{feed.url}/v1/auth/token", json={"email": "nobody@example.org", "password": "whatever1"}
    )
    assert wrong.status_code == nobody.status_code == 401
    assert error_of(wrong) == error_of(nobody)


def test_expired_tokens_are_refused(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with make_feed(
        backend, request, tmp_path_factory.mktemp("ttl"), token_ttl=timedelta(seconds=-1)
    ) as f:
        account = f.register()
        r = f.http.get(f"{f.url}/v1/me", headers=account.headers)
        assert r.status_code == 401 and error_of(r)["code"] == "token_expired"


def test_failed_sign_ins_are_rate_limited_per_account_and_per_address(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("limits"),
        sign_in_per_account=RateLimit(3, timedelta(minutes=10)),
        sign_in_per_address=RateLimit(6, timedelta(minutes=10)),
    ) as f:
        a, b = f.register(), f.register()

        def attempt(email: str, password: str) -> int:
            url = f"{f.url}/v1/auth/token"
            r = f.http.post(url, json={"email": email, "password": password})
            if r.status_code == 429:
                assert error_of(r)["code"] == "rate_limited"
                assert 0 < int(r.headers["Retry-After"]) <= 600
            return r.status_code

        assert [attempt(a.email, "wrong password") for _ in range(4)] == [401, 401, 401, 429]
        # Even the right password waits now: the account is locked for a while.
        assert attempt(a.email, a.password) == 429
        # Another account from the same address still works, until the address
        # itself has failed too often.
        assert attempt(b.email, b.password) == 200
        assert [attempt(b.email, "wrong password") for _ in range(3)] == [401, 401, 401]
        assert attempt(f"new-{b.email}", "anything at all") == 429
