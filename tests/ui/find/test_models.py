"""Find a vehicle's models: Qt's model contract (qtmodeltester) and what a person sees in them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.cache import Cache, upsert_records
from wheelshare.domain import (
    Availability,
    Money,
    Period,
    WeeklyBlock,
)
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


def test_measurements_say_their_unit_once(qapp: object) -> None:
    from dataclasses import replace

    from wheelshare.domain import Measurement
    from wheelshare.domain.wire import vehicle_from_wire
    from wheelshare.ui import i18n
    from wheelshare.ui.find.detail_pane import measurement_lines

    vehicle = vehicle_from_wire(next(demo.iter_vehicles(7, 1)))
    vehicle = replace(
        vehicle,
        measurements={Measurement.DOOR_HEIGHT_CM: 169, Measurement.LIFT_MAX_LOAD_KG: 300},
    )
    lines = measurement_lines(vehicle)
    assert "Door height: 169 cm" in lines
    assert "Lift maximum load: 300 kg" in lines
    try:
        i18n.install(qapp, "fr", pseudo=False)  # type: ignore[arg-type]
        french = measurement_lines(vehicle)
        assert not [line for line in french if "(cm)" in line or "(kg)" in line], french
        assert any(line.endswith(": 169 cm") for line in french), french
    finally:
        i18n.install(qapp, "en", pseudo=False)  # type: ignore[arg-type]
