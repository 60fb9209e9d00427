"""Bookings: states, legal transitions and the cancellation policy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from wheelshare.domain.errors import TransitionError
from wheelshare.domain.values import Location, Money, Period


class BookingStatus(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    COMPLETED = "completed"

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]

    @property
    def holds_vehicle(self) -> bool:
        """Whether a booking in this state keeps others from the same dates."""
        return self is BookingStatus.CONFIRMED


# A renter may also withdraw a request nobody has answered yet (requested -> cancelled).
TRANSITIONS: dict[BookingStatus, frozenset[BookingStatus]] = {
    BookingStatus.REQUESTED: frozenset(
        {
            BookingStatus.CONFIRMED,
            BookingStatus.DECLINED,
            BookingStatus.EXPIRED,
            BookingStatus.CANCELLED,
        }
    ),
    BookingStatus.CONFIRMED: frozenset({BookingStatus.CANCELLED, BookingStatus.COMPLETED}),
    BookingStatus.DECLINED: frozenset(),
    BookingStatus.EXPIRED: frozenset(),
    BookingStatus.CANCELLED: frozenset(),
    BookingStatus.COMPLETED: frozenset(),
}


def check_transition(current: BookingStatus, wanted: BookingStatus) -> None:
    if wanted not in TRANSITIONS[current]:
        raise TransitionError(current.value, wanted.value)


@dataclass(frozen=True, slots=True)
class Booking:
    id: str
    vehicle_id: str
    renter_id: str
    owner_id: str
    period: Period
    status: BookingStatus
    price: Money
    refund: Money | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    renter_name: str = ""
    vehicle_title: str = ""
    # The exact pick-up place, in the two parties' own feeds while the booking
    # is confirmed; None otherwise (the public feed has only an approximate area).
    pickup: Location | None = None

    def moved_to(self, wanted: BookingStatus, refund: Money | None = None) -> Booking:
        check_transition(self.status, wanted)
        return replace(self, status=wanted, refund=refund if refund is not None else self.refund)


@dataclass(frozen=True, slots=True)
class CancellationPolicy:
    """The written policy: full refund ``full_before`` or more before the start,
    ``late_percent`` % after that until the start, nothing once the rental began.
    A request nobody confirmed yet costs nothing to withdraw."""

    full_before: timedelta = timedelta(hours=48)
    late_percent: int = 50

    def refund(self, booking: Booking, now: datetime) -> Money:
        if booking.status is BookingStatus.REQUESTED:
            return booking.price
        notice = booking.period.start - now
        if notice >= self.full_before:
            return booking.price
        if notice > timedelta(0):
            return booking.price.percent(self.late_percent)
        return Money(0, booking.price.currency)

    def describe(self) -> str:
        hours = int(self.full_before.total_seconds() // 3600)
        return (
            f"Full refund when cancelled {hours} hours or more before the start; "
            f"{self.late_percent} % after that; no refund once the rental has begun."
        )


DEFAULT_POLICY = CancellationPolicy()
