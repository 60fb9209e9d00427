"""Attempt limits (sign-in, registration) that hold when many requests arrive at once.

An attempt is *reserved* before the expensive part (the password hash) runs: one
write transaction counts the attempts under each key within its window and, when
all are below their limit, records this one. Counting and recording cannot
interleave with another request's: SQLite's write transactions start with
``BEGIN IMMEDIATE`` and so run one at a time; on PostgreSQL each key is first
locked with a transaction-level advisory lock (taken in sorted order, so two
requests with overlapping keys cannot deadlock). So with a limit of 5, the sixth
of fifty simultaneous attempts is refused without its password being hashed.

A sign-in that succeeds gives its reservation back (:func:`release`): only
failures count against an account. Rows older than the longest window are
removed as new attempts arrive. The rows live in the database, not in memory, so
every server process behind a load balancer counts the same attempts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import RateLimited
from wheelshare.feed.models import SignInFailure
from wheelshare.feed.settings import RateLimit

# The first half of the two-integer advisory lock keys ("WSRL"); PostgreSQL keeps
# two-integer keys apart from the one-integer key the change log locks.
_LOCK_CLASS = 0x5753524C


@dataclass(frozen=True, slots=True)
class Limited:
    """One key to count an attempt under, its limit, and what the 429 says is
    too many (e.g. "failed sign-ins for this account"). A limit on one thing a
    person changes has a ``code`` of its own and the ``field`` it is about, so
    an app can say so beside that field rather than call the feed busy."""

    key: str
    limit: RateLimit
    what: str
    code: str | None = None
    field: str | None = None


def _lock_id(key: str) -> int:
    """A stable signed 32-bit number for ``key`` (collisions only over-serialise)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big", signed=True)


def _retry_after(session: Session, item: Limited, now: datetime) -> int | None:
    count, oldest = session.execute(
        select(func.count(), func.min(SignInFailure.at)).where(
            SignInFailure.key == item.key, SignInFailure.at > now - item.limit.window
        )
    ).one()
    if count < item.limit.attempts or oldest is None:
        return None
    return int((oldest + item.limit.window - now).total_seconds()) + 1


def reserve(
    session: Session, items: Sequence[Limited], *, keep: timedelta, postgres: bool
) -> list[int]:
    """Counts one attempt under every key, or raises 429 ``rate_limited`` and counts
    none. Call inside a write transaction; returns the rows, for :func:`release`.
    ``keep``: the longest window of any limit; older attempts are forgotten."""
    now = utcnow()
    if postgres:
        for key in sorted({item.key for item in items}):
            session.execute(
                text("SELECT pg_advisory_xact_lock(:cls, :key)"),
                {"cls": _LOCK_CLASS, "key": _lock_id(key)},
            )
    for item in items:
        wait = _retry_after(session, item, now)
        if wait is not None:
            message = f"too many {item.what}; try again in {wait} seconds"
            fields = {item.field: message} if item.field else None
            raise RateLimited(message, wait, code=item.code, fields=fields)
    session.execute(delete(SignInFailure).where(SignInFailure.at < now - keep))
    rows = [SignInFailure(key=item.key, at=now) for item in items]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def release(session: Session, row_ids: Sequence[int]) -> None:
    """Gives reserved attempts back (a sign-in that succeeded)."""
    if row_ids:
        session.execute(delete(SignInFailure).where(SignInFailure.id.in_(row_ids)))
