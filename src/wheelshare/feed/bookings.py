"""Bookings: quotes, requests, the owner's answer, cancellations and the sweep.

No two confirmed bookings of one vehicle overlap. On PostgreSQL the exclusion
constraint ``bookings_no_overlap`` guarantees it whatever the interleaving; the
check below only gives the common case a clear answer early. On SQLite the check
and the insert run in one ``BEGIN IMMEDIATE`` transaction, which holds the
database's only write lock from the first statement, so nothing can slip in;
triggers of the same name refuse an overlap whatever wrote it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import (
    Booking,
    BookingStatus,
    Location,
    Money,
    Period,
    TransitionError,
    ValidationError,
    check_transition,
    quote,
)
from wheelshare.domain.wire import (
    availability_from_wire,
    booking_to_wire,
    format_time,
    money_to_wire,
    vehicle_from_wire,
)
from wheelshare.feed import publish
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.errors import Conflict, Forbidden, Invalid
from wheelshare.feed.models import AvailabilityRow, BookingRow, User, VehicleRow
from wheelshare.feed.records import invalid, load, public_vehicle
from wheelshare.feed.settings import FeedSettings
from wheelshare.feed.vehicles import refresh_booked

DATES_UNAVAILABLE = "the vehicle is not available for these dates; choose other dates"


def check_period(start: datetime, end: datetime, settings: FeedSettings, now: datetime) -> Period:
    try:
        period = Period(start, end)
    except ValidationError as e:
        raise invalid(e) from None
    if period.start <= now:
        raise Invalid("the rental cannot start in the past", fields={"start": "is in the past"})
    if period.duration < settings.min_booking:
        hours = int(settings.min_booking.total_seconds() // 3600)
        raise Invalid(
            f"a rental lasts at least {hours} hours (a half-day)",
            code="booking_too_short",
            fields={"end": f"is less than {hours} hours after the start"},
        )
    if period.duration > settings.max_booking:
        days = settings.max_booking.days
        raise Invalid(
            f"a rental can last at most {days} days",
            code="booking_too_long",
            fields={"end": f"is more than {days} days after the start"},
        )
    if period.start > now + settings.booking_horizon:
        days = settings.booking_horizon.days
        raise Invalid(
            f"a rental can start at most {days} days from now",
            code="beyond_horizon",
            fields={"start": f"is more than {days} days ahead"},
        )
    return period


def quote_for(session: Session, vehicle_id: str, period: Period) -> dict[str, Any]:
    row = public_vehicle(session, vehicle_id)
    prices = vehicle_from_wire(row.data).prices
    q = quote(prices, period)
    return {
        "vehicle_id": vehicle_id,
        "start": format_time(period.start),
        "end": format_time(period.end),
        "lines": [
            {
                "unit": line.unit,
                "count": line.count,
                "unit_price": money_to_wire(line.unit_price),
                "total": money_to_wire(line.total),
            }
            for line in q.lines
        ],
        "total": money_to_wire(q.total),
    }


def _overlaps_confirmed(
    session: Session, vehicle_id: str, period: Period, *, other_than: str = ""
) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    BookingRow.vehicle_id == vehicle_id,
                    BookingRow.status == "confirmed",
                    BookingRow.start_at < period.end,
                    BookingRow.end_at > period.start,
                    BookingRow.id != other_than,
                )
            )
        )
    )


def _blocked(session: Session, vehicle_id: str, period: Period) -> bool:
    row = session.get(AvailabilityRow, vehicle_id)
    if row is None:
        return False
    return availability_from_wire(row.data).is_blocked(period)


def _is_overlap_violation(err: IntegrityError) -> bool:
    """PostgreSQL's exclusion constraint or SQLite's trigger refused an overlap."""
    return getattr(err.orig, "sqlstate", None) == "23P01" or "bookings_no_overlap" in str(err.orig)


def _pickup(vehicle: VehicleRow | None, status: BookingStatus) -> Location | None:
    """The exact place, for a confirmed booking only: a request, a refusal or a
    cancellation does not tell the renter where the owner lives, and once the
    rental is over the renter no longer needs it."""
    if vehicle is None or status is not BookingStatus.CONFIRMED:
        return None
    loc = vehicle.data["location"]
    return Location(loc["lat"], loc["lon"], loc.get("city", ""), loc.get("address", ""))


def _to_wire(
    row: BookingRow, status: BookingStatus, refund: Money | None, vehicle: VehicleRow | None
) -> dict[str, Any]:
    base = row.data
    price = Money(base["price"]["amount"], base["price"]["currency"])
    booking = Booking(
        id=row.id,
        vehicle_id=row.vehicle_id,
        renter_id=row.renter_id,
        owner_id=row.owner_id,
        period=Period(row.start_at, row.end_at),
        status=status,
        price=price,
        refund=refund,
        created_at=row.created_at,
        updated_at=row.updated_at,
        renter_name=base.get("renter_name", ""),
        vehicle_title=base.get("vehicle_title", ""),
        pickup=_pickup(vehicle, status),
    )
    return booking_to_wire(booking)


def check_renter_caps(
    session: Session,
    renter_id: str,
    vehicle_id: str,
    settings: FeedSettings,
    now: datetime,
    period: Period | None = None,
) -> None:
    """409 when the renter already has too many requests waiting, or too many
    bookings ahead of this vehicle. Counted in the booking's write transaction,
    which SQLite runs alone; on PostgreSQL the renter's row is locked first, so
    one account's parallel requests are counted one after the other."""
    session.execute(select(User.id).where(User.id == renter_id).with_for_update())
    # The three counts in one statement: this runs on every booking request.
    mine: Any = literal(0)
    if period is not None:
        # A second request for the same vehicle and dates (a second press, or a
        # second copy of the app) would reach the owner twice: each carries its
        # own idempotency key, so only the dates can tell.
        mine = (
            select(func.count())
            .where(
                BookingRow.renter_id == renter_id,
                BookingRow.vehicle_id == vehicle_id,
                # (Their own confirmed booking of these dates is dates_unavailable,
                # as for anyone.)
                BookingRow.status == "requested",
                BookingRow.due_at > now,
                BookingRow.start_at < period.end,
                BookingRow.end_at > period.start,
            )
            .scalar_subquery()
        )
    pending_q = (
        select(func.count())
        .where(
            BookingRow.renter_id == renter_id,
            BookingRow.status == "requested",
            BookingRow.due_at > now,
        )
        .scalar_subquery()
    )
    ahead_q = (
        select(func.count())
        .where(
            BookingRow.renter_id == renter_id,
            BookingRow.vehicle_id == vehicle_id,
            BookingRow.status.in_(("requested", "confirmed")),
            BookingRow.end_at > now,
        )
        .scalar_subquery()
    )
    same, pending, ahead = session.execute(select(mine, pending_q, ahead_q)).one()
    if same:
        raise Conflict(
            "you already asked for this vehicle on these dates; wait for the owner's answer",
            code="already_requested",
        )
    if (pending or 0) >= settings.max_pending_per_renter:
        raise Conflict(
            f"you have {pending} requests waiting for an answer; wait for one, or"
            " cancel one, before asking again",
            code="too_many_pending",
        )
    if (ahead or 0) >= settings.max_open_per_vehicle:
        raise Conflict(
            f"you already have {ahead} bookings ahead of this vehicle; leave it to"
            " others until one of them is over",
            code="too_many_for_vehicle",
        )


