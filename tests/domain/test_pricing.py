"""Price quotes: weeks, then days, then a half-day, never dearer than the next unit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wheelshare.domain import Money, Period, Prices, ValidationError, quote

START = datetime(2026, 12, 1, 9, tzinfo=UTC)
PRICES = Prices(half_day=Money(3000), day=Money(5000), week=Money(27500))


def _quote(duration: timedelta, prices: Prices = PRICES) -> tuple[int, list[tuple[str, int]]]:
    q = quote(prices, Period(START, START + duration))
    return q.total.amount, [(line.unit, line.count) for line in q.lines]


@pytest.mark.parametrize(
    ("duration", "total", "lines"),
    [
        (timedelta(hours=3), 3000, [("half_day", 1)]),
        (timedelta(hours=6), 3000, [("half_day", 1)]),
        (timedelta(hours=7), 5000, [("day", 1)]),
        (timedelta(days=1), 5000, [("day", 1)]),
        (timedelta(days=1, hours=2), 8000, [("day", 1), ("half_day", 1)]),
        (timedelta(days=2, hours=8), 15000, [("day", 3)]),
        (timedelta(days=5), 25000, [("day", 5)]),
        (timedelta(days=6), 27500, [("week", 1)]),  # six days would cost more than a week
        (timedelta(days=7), 27500, [("week", 1)]),
        (timedelta(days=8), 32500, [("week", 1), ("day", 1)]),
        (timedelta(days=13), 55000, [("week", 2)]),
        (timedelta(days=14, hours=1), 58000, [("week", 2), ("half_day", 1)]),
    ],
)
def test_quotes(duration: timedelta, total: int, lines: list[tuple[str, int]]) -> None:
    assert _quote(duration) == (total, lines)


def test_lines_add_up_to_the_total() -> None:
    q = quote(PRICES, Period(START, START + timedelta(days=9, hours=5)))
    assert sum((line.total for line in q.lines), Money(0)) == q.total


def test_a_half_day_dearer_than_a_day_is_never_charged() -> None:
    odd = Prices(half_day=Money(6000), day=Money(5000), week=Money(27500))
    assert _quote(timedelta(hours=4), odd) == (5000, [("day", 1)])


def test_quotes_never_fall_when_the_rental_gets_longer() -> None:
    last = 0
    for hours in range(1, 24 * 30):
        total, _ = _quote(timedelta(hours=hours))
        assert total >= last, f"{hours} h costs less than {hours - 1} h"
        last = total


@pytest.mark.parametrize(
    ("half_day", "day", "week", "field"),
    [
        (Money(-1), Money(5000), Money(27500), "half_day"),
        (Money(3000), Money(-5000), Money(27500), "day"),
        (Money(3000), Money(5000), Money(8_000_000), "week"),
        (Money(3000), Money(1_000_001), Money(27500), "day"),
        (Money(3000, "GBP"), Money(5000), Money(27500), "currency"),
    ],
)
def test_bad_prices(half_day: Money, day: Money, week: Money, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Prices(half_day, day, week)
    assert field in info.value.errors
