"""An in-memory keyring backend, so tests never touch a person's real keyring.

Selected with ``PYTHON_KEYRING_BACKEND=wheelshare.sync.testing_keyring.MemoryKeyring``.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    _store: dict[tuple[str, str], str] = {}  # noqa: RUF012 - shared on purpose within a process

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            del self._store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no stored password for {username}") from None