@dataclass(frozen=True, slots=True)
class Placed:
    data: dict[str, Any]
    created: bool


def place_booking(
    session: Session,
    renter: User,
    vehicle_id: str,
    start: datetime,
    end: datetime,
    key: str,
    settings: FeedSettings,
) -> Placed:
    now = utcnow()
    earlier = session.scalar(
        select(BookingRow).where(
            BookingRow.renter_id == renter.id, BookingRow.idempotency_key == key
        )
    )
    if earlier is not None:
        if (earlier.vehicle_id, earlier.start_at, earlier.end_at) != (vehicle_id, start, end):
            raise Conflict(
                "this Idempotency-Key was already used for a different booking request",
                code="idempotency_key_reused",
            )
        return Placed(earlier.data, created=False)
    vehicle = public_vehicle(session, vehicle_id)
    period = check_period(start, end, settings, now)
    if vehicle.owner_id == renter.id:
        raise Forbidden("you cannot book your own vehicle", code="own_vehicle")
    if not vehicle.listed:
        raise Conflict("this vehicle is no longer listed", code="vehicle_unlisted")
    check_renter_caps(session, renter.id, vehicle_id, settings, now, period)
    if _blocked(session, vehicle_id, period) or _overlaps_confirmed(session, vehicle_id, period):
        raise Conflict(DATES_UNAVAILABLE, code="dates_unavailable")
    status = BookingStatus.CONFIRMED if vehicle.instant_book else BookingStatus.REQUESTED
    price = quote(vehicle_from_wire(vehicle.data).prices, period).total
    row = BookingRow(
        id=str(uuid.uuid4()),
        vehicle_id=vehicle_id,
        renter_id=renter.id,
        owner_id=vehicle.owner_id,
        start_at=period.start,
        end_at=period.end,
        status=status.value,
        due_at=period.end
        if status is BookingStatus.CONFIRMED
        else min(now + settings.request_expiry, period.start),
        idempotency_key=key,
        data={
            "price": money_to_wire(price),
            "renter_name": renter.display_name,
            "vehicle_title": vehicle.data.get("title", ""),
        },
        created_at=now,
        updated_at=now,
    )
    row.data = _to_wire(row, status, None, vehicle)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError as err:
        if _is_overlap_violation(err):
            raise Conflict(DATES_UNAVAILABLE, code="dates_unavailable") from None
        # The same key raced with itself from two connections: answer with the winner.
        winner = session.scalar(
            select(BookingRow).where(
                BookingRow.renter_id == renter.id, BookingRow.idempotency_key == key
            )
        )
        if winner is None:
            raise
        return Placed(winner.data, created=False)
    publish.booking(session, row)
    if status is BookingStatus.CONFIRMED:
        refresh_booked(session, vehicle_id)
    return Placed(row.data, created=True)


