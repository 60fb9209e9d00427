"""Small value objects: places, money, periods."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from wheelshare.domain.errors import ValidationError

CURRENCIES = frozenset({"EUR", "GBP", "CHF", "USD"})


@dataclass(frozen=True, slots=True)
class Location:
    lat: float
    lon: float
    city: str = ""
    address: str = ""
    # True for a vehicle's public place: a stable point within about a kilometre
    # of the real one, with its town and no street address (docs/security.md).
    approximate: bool = False

    def __post_init__(self) -> None:
        check_coordinates(self.lat, self.lon)


def check_coordinates(lat: float, lon: float, field: str = "location") -> None:
    if not isinstance(lat, int | float) or isinstance(lat, bool) or not math.isfinite(lat):
        raise ValidationError(f"{field}.lat", "latitude must be a number")
    if not isinstance(lon, int | float) or isinstance(lon, bool) or not math.isfinite(lon):
        raise ValidationError(f"{field}.lon", "longitude must be a number")
    if not -90.0 <= lat <= 90.0:
        raise ValidationError(f"{field}.lat", f"latitude {lat} is outside -90 to 90")
    if not -180.0 <= lon <= 180.0:
        raise ValidationError(f"{field}.lon", f"longitude {lon} is outside -180 to 180")


def check_radius_km(radius_km: float, field: str = "radius_km") -> None:
    if not math.isfinite(radius_km) or radius_km < 0:
        raise ValidationError(field, "the radius must be zero or more kilometres")
    if radius_km > 20_000:
        raise ValidationError(field, "the radius cannot exceed 20,000 km")


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in integer minor units (cents) of an ISO 4217 currency."""

    amount: int
    currency: str = "EUR"

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool):
            raise ValidationError("amount", "money is a whole number of cents")
        if self.currency not in CURRENCIES:
            raise ValidationError("currency", f"unsupported currency {self.currency!r}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def times(self, n: int) -> Money:
        return Money(self.amount * n, self.currency)

    def percent(self, pct: int) -> Money:
        """``pct`` % of this amount, rounded half up to the cent."""
        return Money((self.amount * pct + 50) // 100, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValidationError("currency", f"cannot mix {self.currency} and {other.currency}")

    def __str__(self) -> str:
        return f"{self.amount / 100:.2f} {self.currency}"


def require_aware(value: datetime, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(field, "expected a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "a date and time needs a time zone")
    return value


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open period ``[start, end)`` in aware datetimes."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        require_aware(self.start, "start")
        require_aware(self.end, "end")
        if self.end <= self.start:
            if self.end == self.start:
                raise ValidationError("end", "the period is empty: the end equals the start")
            raise ValidationError("end", "the end is before the start")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def overlaps(self, other: Period) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end
