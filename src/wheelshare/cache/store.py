"""Writing records into the cache: validated, in bulk, inside the caller's transaction.

The records are protocol JSON (what the change feed carries). Each one is
parsed with ``domain.wire`` first; the first invalid one stops the batch with
an InvalidRecordError naming its kind, id and field, and since the caller's
transaction then rolls back, nothing of the batch is kept.

The rows go in through the driver's ``executemany`` on the session's own
connection (so they share its transaction): the sync of a large feed is
dominated by this path, and the ORM's unit of work would cost several times
more per row.

Two things keep large writes fast without changing what is stored:

* venues and vehicles that are plainly valid get their row straight from the
  wire JSON (``fastrows``); any other record is parsed through the domain as
  before, so errors are the domain's own;
* a large batch into an empty venue or vehicle table is loaded in bulk
  (``bulkload``): the search indexes are built once from the rows, just
  before the transaction commits, instead of row by row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from wheelshare.cache import bulkload, fastrows, rows
from wheelshare.cache.errors import InvalidRecordError
from wheelshare.cache.plain import raw_connection
from wheelshare.domain.companion_wire import (
    companionship_from_wire,
    post_from_wire,
    rating_from_wire,
)
from wheelshare.domain.contribution import contribution_from_wire, report_from_wire
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.handover_wire import damage_report_from_wire, handover_report_from_wire
from wheelshare.domain.renter_review import renter_review_from_wire, standing_from_wire
from wheelshare.domain.wire import (
    Json,
    availability_from_wire,
    booking_from_wire,
    conversation_from_wire,
    message_from_wire,
    photo_from_wire,
    review_from_wire,
    vehicle_from_wire,
    vehicle_place_from_wire,
    venue_from_wire,
)

KINDS = (
    "vehicle",
    "venue",
    "review",
    "booking",
    "availability",
    "vehicle_place",
    "contribution",
    "report",
    "trip",
    "companion_offer",
    "companionship",
    "companion_rating",
    "message",
    "conversation",
    "photo",
    "renter_review",
    "renter_standing",
    "handover_report",
    "damage_report",
)
# Keyed by the booking they belong to, not an id of their own.
_BY_BOOKING = frozenset({"conversation"})

_TABLES = {
    "vehicle": ("vehicles", rows.VEHICLE_COLUMNS),
    "venue": ("venues", rows.VENUE_COLUMNS),
    "review": ("reviews", rows.REVIEW_COLUMNS),
    "booking": ("bookings", rows.BOOKING_COLUMNS),
    "trip": ("trips", rows.POST_COLUMNS),
    "companion_offer": ("companion_offers", rows.POST_COLUMNS),
    "companionship": ("companionships", rows.COMPANIONSHIP_COLUMNS),
    "companion_rating": ("companion_ratings", rows.COMPANION_RATING_COLUMNS),
    "photo": ("photos", rows.PHOTO_COLUMNS),
    "renter_review": ("renter_reviews", rows.RENTER_REVIEW_COLUMNS),
    "renter_standing": ("renter_standings", rows.RENTER_STANDING_COLUMNS),
}
_ROW: dict[str, Callable[[Json], tuple[object, ...]]] = {
    "vehicle": lambda r: rows.vehicle_row(vehicle_from_wire(r), r),
    "venue": lambda r: rows.venue_row(venue_from_wire(r), r),
    "review": lambda r: rows.review_row(review_from_wire(r), r),
    "booking": lambda r: rows.booking_row(booking_from_wire(r), r),
    "trip": lambda r: rows.post_row(post_from_wire(r), r),
    "companion_offer": lambda r: rows.post_row(post_from_wire(r), r),
    "companionship": lambda r: rows.companionship_row(companionship_from_wire(r), r),
    "companion_rating": lambda r: rows.companion_rating_row(rating_from_wire(r), r),
    "photo": lambda r: rows.photo_row(photo_from_wire(r), r),
    "renter_review": lambda r: rows.renter_review_row(renter_review_from_wire(r), r),
    "renter_standing": lambda r: rows.renter_standing_row(standing_from_wire(r), r),
}


def _upsert_sql(table: str, columns: Sequence[str]) -> str:
    # Table and column names come from the constants above, never from input;
    # every value is a bound parameter.
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) "  # noqa: S608
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )


_UPSERT = {kind: _upsert_sql(table, columns) for kind, (table, columns) in _TABLES.items()}
# A public review has no author id (protocol v2); the author's own feed sends it
# with one. Whichever arrives last, the cache keeps the id it already knows.
_UPSERT["review"] = (
    _UPSERT["review"]
    .replace(
        "author_id = excluded.author_id, ",
        "author_id = CASE WHEN excluded.author_id = '' THEN reviews.author_id"
        " ELSE excluded.author_id END, ",
    )
    .replace(
        "data = excluded.data",
        "data = CASE WHEN excluded.author_id = '' AND reviews.author_id != ''"
        " THEN json_set(excluded.data, '$.author_id', reviews.author_id) ELSE excluded.data END",
    )
)


# My own trips and offers come whole from my feed (``mine``); when the public
# version of one arrives after it, only the state and the rating move, so the
# note and the exact places stay.
for _kind, _table in (("trip", "trips"), ("companion_offer", "companion_offers")):
    _UPSERT[_kind] = (
        _UPSERT[_kind]
        .replace(
            "data = excluded.data",
            f"data = CASE WHEN excluded.mine = 0 AND {_table}.mine = 1 THEN json_set("
            f"{_table}.data, '$.status', json_extract(excluded.data, '$.status'), "
            "'$.updated_at', json_extract(excluded.data, '$.updated_at'), "
            "'$.companion_rating', json(json_extract(excluded.data, '$.companion_rating'))) "
            "ELSE excluded.data END",
        )
        .replace(
            "o_lat = excluded.o_lat, o_lon = excluded.o_lon, d_lat = excluded.d_lat, "
            "d_lon = excluded.d_lon, ",
            f"o_lat = CASE WHEN excluded.mine < {_table}.mine THEN {_table}.o_lat "
            "ELSE excluded.o_lat END, "
            f"o_lon = CASE WHEN excluded.mine < {_table}.mine THEN {_table}.o_lon "
            "ELSE excluded.o_lon END, "
            f"d_lat = CASE WHEN excluded.mine < {_table}.mine THEN {_table}.d_lat "
            "ELSE excluded.d_lat END, "
            f"d_lon = CASE WHEN excluded.mine < {_table}.mine THEN {_table}.d_lon "
            "ELSE excluded.d_lon END, ",
        )
        .replace("mine = excluded.mine", f"mine = max({_table}.mine, excluded.mine)")
    )


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            "kind", f"unknown record kind {kind!r}; expected one of: " + ", ".join(KINDS)
        )
    return kind


def _record_id(kind: str, record: object) -> str:
    if not isinstance(record, dict):
        raise InvalidRecordError(kind, "?", ValidationError(kind, "expected an object"))
    keyed_by_vehicle = kind in ("availability", "vehicle_place") and "vehicle_id" in record
    key = "vehicle_id" if keyed_by_vehicle else "booking_id" if kind in _BY_BOOKING else "id"
    rid = record.get(key)
    if not isinstance(rid, str) or not rid:
        raise InvalidRecordError(kind, "?", ValidationError(key, "expected a non-empty identifier"))
    return rid


def _last_per_id(kind: str, records: Iterable[Json]) -> dict[str, Json]:
    by_id: dict[str, Json] = {}
    for record in records:
        by_id[_record_id(kind, record)] = record
    return by_id


def upsert_records(session: Session, kind: str, records: Sequence[Json]) -> int:
    """Inserts or replaces ``records`` of ``kind``; returns how many were stored.

    ``kind`` is one of ``KINDS``. Availability records are keyed by
    ``vehicle_id`` (or ``id``, as the change feed names it) and replace the
    vehicle's previous blocks.
    """
    check_kind(kind)
    by_id = _last_per_id(kind, records)
    if not by_id:
        return 0
    raw = raw_connection(session)
    if kind == "availability":
        _upsert_availability(raw, by_id)
        return len(by_id)
    if kind == "vehicle_place":
        _upsert_places(raw, by_id)
        return len(by_id)
    if kind in ("contribution", "report"):
        _upsert_own(raw, kind, by_id)
        return len(by_id)
    if kind == "message":
        _upsert_messages(raw, by_id)
        return len(by_id)
    if kind == "conversation":
        _upsert_conversations(raw, by_id)
        return len(by_id)
    if kind in ("handover_report", "damage_report"):
        _upsert_reports_of_booking(raw, kind, by_id)
        return len(by_id)
    to_row = _ROW[kind]
    fast = fastrows.FAST_ROWS.get(kind)
    values: list[tuple[object, ...]] = []
    for rid, record in by_id.items():
        row = fast(record) if fast is not None else None
        if row is None:
            try:
                row = to_row(record)
            except ValidationError as e:
                raise InvalidRecordError(kind, rid, e) from None
        values.append(row)
    table = _TABLES[kind][0]
    bulkload.prepare(session, raw, table, len(values))
    raw.executemany(_UPSERT[kind], values)
    return len(values)


def _upsert_places(raw: sqlite3.Connection, by_id: dict[str, Json]) -> None:
    values = []
    for vid, record in by_id.items():
        try:
            vehicle_place_from_wire(record)
        except ValidationError as e:
            raise InvalidRecordError("vehicle_place", vid, e) from None
        values.append((vid, rows.dump(record)))
    raw.executemany(
        "INSERT INTO vehicle_places (vehicle_id, data) VALUES (?, ?) "
        "ON CONFLICT(vehicle_id) DO UPDATE SET data = excluded.data",
        values,
    )


def _upsert_own(raw: sqlite3.Connection, kind: str, by_id: dict[str, Json]) -> None:
    """My contributions and reports: kept whole, with what a venue's page looks up."""
    if kind == "contribution":
        values = []
        for cid, record in by_id.items():
            try:
                c = contribution_from_wire(record)
            except ValidationError as e:
                raise InvalidRecordError(kind, cid, e) from None
            values.append((cid, c.venue_id, c.status.value, rows.dump(record)))
        raw.executemany(
            "INSERT INTO contributions (id, venue_id, status, data) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET venue_id = excluded.venue_id,"
            " status = excluded.status, data = excluded.data",
            values,
        )
        return
    reports = []
    for rid, record in by_id.items():
        try:
            report_from_wire(record)
        except ValidationError as e:
            raise InvalidRecordError(kind, rid, e) from None
        reports.append((rid, rows.dump(record)))
    raw.executemany(
        "INSERT INTO reports (id, data) VALUES (?, ?) "
        "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
        reports,
    )


