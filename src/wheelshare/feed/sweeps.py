"""The sweeps run before an answer that depends on them, checked in one query.

Bookings expire and complete, companion posts close and double-blind reviews
show when their time comes; each module's sweep does that, and the answers
that must reflect it run the sweeps first (``FeedContext.sweep_if_due``).
Almost always nothing is due, so what a request pays is the check: every
kind's "is anything due?" asked in one statement, in one read transaction,
instead of one transaction per module and one statement per kind. Only a
module with something due takes the write lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, select
from sqlalchemy.orm import Session

from wheelshare.feed import bookings, companions, renter_reviews
from wheelshare.feed.db import Database, utcnow

Checks = Callable[[ColumnElement[Any]], list[Select[Any]]]
Sweep = Callable[[Session, datetime], int]

SWEEPS: tuple[tuple[Checks, Sweep], ...] = (
    (bookings.due_checks, bookings.sweep),
    (companions.due_checks, companions.sweep),
    (renter_reviews.due_checks, renter_reviews.sweep),
)


# Built once (the time is a parameter): this runs before most writes.
_NOW: BindParameter[Any] = bindparam("now")
_SIZES = [len(checks(_NOW)) for checks, _ in SWEEPS]
_ANY_DUE = select(*(q.exists() for checks, _ in SWEEPS for q in checks(_NOW)))


def sweep_if_due(db: Database) -> int:
    """Runs the sweeps that have something due; one read when none has."""
    now = utcnow()
    with db.read() as session:
        found = session.execute(_ANY_DUE, {"now": now}).one()
    done = 0
    first = 0
    for (_, sweep), size in zip(SWEEPS, _SIZES, strict=True):
        if any(found[first : first + size]):
            with db.write() as session:
                done += sweep(session, now)
        first += size
    return done
