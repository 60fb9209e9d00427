"""Owners' vehicles and their availability."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import ValidationError
from wheelshare.domain.wire import (
    availability_from_wire,
    availability_to_wire,
    format_time,
    vehicle_from_wire,
    vehicle_to_wire,
)
from wheelshare.feed import areas, changelog, publish
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Conflict
from wheelshare.feed.models import (
    AvailabilityRow,
    BookingRow,
    User,
    VehicleCreation,
    VehicleRow,
)
from wheelshare.feed.records import invalid, load, owned_vehicle, public_vehicle

EMPTY_AVAILABILITY: dict[str, Any] = {"blocks": [], "weekly": [], "timezone": "Europe/Paris"}


def _validated(wire: dict[str, Any]) -> dict[str, Any]:
    try:
        return vehicle_to_wire(vehicle_from_wire(wire))
    except ValidationError as e:
        raise invalid(e, "the vehicle needs fixing") from None


def _save(session: Session, row: VehicleRow, data: dict[str, Any], now: datetime) -> None:
    data["updated_at"] = format_time(now)
    row.data = data
    row.listed = bool(data["listed"])
    row.instant_book = bool(data["instant_book"])
    row.updated_at = now
    publish.vehicle(session, data)


@dataclass(frozen=True, slots=True)
class Created:
    data: dict[str, Any]
    created: bool


def _digest(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _earlier(session: Session, owner: User, key: str, digest: str) -> Created | None:
    done = session.get(VehicleCreation, (owner.id, key))
    if done is None:
        return None
    if done.body_digest != digest:
        raise Conflict(
            "this Idempotency-Key was already used for a different vehicle listing",
            code="idempotency_key_reused",
        )
    return Created(dict(load(session, VehicleRow, done.vehicle_id).data), created=False)


def create_vehicle(
    session: Session, owner: User, fields: dict[str, Any], key: str | None = None
) -> Created:
    """Lists a new vehicle, once per (owner, ``key``): the same key again answers
    with the vehicle it created (``created=False``), even if it was edited since.
    Without a key every call lists a new vehicle."""
    digest = _digest(fields)
    if key is not None:
        earlier = _earlier(session, owner, key, digest)
        if earlier is not None:
            return earlier
    now = utcnow()
    vehicle_id = str(uuid.uuid4())
    wire = {
        **fields,
        "id": vehicle_id,
        "owner_id": owner.id,
        "owner_name": owner.display_name,
        "listed": True,
        "rating": {"average": None, "count": 0},
    }
    data = _validated(wire)
    try:
        # Claim the key first: a resend racing on another connection waits here
        # (PostgreSQL) or is serialised by the write lock (SQLite), then loses.
        with session.begin_nested():
            row = VehicleRow(
                id=vehicle_id,
                owner_id=owner.id,
                listed=True,
                instant_book=False,
                data=data,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            if key is not None:
                session.add(
                    VehicleCreation(
                        owner_id=owner.id,
                        idempotency_key=key,
                        vehicle_id=vehicle_id,
                        body_digest=digest,
                        created_at=now,
                    )
                )
                session.flush()
    except IntegrityError:
        winner = None if key is None else _earlier(session, owner, key, digest)
        if winner is None:
            raise
        return winner
    _save(session, row, data, now)
    session.flush()
    _store_availability(session, vehicle_id, dict(EMPTY_AVAILABILITY), now)
    return Created(data, created=True)


def update_vehicle(
    session: Session, user: User, vehicle_id: str, patch: dict[str, Any]
) -> dict[str, Any]:
    row = owned_vehicle(session, vehicle_id, user.id)
    merged = dict(row.data)
    for key, value in patch.items():
        if key == "measurements" and isinstance(value, dict):
            merged["measurements"] = {**(merged.get("measurements") or {}), **value}
        else:
            merged[key] = value
    data = _validated(merged)
    moved = data["location"] != row.data.get("location")
    _save(session, row, data, utcnow())
    if moved:
        _refresh_pickups(session, row)
    return data


def _refresh_pickups(session: Session, vehicle: VehicleRow) -> None:
    """Sends the vehicle's new place to both parties of its confirmed bookings."""
    place = areas.pickup(vehicle.data)
    for booking in session.scalars(
        select(BookingRow).where(
            BookingRow.vehicle_id == vehicle.id, BookingRow.status == "confirmed"
        )
    ):
        booking.data = {**booking.data, "pickup": place}
        publish.booking(session, booking)


