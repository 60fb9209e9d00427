"""When a vehicle cannot be booked: a list of one-off and weekly blocks.

A list (not a grid) so that it works from the keyboard and reads well in a
screen reader: each row says in words what is blocked and when.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Availability, Period, ValidationError, WeeklyBlock
from wheelshare.ui.widgets.date_range import DateRangeEdit
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.month_calendar import MonthView
from wheelshare.ui.widgets.table_model import ObjectRole, RowsModel
from wheelshare.ui.widgets.tables import make_table, select_row
from wheelshare.ui.widgets.vehicle_labels import weekday_label

Block = Period | WeeklyBlock


def _fmt_dt(value: datetime, tz: ZoneInfo) -> str:
    local = value.astimezone(tz)
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale()
    day = locale.dayName(qdt.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return f"{day} {locale.toString(qdt, fmt)}"


def _fmt_clock(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


class AvailabilityModel(RowsModel[Block]):
    """Rows are blocks: one-off periods first (in time order), then weekly rules."""

    KIND, FROM, UNTIL = range(3)

    def __init__(
        self, availability: Availability | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._availability = Availability()
        self.set_availability(availability or Availability())

    @property
    def availability(self) -> Availability:
        return self._availability

    def set_availability(self, availability: Availability) -> None:
        self._availability = availability
        self.set_rows(
            [
                *sorted(availability.blocks, key=lambda p: p.start),
                *sorted(availability.weekly, key=lambda w: (w.weekday, w.start)),
            ]
        )

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("From"), self.tr("Until"))

    def describe(self, row: Block) -> str:
        tz = ZoneInfo(self._availability.timezone)
        if isinstance(row, Period):
            return self.tr("Blocked from {start} until {end}").format(
                start=_fmt_dt(row.start, tz), end=_fmt_dt(row.end, tz)
            )
        until = self.tr("midnight") if row.end == time(0) else _fmt_clock(row.end)
        return self.tr("Blocked every {day} from {start} until {end}").format(
            day=weekday_label(row.weekday), start=_fmt_clock(row.start), end=until
        )

    def display(self, row: Block, column: int) -> str:
        tz = ZoneInfo(self._availability.timezone)
        if isinstance(row, Period):
            if column == self.KIND:
                return self.tr("One-off")
            return _fmt_dt(row.start if column == self.FROM else row.end, tz)
        if column == self.KIND:
            return self.tr("Every {day}").format(day=weekday_label(row.weekday))
        if column == self.FROM:
            return _fmt_clock(row.start)
        return self.tr("midnight") if row.end == time(0) else _fmt_clock(row.end)

    def cell(self, row: Block, column: int, role: int) -> Any:
        # Every cell reads as the whole sentence: a lone time means nothing.
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(row)
        return super().cell(row, column, role)

    def add(self, block: Block) -> None:
        a = self._availability
        if isinstance(block, Period):
            new = Availability((*a.blocks, block), a.weekly, a.timezone)
        else:
            new = Availability(a.blocks, (*a.weekly, block), a.timezone)
        self.set_availability(new)

    def remove_row(self, row: int) -> None:
        b = self._rows[row]
        a = self._availability
        if isinstance(b, Period):
            blocks = list(a.blocks)
            blocks.remove(b)
            new = Availability(tuple(blocks), a.weekly, a.timezone)
        else:
            weekly = list(a.weekly)
            weekly.remove(b)
            new = Availability(a.blocks, tuple(weekly), a.timezone)
        self.beginRemoveRows(QModelIndex(), row, row)
        self._availability = new
        self._rows.pop(row)
        self.endRemoveRows()


class AvailabilityEditor(QWidget):
    """The list of blocks with *Add one-off block*, *Add weekly block* and *Remove*."""

    changed = Signal()

    def __init__(
        self,
        availability: Availability | None = None,
        parent: QWidget | None = None,
        taken: tuple[Period, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.model = AvailabilityModel(availability, self)
        self._taken = taken  # confirmed rentals: booked whatever the blocks say
        tz = ZoneInfo(self.model.availability.timezone)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Periods when the vehicle cannot be booked, besides confirmed bookings. "
                "Times are in the vehicle's time zone ({tz})."
            ).format(tz=self.model.availability.timezone),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # The month, free and booked days as the blocks below make them (and
        # in words under the grid); it follows each block added or removed.
        month_label = QLabel(self.tr("Cal&endar: free and booked days"), self)
        layout.addWidget(month_label)
        self.month = MonthView(self)
        month_label.setBuddy(self.month.grid)
        layout.addWidget(self.month)

        list_label = QLabel(self.tr("&Blocked periods"), self)
        layout.addWidget(list_label)
        self.view = make_table(self.model, self.tr("Blocked periods"), self, sort="none")
        list_label.setBuddy(self.view)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(
            self.tr("No blocks: the vehicle can be booked at any time."), self
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.remove_button = QPushButton(self.tr("&Remove selected block"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        layout.addLayout(remove_row)
        self.view.installEventFilter(self)

        one_off = QGroupBox(self.tr("Add a one-off block"), self)
        o_l = QVBoxLayout(one_off)
        # Dates typed or picked in a calendar, in the vehicle's zone; the end
        # follows the start, and an impossible date is refused in words.
        self.dates = DateRangeEdit(
            self.tr("Fro&m"),
            self.tr("U&ntil"),
            one_off,
            tz=tz,
            order_message=self._order_message,
        )
        self.dates.add_stacked(o_l)
        self.from_block = self.dates.start_field
        self.until_block = self.dates.end_field
        self.add_one_off_button = QPushButton(self.tr("Add &one-off block"), one_off)
        self.add_one_off_button.clicked.connect(self.add_one_off)
        o_l.addWidget(self.add_one_off_button)
        o_l.addStretch(1)

        weekly = QGroupBox(self.tr("Add a weekly block"), self)
        w_l = QVBoxLayout(weekly)
        self.weekday = QComboBox(weekly)
        self.weekday.addItems([weekday_label(i) for i in range(7)])
        w_l.addWidget(FieldBlock(self.tr("&Day of the week"), self.weekday, parent=weekly))
        self.weekly_from = QTimeEdit(QTime(8, 0), weekly)
        self.weekly_until = QTimeEdit(QTime(12, 0), weekly)
        self.weekly_from_block = FieldBlock(self.tr("From &time"), self.weekly_from, parent=weekly)
        self.weekly_until_block = FieldBlock(
            self.tr("Until t&ime"), self.weekly_until, parent=weekly
        )
        w_l.addWidget(self.weekly_from_block)
        w_l.addWidget(self.weekly_until_block)
        self.until_midnight = QCheckBox(self.tr("Until midni&ght"), weekly)
        self.until_midnight.toggled.connect(self.weekly_until.setDisabled)
        self.until_midnight.toggled.connect(lambda _c: self._check_weekly())
        w_l.addWidget(self.until_midnight)
        self.add_weekly_button = QPushButton(self.tr("Add &weekly block"), weekly)
        self.add_weekly_button.clicked.connect(self.add_weekly)
        w_l.addWidget(self.add_weekly_button)
        w_l.addStretch(1)
        self.weekly_from.timeChanged.connect(lambda _v: self._check_weekly())
        self.weekly_until.timeChanged.connect(lambda _v: self._check_weekly())

        # Side by side where they fit, one under the other at large text or on a
        # narrow screen: neither is squeezed below what its words need.
        adders_row = QWidget(self)
        adders_row.setSizePolicy(flow_policy())
        adders = FlowLayout(adders_row)
        adders.setContentsMargins(0, 0, 0, 0)
        adders.addWidget(one_off)
        adders.addWidget(weekly)
        layout.addWidget(adders_row)
        self.model.modelReset.connect(self._refresh)
        self.model.rowsRemoved.connect(self._refresh)
        self._refresh()

    @property
    def availability(self) -> Availability:
        return self.model.availability

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete (or Backspace) in the list removes the selected block.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def is_free(self, day: date) -> bool:
        """Free when some of the day can be booked: not wholly blocked or rented."""
        tz = ZoneInfo(self.model.availability.timezone)
        start = datetime.combine(day, time(0, 0), tz)
        whole = Period(start, start + timedelta(days=1))
        busy = [*self.model.availability.blocked_periods(whole)]
        busy += [p for p in self._taken if p.overlaps(whole)]
        cursor = whole.start
        for p in sorted(busy, key=lambda p: p.start):
            if p.start > cursor:
                return True
            cursor = max(cursor, p.end)
        return cursor < whole.end

    def _refresh(self) -> None:
        self.month.set_is_free(self.is_free)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.remove_button.setEnabled(not empty)

    def _order_message(self, same: bool) -> str:
        if same:
            return self.tr("The block is empty: the end equals the start.")
        return self.tr("The block ends before it starts; choose a later end.")

    def _one_off_period(self) -> Period | None:
        """The block as typed, or None with each problem shown under its field."""
        self.dates.show_errors()
        if self.dates.errors():
            return None
        return Period(self.dates.start(), self.dates.end())

    def _weekly_block(self) -> WeeklyBlock | None:
        start = self.weekly_from.time()
        end = QTime(0, 0) if self.until_midnight.isChecked() else self.weekly_until.time()
        try:
            block = WeeklyBlock(
                self.weekday.currentIndex(),
                time(start.hour(), start.minute()),
                time(end.hour(), end.minute()),
            )
        except ValidationError:
            self.weekly_until_block.set_error(
                self.tr(
                    "The block ends before it starts; choose a later time or tick Until midnight."
                )
            )
            return None
        self.weekly_until_block.set_error("")
        return block

    def _check_weekly(self) -> None:
        self._weekly_block()

    def add_one_off(self) -> None:
        period = self._one_off_period()
        if period is None:
            wrong = self.until_block if self.until_block.error else self.from_block
            wrong.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.model.add(period)
        self._select(period)
        self.changed.emit()

    def add_weekly(self) -> None:
        block = self._weekly_block()
        if block is None:
            self.weekly_until.setFocus()
            return
        self.model.add(block)
        self._select(block)
        self.changed.emit()

    def _select(self, block: Block) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ObjectRole) == block:
                select_row(self.view, row)
                return

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        self.model.remove_row(row)
        if self.model.rowCount():
            select_row(self.view, min(row, self.model.rowCount() - 1))
            self.view.setFocus()
        self.changed.emit()
