"""The availability editor: a keyboard-complete list of one-off and weekly blocks."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QDateTime, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wheelshare.domain import Availability, Period, WeeklyBlock
from wheelshare.ui.owner.availability import AvailabilityEditor, AvailabilityModel, ObjectRole


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
    start = editor.from_edit.dateTime()
    editor.until_edit.setDateTime(start.addSecs(-3600))
    assert "ends before it starts" in editor.until_block.error
    assert "ends before it starts" in editor.until_edit.accessibleDescription()
    editor.add_one_off_button.click()
    assert editor.model.rowCount() == 0
    editor.until_edit.setDateTime(QDateTime(start).addDays(2))
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
