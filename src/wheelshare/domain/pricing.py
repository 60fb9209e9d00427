"""Price quotes: the cheapest mix of week, day and half-day prices for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from wheelshare.domain.values import Money, Period
from wheelshare.domain.vehicle import Prices

HALF_DAY = timedelta(hours=6)
DAY = timedelta(days=1)
WEEK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class QuoteLine:
    unit: str  # "week" | "day" | "half_day"
    count: int
    unit_price: Money

    @property
    def total(self) -> Money:
        return self.unit_price.times(self.count)


@dataclass(frozen=True, slots=True)
class Quote:
    period: Period
    lines: tuple[QuoteLine, ...]
    total: Money


def quote(prices: Prices, period: Period) -> Quote:
    """Whole weeks at the week price, then days, then a half-day for a short rest.

    Each step is capped by the next unit up, so six days never cost more than a
    week and a 7-hour remainder never costs more than a day.
    """
    remaining = period.duration
    weeks, remaining = divmod(remaining, WEEK)
    days, remaining = divmod(remaining, DAY)
    lines: list[QuoteLine] = []
    if weeks:
        lines.append(QuoteLine("week", weeks, prices.week))
    rest_halves = 0
    rest_days = days
    if remaining > timedelta(0):
        if remaining <= HALF_DAY and prices.half_day <= prices.day:
            rest_halves = 1
        else:
            rest_days += 1
    rest_cost = prices.day.times(rest_days) + prices.half_day.times(rest_halves)
    if rest_cost > prices.week and (rest_days or rest_halves):
        lines.append(QuoteLine("week", 1, prices.week))
    else:
        if rest_days:
            lines.append(QuoteLine("day", rest_days, prices.day))
        if rest_halves:
            lines.append(QuoteLine("half_day", rest_halves, prices.half_day))
    merged = _merge(lines)
    total = Money(0, prices.currency)
    for line in merged:
        total = total + line.total
    return Quote(period, tuple(merged), total)


def _merge(lines: list[QuoteLine]) -> list[QuoteLine]:
    out: list[QuoteLine] = []
    for line in lines:
        if out and out[-1].unit == line.unit:
            out[-1] = QuoteLine(line.unit, out[-1].count + line.count, line.unit_price)
        else:
            out.append(line)
    return out
