"""Where sign-in tokens live: the OS keyring, or memory when there is none.

Tokens are keyed by feed URL and email, so one person can be signed in to
several feeds. A missing or locked keyring is not a crash: the token is kept
in memory for this run and the caller gets a KeyringUnavailableError *value*
to show once ("you will have to sign in again next time").
"""

from __future__ import annotations

import contextlib
from typing import ClassVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from wheelshare.sync.errors import KeyringUnavailableError

SERVICE = "wheelshare"
# Keyring backends are third-party code talking to D-Bus, KWallet or macOS:
# besides keyring's own errors they can raise whatever their transport raises
# (a missing session bus, a dismissed unlock prompt). Any of it means "no
# keyring right now", never a crash of the app.
_KEYRING_FAILURES = (keyring.errors.KeyringError, OSError, RuntimeError, ValueError)


def service_name(feed_url: str) -> str:
    return f"{SERVICE}:{feed_url.rstrip('/')}"


class TokenStore:
    """Keyring-backed token storage with an in-memory fallback.

    ``backend`` defaults to whatever ``keyring`` picked for this system (tests
    select an in-memory backend with PYTHON_KEYRING_BACKEND).
    """

    # Tokens of this run of the program, shared by every store: without a keyring
    # the app's sign-in and its later syncs (each with a store of its own) must
    # still find the token until the app closes, as the warning promises.
    _memory: ClassVar[dict[tuple[str, str], str]] = {}

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def save(self, feed_url: str, email: str, token: str) -> KeyringUnavailableError | None:
        """Store the token; returns (not raises) the reason when it is only kept in memory."""
        key = (service_name(feed_url), email)
        self._memory[key] = token
        try:
            self._keyring().set_password(key[0], key[1], token)
        except _KEYRING_FAILURES as e:
            return KeyringUnavailableError(_reason(e))
        return None

    def load(self, feed_url: str, email: str) -> str | None:
        key = (service_name(feed_url), email)
        if key in self._memory:
            return self._memory[key]
        try:
            token = self._keyring().get_password(key[0], key[1])
        except _KEYRING_FAILURES:
            return None
        if token:
            self._memory[key] = token
        return token or None

    def delete(self, feed_url: str, email: str) -> None:
        key = (service_name(feed_url), email)
        self._memory.pop(key, None)
        # Nothing stored there (PasswordDeleteError) or no keyring at all:
        # either way the token is gone from every place we put it.
        with contextlib.suppress(*_KEYRING_FAILURES):
            self._keyring().delete_password(key[0], key[1])

    def available(self) -> KeyringUnavailableError | None:
        """None when a real keyring is usable; else the reason, to show in settings."""
        try:
            self._keyring().get_password(service_name("probe"), "probe")
        except _KEYRING_FAILURES as e:
            return KeyringUnavailableError(_reason(e))
        return None


def _reason(e: Exception) -> str:
    if isinstance(e, keyring.errors.NoKeyringError):
        return "no keyring backend is installed"
    if isinstance(e, keyring.errors.KeyringLocked):
        return "the keyring is locked"
    return type(e).__name__
