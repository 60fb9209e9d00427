"""Places, money and half-open periods."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from wheelshare.domain import Location, Money, Period, ValidationError
from wheelshare.domain.values import check_radius_km

T0 = datetime(2026, 12, 1, 9, tzinfo=UTC)


def p(start_h: float, end_h: float) -> Period:
    return Period(T0 + timedelta(hours=start_h), T0 + timedelta(hours=end_h))


def test_periods_are_half_open() -> None:
    assert p(0, 2).overlaps(p(1, 3))
    assert p(1, 3).overlaps(p(0, 2))
    assert p(0, 4).overlaps(p(1, 2))  # containment
    assert not p(0, 2).overlaps(p(2, 4))  # touching ends do not overlap
    assert not p(2, 4).overlaps(p(0, 2))
    assert p(0, 2).contains(T0)
    assert not p(0, 2).contains(T0 + timedelta(hours=2))
    assert p(0, 36).duration == timedelta(hours=36)


def test_periods_across_time_zones_compare_as_instants() -> None:
    paris = timezone(timedelta(hours=1))
    local = Period(datetime(2026, 12, 1, 10, tzinfo=paris), datetime(2026, 12, 1, 12, tzinfo=paris))
    assert local.overlaps(p(0, 1.5))  # 10:00 Paris is 09:00 UTC
    assert not local.overlaps(p(-2, 0))


@pytest.mark.parametrize(
    ("start", "end", "field", "words"),
    [
        (T0, T0, "end", "empty"),
        (T0, T0 - timedelta(seconds=1), "end", "before the start"),
        (datetime(2026, 12, 1, 9), T0, "start", "time zone"),
        (T0, datetime(2026, 12, 2, 9), "end", "time zone"),
        ("2026-12-01", T0, "start", "date and time"),
    ],
)
def test_bad_periods_name_the_field(start: object, end: object, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        Period(start, end)  # type: ignore[arg-type]
    assert info.value.field == field
    assert words in info.value.message


def test_money_is_integer_minor_units_of_one_currency() -> None:
    assert Money(1050) + Money(25) == Money(1075)
    assert Money(1050) - Money(50) == Money(1000)
    assert Money(700).times(3) == Money(2100)
    assert Money(10001).percent(50) == Money(5001)  # half a cent rounds up
    assert Money(999).percent(0) == Money(0)
    assert str(Money(6550)) == "65.50 EUR"
    assert Money(100) < Money(200)


@pytest.mark.parametrize(
    ("amount", "currency", "field"),
    [(10.5, "EUR", "amount"), (True, "EUR", "amount"), (100, "XYZ", "currency")],
)
def test_bad_money(amount: object, currency: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Money(amount, currency)  # type: ignore[arg-type]
    assert info.value.field == field


def test_currencies_do_not_mix() -> None:
    with pytest.raises(ValidationError, match="cannot mix EUR and GBP"):
        Money(100) + Money(100, "GBP")


@pytest.mark.parametrize(
    ("lat", "lon", "field", "words"),
    [
        (90.5, 0.0, "location.lat", "outside -90 to 90"),
        (-91, 0.0, "location.lat", "outside"),
        (0.0, 180.01, "location.lon", "outside -180 to 180"),
        (float("inf"), 0.0, "location.lat", "must be a number"),
        (0.0, float("nan"), "location.lon", "must be a number"),
        (True, 0.0, "location.lat", "must be a number"),
    ],
)
def test_bad_coordinates(lat: float, lon: float, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        Location(lat, lon)
    assert info.value.field == field
    assert words in info.value.message


def test_edges_of_the_map_are_fine() -> None:
    Location(90, 180)
    Location(-90, -180)


@pytest.mark.parametrize("radius", [-0.001, float("nan"), 20_001])
def test_bad_radius(radius: float) -> None:
    with pytest.raises(ValidationError) as info:
        check_radius_km(radius)
    assert info.value.field == "radius_km"
