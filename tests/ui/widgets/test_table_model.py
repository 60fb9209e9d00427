"""The one table model base, without any view: rows are domain objects, pages
arrive in order, and a late page of an older query never shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wheelshare.ui.widgets.table_model import (
    ROW_ROLE,
    KeyRole,
    ObjectRole,
    PagedRowsModel,
    RowsModel,
    SortRole,
)
from wheelshare.ui.worker import TaskContext, Worker


@dataclass(frozen=True)
class Chair:
    id: str
    name: str
    width_cm: int


class ChairsModel(RowsModel[Chair]):
    NAME, WIDTH = range(2)

    def headers(self) -> tuple[str, ...]:
        return ("Name", "Width")

    def display(self, row: Chair, column: int) -> str:
        return row.name if column == self.NAME else f"{row.width_cm} cm"

    def sort_key(self, row: Chair, column: int) -> Any:
        return row.width_cm if column == self.WIDTH else row.name

    def key(self, row: Chair) -> str:
        return row.id


class PagedChairs(PagedRowsModel[Chair], ChairsModel):
    PAGE_SIZE = 10


CHAIRS = [Chair(f"c{i}", f"Chair {i}", 50 + i) for i in range(35)]


def test_a_row_gives_its_domain_object_key_and_sort_value_not_only_text(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = ChairsModel()
    model.set_rows(CHAIRS[:3])
    qtmodeltester.check(model)
    width = model.index(2, ChairsModel.WIDTH)
    assert width.data() == "52 cm"
    assert width.data(ObjectRole) is CHAIRS[2]
    assert width.data(ROW_ROLE) is CHAIRS[2]
    assert width.data(KeyRole) == "c2"
    assert width.data(SortRole) == 52
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Width"
    # A screen reader hears the whole row on its first cell, one value on the others.
    first = model.index(0, ChairsModel.NAME)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "Name: Chair 0, Width: 50 cm"
    assert model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "50 cm"
    assert model.row_object(5) is None


def _fetch(offset: int, limit: int) -> Sequence[Chair]:
    return CHAIRS[offset : offset + limit]


def test_pages_read_in_place_come_one_after_another_until_all_are_shown(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = PagedChairs()
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.set_results(CHAIRS[:10], len(CHAIRS), _fetch)
    qtmodeltester.check(model)
    assert counts == [35]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rows() == CHAIRS


def test_a_late_page_of_an_older_search_is_dropped(qapp: QApplication) -> None:
    model = PagedChairs()
    waiting: list[tuple[Callable[[], list[Any]], Callable[[list[Any]], None]]] = []
    model.set_results(CHAIRS[:10], 35, _fetch, lambda job, deliver: waiting.append((job, deliver)))
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    job, deliver = waiting.pop()
    deliver(job())
    assert model.rowCount() == 20
    model.fetchMore()
    stale_job, stale_deliver = waiting.pop()
    model.set_results(CHAIRS[:3], 3)  # a new search meanwhile
    stale_deliver(stale_job())
    assert model.rows() == CHAIRS[:3]
    assert not model.canFetchMore()


def test_a_list_that_shrank_under_the_view_stops_asking_for_more(qapp: QApplication) -> None:
    model = PagedChairs()
    model.set_results(CHAIRS[:10], 35, lambda offset, limit: [])
    model.fetchMore()
    assert model.rowCount() == 10
    assert not model.canFetchMore()


@pytest.fixture
def worker() -> Any:
    w = Worker()
    yield w
    w.shutdown()


def test_a_query_loaded_on_the_worker_wins_over_an_older_one(qtbot: QtBot, worker: Worker) -> None:
    model = PagedChairs(worker)

    def first(of: list[Chair]) -> Callable[[int, TaskContext], tuple[int, Sequence[Chair]]]:
        return lambda size, _task: (len(of), of[:size])

    def page(of: list[Chair]) -> Callable[[int, int, TaskContext], Sequence[Chair]]:
        return lambda offset, size, _task: of[offset : offset + size]

    narrow = [c for c in CHAIRS if c.width_cm < 60]
    model.load(first(CHAIRS), page(CHAIRS))
    with qtbot.waitSignal(model.count_changed, timeout=10_000) as shown:
        model.load(first(narrow), page(narrow))
    assert shown.args == [10]
    qtbot.wait(50)  # the older query's answer, if any, would have come by now
    assert model.rows() == narrow
    assert not model.loading
    assert not model.canFetchMore()
