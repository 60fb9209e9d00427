"""Accounts on a real feed: register, sign in (token in the keyring), sign out, restore."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import pytest
import requests

from wheelshare.domain import ValidationError
from wheelshare.domain.problems import ProblemCode
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.credentials import TokenStore, service_name
from wheelshare.sync.errors import AuthNeededError, KeyringUnavailableError, RejectedError
from wheelshare.sync.testing_keyring import MemoryKeyring

from .conftest import FAST_RETRY


def test_register_sign_in_restore_and_sign_out(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    user = accounts.register("ana@example.org", "long enough password", "Ana")
    assert user.display_name == "Ana" and user.id
    assert accounts.current_user() is None

    signed = accounts.sign_in("ana@example.org", "long enough password")
    assert signed.remembered and signed.user.id == user.id
    token = MemoryKeyring().get_password(service_name(feed.url), "ana@example.org")
    assert token and client.token == token

    # The next start of the app: a new client finds the sign-in again.
    with FeedClient(feed.url, retry=FAST_RETRY) as fresh:
        again = Accounts(fresh, data_dir)
        assert again.restore() == signed.user
        assert fresh.token == token
        me = fresh.request("GET", "/v1/me", auth=True)
        assert me.data["user"]["id"] == user.id

    out = accounts.sign_out()
    assert out.revoked_on_feed
    assert accounts.current_user() is None and client.token is None
    assert MemoryKeyring().get_password(service_name(feed.url), "ana@example.org") is None
    # The token is dead on the feed too, not only forgotten here.
    r = requests.get(f"{feed.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_a_wrong_password_is_refused_in_words(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    with pytest.raises(RejectedError) as e:
        Accounts(client, data_dir).sign_in("renter@demo.wheelshare.invalid", "wrong")
    assert e.value.status == 401
    assert isinstance(e.value, AuthNeededError)
    assert "sign in" in str(e.value)


def test_a_taken_email_comes_back_with_the_feeds_reason(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    accounts.register("bob@example.org", "long enough password", "Bob")
    with pytest.raises(RejectedError) as e:
        accounts.register("bob@example.org", "long enough password", "Bob again")
    assert e.value.status == 409
    assert e.value.code and e.value.message


def test_bad_credentials_are_refused_before_anything_is_sent(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    before = client.requests_made
    with pytest.raises(ValidationError) as e:
        Accounts(client, data_dir).register("not-an-email", "", " ")
    assert set(e.value.errors) == {"email", "password", "display_name"}
    assert client.requests_made == before


def test_without_a_keyring_signing_in_works_for_this_run_and_says_why(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    store = TokenStore(keyring.backends.fail.Keyring())
    accounts = Accounts(client, data_dir, store)
    signed = accounts.sign_in("renter@demo.wheelshare.invalid", "wheelshare-demo")
    assert not signed.remembered
    assert isinstance(signed.keyring_problem, KeyringUnavailableError)
    assert "until the app closes" in str(signed.keyring_problem)
    assert client.token
    assert accounts.restore() is not None  # from memory, this run
    # A later run (a new process: nothing in memory) has no token to find:
    # signed out, not crashed.
    TokenStore._memory.clear()
    with FeedClient(feed.url) as fresh:
        later = Accounts(fresh, data_dir, TokenStore(keyring.backends.fail.Keyring()))
        assert later.restore() is None
        assert fresh.token is None


def test_signing_out_offline_still_forgets_the_token(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    accounts.sign_in("renter@demo.wheelshare.invalid", "wheelshare-demo")
    server = feed._server
    assert server is not None
    server.stop()
    out = accounts.sign_out()
    assert not out.revoked_on_feed
    assert out.problem is not None and "Cannot reach the feed" in str(out.problem)
    assert accounts.current_user() is None


# -- the person's rights over the account ----------------------------------------

NEW_PASSWORD = "copper lantern drifts over seven quiet hills"


def test_a_password_change_keeps_this_sign_in_and_ends_the_others(
    feed: LiveFeed, client: FeedClient, data_dir: Path, tmp_path: Path
) -> None:
    accounts = Accounts(client, data_dir)
    accounts.register("cleo@example.org", "long enough password", "Cléo")
    accounts.sign_in("cleo@example.org", "long enough password")
    with FeedClient(feed.url, retry=FAST_RETRY) as other_client:
        other = Accounts(other_client, tmp_path / "laptop")
        other.sign_in("cleo@example.org", "long enough password")

        accounts.change_password("long enough password", NEW_PASSWORD)

        assert client.request("GET", "/v1/me", auth=True).data["user"]["email"]
        with pytest.raises(AuthNeededError):
            other_client.request("GET", "/v1/me", auth=True)
        with pytest.raises(AuthNeededError) as e:
            other.sign_in("cleo@example.org", "long enough password")
        assert e.value.code == "bad_credentials"
        assert other.sign_in("cleo@example.org", NEW_PASSWORD).user.email


def test_a_password_change_is_refused_with_the_feeds_code(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    accounts.sign_in("renter@demo.wheelshare.invalid", "wheelshare-demo")
    before = client.requests_made
    with pytest.raises(ValidationError) as invalid:
        accounts.change_password("", "short")
    assert set(invalid.value.errors) == {"old_password", "new_password"}
    assert client.requests_made == before

    with pytest.raises(RejectedError) as weak:
        accounts.change_password("wheelshare-demo", "password123456")
    assert weak.value.problem.code == ProblemCode.WEAK_PASSWORD
    assert "new_password" in weak.value.fields
    with pytest.raises(RejectedError) as wrong:
        accounts.change_password("not the password", NEW_PASSWORD)
    assert wrong.value.problem.code == ProblemCode.BAD_CREDENTIALS
    # Still signed in, with the old password.
    assert client.request("GET", "/v1/me", auth=True).status == 200


def test_the_export_holds_the_persons_bookings(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    user = accounts.sign_in("renter@demo.wheelshare.invalid", "wheelshare-demo").user
    export = accounts.export_data()
    assert export["user"]["id"] == user.id
    assert export["bookings"]
    assert all(user.id in (b.get("renter_id"), b.get("owner_id")) for b in export["bookings"])


def test_deleting_the_account_erases_it_there_and_the_sign_in_here(
    feed: LiveFeed, client: FeedClient, data_dir: Path
) -> None:
    accounts = Accounts(client, data_dir)
    accounts.register("dan@example.org", "long enough password", "Dan")
    accounts.sign_in("dan@example.org", "long enough password")
    token = client.token
    with pytest.raises(RejectedError) as wrong:
        accounts.delete_account("not the password")
    assert wrong.value.problem.code == ProblemCode.BAD_CREDENTIALS
    assert accounts.current_user() is not None

    accounts.delete_account("long enough password")

    assert accounts.current_user() is None and client.token is None
    assert MemoryKeyring().get_password(service_name(feed.url), "dan@example.org") is None
    r = requests.get(f"{feed.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    with pytest.raises(AuthNeededError) as gone:
        accounts.sign_in("dan@example.org", "long enough password")
    assert gone.value.code == "bad_credentials"