def unlist_vehicle(session: Session, user: User, vehicle_id: str) -> dict[str, Any]:
    """Unlisting keeps the record (bookings refer to it); it is sent as listed: false."""
    row = owned_vehicle(session, vehicle_id, user.id)
    data = {**row.data, "listed": False}
    _save(session, row, data, utcnow())
    return data


def booked_periods(session: Session, vehicle_id: str, now: datetime) -> list[dict[str, str]]:
    rows = session.execute(
        select(BookingRow.start_at, BookingRow.end_at)
        .where(
            BookingRow.vehicle_id == vehicle_id,
            BookingRow.status == "confirmed",
            BookingRow.end_at > now,
        )
        .order_by(BookingRow.start_at)
    ).all()
    return [{"start": format_time(r.start_at), "end": format_time(r.end_at)} for r in rows]


def _store_availability(
    session: Session, vehicle_id: str, rules: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Saves the owner's rules plus the confirmed bookings (``booked``), and records it.

    ``booked`` is an extension of the contract: it lets a client show a calendar
    without seeing who booked.
    """
    data = {
        "vehicle_id": vehicle_id,
        **rules,
        "booked": booked_periods(session, vehicle_id, now),
        "updated_at": format_time(now),
    }
    row = session.get(AvailabilityRow, vehicle_id)
    if row is None:
        session.add(AvailabilityRow(vehicle_id=vehicle_id, data=data, updated_at=now))
    else:
        row.data = data
        row.updated_at = now
    changelog.record(session, "availability", vehicle_id, "upsert", data)
    return data


def refresh_booked(session: Session, vehicle_id: str) -> None:
    """Re-sends a vehicle's availability after its confirmed bookings changed."""
    session.flush()
    row = session.get(AvailabilityRow, vehicle_id)
    rules = dict(EMPTY_AVAILABILITY) if row is None else _rules(row.data)
    _store_availability(session, vehicle_id, rules, utcnow())


def _rules(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in ("blocks", "weekly", "timezone") if k in data}


def set_availability(
    session: Session,
    user: User,
    vehicle_id: str,
    body: dict[str, Any],
    instant_book: bool | None,
) -> dict[str, Any]:
    row = owned_vehicle(session, vehicle_id, user.id)
    try:
        rules = availability_to_wire(availability_from_wire(body))
    except ValidationError as e:
        raise invalid(e, "the availability needs fixing") from None
    now = utcnow()
    if instant_book is not None and instant_book != row.instant_book:
        _save(session, row, {**row.data, "instant_book": instant_book}, now)
    return _store_availability(session, vehicle_id, rules, now)


def get_vehicle(session: Session, vehicle_id: str, *, for_owner: bool = False) -> dict[str, Any]:
    """The vehicle as the public feed shows it (an approximate area). Its owner
    still reaches a listing a moderator hid; anyone else is answered 404."""
    row = (
        load(session, VehicleRow, vehicle_id) if for_owner else public_vehicle(session, vehicle_id)
    )
    return areas.public_vehicle(dict(row.data), areas.area_key(session))


def get_availability(session: Session, vehicle_id: str) -> dict[str, Any]:
    public_vehicle(session, vehicle_id)
    row = session.get(AvailabilityRow, vehicle_id)
    if row is None:
        return {"vehicle_id": vehicle_id, **EMPTY_AVAILABILITY, "booked": []}
    return dict(row.data)