def _upsert_messages(raw: sqlite3.Connection, by_id: dict[str, Json]) -> None:
    values = []
    for mid, record in by_id.items():
        try:
            m = message_from_wire(record)
        except ValidationError as e:
            raise InvalidRecordError("message", mid, e) from None
        values.append((mid, m.booking_id, m.number, rows.dump(record)))
    raw.executemany(
        "INSERT INTO messages (id, booking_id, number, data) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET booking_id = excluded.booking_id,"
        " number = excluded.number, data = excluded.data",
        values,
    )


def _upsert_conversations(raw: sqlite3.Connection, by_id: dict[str, Json]) -> None:
    values = []
    for bid, record in by_id.items():
        try:
            conversation_from_wire(record)
        except ValidationError as e:
            raise InvalidRecordError("conversation", bid, e) from None
        values.append((bid, rows.dump(record)))
    raw.executemany(
        "INSERT INTO conversations (booking_id, data) VALUES (?, ?) "
        "ON CONFLICT(booking_id) DO UPDATE SET data = excluded.data",
        values,
    )


def _upsert_reports_of_booking(raw: sqlite3.Connection, kind: str, by_id: dict[str, Json]) -> None:
    values: list[tuple[object, ...]] = []
    for rid, record in by_id.items():
        try:
            if kind == "handover_report":
                h = handover_report_from_wire(record)
                values.append((rid, h.booking_id, h.moment.value, rows.dump(record)))
            else:
                d = damage_report_from_wire(record)
                values.append((rid, d.booking_id, rows.dump(record)))
        except ValidationError as e:
            raise InvalidRecordError(kind, rid, e) from None
    if kind == "handover_report":
        sql = (
            "INSERT INTO handover_reports (id, booking_id, moment, data) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET booking_id = excluded.booking_id,"
            " moment = excluded.moment, data = excluded.data"
        )
    else:
        sql = (
            "INSERT INTO damage_reports (id, booking_id, data) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET booking_id = excluded.booking_id, data = excluded.data"
        )
    raw.executemany(sql, values)


