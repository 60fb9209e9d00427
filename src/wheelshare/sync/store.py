"""The sync engine's use of the cache: stream state, pages, the outbox.

Every function here is one cache transaction (or one read), so each step of
a sync is all-or-nothing: a page with its cursor, an outbox entry with its
new state and the record the feed answered with.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from wheelshare.cache import bulkload
from wheelshare.cache.database import FILE_NAME as CACHE_FILE_NAME
from wheelshare.cache.database import Cache
from wheelshare.cache.models import OutboxEntry as OutboxRow
from wheelshare.cache.models import SyncState
from wheelshare.cache.store import delete_records, upsert_records
from wheelshare.domain import clock
from wheelshare.domain.contribution import Contribution, contribution_from_wire
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.problems import Problem
from wheelshare.sync import handover_photos
from wheelshare.sync.actions import LOCAL_ID_PREFIX
from wheelshare.sync.records import record_problem

CacheLike = Cache
Json = dict[str, Any]
# Record kind -> the cache table and id column, for single lookups.
_LOOKUP = {
    "vehicle": ("vehicles", "id"),
    "venue": ("venues", "id"),
    "review": ("reviews", "id"),
    "booking": ("bookings", "id"),
    "photo": ("photos", "id"),
    "availability": ("availability", "vehicle_id"),
    "vehicle_place": ("vehicle_places", "vehicle_id"),
    "contribution": ("contributions", "id"),
    "report": ("reports", "id"),
    "trip": ("trips", "id"),
    "companion_offer": ("companion_offers", "id"),
    "companionship": ("companionships", "id"),
    "companion_rating": ("companion_ratings", "id"),
    "message": ("messages", "id"),
    "conversation": ("conversations", "booking_id"),
    "renter_review": ("renter_reviews", "id"),
    "renter_standing": ("renter_standings", "id"),
    "handover_report": ("handover_reports", "id"),
    "damage_report": ("damage_reports", "id"),
}


def _now() -> datetime:
    return clock.now()


def open_cache(data_dir: str | Path) -> Cache:
    return Cache.open(data_dir)


def cache_exists(data_dir: str | Path) -> bool:
    """A cache was kept in ``data_dir`` (an earlier run made it)."""
    return (Path(data_dir) / CACHE_FILE_NAME).exists()


def discard_cache(data_dir: str | Path) -> None:
    Cache.discard(data_dir)


def close_cache(cache: Cache) -> None:
    cache.close()


# -- stream state ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreamState:
    stream: str
    cursor: str | None = None
    etag: str | None = None
    last_sync_at: datetime | None = None
    last_error: str | None = None


def stream_state(cache: Cache, stream: str) -> StreamState:
    with cache.session() as s:
        row = s.get(SyncState, stream)
        if row is None:
            return StreamState(stream)
        return StreamState(stream, row.cursor, row.etag, row.last_sync_at, row.last_error)


def _state_row(session: Session, stream: str) -> SyncState:
    row = session.get(SyncState, stream)
    if row is None:
        row = SyncState(stream=stream)
        session.add(row)
    return row


# What storing a record may raise when the record itself is at fault; anything
# else (a full disk, a locked file) is the cache's CacheError and ends the sync.
_RECORD_ERRORS = (ValidationError, ValueError, TypeError, OverflowError, RecursionError)


def apply_page(
    cache: Cache,
    stream: str,
    upserts: Mapping[str, Mapping[str, Json]],
    deletes: Mapping[str, Iterable[str]],
    cursor: str,
    etag: str | None,
    *,
    defer_indexes: bool = False,
) -> list[tuple[str, str, str]]:
    """One page and its cursor advance, in one transaction.

    ``defer_indexes`` (a first sync): empty venue and vehicle tables drop
    their search indexes in this transaction, durably noted, and later pages
    store bare rows until ``finish_deferred`` builds the indexes once.

    Upserts go first, then tombstones, so a record created and deleted
    within one page ends up deleted. Returns the records the cache refused
    as invalid (kind, id, problem); they are left out, the rest applies.

    The fast path has the cache validate each record once, as it stores it.
    When a record fails, that transaction is rolled back whole and the page
    is applied again on the slow path, which finds and leaves out every bad
    record; no savepoints on the fast path (they make SQLite keep a
    statement journal, which triples the cost of a large page).
    """
    refused, _ = apply_plan(
        cache, stream, upserts, deletes, cursor, etag, defer_indexes=defer_indexes
    )
    return refused


def apply_plan(
    cache: Cache,
    stream: str,
    upserts: Mapping[str, Mapping[str, Json]],
    deletes: Mapping[str, Iterable[str]],
    cursor: str | None,
    etag: str | None,
    *,
    defer_indexes: bool = False,
    keep_only: Mapping[str, set[str]] | None = None,
) -> tuple[list[tuple[str, str, str]], int]:
    """``apply_page``, and for a full re-read of a stream (``keep_only``: kind ->
    every id the feed still has) the removal, in the same transaction, of the
    cached records of those kinds it no longer has. Returns the refused records
    and how many were removed."""
    try:
        with cache.transaction() as s:
            if defer_indexes:
                bulkload.defer(s)
            for kind, records in upserts.items():
                upsert_records(s, kind, list(records.values()))
            dropped = _keep_only(s, keep_only or {})
            _finish_page(s, stream, deletes, cursor, etag)
        return [], dropped
    except _RECORD_ERRORS:
        pass
    rejected: list[tuple[str, str, str]] = []
    with cache.transaction() as s:
        if defer_indexes:
            bulkload.defer(s)
        for kind, records in upserts.items():
            rejected.extend(_upsert_checked(s, kind, records))
        dropped = _keep_only(s, keep_only or {})
        _finish_page(s, stream, deletes, cursor, etag)
    return rejected, dropped


def _keep_only(session: Session, keep: Mapping[str, set[str]]) -> int:
    """Deletes cached records of each kind whose id is not in ``keep[kind]``;
    records made here and not yet accepted by the feed (local ids) stay."""
    dropped = 0
    for kind, ids in keep.items():
        table, column = _LOOKUP[kind]
        cached = session.connection().exec_driver_sql(
            f"SELECT {column} FROM {table}"  # noqa: S608 - names are constants
        )
        gone = [i for i in cached.scalars() if i not in ids and not i.startswith(LOCAL_ID_PREFIX)]
        dropped += delete_records(session, kind, gone)
    return dropped


def finish_deferred(cache: Cache) -> bool:
    """Builds the search indexes a first sync deferred (one transaction); False
    when none were pending."""
    return cache.finish_deferred()


def _finish_page(
    session: Session,
    stream: str,
    deletes: Mapping[str, Iterable[str]],
    cursor: str | None,
    etag: str | None,
) -> None:
    for kind, ids in deletes.items():
        delete_records(session, kind, ids)
    if stream == "me":
        _drop_answered_standings(session)
    row = _state_row(session, stream)
    row.cursor = cursor
    row.etag = etag
    row.last_sync_at = _now()
    row.last_error = None


def _drop_answered_standings(session: Session) -> None:
    """A renter's standing is kept only while a request of theirs waits for me:
    the feed deletes it once the request is answered or withdrawn, and a cache
    filled before it did so drops it here (a renter with no booking here yet
    keeps theirs: the request comes on a later page)."""
    session.connection().exec_driver_sql(
        "DELETE FROM renter_standings WHERE id IN (SELECT renter_id FROM bookings)"
        " AND id NOT IN (SELECT renter_id FROM bookings WHERE status = 'requested')"
    )


def _upsert_checked(
    session: Session, kind: str, records: Mapping[str, Json]
) -> list[tuple[str, str, str]]:
    """The slow path for a batch holding a bad record: every record is checked with
    the wire parsers, and when the rest still fails to store (a value the domain
    accepts but SQLite cannot hold), records go in one by one, each in a
    savepoint. Returns (kind, id, problem) for each record left out."""
    bad: list[tuple[str, str, str]] = []
    good: dict[str, Json] = {}
    for record_id, record in records.items():
        problem = record_problem(kind, record)
        if problem is None:
            good[record_id] = dict(record)
        else:
            bad.append((kind, record_id, problem))
    conn = session.connection()
    conn.exec_driver_sql("SAVEPOINT sync_batch")
    try:
        upsert_records(session, kind, list(good.values()))
    except _RECORD_ERRORS:
        conn.exec_driver_sql("ROLLBACK TO sync_batch")
        for record_id, record in good.items():
            conn.exec_driver_sql("SAVEPOINT sync_one")
            try:
                upsert_records(session, kind, [record])
            except _RECORD_ERRORS as e:
                conn.exec_driver_sql("ROLLBACK TO sync_one")
                bad.append((kind, record_id, f"the cache cannot store it ({e})"))
            conn.exec_driver_sql("RELEASE sync_one")
    conn.exec_driver_sql("RELEASE sync_batch")
    return bad


def touch_stream(cache: Cache, stream: str) -> None:
    """Nothing new: only the time of the last successful sync moves."""
    with cache.transaction() as s:
        row = _state_row(s, stream)
        row.last_sync_at = _now()
        row.last_error = None


def set_stream_error(cache: Cache, stream: str, error: str | None) -> None:
    with cache.transaction() as s:
        row = _state_row(s, stream)
        row.last_error = error


def last_sync(cache: Cache) -> datetime | None:
    """When the public feed was last synced successfully (None: never)."""
    return stream_state(cache, "public").last_sync_at


def get_record(cache: Cache, kind: str, record_id: str) -> Json | None:
    """One cached record as wire JSON, or None."""
    table, column = _LOOKUP[kind]
    with cache.session() as s:
        raw = (
            s.connection()
            .exec_driver_sql(
                f"SELECT data FROM {table} WHERE {column} = ?",  # noqa: S608 - names are constants
                (record_id,),
            )
            .scalar()
        )
    if raw is None:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) else None


def open_booking_exists(cache: Cache, vehicle_id: str, start: datetime, end: datetime) -> bool:
    """A cached booking of ``vehicle_id`` for exactly these dates that is still
    requested or confirmed (the cache holds the signed-in person's bookings only)."""
    with cache.session() as s:
        found = (
            s.connection()
            .exec_driver_sql(
                "SELECT 1 FROM bookings WHERE vehicle_id = ? AND start_ts = ? AND end_ts = ?"
                " AND status IN ('requested', 'confirmed') LIMIT 1",
                (vehicle_id, int(start.timestamp()), int(end.timestamp())),
            )
            .scalar()
        )
    return found is not None


def reported(cache: Cache, target_kind: str, target_id: str) -> bool:
    """Whether my own feed has a report of mine naming this record."""
    with cache.session() as s:
        found = (
            s.connection()
            .exec_driver_sql(
                "SELECT 1 FROM reports WHERE json_extract(data, '$.target_kind') = ?"
                " AND json_extract(data, '$.target_id') = ? LIMIT 1",
                (target_kind, target_id),
            )
            .scalar()
        )
    return found is not None


def own_contributions(cache: Cache, venue_id: str | None = None) -> list[Contribution]:
    """My contributions (to ``venue_id``, or all), oldest first, as my feed sent them."""
    sql = "SELECT data FROM contributions"
    params: tuple[str, ...] = ()
    if venue_id is not None:
        sql += " WHERE venue_id = ?"
        params = (venue_id,)
    with cache.session() as s:
        found = s.connection().exec_driver_sql(sql, params).scalars().all()
    out = [contribution_from_wire(json.loads(raw)) for raw in found]
    return sorted(out, key=lambda c: (c.created_at.isoformat() if c.created_at else "", c.id))


# The sync-state row that remembers whose private records are cached (its
# ``cursor`` column holds the user id): the table is a small key-value store.
_PRIVATE_OWNER = "me.owner"


def _forget_private(session: Session) -> int:
    conn = session.connection()
    ids = list(conn.exec_driver_sql("SELECT id FROM bookings").scalars())
    n = delete_records(session, "booking", ids)
    # My vehicles' exact places, and which reviews are mine, came from my feed.
    conn.exec_driver_sql("DELETE FROM vehicle_places")
    # What I contributed and reported, and what moderators decided of it.
    conn.exec_driver_sql("DELETE FROM contributions")
    conn.exec_driver_sql("DELETE FROM reports")
    # My companionships, the ratings I could see, and my own trips and offers.
    conn.exec_driver_sql("DELETE FROM companionships")
    conn.exec_driver_sql("DELETE FROM companion_ratings")
    conn.exec_driver_sql("DELETE FROM trips WHERE mine = 1")
    conn.exec_driver_sql("DELETE FROM companion_offers WHERE mine = 1")
    # So did the conversations of my bookings.
    conn.exec_driver_sql("DELETE FROM messages")
    conn.exec_driver_sql("DELETE FROM conversations")
    # Reviews between renters and owners, and the standing of renters who asked me.
    conn.exec_driver_sql("DELETE FROM renter_reviews")
    conn.exec_driver_sql("DELETE FROM renter_standings")
    conn.exec_driver_sql(
        "UPDATE reviews SET author_id = '', data = json_remove(data, '$.author_id')"
        " WHERE author_id != ''"
    )
    row = _state_row(session, "me")
    row.cursor = None
    row.etag = None
    owner = session.get(SyncState, _PRIVATE_OWNER)
    if owner is not None:
        session.delete(owner)
    return n


def forget_private_records(cache: Cache) -> int:
    """Removes what the private stream brought (bookings, my vehicles' places, which
    reviews are mine, my contributions and reports, my conversations) and resets that
    stream: for sign-out. The handover reports' pictures kept here go with them."""
    with cache.transaction() as s:
        n = _forget_private(s)
    handover_photos.forget(cache.path)
    return n


def claim_private_stream(cache: Cache, user_id: str) -> bool:
    """Makes the private stream ``user_id``'s; True when another person's was removed."""
    with cache.transaction() as s:
        owner = s.get(SyncState, _PRIVATE_OWNER)
        if owner is not None and owner.cursor == user_id:
            return False
        replaced = owner is not None and owner.cursor != user_id
        if replaced:
            _forget_private(s)
            s.flush()
        row = _state_row(s, _PRIVATE_OWNER)
        row.cursor = user_id
        # What was queued signed out goes with this person's sign-in.
        s.execute(
            update(OutboxRow)
            .where(OutboxRow.account_id.is_(None), OutboxRow.state.in_(("pending", "sending")))
            .values(account_id=user_id)
        )
    if replaced:
        # The other person's handover pictures are theirs, like their records.
        handover_photos.forget(cache.path)
    return replaced


def private_owner(session: Session) -> str | None:
    """Whose private records the cache holds (None: no one's)."""
    owner = session.get(SyncState, _PRIVATE_OWNER)
    return owner.cursor if owner is not None else None


# -- the outbox -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """An outbox row, decoded."""

    key: str
    kind: str
    target_id: str
    payload: Json | None
    state: str
    attempts: int
    error_code: str | None
    error_message: str | None
    result: Json | None
    created_at: datetime | None
    updated_at: datetime | None
    error_fields: dict[str, str] = field(default_factory=dict)
    error_params: dict[str, Any] = field(default_factory=dict)
    account_id: str | None = None  # whose sign-in may send it


def _entry(row: OutboxRow) -> Entry:
    payload = json.loads(row.payload) if row.payload else None
    result = json.loads(row.result) if row.result else None
    fields: dict[str, str] = {}
    if row.state == "rejected" and isinstance(result, dict):
        err = result.get("error")
        if isinstance(err, dict) and isinstance(err.get("fields"), dict):
            fields = {str(k): str(v) for k, v in err["fields"].items()}
    params = json.loads(row.error_params) if row.error_params else None
    return Entry(
        row.idempotency_key,
        row.kind,
        row.target_id or "",
        payload if isinstance(payload, dict) else None,
        row.state,
        row.attempts,
        row.error_code,
        row.error_message,
        result if isinstance(result, dict) else None,
        row.created_at,
        row.updated_at,
        fields,
        params if isinstance(params, dict) else {},
        row.account_id,
    )


def outbox_add(cache: Cache, key: str, kind: str, target_id: str, payload: Json | None) -> Entry:
    now = _now()
    with cache.transaction() as s:
        row = OutboxRow(
            idempotency_key=key,
            kind=kind,
            target_id=target_id,
            payload=json.dumps(payload, separators=(",", ":")),
            state="pending",
            attempts=0,
            account_id=private_owner(s),
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        return _entry(row)


def outbox_entries(cache: Cache, states: Iterable[str]) -> list[Entry]:
    """Entries in these states, in the order they were made."""
    with cache.session() as s:
        rows = s.scalars(
            select(OutboxRow).where(OutboxRow.state.in_(list(states))).order_by(OutboxRow.id)
        ).all()
        return [_entry(r) for r in rows]


def outbox_get(cache: Cache, key: str) -> Entry | None:
    with cache.session() as s:
        row = s.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
        return None if row is None else _entry(row)


def _update(cache: Cache, key: str, **values: Any) -> Entry:
    with cache.transaction() as s:
        row = s.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
        if row is None:
            raise KeyError(key)
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = _now()
        s.flush()
        return _entry(row)


def outbox_mark_sending(cache: Cache, key: str) -> Entry:
    """Committed before the request leaves: a crash after this resends with the same key."""
    with cache.transaction() as s:
        row = s.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
        if row is None:
            raise KeyError(key)
        row.state = "sending"
        row.attempts = row.attempts + 1
        row.updated_at = _now()
        s.flush()
        return _entry(row)


def _params(problem: Problem) -> str | None:
    return json.dumps(dict(problem.params), separators=(",", ":")) if problem.params else None


def outbox_mark_pending(cache: Cache, key: str, problem: Problem, message: str) -> Entry:
    """Not sent, or the answer was lost: try again at the next sync (same key).

    ``problem`` is why, for the interface; ``message`` the English words, for logs."""
    return _update(
        cache,
        key,
        state="pending",
        error_code=problem.code.value,
        error_params=_params(problem),
        error_message=message,
    )


def outbox_mark_unsent(cache: Cache, key: str, problem: Problem, message: str) -> Entry:
    """The attempt just made surely never reached the feed: pending again, as
    :func:`outbox_mark_pending`, and not counted as sent (so the person may
    still withdraw it)."""
    before = outbox_get(cache, key)
    if before is None:
        raise KeyError(key)
    return _update(
        cache,
        key,
        state="pending",
        attempts=max(0, before.attempts - 1),
        error_code=problem.code.value,
        error_params=_params(problem),
        error_message=message,
    )


def outbox_mark_rejected(
    cache: Cache,
    key: str,
    problem: Problem,
    message: str,
    fields: Mapping[str, str],
    *,
    feed_code: str = "",
) -> Entry:
    """Refused: the problem for the interface; the feed's own answer (its code,
    English message and field errors) is kept as the entry's result."""
    body = {
        "error": {
            "code": feed_code or problem.code.value,
            "message": message,
            "fields": dict(fields),
        }
    }
    return _update(
        cache,
        key,
        state="rejected",
        error_code=problem.code.value,
        error_params=_params(problem),
        error_message=message,
        result=json.dumps(body, separators=(",", ":")),
    )


def outbox_mark_done(
    cache: Cache,
    key: str,
    result: Json | None,
    records: Iterable[tuple[str, Json]],
) -> Entry:
    """Accepted: the state and the records the feed answered with, in one transaction."""
    with cache.transaction() as s:
        row = s.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
        if row is None:
            raise KeyError(key)
        for kind, record in records:
            upsert_records(s, kind, [record])
        row.state = "done"
        row.error_code = None
        row.error_message = None
        row.error_params = None
        row.result = None if result is None else json.dumps(result, separators=(",", ":"))
        row.updated_at = _now()
        s.flush()
        return _entry(row)


def outbox_delete(cache: Cache, key: str) -> None:
    with cache.transaction() as s:
        s.execute(delete(OutboxRow).where(OutboxRow.idempotency_key == key))


def outbox_requeue(cache: Cache, key: str, new_key: str) -> Entry:
    """A refused entry, queued again at the end under a fresh key."""
    now = _now()
    with cache.transaction() as s:
        row = s.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
        if row is None:
            raise KeyError(key)
        fresh = OutboxRow(
            idempotency_key=new_key,
            kind=row.kind,
            target_id=row.target_id,
            payload=row.payload,
            state="pending",
            attempts=0,
            created_at=now,
            updated_at=now,
        )
        s.delete(row)
        s.add(fresh)
        s.flush()
        return _entry(fresh)


def prune_done(cache: Cache, older_than_seconds: float) -> int:
    cutoff = _now() - timedelta(seconds=older_than_seconds)
    with cache.transaction() as s:
        result = s.execute(
            delete(OutboxRow).where(OutboxRow.state == "done", OutboxRow.updated_at < cutoff)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def resolve_local_id(cache: Cache, target_id: str) -> str | None:
    """The feed's id for a listing created offline; the local id while it waits;
    None when its creation was refused or dismissed."""
    if not target_id.startswith(LOCAL_ID_PREFIX):
        return target_id
    with cache.session() as s:
        row = s.scalar(
            select(OutboxRow)
            .where(OutboxRow.kind == "create_vehicle", OutboxRow.target_id == target_id)
            .order_by(OutboxRow.id.desc())
        )
        if row is None:
            return None
        if row.state in ("pending", "sending"):
            return target_id
        if row.state != "done" or not row.result:
            return None
        result = json.loads(row.result)
    vehicle = result.get("vehicle", result) if isinstance(result, dict) else None
    new_id = vehicle.get("id") if isinstance(vehicle, dict) else None
    return new_id if isinstance(new_id, str) and new_id else None
