"""Records a moderator hid: kept in their tables, gone from the public feed.

Hiding sends the public feed a deletion (the compaction in changelog.py then
removes every earlier version, so a reader from the start never sees it);
restoring sends the record again. Whatever publishes a record asks
:func:`is_hidden` first, so an author's later edit does not bring it back.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wheelshare.feed.db import utcnow
from wheelshare.feed.models import HiddenRecord


def is_hidden(session: Session, kind: str, record_id: str) -> bool:
    found = session.scalar(
        select(HiddenRecord.kind).where(
            HiddenRecord.kind == kind, HiddenRecord.record_id == record_id
        )
    )
    return found is not None


def hide(session: Session, kind: str, record_id: str) -> None:
    if not is_hidden(session, kind, record_id):
        session.add(HiddenRecord(kind=kind, record_id=record_id, hidden_at=utcnow()))
        session.flush()


def unhide(session: Session, kind: str, record_id: str) -> None:
    session.execute(
        delete(HiddenRecord).where(HiddenRecord.kind == kind, HiddenRecord.record_id == record_id)
    )
