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

The log is *compacted*: appending a version of a record removes the earlier
versions of that record from the same feed, in the same transaction, so a
reader starting from the beginning sees only what is true now (an edited
address, a removed review, are gone). A deletion leaves a tombstone (kind and
id, nothing else), kept ``tombstone_ttl``; when tombstones expire, the highest
sequence number removed is kept in ``feed_meta`` and a cursor from before it
is answered 410 ``cursor_expired`` unless it was handed out after they were
removed (cursors carry the watermark they were handed out under): that client
may have missed a deletion, so it reads the feed again from the start.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, text
from sqlalchemy.orm import Session

from wheelshare.domain import clock
from wheelshare.feed.columns import RawJson
from wheelshare.feed.errors import Gone, Invalid
from wheelshare.feed.models import ChangeRow, Meta, SnapshotRow

# "WSHF": the advisory lock key that serialises change-log appends on PostgreSQL.
APPEND_LOCK_KEY = 0x57534846
# The PostgreSQL NOTIFY channel of private changes (payload: the person's id).
NOTIFY_CHANNEL = "wheelshare_private_changes"
_PENDING = "wheelshare.pending_changes"
# epoch.seq, and since protocol v2 .pruned: the tombstone watermark when handed out.
_CURSOR = re.compile(r"([0-9a-f]{16})\.([0-9]{1,18})(?:\.([0-9]{1,18}))?")
# Cursors of feeds from before epochs: a bare sequence number.
_OLD_CURSOR = re.compile(r"c[0-9]{1,18}")
EPOCH_KEY = "feed_epoch"
# The highest sequence number of an expired tombstone: cursors before it are gone.
PRUNED_KEY = "tombstones_pruned_through"
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
    # A snapshot's cursor names the old epoch: it would only send clients round.
    session.execute(delete(SnapshotRow))
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
    """Queue one change for the commit: public (``None``) or private to user ids.

    A deletion's tombstone carries the id and nothing else, whatever is passed."""
    if op == "delete":
        data = {"id": record_id}
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


def discard_pending(session: Session, visible_to: str) -> None:
    """Drops the changes queued for one person's feed (their account is being erased)."""
    pending: list[dict[str, Any]] = session.info.get(_PENDING, [])
    pending[:] = [p for p in pending if p["visible_to"] != visible_to]


def append_pending(session: Session, *, postgres: bool) -> frozenset[str]:
    """Append the queued changes, removing the versions they replace; call last
    in the transaction (Database.write does). Returns the people whose private
    feeds changed, to wake their long polls once the transaction commits; on
    PostgreSQL they are also notified on ``wakeups.CHANNEL`` (delivered to
    every server process at the commit, not before and not on a rollback)."""
    queued: list[dict[str, Any]] = session.info.pop(_PENDING, [])
    session.flush()
    if not queued:
        return frozenset()
    # The last version of each record per feed is the only one that stays.
    latest: dict[tuple[str | None, str, str], dict[str, Any]] = {}
    for entry in queued:
        key = (entry["visible_to"], entry["kind"], entry["record_id"])
        latest.pop(key, None)
        latest[key] = entry
    pending = list(latest.values())
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPEND_LOCK_KEY})
    # After the lock: on PostgreSQL a version another transaction just committed
    # is visible to these statements, and is replaced like any other.
    # Core statements (not ORM ones): executed once per parameter set.
    log: Table = ChangeRow.__table__  # type: ignore[assignment]
    same_record = (log.c.kind == bindparam("k"), log.c.record_id == bindparam("r"))
    public = [{"k": e["kind"], "r": e["record_id"]} for e in pending if e["visible_to"] is None]
    private = [
        {"v": e["visible_to"], "k": e["kind"], "r": e["record_id"]}
        for e in pending
        if e["visible_to"] is not None
    ]
    if public:
        session.execute(delete(log).where(log.c.visible_to.is_(None), *same_record), public)
    if private:
        session.execute(
            delete(log).where(log.c.visible_to == bindparam("v"), *same_record), private
        )
    session.execute(insert(ChangeRow), pending)
    users = frozenset(e["visible_to"] for e in pending if e["visible_to"] is not None)
    if postgres and users:
        session.execute(
            text("SELECT pg_notify(:channel, :user)"),
            [{"channel": NOTIFY_CHANNEL, "user": u} for u in sorted(users)],
        )
    return users