def _move(
    session: Session, row: BookingRow, wanted: BookingStatus, refund: Money | None, now: datetime
) -> None:
    try:
        check_transition(BookingStatus(row.status), wanted)
    except TransitionError as e:
        raise Conflict(str(e), code="invalid_transition") from None
    was_confirmed = row.status == "confirmed"
    # Read before the row changes: a query here would flush the new status
    # outside the savepoint below that turns an overlap into a 409.
    vehicle = session.get(VehicleRow, row.vehicle_id)
    row.status = wanted.value
    row.updated_at = now
    row.due_at = row.end_at if wanted is BookingStatus.CONFIRMED else None
    row.data = _to_wire(row, wanted, refund, vehicle)
    if wanted is BookingStatus.CONFIRMED:
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError as err:
            if _is_overlap_violation(err):
                raise Conflict(DATES_UNAVAILABLE, code="dates_unavailable") from None
            raise
    publish.booking(session, row)
    if was_confirmed or wanted is BookingStatus.CONFIRMED:
        refresh_booked(session, row.vehicle_id)


def answer(session: Session, user: User, booking_id: str, accept: bool) -> dict[str, Any]:
    """The owner accepts or declines a request."""
    row = load(session, BookingRow, booking_id, for_update=True)
    if row.owner_id != user.id:
        raise Forbidden("only the vehicle's owner may answer this request", code="not_owner")
    now = utcnow()
    if row.status == "requested" and row.due_at is not None and row.due_at <= now:
        raise Conflict("this request has expired", code="request_expired")
    if accept:
        if row.status == "requested" and _overlaps_confirmed(
            session, row.vehicle_id, Period(row.start_at, row.end_at), other_than=row.id
        ):
            raise Conflict(
                "another confirmed booking overlaps these dates; decline this request",
                code="dates_unavailable",
            )
        _move(session, row, BookingStatus.CONFIRMED, None, now)
    else:
        _move(session, row, BookingStatus.DECLINED, None, now)
    return dict(row.data)


