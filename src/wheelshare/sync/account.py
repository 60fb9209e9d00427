"""Accounts on a feed: register, sign in, sign out, who is signed in, and the
person's rights over their account (change the password, export, delete).

The token goes to the OS keyring (see ``credentials``); which email is signed
in to which feed is not secret and lives in ``accounts.json`` in the data dir,
so the next start (or ``wheelshare sync``) can find the token again.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wheelshare.domain.errors import ValidationError
from wheelshare.private_files import make_private_dir
from wheelshare.sync.client import FeedClient
from wheelshare.sync.credentials import TokenStore
from wheelshare.sync.errors import (
    BadResponseError,
    KeyringUnavailableError,
    SyncError,
)

ACCOUNTS_FILE = "accounts.json"
# The feed's shortest password (docs/feed-protocol.md, "Accounts").
MIN_PASSWORD = 10


@dataclass(frozen=True, slots=True)
class User:
    id: str
    email: str
    display_name: str


@dataclass(frozen=True, slots=True)
class SignInResult:
    user: User
    # Set when the token could not be stored in a keyring: signed in for this run only.
    keyring_problem: KeyringUnavailableError | None = None

    @property
    def remembered(self) -> bool:
        return self.keyring_problem is None


@dataclass(frozen=True, slots=True)
class SignOutResult:
    # False when the feed could not be told (offline); the local token is gone anyway.
    revoked_on_feed: bool
    problem: SyncError | None = None


def validate_credentials(email: str, password: str, display_name: str | None = None) -> None:
    """Checks before anything is sent, so the form can show errors beside its fields."""
    errors: dict[str, str] = {}
    email = email.strip()
    local, _, domain = email.partition("@")
    if not local or "." not in domain or " " in email or len(email) > 254:
        errors["email"] = "enter an email address such as name@example.org"
    if not password:
        errors["password"] = "enter your password"
    if display_name is not None:
        name_error = _display_name_error(display_name)
        if name_error:
            errors["display_name"] = name_error
    if errors:
        raise ValidationError.many(errors)


def _display_name_error(display_name: str) -> str:
    if not display_name.strip():
        return "enter the name other people will see"
    if len(display_name) > 80:
        return "the name is longer than 80 characters"
    return ""


def validate_display_name(display_name: str) -> None:
    """Checks a new name before it is sent; the feed checks the rest."""
    error = _display_name_error(display_name)
    if error:
        raise ValidationError.many({"display_name": error})


# The feed keeps a phone number of at most this many characters, on one line.
MAX_PHONE = 40


def validate_phone(phone: str) -> None:
    """Checks a phone number before it is sent (empty: remove it)."""
    phone = phone.strip()
    if len(phone) > MAX_PHONE or any(unicodedata.category(c).startswith("C") for c in phone):
        raise ValidationError(
            "phone", f"one line of at most {MAX_PHONE} characters", code="phone_invalid"
        )


def validate_password_change(old: str, new: str) -> None:
    """Checks before anything is sent; the feed judges how easy the new one is to guess."""
    errors: dict[str, str] = {}
    if not old:
        errors["old_password"] = "enter your current password"
    if len(new) < MIN_PASSWORD:
        errors["new_password"] = f"use at least {MIN_PASSWORD} characters"
    if errors:
        raise ValidationError.many(errors)


def user_from_wire(data: object, feed_url: str) -> User:
    if not isinstance(data, dict):
        raise BadResponseError(feed_url, "the answer carries no user")
    user_id, email = data.get("id"), data.get("email")
    if not isinstance(user_id, str) or not user_id:
        raise BadResponseError(feed_url, "the user has no id")
    name = data.get("display_name")
    return User(
        user_id,
        email if isinstance(email, str) else "",
        name if isinstance(name, str) else "",
    )


def _phone_of(data: object, feed_url: str) -> str:
    user = data.get("user") if isinstance(data, dict) else None
    if not isinstance(user, dict):
        raise BadResponseError(feed_url, "the answer carries no user")
    phone = user.get("phone")
    return phone if isinstance(phone, str) else ""


class Accounts:
    """The account of one data dir on one feed; sets the client's token."""

    def __init__(self, client: FeedClient, data_dir: Path, store: TokenStore | None = None):
        self.client = client
        self.data_dir = Path(data_dir)
        self.store = store or TokenStore()
        self._user: User | None = None

    @property
    def feed_url(self) -> str:
        return self.client.base_url

    # -- what is remembered -------------------------------------------------

    def _read_file(self) -> dict[str, Any]:
        path = self.data_dir / ACCOUNTS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            # A damaged file only costs a new sign-in; never a crash.
            return {}
        return data if isinstance(data, dict) else {}

    def _write_file(self, data: dict[str, Any]) -> None:
        make_private_dir(self.data_dir)
        fd, tmp = tempfile.mkstemp(prefix=".accounts-", dir=self.data_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.data_dir / ACCOUNTS_FILE)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _remember(self, user: User | None) -> None:
        data = self._read_file()
        if user is None:
            data.pop(self.feed_url, None)
        else:
            data[self.feed_url] = {
                "id": user.id,
                "email": user.email,
                "display_name": user.display_name,
            }
        self._write_file(data)

    # -- the actions --------------------------------------------------------

    def register(self, email: str, password: str, display_name: str) -> User:
        """Creates the account (does not sign in)."""
        validate_credentials(email, password, display_name)
        resp = self.client.request(
            "POST",
            "/v1/auth/register",
            json_body={
                "email": email.strip(),
                "password": password,
                "display_name": display_name.strip(),
            },
        )
        data = resp.data.get("user", resp.data) if isinstance(resp.data, dict) else None
        return user_from_wire(data, self.feed_url)

    def sign_in(self, email: str, password: str) -> SignInResult:
        validate_credentials(email, password)
        email = email.strip()
        resp = self.client.request(
            "POST", "/v1/auth/token", json_body={"email": email, "password": password}
        )
        body = resp.data if isinstance(resp.data, dict) else {}
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise BadResponseError(self.feed_url, "the sign-in answer carries no token")
        user = user_from_wire(body.get("user"), self.feed_url)
        if not user.email:
            user = User(user.id, email, user.display_name)
        problem = self.store.save(self.feed_url, user.email, token)
        self.client.token = token
        self._user = user
        self._remember(user)
        return SignInResult(user, problem)

    def sign_out(self) -> SignOutResult:
        """Revokes the token on the feed (when reachable) and forgets it here."""
        revoked, problem = False, None
        if self.client.token:
            try:
                self.client.request("POST", "/v1/auth/logout", auth=True)
                revoked = True
            except SyncError as e:
                problem = e
        self._forget_here()
        return SignOutResult(revoked, problem)

    def _forget_here(self) -> None:
        user = self.current_user()
        if user is not None:
            self.store.delete(self.feed_url, user.email)
        self.client.token = None
        self._user = None
        self._remember(None)

    # -- the person's rights over the account -------------------------------

    def change_password(self, old: str, new: str) -> None:
        """Sets a new password. The feed ends every other sign-in of the account;
        this one (the stored token) keeps working."""
        validate_password_change(old, new)
        self.client.request(
            "POST",
            "/v1/me/password",
            json_body={"old_password": old, "new_password": new},
            auth=True,
        )

    def rename(self, display_name: str) -> User:
        """A new display name; the feed shows it from now on wherever the person's
        name was (listings, bookings, reviews)."""
        validate_display_name(display_name)
        resp = self.client.request(
            "PATCH", "/v1/me", json_body={"display_name": display_name.strip()}, auth=True
        )
        data = resp.data.get("user") if isinstance(resp.data, dict) else None
        renamed = user_from_wire(data, self.feed_url)
        current = self.current_user()
        user = User(
            renamed.id, renamed.email or (current.email if current else ""), renamed.display_name
        )
        self._user = user
        self._remember(user)
        return user

    def phone(self) -> str:
        """The phone number the renters of the person's confirmed bookings see
        ("" when none)."""
        resp = self.client.request("GET", "/v1/me", auth=True)
        return _phone_of(resp.data, self.feed_url)

    def set_phone(self, phone: str) -> str:
        """A new phone number, or none when ``phone`` is blank; returns the feed's."""
        validate_phone(phone)
        resp = self.client.request(
            "PATCH", "/v1/me", json_body={"phone": phone.strip() or None}, auth=True
        )
        return _phone_of(resp.data, self.feed_url)

    def export_data(self) -> dict[str, Any]:
        """Everything the feed holds about the signed-in person, as one JSON document."""
        resp = self.client.request("GET", "/v1/me/export", auth=True)
        if not isinstance(resp.data, dict):
            raise BadResponseError(self.feed_url, "the export is not a JSON object")
        return resp.data

    def delete_account(self, password: str) -> None:
        """Erases the account on the feed, then the sign-in here. The cache's
        private records are the caller's to drop (the app's session does it)."""
        if not password:
            raise ValidationError.many({"password": "enter your password"})
        self.client.request("DELETE", "/v1/me", json_body={"password": password}, auth=True)
        self._forget_here()

    def current_user(self) -> User | None:
        """Who is signed in to this feed from this data dir (None when nobody)."""
        if self._user is not None:
            return self._user
        entry = self._read_file().get(self.feed_url)
        if not isinstance(entry, dict):
            return None
        try:
            return user_from_wire(entry, self.feed_url)
        except BadResponseError:
            return None

    def restore(self) -> User | None:
        """Puts the remembered token back on the client; None when there is none."""
        user = self.current_user()
        if user is None:
            return None
        token = self.store.load(self.feed_url, user.email)
        if token is None:
            return None
        self.client.token = token
        self._user = user
        return user
