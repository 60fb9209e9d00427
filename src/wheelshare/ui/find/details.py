"""What the detail pane shows about one vehicle, computed on the worker.

Plain data and pure functions (no widgets), so the words for availability
and fit can be tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from wheelshare.domain import (
    Availability,
    FitResult,
    Period,
    Quote,
    Review,
    Vehicle,
    WheelchairProfile,
    clock,
    fits,
    quote,
)
from wheelshare.domain.photo import Photo


class DayState(StrEnum):
    FREE = "free"
    PARTLY = "partly"
    TAKEN = "taken"


@dataclass(frozen=True)
class DayAvailability:
    day: date
    state: DayState
    # The free stretches of a partly free day, local times.
    free: tuple[tuple[datetime, datetime], ...] = ()


@dataclass(frozen=True)
class VehicleDetails:
    vehicle: Vehicle
    distance_km: float | None
    reviews: tuple[Review, ...]
    availability: Availability
    taken: tuple[Period, ...]  # confirmed bookings of anyone
    days: tuple[DayAvailability, ...]
    period: Period | None
    quote: Quote | None
    period_free: bool | None  # None when no period was chosen
    fit: FitResult | None
    extra: dict[str, object] = field(default_factory=dict)
    photos: tuple[Photo, ...] = ()


def _merge(periods: list[Period]) -> list[Period]:
    out: list[Period] = []
    for p in sorted(periods, key=lambda p: p.start):
        if out and p.start <= out[-1].end:
            if p.end > out[-1].end:
                out[-1] = Period(out[-1].start, p.end)
        else:
            out.append(p)
    return out


def days_ahead(
    availability: Availability,
    taken: tuple[Period, ...],
    first: date,
    count: int = 28,
) -> tuple[DayAvailability, ...]:
    """Each day from ``first``: free, taken, or partly free (with the free stretches)."""
    tz = ZoneInfo(availability.timezone)
    out: list[DayAvailability] = []
    for n in range(count):
        day = first + timedelta(days=n)
        start = datetime.combine(day, datetime.min.time(), tz)
        whole = Period(start, start + timedelta(days=1))
        busy = [p for p in availability.blocked_periods(whole)] + [
            p for p in taken if p.overlaps(whole)
        ]
        clipped = [
            Period(max(p.start, whole.start), min(p.end, whole.end))
            for p in busy
            if max(p.start, whole.start) < min(p.end, whole.end)
        ]
        merged = _merge(clipped)
        if not merged:
            out.append(DayAvailability(day, DayState.FREE))
            continue
        free: list[tuple[datetime, datetime]] = []
        cursor = whole.start
        for p in merged:
            if p.start > cursor:
                free.append((cursor, p.start))
            cursor = max(cursor, p.end)
        if cursor < whole.end:
            free.append((cursor, whole.end))
        state = DayState.PARTLY if free else DayState.TAKEN
        out.append(DayAvailability(day, state, tuple(free)))
    return tuple(out)


def build_details(
    vehicle: Vehicle,
    distance_km: float | None,
    reviews: tuple[Review, ...],
    availability: Availability,
    taken: tuple[Period, ...],
    period: Period | None,
    profile: WheelchairProfile | None,
    today: date | None = None,
) -> VehicleDetails:
    first = today or (
        period.start.astimezone(ZoneInfo(availability.timezone)).date()
        if period
        else clock.now().astimezone(ZoneInfo(availability.timezone)).date()
    )
    days = days_ahead(availability, taken, first)
    the_quote = quote(vehicle.prices, period) if period else None
    free: bool | None = None
    if period is not None:
        free = not availability.is_blocked(period) and not any(p.overlaps(period) for p in taken)
    fit = fits(profile, vehicle) if profile is not None else None
    return VehicleDetails(
        vehicle, distance_km, reviews, availability, taken, days, period, the_quote, free, fit
    )
