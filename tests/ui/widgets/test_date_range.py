"""The rental dates, used as a person does: keyboard only, typing, the calendar.

Each test reproduces what a tester met with the old date-time editors: typed
digits landing in one section ("12/25/2026" gave "6:12 PM"), a wrong date
silently clamped to 14 September 1752, Tab stepping through the sections, no
calendar on Alt+Down, an end left behind when the start moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.domain import clock
from wheelshare.ui import i18n
from wheelshare.ui.widgets.date_range import DateRangeEdit, DateTimeField

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
PARIS = clock.PARIS
# Tuesday 1 December 2026, 9:30 in Paris.
NOW = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


def paris(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PARIS)


@pytest.fixture
def pinned() -> Iterator[None]:
    with clock.pinned(NOW):
        yield


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """US English (the tests' system region says nothing better)."""
    i18n.install(qapp, "en", pseudo=False)
    yield


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "fr", pseudo=False)
    yield
    i18n.install(qapp, "en", pseudo=False)


class Screen:
    """A window with a field before and after the range, as in a form."""

    def __init__(self, qtbot: QtBot, **options: object) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        form = QFormLayout(self.window)
        self.before = QLineEdit()
        form.addRow("&Place", self.before)
        labels = {"start_label": "Fr&om", "end_label": "&Until", **options}
        self.dates = DateRangeEdit(tz=PARIS, **labels)  # type: ignore[arg-type]
        self.dates.add_to(form)
        self.after = QLineEdit()
        form.addRow("&Name", self.after)
        self.changes: list[tuple[datetime, datetime]] = []
        self.dates.changed.connect(lambda s, e: self.changes.append((s, e)))
        qtbot.addWidget(self.window)
        with qtbot.waitExposed(self.window):
            self.window.show()
        with qtbot.waitActive(self.window):
            self.window.activateWindow()
        self.before.setFocus()

    @property
    def start(self) -> DateTimeField:
        return self.dates.start_field

    @property
    def end(self) -> DateTimeField:
        return self.dates.end_field

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        """One key, delivered where the keyboard is (an open popup takes it)."""
        popup = QApplication.activePopupWidget()
        target = popup.focusWidget() if popup is not None else QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClicks(target, text)

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()


@pytest.fixture
def screen(qtbot: QtBot, pinned: None, english: None) -> Screen:
    return Screen(qtbot)


def test_the_default_is_tomorrow_from_nine_to_six(screen: Screen) -> None:
    assert screen.dates.start() == paris(2026, 12, 2, 9, 0)
    assert screen.dates.end() == paris(2026, 12, 2, 18, 0)
    assert screen.start.date_edit.text() == "12/2/2026"
    assert screen.end.time_combo.currentText().replace("\u202f", " ") == "6:00 PM"
    assert screen.dates.errors() == {}


def test_the_letter_of_from_selects_the_whole_date_and_typing_replaces_it(screen: Screen) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    assert screen.focused() is screen.start.date_edit
    assert screen.start.date_edit.selectedText() == "12/2/2026"
    screen.type("12/25/2026")
    screen.press(Qt.Key.Key_Tab)
    # The date, not the minutes of the time: "12/18/2026 6:12 PM" no more.
    assert screen.dates.start() == paris(2026, 12, 25, 9, 0)
    assert screen.start.date_edit.text() == "12/25/2026"
    assert screen.start.error == ""


def test_a_us_date_is_month_first(screen: Screen) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.type("12/11/2026")
    screen.press(Qt.Key.Key_Return)
    assert screen.dates.start().date() == date(2026, 12, 11)


@pytest.mark.parametrize("typed", ["2026-12-25", "12/25", "12/25/26"])
def test_iso_and_short_forms_are_read(screen: Screen, typed: str) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.type(typed)
    screen.press(Qt.Key.Key_Return)
    assert screen.dates.start().date() == date(2026, 12, 25)


