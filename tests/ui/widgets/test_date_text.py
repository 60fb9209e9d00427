"""Typed dates, read as people write them: the region's order, ISO, shortened."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wheelshare.ui.widgets.date_text import (
    DateTextError,
    Order,
    Problem,
    order_of_format,
    parse_date,
)

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("fmt", "order"),
    [
        ("M/d/yy", Order.MDY),  # en_US
        ("dd/MM/yyyy", Order.DMY),  # fr_FR, en_GB
        ("dd.MM.yy", Order.DMY),  # de_DE, fr_CH
        ("yyyy-MM-dd", Order.YMD),  # fr_CA
    ],
)
def test_the_order_comes_from_the_regions_short_format(fmt: str, order: Order) -> None:
    assert order_of_format(fmt) is order


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12/25/2026", Order.MDY, date(2026, 12, 25)),
        ("12/11/2026", Order.MDY, date(2026, 12, 11)),
        ("25/12/2026", Order.DMY, date(2026, 12, 25)),
        ("25.12.2026", Order.DMY, date(2026, 12, 25)),
        ("25-12-26", Order.DMY, date(2026, 12, 25)),
        (" 25 12 2026 ", Order.DMY, date(2026, 12, 25)),
        ("2026-12-25", Order.DMY, date(2026, 12, 25)),
        ("2026-12-25", Order.MDY, date(2026, 12, 25)),
        ("2026-12-25", Order.YMD, date(2026, 12, 25)),
        ("12-25", Order.YMD, date(2026, 12, 25)),
        # Shortened: the next such day, this year or next.
        ("25/12", Order.DMY, date(2026, 12, 25)),
        ("12/25", Order.MDY, date(2026, 12, 25)),
        ("3/1", Order.DMY, date(2027, 1, 3)),
        ("1/12", Order.DMY, date(2026, 12, 1)),  # today is not in the past
        ("29/2", Order.DMY, date(2028, 2, 29)),  # the next leap year
        ("5", Order.DMY, date(2026, 12, 5)),
        ("1", Order.MDY, date(2026, 12, 1)),
    ],
)
def test_typed_dates(text: str, order: Order, expected: date) -> None:
    assert parse_date(text, order, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "order", "problem"),
    [
        ("31/02/2027", Order.DMY, Problem.NO_SUCH_DAY),
        ("02/31/2027", Order.MDY, Problem.NO_SUCH_DAY),
        ("29/02/2027", Order.DMY, Problem.NO_SUCH_DAY),
        ("99/99/9999", Order.DMY, Problem.NO_SUCH_MONTH),
        ("13/25/2026", Order.MDY, Problem.NO_SUCH_MONTH),
        ("31/4", Order.DMY, Problem.NO_SUCH_DAY),
        ("32", Order.DMY, Problem.NO_SUCH_DAY),
        ("0/12/2026", Order.DMY, Problem.NO_SUCH_DAY),
        ("25/12/0000", Order.DMY, Problem.NO_SUCH_YEAR),
        ("25/12/202", Order.DMY, Problem.NO_SUCH_YEAR),
        ("", Order.DMY, Problem.UNREADABLE),
        ("tomorrow", Order.DMY, Problem.UNREADABLE),
        ("25/12/2026/1", Order.DMY, Problem.UNREADABLE),
        ("125/12/2026", Order.DMY, Problem.UNREADABLE),
        ("١٢/٢٥/٢٠٢٦", Order.MDY, Problem.UNREADABLE),
    ],
)
def test_impossible_dates_say_what_is_wrong(text: str, order: Order, problem: Problem) -> None:
    with pytest.raises(DateTextError) as caught:
        parse_date(text, order, TODAY)
    assert caught.value.problem is problem


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_date_written_in_full_reads_back_in_every_order(day: date) -> None:
    written = {
        Order.DMY: f"{day.day:02d}/{day.month:02d}/{day.year:04d}",
        Order.MDY: f"{day.month}/{day.day}/{day.year:04d}",
        Order.YMD: day.isoformat(),
    }
    for order, text in written.items():
        assert parse_date(text, order, TODAY) == day
    # ISO reads the same whatever the region.
    assert {parse_date(day.isoformat(), o, TODAY) for o in Order} == {day}


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31)),
    st.integers(min_value=1, max_value=31),
    st.integers(min_value=1, max_value=12),
)
def test_a_day_and_month_is_the_next_one_from_today(today: date, day: int, month: int) -> None:
    try:
        found = parse_date(f"{day}/{month}", Order.DMY, today)
    except DateTextError as e:
        assert e.problem is Problem.NO_SUCH_DAY  # 31/4, 30/2
        return
    assert (found.day, found.month) == (day, month)
    assert today <= found
    # Never a year later than needed (29 February waits up to eight years).
    assert found.year - today.year <= (8 if (day, month) == (29, 2) else 1)


@given(st.text(max_size=12))
def test_any_text_is_a_date_or_a_reason(text: str) -> None:
    try:
        parse_date(text, Order.DMY, TODAY)
    except DateTextError as e:
        assert e.text == text
