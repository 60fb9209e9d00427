"""My bookings' model and calendar file: Qt's model contract and what a person sees in them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.modeltest import ModelTester

from wheelshare.domain import (
    Booking,
    BookingStatus,
    Money,
    Period,
)
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.ui.bookings.entries import EntryState, merge
from wheelshare.ui.bookings.ics import calendar_bytes
from wheelshare.ui.bookings.model import BookingsModel

pytestmark = pytest.mark.dates

VEHICLES = 1000


def _booking(
    status: BookingStatus, start: datetime, days: int = 1, refund: int | None = None
) -> Booking:
    return Booking(
        id=f"b-{status.value}",
        vehicle_id="v-1",
        renter_id="r",
        owner_id="o",
        period=Period(start, start + timedelta(days=days)),
        status=status,
        price=Money(9000, "EUR"),
        refund=Money(refund, "EUR") if refund is not None else None,
    )


def test_bookings_read_in_words_including_the_outbox(qtmodeltester: ModelTester) -> None:
    start = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    entries = merge(
        [
            _booking(BookingStatus.REQUESTED, start + timedelta(days=3)),
            _booking(BookingStatus.CONFIRMED, start + timedelta(days=5)),
            _booking(BookingStatus.CANCELLED, start + timedelta(days=9), refund=4500),
        ],
        [
            ("k1", "v-1", Period(start, start + timedelta(days=1)), "pending", None),
            (
                "k2",
                "v-1",
                Period(start + timedelta(days=1), start + timedelta(days=2)),
                "rejected",
                Problem(ProblemCode.DATES_UNAVAILABLE),
            ),
        ],
        cancelling={"b-confirmed"},
        titles={"v-1": "Kangoo with ramp"},
    )
    words = [(e.state, e.status_text) for e in entries]
    assert words[0] == (EntryState.WAITING, "Waiting to be sent")
    assert words[1] == (
        EntryState.REFUSED,
        "Refused when sent: Those dates are taken by another booking. "
        "Choose other dates and ask again.",
    )
    assert words[2] == (EntryState.REQUESTED, "Requested, waiting for the owner")
    assert words[3] == (EntryState.CANCELLING, "Cancellation waiting to be sent")
    assert words[4][0] is EntryState.CANCELLED and "refund" in words[4][1]
    model = BookingsModel()
    model.set_rows(entries)
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.COL_VEHICLE)) == "Kangoo with ramp"
    assert model.data(model.index(1, model.COL_STATUS)).startswith("Refused when sent")


def test_the_calendar_file_holds_each_booking_once_with_its_status(tmp_path: Path) -> None:
    start = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    entries = merge(
        [_booking(BookingStatus.CONFIRMED, start, days=2)],
        [
            (
                "k1",
                "v-1",
                Period(start + timedelta(days=7), start + timedelta(days=8)),
                "pending",
                None,
            )
        ],
        set(),
        {"v-1": "Kangoo with ramp"},
    )
    cal = Calendar.from_ical(calendar_bytes(entries))
    events = cal.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Kangoo with ramp", "Kangoo with ramp"]
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "TENTATIVE"]
    assert events[0].decoded("dtstart") == start
    assert events[0].decoded("dtend") == start + timedelta(days=2)
    assert len({str(e["uid"]) for e in events}) == 2
