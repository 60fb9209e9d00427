"""The feed's side of the double-blind rule (domain/double_blind.py).

A review between two people is stored with ``published`` (shown to the other
person) and ``visible_at`` (when it shows even if the other never writes).
Whether it shows is decided when it is written: at once when the other's review
is already in, or when the blind period is over. The rest are released by the
sweep that runs before every answer of the person's own feed and every
booking write (``FeedContext.sweep_if_due``) as well as on the background
interval: a release is due from ``visible_at`` on and is sent by whichever
runs first, so it never hangs on a job running at a precise moment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from wheelshare.feed.db import Database, utcnow

R = TypeVar("R")

# Rows released per sweep; the rest wait for the next one.
BATCH = 500


def _columns(model: type[Any]) -> tuple[InstrumentedAttribute[Any], InstrumentedAttribute[Any]]:
    return model.published, model.visible_at


def due_query(model: type[Any], now: datetime) -> Any:
    published, visible_at = _columns(model)
    return select(model).where(published.is_(False), visible_at <= now)


def due_check(model: type[Any], now: datetime | ColumnElement[Any]) -> Select[Any]:
    """The rows of ``model`` a sweep would release now (sweeps.py asks whether any exists)."""
    published, visible_at = _columns(model)
    return select(model.id).where(published.is_(False), visible_at <= now)


def anything_due(session: Session, model: type[Any], now: datetime) -> bool:
    return session.scalar(due_check(model, now).limit(1)) is not None


def take_due(session: Session, model: type[R], now: datetime) -> Sequence[R]:
    """Withheld rows whose blind period is over, locked (rows another sweep holds
    are skipped), at most ``BATCH``."""
    return session.scalars(
        due_query(model, now).limit(BATCH).with_for_update(skip_locked=True)
    ).all()


def sweep_when_due(
    db: Database,
    due: Callable[[Session, datetime], bool],
    sweep: Callable[[Session, datetime], int],
) -> int:
    """Runs ``sweep`` in a write transaction only when a cheap read finds
    something ``due``: most calls find nothing and take no write lock."""
    now = utcnow()
    with db.read() as session:
        if not due(session, now):
            return 0
    with db.write() as session:
        return sweep(session, now)
