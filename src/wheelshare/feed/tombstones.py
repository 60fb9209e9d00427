"""Expiring deletions' tombstones from the change feeds (see changelog.py)."""

from __future__ import annotations

from datetime import timedelta

from wheelshare.feed import changelog
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.models import ChangeRow


def prune_tombstones(db: Database, ttl: timedelta) -> int:
    """Removes tombstones older than ``ttl``; a cheap read when there are none."""
    cutoff = utcnow() - ttl
    with db.read() as s:
        due = (
            s.query(ChangeRow.seq)
            .filter(ChangeRow.op == "delete", ChangeRow.created_at < cutoff)
            .first()
        )
    if due is None:
        return 0
    with db.write() as s:
        return changelog.prune_tombstones(s, cutoff)
