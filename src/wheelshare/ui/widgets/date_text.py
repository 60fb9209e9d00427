"""Dates as people type them: in their region's order, in ISO, or shortened.

No Qt here, so the rules can be tested on their own: the widget tells
:func:`parse_date` which order the region writes (read from the locale's
short date format with :func:`order_of_format`) and what today is.

Accepted, for a region that writes day/month/year:

- ``25/12/2026``, ``25.12.2026``, ``25-12-2026``, ``25 12 2026``;
- ``2026-12-25`` (ISO: a four-digit first number is always a year);
- ``25/12/26`` (two-digit years are this century);
- ``25/12``: the next 25 December, this year or next;
- ``25``: the next 25th, this month or next.

Anything else raises :class:`DateTextError`, which says what is wrong (no
such month, no such day in that month, not a date at all) so the message
can be specific. Nothing is ever clamped to a nearby date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import Enum


class Order(Enum):
    """The order in which a region writes the day, the month and the year."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


class Problem(Enum):
    UNREADABLE = "unreadable"  # not a date at all: letters, too many numbers
    NO_SUCH_MONTH = "no_such_month"
    NO_SUCH_DAY = "no_such_day"  # day 0, or past the month's last day
    NO_SUCH_YEAR = "no_such_year"  # year 0, or more than four digits


class DateTextError(ValueError):
    """What is wrong with a typed date; ``year``/``month``/``day`` as read."""

    def __init__(
        self,
        problem: Problem,
        text: str,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
    ) -> None:
        super().__init__(f"{text!r}: {problem.value}")
        self.problem = problem
        self.text = text
        self.year = year
        self.month = month
        self.day = day


def order_of_format(fmt: str) -> Order:
    """The order of a Qt/ICU date format such as ``M/d/yy`` or ``dd.MM.yyyy``."""
    positions = {key: fmt.find(key) for key in ("d", "M", "y")}
    if any(p < 0 for p in positions.values()):
        return Order.YMD
    ordered = "".join(sorted(positions, key=lambda k: positions[k]))
    return {"dMy": Order.DMY, "Mdy": Order.MDY, "yMd": Order.YMD}.get(ordered, Order.DMY)


_SEPARATORS = re.compile(r"[\s/.\-]+")


def _numbers(text: str) -> list[str]:
    stripped = text.strip().strip("/.-")
    if not stripped:
        return []
    parts = _SEPARATORS.split(stripped)
    if not all(p.isascii() and p.isdigit() for p in parts):
        raise DateTextError(Problem.UNREADABLE, text)
    return parts


def _year(raw: str, text: str) -> int:
    if len(raw) == 2:
        return 2000 + int(raw)  # "26" is 2026: nobody rents a car for 1926
    if len(raw) != 4 or int(raw) == 0:
        raise DateTextError(Problem.NO_SUCH_YEAR, text, year=int(raw))
    return int(raw)


def _checked(text: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise DateTextError(Problem.NO_SUCH_MONTH, text, year, month, day)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateTextError(Problem.NO_SUCH_DAY, text, year, month, day)
    return date(year, month, day)


def _next_month_day(text: str, month: int, day: int, today: date) -> date:
    """The next ``day``/``month`` on or after today: this year, or next year."""
    if not 1 <= month <= 12:
        raise DateTextError(Problem.NO_SUCH_MONTH, text, None, month, day)
    if not 1 <= day <= 31 or day > calendar.monthrange(2024, month)[1]:
        raise DateTextError(Problem.NO_SUCH_DAY, text, None, month, day)
    for year in range(today.year, today.year + 8):
        # 29 February waits for the next leap year.
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
    raise DateTextError(Problem.NO_SUCH_DAY, text, None, month, day)  # pragma: no cover


def _next_day(text: str, day: int, today: date) -> date:
    """The next ``day`` of a month on or after today: this month, or a later one."""
    if not 1 <= day <= 31:
        raise DateTextError(Problem.NO_SUCH_DAY, text, day=day)
    year, month = today.year, today.month
    while True:
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def parse_date(text: str, order: Order, today: date) -> date:
    """The date typed as ``text`` in a region writing ``order``; raises DateTextError."""
    parts = _numbers(text)
    if not parts or len(parts) > 3 or any(len(p) > 4 for p in parts):
        raise DateTextError(Problem.UNREADABLE, text)
    if len(parts) == 3 and len(parts[0]) == 4:
        # ISO 8601 (2026-12-25), whatever the region: a year is never 4 digits elsewhere first.
        return _checked(text, _year(parts[0], text), int(parts[1]), int(parts[2]))
    if len(parts) == 1:
        if len(parts[0]) > 2:
            raise DateTextError(Problem.UNREADABLE, text)
        return _next_day(text, int(parts[0]), today)
    if len(parts) == 2:
        a, b = int(parts[0]), int(parts[1])
        if len(parts[0]) > 2 or len(parts[1]) > 2:
            raise DateTextError(Problem.UNREADABLE, text)
        month, day = (a, b) if order in (Order.MDY, Order.YMD) else (b, a)
        return _next_month_day(text, month, day, today)
    first, second, third = parts
    if len(second) > 2 or (len(first) > 2 and order is not Order.YMD):
        raise DateTextError(Problem.UNREADABLE, text)
    if order is Order.YMD:
        year, month, day = _year(first, text), int(second), int(third)
    elif order is Order.MDY:
        year, month, day = _year(third, text), int(first), int(second)
    else:
        year, month, day = _year(third, text), int(second), int(first)
    return _checked(text, year, month, day)


__all__ = ["DateTextError", "Order", "Problem", "order_of_format", "parse_date"]