def _upsert_availability(raw: sqlite3.Connection, by_id: dict[str, Json]) -> None:
    heads: list[tuple[Any, ...]] = []
    blocks: list[tuple[object, ...]] = []
    weekly: list[tuple[object, ...]] = []
    for vid, record in by_id.items():
        try:
            a = availability_from_wire(record)
        except ValidationError as e:
            raise InvalidRecordError("availability", vid, e) from None
        heads.append((vid, a.timezone, rows.dump(record)))
        blocks.extend(rows.block_rows(vid, a))
        weekly.extend(rows.weekly_rows(vid, a))
    ids = [(vid,) for vid in by_id]
    raw.executemany("DELETE FROM availability_blocks WHERE vehicle_id = ?", ids)
    raw.executemany("DELETE FROM availability_weekly WHERE vehicle_id = ?", ids)
    raw.executemany(
        "INSERT INTO availability (vehicle_id, timezone, data) VALUES (?, ?, ?) "
        "ON CONFLICT(vehicle_id) DO UPDATE SET timezone = excluded.timezone, data = excluded.data",
        heads,
    )
    raw.executemany(
        "INSERT INTO availability_blocks (vehicle_id, start_ts, end_ts) VALUES (?, ?, ?)", blocks
    )
    raw.executemany(
        "INSERT INTO availability_weekly (vehicle_id, timezone, weekday, start_min, end_min) "
        "VALUES (?, ?, ?, ?, ?)",
        weekly,
    )