def cancel(session: Session, user: User, booking_id: str, settings: FeedSettings) -> dict[str, Any]:
    """Renter or owner cancels; the refund follows the written policy.

    An owner who cancels refunds the renter in full: the renter did nothing wrong.
    A request nobody accepted was never paid: withdrawing it records no refund
    (``refund`` null), so no one reads of money coming back that never left.
    """
    row = load(session, BookingRow, booking_id, for_update=True)
    if user.id not in (row.renter_id, row.owner_id):
        raise Forbidden("only the renter or the owner may cancel this booking", code="not_party")
    now = utcnow()
    current = BookingStatus(row.status)
    price = Money(row.data["price"]["amount"], row.data["price"]["currency"])
    refund: Money | None
    if current is BookingStatus.REQUESTED:
        refund = None
    elif user.id == row.owner_id:
        refund = price
    else:
        booking = Booking(
            row.id,
            row.vehicle_id,
            row.renter_id,
            row.owner_id,
            Period(row.start_at, row.end_at),
            current,
            price,
        )
        refund = settings.cancellation_policy.refund(booking, now)
    _move(session, row, BookingStatus.CANCELLED, refund, now)
    return dict(row.data)


def get_booking(session: Session, user: User, booking_id: str) -> dict[str, Any]:
    row = load(session, BookingRow, booking_id)
    if user.id not in (row.renter_id, row.owner_id):
        raise Forbidden("only the renter and the owner may see this booking", code="not_party")
    return dict(row.data)


# -- the sweep ----------------------------------------------------------------


def due_checks(now: datetime | ColumnElement[Any]) -> list[Select[Any]]:
    """The bookings :func:`sweep` would expire or complete now."""
    return [
        select(BookingRow.id).where(
            BookingRow.status.in_(("requested", "confirmed")), BookingRow.due_at <= now
        )
    ]


def anything_due(session: Session, now: datetime) -> bool:
    return bool(session.scalar(select(due_checks(now)[0].exists())))


def sweep(session: Session, now: datetime | None = None) -> int:
    """Expires unanswered requests and completes confirmed bookings that ended.

    Each change goes to the renter's and the owner's private feeds. Safe to run
    from several processes at once: rows another sweep holds are skipped.
    """
    now = now or utcnow()
    rows = session.scalars(
        select(BookingRow)
        .where(BookingRow.status.in_(("requested", "confirmed")), BookingRow.due_at <= now)
        .order_by(BookingRow.due_at)
        .limit(500)
        .with_for_update(skip_locked=True)
    ).all()
    for row in rows:
        if row.status == "requested":
            _move(session, row, BookingStatus.EXPIRED, None, now)
        else:
            _move(session, row, BookingStatus.COMPLETED, None, now)
    return len(rows)


def has_completed_booking(session: Session, user_id: str, vehicle_id: str) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    BookingRow.vehicle_id == vehicle_id,
                    BookingRow.renter_id == user_id,
                    BookingRow.status == "completed",
                )
            )
        )
    )


def sweep_due(db: Database) -> int:
    """Runs the sweep when something is due; a cheap read otherwise."""
    now = utcnow()
    with db.read() as session:
        if not anything_due(session, now):
            return 0
    with db.write() as session:
        return sweep(session, now)
