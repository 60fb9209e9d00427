"""Snapshots of the public feed: the whole of it at one cursor, in one file.

A client with an empty cache would otherwise replay the public change log page
by page, decoding and storing each record through the row-by-row path. The
snapshot is the same records in one gzip-compressed JSON document of the shape
of a change page (``{"changes": [...], "cursor": ..., "has_more": false}``,
plus ``"snapshot": 1`` and ``"records"``), so a client reads it with the code
that reads pages, stores it in one bulk transaction and then continues from its
cursor with ``GET /v1/changes``.

It holds exactly what a reader of the public feed from the start would get,
minus tombstones: the log is compacted (one version per record), so the
public entries that are not deletions *are* the current public records. It is
read with one statement, so it is one consistent state on PostgreSQL too; the
cursor is the last public sequence number that statement saw (tombstones
included, so a client does not read them again).

Snapshots are kept in the database, not in a file beside the server, so every
worker process and every host behind a load balancer serves the same bytes
under the same ETag (the SHA-256 of the compressed file, which the client
checks). Only the newest is kept. They are built by ``wheelshare-feed
snapshot``, by the background sweep when the public log has moved and the
newest is older than ``snapshot_interval``, and on the first request when
there is none.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wheelshare.domain import clock
from wheelshare.feed import changelog
from wheelshare.feed.db import Database
from wheelshare.feed.errors import RangeNotSatisfiable
from wheelshare.feed.models import ChangeRow, SnapshotRow

FORMAT_VERSION = 1
# Compression level: 6 is zlib's default; 9 takes about twice as long for a
# few per cent fewer bytes on change bodies.
_LEVEL = 6


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """What is known about a stored snapshot without reading its body."""

    id: int
    seq: int
    cursor: str
    records: int
    sha256: str
    size: int
    created_at: datetime

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'


def encode(bodies: list[str], cursor: str) -> bytes:
    """The compressed document for these change bodies (JSON text each)."""
    # One change per line (JSON allows the line breaks; a change's own text
    # never has one): a client can decode it a line at a time instead of in
    # one call that holds its interpreter for the whole file.
    head = f'{{"snapshot":{FORMAT_VERSION},"records":{len(bodies)},"changes":[\n'
    tail = "\n]," + json.dumps({"cursor": cursor, "has_more": False})[1:]
    text = head + ",\n".join(bodies) + tail
    # mtime=0: the same records give the same bytes, so the same ETag.
    return gzip.compress(text.encode(), compresslevel=_LEVEL, mtime=0)


def build(db: Database) -> SnapshotInfo:
    """Builds a snapshot of the public feed as it is now, stores it as the newest
    and removes the older ones."""
    with db.read() as s:
        epoch = changelog.feed_epoch(s)
        pruned = changelog.pruned_through(s)
        rows = s.execute(
            select(ChangeRow.seq, ChangeRow.op, ChangeRow.body)
            .where(ChangeRow.visible_to.is_(None))
            .order_by(ChangeRow.seq)
        ).all()
    last = rows[-1].seq if rows else 0
    bodies = [r.body for r in rows if r.op != "delete"]
    cursor = changelog.encode_cursor(epoch, last, pruned)
    data = encode(bodies, cursor)
    row = SnapshotRow(
        seq=last,
        cursor=cursor,
        records=len(bodies),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        created_at=clock.now(),
        body=data,
    )
    with db.write() as s:
        s.add(row)
        s.flush()
        s.execute(delete(SnapshotRow).where(SnapshotRow.id < row.id))
        return _info(row)


def _info(row: SnapshotRow) -> SnapshotInfo:
    return SnapshotInfo(
        row.id, row.seq, row.cursor, row.records, row.sha256, row.size, row.created_at
    )


def latest(session: Session) -> SnapshotInfo | None:
    """The newest snapshot's description (one indexed query, no body)."""
    row = session.execute(
        select(
            SnapshotRow.id,
            SnapshotRow.seq,
            SnapshotRow.cursor,
            SnapshotRow.records,
            SnapshotRow.sha256,
            SnapshotRow.size,
            SnapshotRow.created_at,
        )
        .order_by(SnapshotRow.id.desc())
        .limit(1)
    ).first()
    return None if row is None else SnapshotInfo(*row)


def body(session: Session, snapshot_id: int) -> bytes | None:
    data = session.scalar(select(SnapshotRow.body).where(SnapshotRow.id == snapshot_id))
    return None if data is None else bytes(data)


def due(db: Database, every: timedelta) -> bool:
    """True when the public log has moved past the newest snapshot and that one is
    at least ``every`` old (or there is none)."""
    with db.read() as s:
        info = latest(s)
        if info is None:
            return True
        if clock.now() - info.created_at < every:
            return False
        last = s.scalar(select(func.max(ChangeRow.seq)).where(ChangeRow.visible_to.is_(None)))
        return (last or 0) > info.seq


def rebuild_if_due(db: Database, every: timedelta) -> SnapshotInfo | None:
    return build(db) if due(db, every) else None


class SnapshotStore:
    """One process's copy of the newest snapshot's bytes (read from the database
    once per snapshot, not per request), and a lock so that concurrent first
    requests build one snapshot, not one each."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: tuple[int, bytes] | None = None
        # Set once a snapshot has been handed to a client (the demo feed waits
        # for it before loading the rest of its set: see feed.embedded).
        self.sent = threading.Event()

    def current(self, db: Database, *, may_build: bool) -> SnapshotInfo | None:
        with db.read() as s:
            info = latest(s)
        if info is not None or not may_build:
            return info
        with self._lock:
            with db.read() as s:
                info = latest(s)
            return info if info is not None else build(db)

    def data(self, db: Database, info: SnapshotInfo) -> bytes | None:
        held = self._held
        if held is not None and held[0] == info.id:
            self.sent.set()
            return held[1]
        with db.read() as s:
            data = body(s, info.id)
        if data is not None:
            self._held = (info.id, data)
            self.sent.set()
        return data


_RANGE = re.compile(r"bytes=([0-9]{1,18})-([0-9]{0,18})|bytes=-([0-9]{1,18})")


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) byte of a single ``Range: bytes=...`` asked for, or None to
    send the whole file (no Range, several ranges, or one we do not read).
    RangeNotSatisfiable when it starts past the end."""
    if header is None:
        return None
    m = _RANGE.fullmatch(header.strip())
    if m is None:
        return None
    if m.group(3) is not None:
        suffix = int(m.group(3))
        if suffix == 0:
            raise _unsatisfiable(size, "ask for at least one")
        return max(0, size - suffix), size - 1
    first = int(m.group(1))
    if first >= size:
        raise _unsatisfiable(size, "the range starts after them")
    last = int(m.group(2)) if m.group(2) else size - 1
    if last < first:
        return None
    return first, min(last, size - 1)


def _unsatisfiable(size: int, why: str) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(
        f"the snapshot has {size} bytes; {why}", headers={"Content-Range": f"bytes */{size}"}
    )
