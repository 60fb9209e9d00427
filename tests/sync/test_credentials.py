"""Tokens go to the keyring; without one, a clear message and a session-only sign-in."""

from __future__ import annotations

import keyring.backends.fail
import pytest

from wheelshare.sync.credentials import TokenStore, service_name
from wheelshare.sync.errors import KeyringUnavailableError
from wheelshare.sync.testing_keyring import MemoryKeyring

FEED = "https://feed.example.org/"


def test_a_token_is_kept_per_feed_and_email() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    assert store.save(FEED, "ana@example.org", "t1") is None
    assert store.save("https://other.example.org", "ana@example.org", "t2") is None
    # A second store (the next start of the app) reads it back from the keyring.
    again = TokenStore(backend)
    assert again.load(FEED, "ana@example.org") == "t1"
    assert again.load("https://other.example.org", "ana@example.org") == "t2"
    assert again.load(FEED, "bob@example.org") is None
    assert backend.get_password(service_name(FEED), "ana@example.org") == "t1"


def test_deleting_forgets_it_everywhere_and_twice_is_harmless() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    store.save(FEED, "ana@example.org", "t1")
    store.delete(FEED, "ana@example.org")
    store.delete(FEED, "ana@example.org")
    assert TokenStore(backend).load(FEED, "ana@example.org") is None
    assert store.load(FEED, "ana@example.org") is None


def test_without_a_keyring_the_token_lives_in_memory_and_the_reason_is_clear() -> None:
    store = TokenStore(keyring.backends.fail.Keyring())
    problem = store.save(FEED, "ana@example.org", "t1")
    assert isinstance(problem, KeyringUnavailableError)
    assert "no keyring backend is installed" in str(problem)
    assert "until the app closes" in str(problem)
    assert store.load(FEED, "ana@example.org") == "t1"
    assert isinstance(store.available(), KeyringUnavailableError)
    store.delete(FEED, "ana@example.org")
    assert store.load(FEED, "ana@example.org") is None


def test_the_test_environment_uses_the_memory_keyring() -> None:
    assert TokenStore().available() is None


@pytest.fixture(autouse=True)
def _empty_memory_keyring() -> None:
    MemoryKeyring._store.clear()
    TokenStore._memory.clear()


class _BrokenBus(MemoryKeyring):
    """A keyring whose transport fails, as Secret Service does without a session bus."""

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError("could not connect to the session bus")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError("could not connect to the session bus")


def test_a_keyring_whose_transport_fails_is_unavailable_not_a_crash() -> None:
    store = TokenStore(_BrokenBus())
    problem = store.save(FEED, "ana@example.org", "t1")
    assert isinstance(problem, KeyringUnavailableError)
    assert "OSError" in str(problem)
    assert store.load(FEED, "ana@example.org") == "t1"  # kept for this run
    # ...by every part of the app: its sign-in and its syncs use stores of their own.
    assert TokenStore(_BrokenBus()).load(FEED, "ana@example.org") == "t1"
    assert TokenStore(_BrokenBus()).load(FEED, "bo@example.org") is None
    TokenStore(_BrokenBus()).delete(FEED, "ana@example.org")
    assert store.load(FEED, "ana@example.org") is None
