"""The change log behind ``GET /v1/changes`` and ``GET /v1/me/changes``.

Every write transaction records what it changed; the entries are appended as the
last step before the commit, and ``seq`` orders them. A client's cursor is the
``seq`` of the last change it has seen, and a page is "the next changes after it".
The cursor also carries the database's *epoch* (a random id drawn when the
database is migrated, kept in ``feed_meta``), so a cursor handed out by another
database — the feed was reset, restored or replaced — is refused with
``invalid_cursor`` instead of being read as a position in the new log.

For that to return every change exactly once, a reader must never see change
``n+1`` while change ``n`` is still uncommitted — otherwise its cursor would move
past ``n`` and it would never be delivered. SQLite has one writer at a time, so
commit order and ``seq`` order are the same there. On PostgreSQL many
transactions write at once and a sequence hands out numbers in call order, not
commit order; so appends are serialised with a transaction-level advisory lock:
a transaction takes the lock, draws its numbers, inserts its entries and commits,
and only then (the lock is released with the commit) can the next one draw
numbers. Numbers therefore become visible in order, with no later one committed
before an earlier one. The lock is held only for the append and the commit,
after every other statement of the transaction, so it serialises the short tail
of writes, not the writes themselves; nothing that waits for a row lock runs
while it is held, so it cannot take part in a deadlock. (The alternative —
exposing only changes below the oldest in-flight transaction — needs
``pg_snapshot_xmin`` bookkeeping per row and still stalls readers behind slow
writers; the lock is simpler and, at this scale, cheap; see docs/scaling.md.)
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from wheelshare.domain import clock
from wheelshare.feed.columns import RawJson
from wheelshare.feed.errors import Invalid
from wheelshare.feed.models import ChangeRow, Meta

# "WSHF": the advisory lock key that serialises change-log appends on PostgreSQL.
APPEND_LOCK_KEY = 0x57534846
_PENDING = "wheelshare.pending_changes"
_CURSOR = re.compile(r"([0-9a-f]{16})\.([0-9]{1,18})")
# Cursors of feeds from before epochs: a bare sequence number.
_OLD_CURSOR = re.compile(r"c[0-9]{1,18}")
EPOCH_KEY = "feed_epoch"
# What a database that somehow has no epoch answers with (not migrated by this
# code): its cursors still work, they just cannot tell it from another such one.
NO_EPOCH = "0" * 16


def new_epoch() -> str:
    return secrets.token_hex(8)


def feed_epoch(session: Session) -> str:
    row = session.get(Meta, EPOCH_KEY)
    return NO_EPOCH if row is None else row.value


def set_new_epoch(session: Session) -> str:
    """Gives the database a new epoch: every client reads the feeds again from the
    start at its next sync. For a database restored from a backup, whose log may
    hand out again sequence numbers that clients have already seen."""
    epoch = new_epoch()
    row = session.get(Meta, EPOCH_KEY)
    if row is None:
        session.add(Meta(key=EPOCH_KEY, value=epoch))
    else:
        row.value = epoch
    return epoch


def encode_change(kind: str, record_id: str, op: str, data: dict[str, Any] | None) -> str:
    return json.dumps(
        {"kind": kind, "id": record_id, "op": op, "data": data},
        separators=(",", ":"),
        ensure_ascii=False,
    )


def encode_change_raw(kind: str, record_id: str, op: str, data: RawJson) -> str:
    """The same text as encode_change, around data that is JSON text already."""
    head = json.dumps(
        {"kind": kind, "id": record_id, "op": op}, separators=(",", ":"), ensure_ascii=False
    )
    return head[:-1] + ',"data":' + data + "}"


def record(
    session: Session,
    kind: str,
    record_id: str,
    op: str,
    data: dict[str, Any] | None,
    *,
    visible_to: Iterable[str | None] = (None,),
) -> None:
    """Queue one change for the commit: public (``None``) or private to user ids."""
    body = encode_change(kind, record_id, op, data)
    pending: list[dict[str, Any]] = session.info.setdefault(_PENDING, [])
    now = clock.now()
    for user in dict.fromkeys(visible_to):
        pending.append(
            {
                "visible_to": user,
                "kind": kind,
                "record_id": record_id,
                "op": op,
                "body": body,
                "created_at": now,
            }
        )


def append_pending(session: Session, *, postgres: bool) -> None:
    """Append the queued changes; call last in the transaction (Database.write does)."""
    pending: list[dict[str, Any]] = session.info.pop(_PENDING, [])
    session.flush()
    if not pending:
        return
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPEND_LOCK_KEY})
    session.execute(insert(ChangeRow), pending)


def encode_cursor(epoch: str, seq: int) -> str:
    return f"{epoch}.{seq}"


def decode_cursor(cursor: str | None, epoch: str) -> int:
    """The sequence number in a cursor this database handed out; 422
    ``invalid_cursor`` for any other (malformed, old-style, or another epoch's)."""
    if cursor is None or cursor == "":
        return 0
    m = _CURSOR.fullmatch(cursor)
    if m is None:
        if _OLD_CURSOR.fullmatch(cursor):
            message = "the cursor is from an older version of this feed"
        else:
            message = "the cursor is not one this feed handed out"
        raise Invalid(
            f"{message}; start again without 'since'",
            code="invalid_cursor",
            fields={"since": "unknown cursor"},
        )
    if m.group(1) != epoch:
        raise Invalid(
            "the cursor is from another copy of this feed's data (it was reset or"
            " replaced); start again without 'since'",
            code="invalid_cursor",
            fields={"since": "unknown cursor"},
        )
    return int(m.group(2))


@dataclass(frozen=True, slots=True)
class Page:
    bodies: Sequence[str]
    cursor: str
    has_more: bool
    etag: str

    def to_json(self) -> bytes:
        # The stored change bodies are JSON already: splice them in unchanged.
        head = '{"changes":[' + ",".join(self.bodies) + "],"
        tail = json.dumps({"cursor": self.cursor, "has_more": self.has_more})[1:]
        return (head + tail).encode()


def _etag(scope: str, since: int, limit: int, last: int) -> str:
    digest = hashlib.sha256(f"{scope}|{since}|{limit}|{last}".encode()).hexdigest()[:32]
    return f'"{digest}"'


def _where(visible_to: str | None) -> Any:
    if visible_to is None:
        return ChangeRow.visible_to.is_(None)
    return ChangeRow.visible_to == visible_to


def _check_known(session: Session, since: int) -> None:
    """A cursor past the end of the log was not handed out by this database (it was
    reset or replaced): say so, rather than wait forever for changes after it."""
    if since and (session.scalar(select(func.max(ChangeRow.seq))) or 0) < since:
        raise Invalid(
            "this feed does not know the cursor (its data was reset); start again without 'since'",
            code="invalid_cursor",
            fields={"since": "unknown cursor"},
        )


def page_etag(session: Session, *, visible_to: str | None, since: int, limit: int) -> str:
    """The ETag the page would carry, reading only sequence numbers (the 304 path)."""
    seqs = session.scalars(
        select(ChangeRow.seq)
        .where(_where(visible_to), ChangeRow.seq > since)
        .order_by(ChangeRow.seq)
        .limit(limit)
    ).all()
    if not seqs:
        _check_known(session, since)
    return _etag(visible_to or "public", since, limit, seqs[-1] if seqs else since)


def read_page(
    session: Session, *, visible_to: str | None, since: int, limit: int, epoch: str
) -> Page:
    rows = session.execute(
        select(ChangeRow.seq, ChangeRow.body)
        .where(_where(visible_to), ChangeRow.seq > since)
        .order_by(ChangeRow.seq)
        .limit(limit + 1)
    ).all()
    if not rows:
        _check_known(session, since)
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].seq if rows else since
    return Page(
        bodies=[r.body for r in rows],
        cursor=encode_cursor(epoch, last),
        has_more=has_more,
        etag=_etag(visible_to or "public", since, limit, last),
    )
