"""Adapted vehicles: adaptations, measurements, prices, availability."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.values import Location, Money, Period
from wheelshare.domain.vocabulary import (
    MEASUREMENT_RANGES,
    Adaptation,
    Measurement,
)


@dataclass(frozen=True, slots=True)
class Measurements:
    """Centimetres and kilograms; ``None`` when the owner did not measure."""

    door_height_cm: int | None = None
    ramp_width_cm: int | None = None
    ramp_length_cm: int | None = None
    lift_max_load_kg: int | None = None
    interior_height_cm: int | None = None

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for m, (low, high) in MEASUREMENT_RANGES.items():
            value = getattr(self, m.value)
            if value is None:
                continue
            unit = "kg" if m is Measurement.LIFT_MAX_LOAD_KG else "cm"
            if not isinstance(value, int) or isinstance(value, bool):
                errors[m.value] = f"must be a whole number of {unit}"
            elif not low <= value <= high:
                errors[m.value] = f"{value} {unit} is not sensible; expected {low} to {high} {unit}"
        if errors:
            raise ValidationError.many(errors, code="out_of_range")

    def get(self, m: Measurement) -> int | None:
        value: int | None = getattr(self, m.value)
        return value


@dataclass(frozen=True, slots=True)
class Prices:
    """Half-day, day and week prices; all in one currency."""

    half_day: Money
    day: Money
    week: Money

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for name in ("half_day", "day", "week"):
            money: Money = getattr(self, name)
            if money.amount < 0:
                errors[name] = "a price cannot be negative"
            elif money.amount > 10_000_00 * (7 if name == "week" else 1):
                errors[name] = "this price is unrealistically high"
        if len({self.half_day.currency, self.day.currency, self.week.currency}) > 1:
            errors["currency"] = "all prices must be in the same currency"
        if errors:
            raise ValidationError.many(errors, code="invalid_price")

    @property
    def currency(self) -> str:
        return self.day.currency


@dataclass(frozen=True, slots=True)
class Rating:
    average: float | None = None
    count: int = 0


@dataclass(frozen=True, slots=True)
class Vehicle:
    id: str
    owner_id: str
    title: str
    location: Location
    prices: Prices
    adaptations: frozenset[Adaptation] = frozenset()
    measurements: Measurements = field(default_factory=Measurements)
    description: str = ""
    seats: int = 4
    wheelchair_places: int = 1
    instant_book: bool = False
    listed: bool = True
    rating: Rating = field(default_factory=Rating)
    owner_name: str = ""
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        if not self.title.strip():
            errors["title"] = "a vehicle needs a title"
        elif len(self.title) > 120:
            errors["title"] = "the title is longer than 120 characters"
        if len(self.description) > 5000:
            errors["description"] = "the description is longer than 5000 characters"
        if not 1 <= self.seats <= 9:
            errors["seats"] = "seats must be between 1 and 9"
        if not 0 <= self.wheelchair_places <= 4:
            errors["wheelchair_places"] = "wheelchair places must be between 0 and 4"
        if errors:
            raise ValidationError.many(errors)


@dataclass(frozen=True, slots=True)
class VehiclePlace:
    """Where a vehicle really is: its street address and exact position. Only its
    owner's own feed carries it; the public record has an approximate area."""

    vehicle_id: str
    location: Location
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WeeklyBlock:
    """Every week on ``weekday`` (0 = Monday) from ``start`` to ``end`` local time."""

    weekday: int
    start: time
    end: time  # time(0) means until midnight

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValidationError("weekday", "the weekday must be 0 (Monday) to 6 (Sunday)")
        if self.end != time(0) and self.end <= self.start:
            raise ValidationError("end", "the weekly block ends before it starts")


@dataclass(frozen=True, slots=True)
class Availability:
    """When a vehicle cannot be booked, besides its confirmed bookings."""

    blocks: tuple[Period, ...] = ()
    weekly: tuple[WeeklyBlock, ...] = ()
    timezone: str = "Europe/Paris"

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError("timezone", f"unknown time zone {self.timezone!r}") from None

    def blocked_periods(self, within: Period) -> list[Period]:
        """Every block (one-off or weekly) that overlaps ``within``, in time order."""
        out = [b for b in self.blocks if b.overlaps(within)]
        if self.weekly:
            tz = ZoneInfo(self.timezone)
            day = within.start.astimezone(tz).date() - timedelta(days=1)
            last = within.end.astimezone(tz).date()
            while day <= last:
                for rule in self.weekly:
                    if rule.weekday != day.weekday():
                        continue
                    start = datetime.combine(day, rule.start, tz)
                    end_day = day + timedelta(days=1) if rule.end == time(0) else day
                    end = datetime.combine(end_day, rule.end, tz)
                    p = Period(start, end)
                    if p.overlaps(within):
                        out.append(p)
                day += timedelta(days=1)
        return sorted(out, key=lambda p: p.start)

    def is_blocked(self, period: Period) -> bool:
        return bool(self.blocked_periods(period))
