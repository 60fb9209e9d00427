"""Single records and small lists: a vehicle's page, a venue's reviews, my bookings."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from wheelshare.cache.plain import raw_connection
from wheelshare.domain import (
    Availability,
    Booking,
    Location,
    Review,
    TargetKind,
    ValidationError,
    Vehicle,
    Venue,
)
from wheelshare.domain.photo import Photo
from wheelshare.domain.vocabulary import parse_enum
from wheelshare.domain.wire import (
    availability_from_wire,
    booking_from_wire,
    photo_from_wire,
    review_from_wire,
    vehicle_from_wire,
    vehicle_place_from_wire,
    venue_from_wire,
)

ROLES = ("renter", "owner")


def get_vehicle(session: Session, vehicle_id: str) -> Vehicle | None:
    row = (
        raw_connection(session)
        .execute("SELECT data FROM vehicles WHERE id = ?", (vehicle_id,))
        .fetchone()
    )
    return None if row is None else vehicle_from_wire(json.loads(row[0]))


def get_venue(session: Session, venue_id: str) -> Venue | None:
    row = (
        raw_connection(session)
        .execute("SELECT data FROM venues WHERE id = ?", (venue_id,))
        .fetchone()
    )
    return None if row is None else venue_from_wire(json.loads(row[0]))


def reviews_for(session: Session, kind: TargetKind | str, target_id: str) -> list[Review]:
    """Reviews of one venue or vehicle, newest first."""
    target = parse_enum(TargetKind, kind, "kind")
    found = raw_connection(session).execute(
        "SELECT data FROM reviews WHERE target_kind = ? AND target_id = ?"
        " ORDER BY created_at DESC, id",
        (target.value, target_id),
    )
    return [review_from_wire(json.loads(r[0])) for r in found]


def photos_for(session: Session, kind: str, target_id: str) -> list[Photo]:
    """Photos of one vehicle or venue, in the gallery's order."""
    found = raw_connection(session).execute(
        "SELECT data FROM photos WHERE target_kind = ? AND target_id = ? ORDER BY position, id",
        (kind, target_id),
    )
    return [photo_from_wire(json.loads(r[0])) for r in found]


def availability_for(session: Session, vehicle_id: str) -> Availability:
    """A vehicle's blocks; no record means no blocks."""
    row = (
        raw_connection(session)
        .execute("SELECT data FROM availability WHERE vehicle_id = ?", (vehicle_id,))
        .fetchone()
    )
    return Availability() if row is None else availability_from_wire(json.loads(row[0]))


def bookings_for_user(session: Session, user_id: str, role: str) -> list[Booking]:
    """A user's bookings as ``renter`` or as ``owner``, soonest first."""
    if role not in ROLES:
        raise ValidationError("role", f"unknown role {role!r}; expected renter or owner")
    column = "renter_id" if role == "renter" else "owner_id"
    found = raw_connection(session).execute(
        f"SELECT data FROM bookings WHERE {column} = ? ORDER BY start_ts, id",  # noqa: S608
        (user_id,),
    )
    return [booking_from_wire(json.loads(r[0])) for r in found]


def own_places(session: Session) -> dict[str, Location]:
    """Where my vehicles really are (address and exact position), by vehicle id:
    from my own feed, where the public records have an approximate area."""
    found = raw_connection(session).execute("SELECT data FROM vehicle_places")
    places = (vehicle_place_from_wire(json.loads(r[0])) for r in found)
    return {p.vehicle_id: p.location for p in places}
