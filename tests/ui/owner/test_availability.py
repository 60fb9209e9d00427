"""The availability editor: a keyboard-complete list of one-off and weekly blocks."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wheelshare.domain import Availability, Period, WeeklyBlock, clock
from wheelshare.ui.owner.availability import AvailabilityEditor, AvailabilityModel
from wheelshare.ui.widgets.table_model import ObjectRole


def sample() -> Availability:
    return Availability(
        blocks=(Period(datetime(2027, 3, 1, 8, tzinfo=UTC), datetime(2027, 3, 2, 8, tzinfo=UTC)),),
        weekly=(WeeklyBlock(6, time(0), time(0)),),
    )


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AvailabilityModel(sample())
    qtmodeltester.check(model)
    model.add(WeeklyBlock(2, time(8), time(12)))
    model.remove_row(0)
    qtmodeltester.check(model)


def test_rows_read_as_sentences_and_return_the_block() -> None:
    model = AvailabilityModel(sample())
    assert model.rowCount() == 2
    assert isinstance(model.index(0, 0).data(ObjectRole), Period)
    assert model.index(0, 0).data() == "One-off"
    weekly = model.index(1, 0)
    assert weekly.data() == "Every Sunday"
    assert "every Sunday" in weekly.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "midnight" in weekly.data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_block_that_ends_before_it_starts_is_refused(qtbot: QtBot) -> None:
    editor = AvailabilityEditor(Availability())
    qtbot.addWidget(editor)
    start = editor.dates.start()
    editor.dates.set_range(start, start - timedelta(hours=1))
    assert "ends before it starts" in editor.until_block.error
    assert "ends before it starts" in editor.until_block.date_edit.accessibleDescription()
    editor.add_one_off_button.click()
    assert editor.model.rowCount() == 0
    editor.dates.set_range(start, start + timedelta(days=2))
    assert editor.until_block.error == ""
    editor.add_one_off_button.click()
    assert editor.model.rowCount() == 1


def test_weekly_blocks_added_and_removed_from_the_keyboard(qtbot: QtBot) -> None:
    editor = AvailabilityEditor(Availability())
    qtbot.addWidget(editor)
    editor.show()
    editor.weekday.setCurrentIndex(5)
    editor.weekly_from.setFocus()
    editor.until_midnight.setChecked(True)
    editor.add_weekly_button.setFocus()
    qtbot.keyClick(editor.add_weekly_button, Qt.Key.Key_Space)
    assert editor.availability.weekly == (WeeklyBlock(5, time(8), time(0)),)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert editor.availability.weekly == ()
    assert editor.empty_label.isVisibleTo(editor)


def test_a_one_off_block_is_typed_from_the_keyboard_and_a_wrong_date_refused(
    qtbot: QtBot,
) -> None:
    editor = AvailabilityEditor(Availability())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    day = clock.today() + timedelta(days=30)
    start = editor.from_block.date_edit
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Fro&m
    assert QApplication.focusWidget() is start
    assert start.selectedText() == start.text()
    qtbot.keyClicks(start, "2027-02-31")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert editor.from_block.error == "There is no 31 February 2027."
    editor.add_one_off_button.click()
    assert editor.model.rowCount() == 0  # refused, not clamped to another day

    start.selectAll()
    qtbot.keyClicks(start, day.isoformat())
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert editor.from_block.error == ""
    editor.add_one_off_button.click()
    (block,) = editor.availability.blocks
    # In the vehicle's zone; the end followed the start: the same day, 9:00 to 18:00.
    tz = ZoneInfo(editor.availability.timezone)
    assert block.start == datetime.combine(day, time(9), tz)
    assert block.end == datetime.combine(day, time(18), tz)


@pytest.mark.dates
def test_the_month_shows_free_and_booked_days_and_says_them(qtbot: QtBot) -> None:
    """The days a block or a rental takes, struck through in the month and said
    in words, for a screen reader as for the eye; a new block shows at once."""
    tz = ZoneInfo("Europe/Paris")
    today = clock.now().astimezone(tz).date()
    # The 10th of next month: the whole week after it is in the same month.
    first = (today.replace(day=1) + timedelta(days=40)).replace(day=10)
    start = datetime.combine(first, time(0), tz)
    block = Period(start, start + timedelta(days=2))
    rented = Period(start + timedelta(days=4, hours=9), start + timedelta(days=4, hours=18))
    editor = AvailabilityEditor(Availability(blocks=(block,), timezone="Europe/Paris"))
    qtbot.addWidget(editor)
    month = editor.month
    month.grid.go_to(first)
    words = month.summary.text()
    assert f"booked {first.day}–{first.day + 1}" in words, words
    grid = month.grid
    cell = grid.calendar.index_of(first)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).endswith("booked")
    after = grid.calendar.index_of(first + timedelta(days=2))
    assert after.data(Qt.ItemDataRole.AccessibleTextRole).endswith("free")
    # Partly rented: still free (some of the day can be booked).
    with_rental = AvailabilityEditor(
        Availability(blocks=(block,), timezone="Europe/Paris"), taken=(rented,)
    )
    qtbot.addWidget(with_rental)
    assert with_rental.is_free(first + timedelta(days=4))
    assert not with_rental.is_free(first)
    # A weekly block of whole days, added: the month follows.
    editor.model.add(WeeklyBlock((first + timedelta(days=3)).weekday(), time(0), time(0)))
    month.grid.go_to(first)
    assert f"{first.day + 3}" in month.summary.text().split("booked")[1]