_DELETE = {
    "vehicle": (
        "DELETE FROM vehicles WHERE id = ?",
        "DELETE FROM availability WHERE vehicle_id = ?",
    ),
    "venue": ("DELETE FROM venues WHERE id = ?",),
    "review": ("DELETE FROM reviews WHERE id = ?",),
    "booking": ("DELETE FROM bookings WHERE id = ?",),
    "photo": ("DELETE FROM photos WHERE id = ?",),
    "availability": ("DELETE FROM availability WHERE vehicle_id = ?",),
    "vehicle_place": ("DELETE FROM vehicle_places WHERE vehicle_id = ?",),
    "contribution": ("DELETE FROM contributions WHERE id = ?",),
    "report": ("DELETE FROM reports WHERE id = ?",),
    "trip": ("DELETE FROM trips WHERE id = ?",),
    "companion_offer": ("DELETE FROM companion_offers WHERE id = ?",),
    "companionship": ("DELETE FROM companionships WHERE id = ?",),
    "companion_rating": ("DELETE FROM companion_ratings WHERE id = ?",),
    "message": ("DELETE FROM messages WHERE id = ?",),
    "conversation": ("DELETE FROM conversations WHERE booking_id = ?",),
    "renter_review": ("DELETE FROM renter_reviews WHERE id = ?",),
    "renter_standing": ("DELETE FROM renter_standings WHERE id = ?",),
    "handover_report": ("DELETE FROM handover_reports WHERE id = ?",),
    "damage_report": ("DELETE FROM damage_reports WHERE id = ?",),
}


def delete_records(session: Session, kind: str, ids: Iterable[str]) -> int:
    """Deletes the records of ``kind`` with these ids (unknown ids are ignored).

    A deleted vehicle takes its availability with it. Returns how many
    records were deleted.
    """
    check_kind(kind)
    params = [(i,) for i in dict.fromkeys(ids)]
    if not params:
        return 0
    raw = raw_connection(session)
    first, *rest = _DELETE[kind]
    deleted = raw.executemany(first, params).rowcount  # rows of this table, not triggers
    for sql in rest:
        raw.executemany(sql, params)
    return deleted