def test_french_dates_are_day_first(qtbot: QtBot, pinned: None, french: None) -> None:
    screen = Screen(qtbot, start_label="&Du", end_label="&Au")
    assert screen.start.date_edit.text() == "02/12/2026"
    screen.press(Qt.Key.Key_D, ALT)
    screen.type("25/12/2026")
    screen.press(Qt.Key.Key_Tab)
    assert screen.dates.start() == paris(2026, 12, 25, 9, 0)
    assert screen.start.time_combo.currentText() == "09:00"
    assert screen.start.time_combo.accessibleName() == "Du : heure"
    # An impossible date is refused in French too, and nothing moves.
    screen.press(Qt.Key.Key_D, ALT)
    screen.type("31/02/2027")
    screen.press(Qt.Key.Key_Return)
    assert screen.start.error == "Le 31 février 2027 n’existe pas."
    assert "Problème : Le 31 février 2027 n’existe pas." in screen.start.error_label.text()
    assert screen.dates.start() == paris(2026, 12, 25, 9, 0)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2/31/2027", "There is no 31 February 2027."),
        ("99/99/9999", "There is no month 99: months go from 1 to 12."),
        ("12/7/1120x", "“12/7/1120x” is not a date. Type it as 12/25/2026 or 2026-12-25."),
    ],
)
def test_an_impossible_date_is_refused_with_a_message_and_nothing_moves(
    screen: Screen, typed: str, message: str
) -> None:
    before = (screen.dates.start(), screen.dates.end())
    screen.press(Qt.Key.Key_O, ALT)
    screen.type(typed)
    screen.press(Qt.Key.Key_Tab)
    assert (screen.dates.start(), screen.dates.end()) == before
    assert screen.changes == []
    assert screen.start.error == message
    assert screen.start.error_label.isVisible()
    assert message in screen.start.error_label.text()
    # Read with the field, and what was typed is still there to correct.
    assert message in screen.start.date_edit.accessibleDescription()
    assert screen.start.date_edit.text() == typed
    assert "start" in screen.dates.errors()
    # Corrected, the message goes.
    screen.start.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    screen.type("12/20/2026")
    screen.press(Qt.Key.Key_Return)
    assert screen.start.error == ""
    assert screen.dates.start() == paris(2026, 12, 20, 9, 0)


def test_a_date_in_the_far_past_is_refused_not_clamped(screen: Screen) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.type("12/7/1120")
    screen.press(Qt.Key.Key_Tab)
    assert screen.dates.start().date() == date(1120, 12, 7)  # as typed: no 1752
    assert screen.start.error.endswith("December 7, 1120 has passed. Choose today or a later day.")
    assert screen.start.date_edit.text() == "12/7/1120"


def test_a_time_already_passed_today_and_a_day_too_far_ahead_have_their_own_messages(
    screen: Screen,
) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.type("12/1/2026")  # today, and 9:00 was half an hour ago
    screen.press(Qt.Key.Key_Return)
    assert screen.start.error.endswith("today has passed. Choose a later time.")
    screen.press(Qt.Key.Key_Tab)  # to the time: 10:00 is still to come
    assert screen.focused() is screen.start.time_combo
    screen.press(Qt.Key.Key_Down)
    screen.press(Qt.Key.Key_Down)
    assert screen.dates.start() == paris(2026, 12, 1, 10, 0)
    assert screen.start.error == ""

    screen.start.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    screen.type("1/5/2028")
    screen.press(Qt.Key.Key_Return)
    assert screen.start.error == (
        "Wednesday, January 5, 2028 is too far ahead. "
        "Choose a day until Wednesday, December 1, 2027."
    )