def forget_record(session: Session, kind: str, record_id: str) -> None:
    """Removes every logged version of a record from every feed at once; the
    caller records what replaces it, if anything."""
    session.execute(
        delete(ChangeRow).where(ChangeRow.kind == kind, ChangeRow.record_id == record_id)
    )


@dataclass(frozen=True, slots=True)
class FeedHead:
    """Where the log stands, as one request sees it."""

    epoch: str
    pruned: int
    last_public: int  # the highest seq of the public feed (0: empty)
    last: int  # the highest seq of any feed


_META = Meta.__table__
# Epoch, watermark, last public seq, last seq: one row, index lookups only.
HEAD_COLUMNS = (
    select(_META.c.value).where(_META.c.key == EPOCH_KEY).scalar_subquery(),
    select(_META.c.value).where(_META.c.key == PRUNED_KEY).scalar_subquery(),
    select(func.max(ChangeRow.seq)).where(ChangeRow.visible_to.is_(None)).scalar_subquery(),
    select(func.max(ChangeRow.seq)).scalar_subquery(),
)
# Built once: this runs on every request of the public feed.
_HEAD = select(*HEAD_COLUMNS)


def head_from_row(row: Sequence[Any]) -> FeedHead:
    epoch, pruned, last_public, last = row
    return FeedHead(epoch or NO_EPOCH, int(pruned or 0), last_public or 0, last or 0)


def feed_head(session: Session) -> FeedHead:
    """Epoch, tombstone watermark and the last sequence numbers, in one query
    (index lookups only): what the public page cache keys on."""
    return head_from_row(session.execute(_HEAD).one())


def pruned_through(session: Session) -> int:
    row = session.get(Meta, PRUNED_KEY)
    return 0 if row is None else int(row.value)


def prune_tombstones(session: Session, older_than: datetime) -> int:
    """Removes tombstones recorded before ``older_than``, and remembers the
    highest one removed so that older cursors are told to start again. The
    log's last entry stays, whatever it is: it marks how far the log goes."""
    last = session.scalar(select(func.max(ChangeRow.seq))) or 0
    seqs = session.scalars(
        select(ChangeRow.seq).where(
            ChangeRow.op == "delete", ChangeRow.created_at < older_than, ChangeRow.seq < last
        )
    ).all()
    if not seqs:
        return 0
    session.execute(delete(ChangeRow).where(ChangeRow.seq.in_(seqs)))
    through = max(max(seqs), pruned_through(session))
    row = session.get(Meta, PRUNED_KEY)
    if row is None:
        session.add(Meta(key=PRUNED_KEY, value=str(through)))
    else:
        row.value = str(through)
    return len(seqs)


def encode_cursor(epoch: str, seq: int, pruned: int = 0) -> str:
    return f"{epoch}.{seq}.{pruned}" if pruned else f"{epoch}.{seq}"


def decode_cursor(cursor: str | None, epoch: str, pruned: int = 0) -> int:
    """The sequence number in a cursor this database handed out; 422
    ``invalid_cursor`` for any other (malformed, old-style, or another epoch's);
    410 ``cursor_expired`` for one from before tombstones that have expired."""
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
    seq = int(m.group(2))
    # Expired: tombstones after this position were removed since the cursor was
    # handed out, so this reader may have missed a deletion. A reader that
    # started after they were removed never saw the records they deleted.
    handed_out_at = int(m.group(3) or 0)
    if seq < pruned and handed_out_at < pruned:
        raise Gone(
            "the cursor is older than the deletions this feed still remembers; read"
            " the feed again from the start (without 'since')",
            code="cursor_expired",
            fields={"since": "expired cursor"},
        )
    return seq


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


def empty_page(since: int, limit: int, *, epoch: str, pruned: int) -> Page:
    """The public page after the end of the log: what read_page answers then,
    without reading anything."""
    return Page(
        [], encode_cursor(epoch, since, pruned), False, _etag("public", since, limit, since)
    )


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
    if since:
        check_known(since, session.scalar(select(func.max(ChangeRow.seq))) or 0)


def check_known(since: int, last: int) -> None:
    """``_check_known`` with the log's last sequence number already read."""
    if last < since:
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
    session: Session,
    *,
    visible_to: str | None,
    since: int,
    limit: int,
    epoch: str,
    pruned: int = 0,
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
        cursor=encode_cursor(epoch, last, pruned),
        has_more=has_more,
        etag=_etag(visible_to or "public", since, limit, last),
    )
