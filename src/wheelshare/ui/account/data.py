"""Account work for the settings screen: plain calls meant to run on the worker.

Each call opens its own feed client (a client is not shared between threads)
and leaves what it learnt where the rest of the app finds it: the token in
the keyring, who is signed in in ``accounts.json`` of the data dir.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wheelshare.sync.account import Accounts, SignInResult, SignOutResult, User
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.errors import AuthNeededError

# A password is checked once: a retried refusal would only count twice against
# the sign-in limit, and a deletion retried after a lost answer would be told
# that its (already erased) account does not exist.
_ONCE = RetryPolicy(attempts=1)


@dataclass(frozen=True)
class FeedCheck:
    url: str
    ok: bool
    message: str


class AccountService:
    """Register, sign in and out, the account's rights, and check a feed address.

    ``accounts_dir`` says where the sign-in of the feed in use is remembered
    (the built-in demo feed keeps its own, apart from a real feed's).
    """

    def __init__(self, accounts_dir: Callable[[], Path], allow_insecure: bool = False) -> None:
        self.accounts_dir = accounts_dir
        # --insecure-feed: plain http to a feed on another machine (the client warns).
        self.allow_insecure = allow_insecure

    def _accounts(self, feed_url: str, retry: RetryPolicy | None = None) -> Accounts:
        client = FeedClient(
            feed_url,
            connect_timeout=5.0,
            read_timeout=15.0,
            retry=retry,
            allow_insecure=self.allow_insecure,
        )
        return Accounts(client, self.accounts_dir())

    def _signed_in(self, feed_url: str, retry: RetryPolicy | None = None) -> Accounts:
        accounts = self._accounts(feed_url, retry)
        if accounts.restore() is None:
            accounts.client.close()
            raise AuthNeededError()
        return accounts

    def current_user(self, feed_url: str) -> User | None:
        if not feed_url:
            return None
        return self._accounts(feed_url).current_user()

    def register(self, feed_url: str, email: str, password: str, name: str) -> SignInResult:
        """Creates the account, then signs in with it."""
        accounts = self._accounts(feed_url)
        try:
            accounts.register(email, password, name)
            return accounts.sign_in(email, password)
        finally:
            accounts.client.close()

    def sign_in(self, feed_url: str, email: str, password: str) -> SignInResult:
        accounts = self._accounts(feed_url)
        try:
            return accounts.sign_in(email, password)
        finally:
            accounts.client.close()

    def sign_out(self, feed_url: str) -> SignOutResult:
        accounts = self._accounts(feed_url)
        try:
            accounts.restore()
            return accounts.sign_out()
        finally:
            accounts.client.close()

    def change_password(self, feed_url: str, old: str, new: str) -> None:
        accounts = self._signed_in(feed_url, _ONCE)
        try:
            accounts.change_password(old, new)
        finally:
            accounts.client.close()

    def rename(self, feed_url: str, name: str) -> User:
        accounts = self._signed_in(feed_url, _ONCE)
        try:
            return accounts.rename(name)
        finally:
            accounts.client.close()

    def phone(self, feed_url: str) -> str:
        accounts = self._signed_in(feed_url, _ONCE)
        try:
            return accounts.phone()
        finally:
            accounts.client.close()

    def set_phone(self, feed_url: str, phone: str) -> str:
        accounts = self._signed_in(feed_url, _ONCE)
        try:
            return accounts.set_phone(phone)
        finally:
            accounts.client.close()

    def export_to(self, feed_url: str, path: Path) -> Path:
        """Writes the person's data, as the feed gives it, to ``path`` (readable by
        its owner only: it holds addresses and bookings)."""
        accounts = self._signed_in(feed_url)
        try:
            data = accounts.export_data()
        finally:
            accounts.client.close()
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".wheelshare-export-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def delete_account(self, feed_url: str, password: str) -> None:
        """Erases the account on the feed and the sign-in here."""
        accounts = self._signed_in(feed_url, _ONCE)
        try:
            accounts.delete_account(password)
        finally:
            accounts.client.close()

    def check_feed(self, url: str) -> FeedCheck:
        """Asks the feed for one page of changes: proves it speaks the protocol."""
        # One attempt: the person is waiting for a yes or no, not for retries.
        with FeedClient(
            url,
            connect_timeout=5.0,
            read_timeout=10.0,
            retry=RetryPolicy(attempts=1),
            allow_insecure=self.allow_insecure,
        ) as client:
            client.changes("public", None, limit=1)
        return FeedCheck(url, True, "")