def test_tab_leaves_the_date_in_one_press(screen: Screen) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.press(Qt.Key.Key_Tab)
    assert screen.focused() is screen.start.time_combo
    screen.press(Qt.Key.Key_Tab)
    assert screen.focused() is screen.end.date_edit
    assert screen.end.date_edit.selectedText() == screen.end.date_edit.text()
    screen.press(Qt.Key.Key_Tab)
    screen.press(Qt.Key.Key_Tab)
    assert screen.focused() is screen.after
    screen.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert screen.focused() is screen.end.time_combo
    # Nothing was changed by going through.
    assert screen.changes == []


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, NONE)])
def test_the_calendar_opens_from_the_keyboard_and_arrows_and_enter_choose(
    screen: Screen, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.press(key, modifier)
    popup = screen.start.popup
    assert popup is not None and popup.isVisible()
    grid = popup.grid
    assert screen.focused() is grid
    assert grid.day == date(2026, 12, 2)
    screen.press(Qt.Key.Key_Right)  # Thursday 3
    screen.press(Qt.Key.Key_Down)  # a week later: Thursday 10
    screen.press(Qt.Key.Key_PageDown)  # a month later: 10 January
    screen.press(Qt.Key.Key_Left)  # 9 January
    assert grid.day == date(2027, 1, 9)
    assert popup.month_label.text() == "January 2027"
    screen.press(Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert screen.focused() is screen.start.date_edit
    assert screen.start.date_edit.text() == "1/9/2027"
    assert screen.dates.start() == paris(2027, 1, 9, 9, 0)


def test_escape_closes_the_calendar_with_nothing_changed(screen: Screen) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.press(Qt.Key.Key_Down, ALT)
    popup = screen.start.popup
    assert popup is not None
    screen.press(Qt.Key.Key_PageDown)
    screen.press(Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert screen.focused() is screen.start.date_edit
    assert screen.dates.start() == paris(2026, 12, 2, 9, 0)
    assert screen.changes == []


def _focused_day_name(grid: QWidget) -> str:
    """What a screen reader is given for the day that has the focus."""
    view = QAccessible.queryAccessibleInterface(grid)
    assert view is not None and view.role() == QAccessible.Role.Table
    cell = view.focusChild()
    assert cell is not None and cell.role() == QAccessible.Role.Cell
    return str(cell.text(QAccessible.Text.Name))


def test_the_calendar_reads_each_day_in_full_and_whether_it_is_booked(
    qtbot: QtBot, pinned: None, english: None
) -> None:
    booked = {date(2026, 12, 3), date(2026, 12, 4)}
    screen = Screen(qtbot, is_free=lambda d: d not in booked)
    screen.press(Qt.Key.Key_U, ALT)
    screen.press(Qt.Key.Key_F4)
    popup = screen.end.popup
    assert popup is not None
    grid = popup.grid
    assert _focused_day_name(grid) == "Wednesday, December 2, 2026, free"
    screen.press(Qt.Key.Key_Right)
    assert _focused_day_name(grid) == "Thursday, December 3, 2026, booked"
    # Booked is shown by a line through the day, not by colour alone.
    font = grid.model().data(grid.currentIndex(), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert "struck through are booked" in popup.legend.text()
    screen.press(Qt.Key.Key_Left)
    screen.press(Qt.Key.Key_Left)
    assert _focused_day_name(grid) == "Tuesday, December 1, 2026, today, free"
    screen.press(Qt.Key.Key_Up)
    assert _focused_day_name(grid) == "Tuesday, November 24, 2026, in the past, free"
    screen.press(Qt.Key.Key_Escape)


def test_moving_the_start_moves_the_end_by_as_much(screen: Screen) -> None:
    # A two-day rental: Wednesday 9:00 to Friday 18:00.
    screen.dates.set_range(paris(2026, 12, 2, 9, 0), paris(2026, 12, 4, 18, 0))
    screen.changes.clear()
    screen.press(Qt.Key.Key_O, ALT)
    screen.type("12/10/2026")
    screen.press(Qt.Key.Key_Tab)
    assert screen.dates.start() == paris(2026, 12, 10, 9, 0)
    assert screen.dates.end() == paris(2026, 12, 12, 18, 0)
    assert screen.end.date_edit.text() == "12/12/2026"
    # A later start time moves the end time too.
    screen.press(Qt.Key.Key_Down)
    assert screen.dates.end() == paris(2026, 12, 12, 18, 30)
    # One signal per change, with both ends.
    assert screen.changes == [
        (paris(2026, 12, 10, 9, 0), paris(2026, 12, 12, 18, 0)),
        (paris(2026, 12, 10, 9, 30), paris(2026, 12, 12, 18, 30)),
    ]
    assert screen.dates.errors() == {}


def test_up_and_down_in_the_date_move_it_by_a_day(screen: Screen) -> None:
    screen.press(Qt.Key.Key_O, ALT)
    screen.press(Qt.Key.Key_Up)
    screen.press(Qt.Key.Key_Up)
    screen.press(Qt.Key.Key_Down)
    assert screen.dates.start() == paris(2026, 12, 3, 9, 0)
    assert screen.dates.end() == paris(2026, 12, 3, 18, 0)


def test_an_end_before_the_start_is_refused_with_a_message(screen: Screen) -> None:
    screen.press(Qt.Key.Key_U, ALT)
    assert screen.focused() is screen.end.date_edit
    screen.type("12/1/2026")
    screen.press(Qt.Key.Key_Tab)
    assert screen.end.error == "The end must be after the start."
    assert "The end must be after the start." in screen.end.date_edit.accessibleDescription()
    assert screen.dates.errors() == {"end": "The end must be after the start."}


def test_every_part_has_a_name(screen: Screen) -> None:
    start = screen.start
    assert start.date_edit.accessibleName() == "From"
    assert start.time_combo.accessibleName() == "From: time"
    assert start.calendar_button.accessibleName() == "From: calendar"
    assert "Wednesday, December 2, 2026" in start.date_edit.accessibleDescription()
    assert "Alt+Down" in start.date_edit.accessibleDescription()
    assert screen.end.date_edit.accessibleName() == "Until"
