"""Loading rows for a request: unknown ids are 404s, other people's records 403s."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from wheelshare.domain import ValidationError
from wheelshare.feed import hidden
from wheelshare.feed.errors import Forbidden, Invalid, NotFound
from wheelshare.feed.models import Base, BookingRow, VehicleRow, VenueRow

R = TypeVar("R", bound=Base)

_WHAT = {VehicleRow: "vehicle", VenueRow: "venue", BookingRow: "booking"}


def load(session: Session, model: type[R], record_id: str, *, for_update: bool = False) -> R:
    """The row, locked for the transaction when ``for_update`` (PostgreSQL; SQLite's
    write transactions hold the whole database already).

    An id with a NUL in it (``/v1/vehicles/a%00b``) is unknown without asking:
    no record can have one, and PostgreSQL refuses NUL in text outright."""
    row = (
        None
        if "\x00" in record_id
        else session.get(model, record_id, with_for_update=for_update or None)
    )
    if row is None:
        what = _WHAT.get(model, "record")
        raise NotFound(f"there is no {what} with id {record_id!r}", code=f"{what}_not_found")
    return row


def public_vehicle(session: Session, vehicle_id: str) -> VehicleRow:
    """The vehicle as anyone but its owner may reach it: a listing a moderator hid
    is answered as if it were gone (404), so it can be neither read, quoted nor
    booked until it is restored, and the answer does not tell a stranger why."""
    row = load(session, VehicleRow, vehicle_id)
    if hidden.is_hidden(session, "listing", vehicle_id):
        raise NotFound(f"there is no vehicle with id {vehicle_id!r}", code="vehicle_not_found")
    return row


def owned_vehicle(session: Session, vehicle_id: str, user_id: str) -> VehicleRow:
    row = load(session, VehicleRow, vehicle_id, for_update=True)
    if row.owner_id != user_id:
        raise Forbidden("only the vehicle's owner may change it", code="not_owner")
    return row


def invalid(err: ValidationError, message: str = "some fields need fixing") -> Invalid:
    """A domain ValidationError as the 422 answer, field by field."""
    return Invalid(message if len(err.errors) > 1 else err.message, fields=dict(err.errors))
