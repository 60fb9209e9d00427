"""The cache's errors, and a transaction wrapper that sorts SQLite failures.

Like qutebrowser's ``sql`` module, failures are split in two: problems of the
machine that a person can fix (the disk is full, another program holds the
file, the file is read-only) become ``CacheUnavailableError`` with words to
show; anything else is a bug in wheelshare and becomes ``CacheBugError``.
Each carries a ``problem`` (code and parameters) for the interface to put in
the person's language; ``str()`` is English, for logs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc

from wheelshare.domain.errors import ValidationError, WheelshareError
from wheelshare.domain.problems import Problem, ProblemCode


class CacheError(WheelshareError):
    """Root of the cache's errors."""


class NotACacheError(CacheError):
    """The file exists but is not a wheelshare cache."""

    def __init__(self, path: Path, why: str) -> None:
        self.path = path
        super().__init__(
            f"{path} is not a wheelshare cache ({why}); "
            "choose another data folder or move the file away",
            problem=Problem(ProblemCode.NOT_A_CACHE, {"path": str(path)}),
        )


class CacheTooNewError(CacheError):
    """The cache was written by a newer wheelshare than this one."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"the cache {path} was written by a newer version of wheelshare "
            f"(schema {revision}); update wheelshare or choose another data folder",
            problem=Problem(ProblemCode.CACHE_TOO_NEW, {"path": str(path)}),
        )


class CacheUnavailableError(CacheError):
    """The machine stops the cache from working; a person can fix it.

    ``reason`` is one of ``disk_full``, ``locked``, ``read_only``, ``io``,
    ``corrupt``.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message, problem=Problem(_PROBLEMS.get(reason, ProblemCode.CACHE_IO)))


_PROBLEMS = {
    "disk_full": ProblemCode.DISK_FULL,
    "locked": ProblemCode.CACHE_LOCKED,
    "read_only": ProblemCode.CACHE_READ_ONLY,
    "io": ProblemCode.CACHE_IO,
    "corrupt": ProblemCode.CACHE_CORRUPT,
}


class CacheBugError(CacheError):
    """SQLite refused something wheelshare asked for: a bug, not the user's problem."""

    def __init__(self, message: str) -> None:
        super().__init__(message, problem=Problem(ProblemCode.CACHE_BUG))


class InvalidRecordError(ValidationError):
    """A record of a kind could not be stored because it does not validate.

    ``field``/``errors`` are those of the record's own ValidationError;
    ``kind`` and ``record_id`` say which record it was.
    """

    def __init__(self, kind: str, record_id: str, error: ValidationError) -> None:
        super().__init__(error.field, f"{kind} {record_id!r}: {error.message}", error.code)
        self.errors = dict(error.errors)
        self.kind = kind
        self.record_id = record_id


# Primary result codes (the low byte of an extended code), from sqlite3.h.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_KNOWN: dict[int, tuple[str, str]] = {
    _SQLITE_FULL: ("disk_full", "the disk holding the cache is full; free some space"),
    _SQLITE_BUSY: (
        "locked",
        "another program is using the cache; close other copies of wheelshare and retry",
    ),
    _SQLITE_LOCKED: (
        "locked",
        "another program is using the cache; close other copies of wheelshare and retry",
    ),
    _SQLITE_READONLY: (
        "read_only",
        "the cache file cannot be written; check the data folder's permissions",
    ),
    _SQLITE_PERM: (
        "read_only",
        "the cache file cannot be written; check the data folder's permissions",
    ),
    _SQLITE_CANTOPEN: ("io", "the cache file cannot be opened; check the data folder"),
    _SQLITE_IOERR: ("io", "the disk reported an error while using the cache"),
    _SQLITE_NOMEM: ("io", "the computer ran out of memory while using the cache"),
    _SQLITE_CORRUPT: (
        "corrupt",
        "the cache file is damaged; delete it and wheelshare will sync it again",
    ),
    _SQLITE_NOTADB: (
        "corrupt",
        "the cache file is damaged; delete it and wheelshare will sync it again",
    ),
}


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    if isinstance(error, sqlite3.Error):
        return error
    if isinstance(error, sa_exc.DBAPIError) and isinstance(error.orig, sqlite3.Error):
        return error.orig
    return None


def translate(error: BaseException) -> CacheError | None:
    """The CacheError for a database failure, or ``None`` for any other exception."""
    if isinstance(error, CacheError):
        return error
    raw = _sqlite_error(error)
    if raw is None:
        return None
    code = getattr(raw, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _KNOWN:
        reason, message = _KNOWN[code & 0xFF]
        return CacheUnavailableError(reason, f"{message} ({raw})")
    text = str(raw).lower()
    # Some drivers leave out the code; fall back on SQLite's fixed messages.
    for needle, key in (
        ("database or disk is full", _SQLITE_FULL),
        ("database is locked", _SQLITE_BUSY),
        ("readonly database", _SQLITE_READONLY),
        ("disk i/o error", _SQLITE_IOERR),
        ("file is not a database", _SQLITE_NOTADB),
    ):
        if needle in text:
            reason, message = _KNOWN[key]
            return CacheUnavailableError(reason, f"{message} ({raw})")
    return CacheBugError(f"the cache refused an operation: {raw}")
