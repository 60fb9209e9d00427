"""The item models: Qt's model contract (qtmodeltester) and what a person sees in them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.cache import Cache, upsert_records
from wheelshare.domain import (
    Availability,
    Booking,
    BookingStatus,
    Money,
    Period,
    WeeklyBlock,
)
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.ui.bookings.entries import EntryState, merge
from wheelshare.ui.bookings.ics import calendar_bytes
from wheelshare.ui.bookings.model import BookingsModel
from wheelshare.ui.find import data
from wheelshare.ui.find.criteria import SearchCriteria, SortKey
from wheelshare.ui.find.details import DayState, days_ahead
from wheelshare.ui.find.results_model import VehicleResultsModel
from wheelshare.ui.widgets.table_model import ObjectRole
from wheelshare.ui.worker import Worker

pytestmark = pytest.mark.dates

VEHICLES = 1000


@pytest.fixture(scope="module")
def filled_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = Cache.open(tmp_path_factory.mktemp("cache"))
    with cache.transaction() as s:
        upsert_records(s, "vehicle", list(islice(demo.iter_vehicles(7, VEHICLES), VEHICLES)))
    yield cache
    cache.close()


def load(model: VehicleResultsModel, cache: Cache, criteria: SearchCriteria) -> None:
    model.load(
        lambda size, task: data.first_page(cache, criteria, size, task),
        lambda offset, size, task: data.page(cache, criteria, offset, size, task),
    )


def test_results_load_a_page_at_a_time_and_keep_the_model_contract(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_cache: Cache
) -> None:
    worker = Worker()
    model = VehicleResultsModel(worker)
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    with qtbot.waitSignal(model.count_changed, timeout=10_000):
        load(model, filled_cache, SearchCriteria(sort=SortKey.PRICE))
    listed = counts[-1]
    assert listed > 500  # most demo vehicles are listed
    assert model.rowCount() == model.PAGE_SIZE
    qtmodeltester.check(model)

    # Scrolling on asks for more; every row arrives once, in price order.
    while model.rowCount() < listed:
        before = model.rowCount()
        if not model.fetching:  # the model tester may have asked already
            assert model.canFetchMore()
            model.fetchMore()
        assert not model.canFetchMore()  # one page in flight at a time
        qtbot.waitUntil(lambda b=before: model.rowCount() > b, timeout=10_000)
    assert not model.canFetchMore()
    hits = model.rows()
    assert len({h.vehicle.id for h in hits}) == listed
    prices = [h.vehicle.prices.day.amount for h in hits]
    assert prices == sorted(prices)
    qtmodeltester.check(model)
    worker.shutdown()


def test_a_header_click_sorts_by_rating(qtbot: QtBot, filled_cache: Cache) -> None:
    worker = Worker()
    model = VehicleResultsModel(worker)
    asked: list[SortKey] = []
    model.sort_requested.connect(asked.append)
    model.sort(model.COL_RATING, Qt.SortOrder.AscendingOrder)
    model.sort(model.COL_TITLE, Qt.SortOrder.AscendingOrder)  # not a sortable column
    assert asked == [SortKey.RATING]
    with qtbot.waitSignal(model.count_changed, timeout=10_000):
        load(model, filled_cache, SearchCriteria(sort=SortKey.RATING))
    ratings = [h.vehicle.rating.average or 0 for h in model.rows() if h.vehicle.rating.count]
    assert ratings == sorted(ratings, reverse=True)
    first = model.index(0, model.COL_RATING)
    assert model.data(first, ObjectRole) is model.rows()[0]
    worker.shutdown()


def test_a_newer_query_wins_over_a_late_older_one(qtbot: QtBot, filled_cache: Cache) -> None:
    worker = Worker()
    model = VehicleResultsModel(worker)
    load(model, filled_cache, SearchCriteria(sort=SortKey.PRICE))
    cheap = SearchCriteria(max_day_price=Money(3000, "EUR"), sort=SortKey.PRICE)
    load(model, filled_cache, cheap)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    qtbot.wait(100)
    assert all(h.vehicle.prices.day.amount <= 3000 for h in model.rows())
    worker.shutdown()


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
        "Refused by the feed: Those dates are taken by another booking. "
        "Choose other dates and ask again.",
    )
    assert words[2] == (EntryState.REQUESTED, "Requested, waiting for the owner")
    assert words[3] == (EntryState.CANCELLING, "Cancellation waiting to be sent")
    assert words[4][0] is EntryState.CANCELLED and "refund" in words[4][1]
    model = BookingsModel()
    model.set_rows(entries)
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.COL_VEHICLE)) == "Kangoo with ramp"
    assert model.data(model.index(1, model.COL_STATUS)).startswith("Refused by the feed")


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


def test_availability_reads_day_by_day() -> None:
    tz = "Europe/Paris"
    first = date(2030, 3, 4)  # a Monday
    booked = Period(
        datetime(2030, 3, 5, 0, 0, tzinfo=UTC) - timedelta(hours=1),  # all of Tuesday, Paris
        datetime(2030, 3, 6, 0, 0, tzinfo=UTC) - timedelta(hours=1),
    )
    weekly = WeeklyBlock(2, time(8, 0), time(12, 0))  # Wednesday mornings
    days = days_ahead(Availability(weekly=(weekly,), timezone=tz), (booked,), first, count=3)
    assert [d.state for d in days] == [DayState.FREE, DayState.TAKEN, DayState.PARTLY]
    free = days[2].free
    assert [(a.hour, b.hour) for a, b in free] == [(0, 8), (12, 0)]
