"""A month calendar that pops up under a date field and reads well aloud.

Qt's own ``QCalendarWidget`` tells a screen reader only "25" for a day; this
grid names each day in full ("Friday 25 December 2026, booked") and marks
booked days with a line through them and the word in their tooltip, not by
colour alone.

Keys: arrows move by a day (left/right) or a week (up/down), Page Up/Down by
a month (with Shift, a year), Home/End to the month's first and last day,
Enter chooses, Escape closes with nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import clock

# Whether the vehicle can be booked on a day: True, False (booked), None (unknown).
IsFree = Callable[[date], bool | None]

AnyIndex = QModelIndex | QPersistentModelIndex
WEEKS = 6  # every month fits in six rows, whatever its first weekday


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), or that month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def long_date(day: date) -> str:
    """ "Friday 25 December 2026" in the language's own words and order."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class ArrowButton(QToolButton):
    """A button with an arrow as large as the text around it, at any text size
    (the style's own arrows keep a few pixels at 200 %), in the text's colour."""

    def __init__(self, arrow: Qt.ArrowType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._arrow = arrow

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        side = self.fontMetrics().height()
        return hint.expandedTo(QSize(side * 2, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        half = self.fontMetrics().height() / 4
        c = QPointF(self.rect().center())
        points = {
            Qt.ArrowType.DownArrow: ((-1, -0.5), (1, -0.5), (0, 0.5)),
            Qt.ArrowType.UpArrow: ((-1, 0.5), (1, 0.5), (0, -0.5)),
            Qt.ArrowType.LeftArrow: ((0.5, -1), (0.5, 1), (-0.5, 0)),
            Qt.ArrowType.RightArrow: ((-0.5, -1), (-0.5, 1), (0.5, 0)),
        }.get(self._arrow, ())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        role = QPalette.ColorRole.ButtonText
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setBrush(self.palette().brush(group, role))
        painter.drawPolygon(QPolygonF([c + QPointF(x * half, y * half) for x, y in points]))
        painter.end()


class MonthModel(QAbstractTableModel):
    """Six weeks around one month; rows are weeks, columns weekdays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month = clock.today().replace(day=1)
        self._today = clock.today()
        self.is_free: IsFree | None = None

    # The first weekday of the locale (Monday in France, Sunday in the US).
    def _first_weekday(self) -> int:
        return QLocale().firstDayOfWeek().value - 1  # Qt: 1 = Monday; Python: 0 = Monday

    @property
    def month(self) -> date:
        return self._month

    @property
    def today(self) -> date:
        return self._today

    def show_month(self, day: date, today: date) -> None:
        self.beginResetModel()
        self._month = day.replace(day=1)
        self._today = today
        self.endResetModel()

    def first_shown(self) -> date:
        back = (self._month.weekday() - self._first_weekday()) % 7
        return self._month - timedelta(days=back)

    def day_at(self, index: AnyIndex) -> date:
        return self.first_shown() + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first_shown()).days
        if not 0 <= offset < WEEKS * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def free(self, day: date) -> bool | None:
        return None if self.is_free is None else self.is_free(day)

    def describe(self, day: date) -> str:
        """What a screen reader says for a day: the full date, then what matters."""
        parts = [long_date(day)]
        if day == self._today:
            parts.append(self.tr("today"))
        elif day < self._today:
            parts.append(self.tr("in the past"))
        free = self.free(day)
        if free is True:
            parts.append(self.tr("free"))
        elif free is False:
            parts.append(self.tr("booked"))
        return ", ".join(parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(day.day)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            # Booked: struck through (and "booked" in its name), never colour alone.
            font.setStrikeOut(self.free(day) is False)
            font.setBold(day == self._today)
            return font
        outside = day.month != self._month.month or day < self._today
        if role == Qt.ItemDataRole.ForegroundRole and outside:
            # Other months and past days are greyed, and said so in their name.
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        weekday = (self._first_weekday() + section) % 7 + 1  # Qt's 1..7
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DayGrid(QTableView):
    """The days of the month; the keyboard moves by dates, not by cells."""

    chosen = Signal(object)  # date
    cancelled = Signal()
    day_changed = Signal(object)  # date: the focused day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = MonthModel(self)
        self.setModel(self.calendar)
        self._day = clock.today()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        # Columns sized in fit(), all as wide as the widest day name.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clicked.connect(lambda index: self.chosen.emit(self.calendar.day_at(index)))

    @property
    def day(self) -> date:
        return self._day

    def go_to(self, day: date) -> None:
        """Focuses ``day``, turning the page when it is in another month."""
        self._day = day
        if (day.year, day.month) != (self.calendar.month.year, self.calendar.month.month):
            self.calendar.show_month(day, self.calendar.today)
        index = self.calendar.index_of(day)
        self.setCurrentIndex(index)
        self.day_changed.emit(day)

    def fit(self) -> None:
        """Exactly the size of six weeks at the current text size: no scrolling."""
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        header = self.horizontalHeader()
        # The style sheet's border and padding are not in the header's size hint.
        header.setMinimumHeight(header.fontMetrics().height() + 14)
        widest = max(max(self.columnWidth(c), header.sectionSizeHint(c)) for c in range(7))
        # Room around the widest name, in the text's own size (it grows at 200 %).
        room = 2 * header.fontMetrics().averageCharWidth()
        for c in range(7):
            self.setColumnWidth(c, widest + room)
        frame = 2 * self.frameWidth()
        width = sum(self.columnWidth(c) for c in range(7)) + frame
        height = (
            self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(WEEKS)) + frame
        )
        self.setFixedSize(width, height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        steps = {
            Qt.Key.Key_Left: timedelta(days=-1 if ltr else 1),
            Qt.Key.Key_Right: timedelta(days=1 if ltr else -1),
            Qt.Key.Key_Up: timedelta(days=-7),
            Qt.Key.Key_Down: timedelta(days=7),
        }
        if key in steps:
            self.go_to(self._day + steps[Qt.Key(key)])
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            months = (12 if shift else 1) * (-1 if key == Qt.Key.Key_PageUp else 1)
            self.go_to(add_months(self._day, months))
        elif key == Qt.Key.Key_Home:
            self.go_to(self._day.replace(day=1))
        elif key == Qt.Key.Key_End:
            self.go_to(add_months(self._day.replace(day=1), 1) - timedelta(days=1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self._day)
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class CalendarPopup(QFrame):
    """The month calendar in a popup window under a field."""

    chosen = Signal(object)  # date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.previous_button = ArrowButton(Qt.ArrowType.LeftArrow, self)
        self.next_button = ArrowButton(Qt.ArrowType.RightArrow, self)
        # The keyboard has Page Up/Down: the buttons are for the mouse.
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.month_label = QLabel(self)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.previous_button)
        header.addWidget(self.month_label, 1)
        header.addWidget(self.next_button)
        layout.addLayout(header)
        self.grid = DayGrid(self)
        layout.addWidget(self.grid)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("formHint")
        layout.addWidget(self.legend)
        self.keys_label = QLabel(self)
        self.keys_label.setWordWrap(True)
        self.keys_label.setObjectName("formHint")
        layout.addWidget(self.keys_label)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.grid.day_changed.connect(lambda _d: self._show_month())
        self.grid.chosen.connect(self._choose)
        self.grid.cancelled.connect(self.close)
        self.setFocusProxy(self.grid)
        self._forwarding = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the popup itself move in the grid all the same; keys the
        # grid passed on (it handles them first) stop here.
        if self._forwarding:
            super().keyPressEvent(event)
            return
        self._forwarding = True
        try:
            self.grid.keyPressEvent(event)
        finally:
            self._forwarding = False

    def _turn(self, months: int) -> None:
        self.grid.go_to(add_months(self.grid.day, months))

    def _choose(self, day: date) -> None:
        self.close()
        self.chosen.emit(day)

    def _show_month(self) -> None:
        month = self.grid.calendar.month
        loc = QLocale()
        title = f"{loc.standaloneMonthName(month.month)} {month.year}"
        self.month_label.setText(title)
        self.grid.setAccessibleName(self.tr("Calendar, {month}").format(month=title))
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))

    def open_at(self, anchor: QWidget, day: date, today: date, is_free: IsFree | None) -> None:
        """Shows the calendar under ``anchor`` with ``day`` focused."""
        self.grid.calendar.is_free = is_free
        self.grid.calendar.show_month(day, today)
        self.legend.setText(
            self.tr("Days struck through are booked.") if is_free is not None else ""
        )
        self.legend.setVisible(is_free is not None)
        self.keys_label.setText(
            self.tr("Arrows: day and week. Page Up/Down: month. Enter: choose. Escape: close.")
        )
        self.grid.go_to(day)
        self._show_month()
        self.grid.fit()
        self.adjustSize()
        self._place_under(anchor)
        self.show()
        self.grid.setFocus(Qt.FocusReason.PopupFocusReason)

    def _place_under(self, anchor: QWidget) -> None:
        """Under the field, moved up or left as needed to stay on its screen."""
        where = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(where.x(), screen.right() - self.width()))
        y = where.y()
        if y + self.height() > screen.bottom():
            y = max(screen.top(), anchor.mapToGlobal(QPoint(0, 0)).y() - self.height())
        self.move(x, y)


class MonthView(QWidget):
    """A month of free and booked days shown in a screen (not a popup): the
    arrows and Page Up/Down move through it, and a line under the grid says
    the month in words, for a screen reader and for anyone who prefers text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.previous_button = ArrowButton(Qt.ArrowType.LeftArrow, self)
        self.next_button = ArrowButton(Qt.ArrowType.RightArrow, self)
        # The keyboard has Page Up/Down in the grid: the buttons are for the mouse.
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.month_label = QLabel(self)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.previous_button)
        header.addWidget(self.month_label, 1)
        header.addWidget(self.next_button)
        layout.addLayout(header)
        self.grid = DayGrid(self)
        layout.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.grid.day_changed.connect(lambda _d: self._show_month())
        # Escape in the grid does what it does in the window around it.
        self.grid.cancelled.connect(self._escape)

    def set_is_free(self, is_free: IsFree | None, today: date | None = None) -> None:
        """Shows the month of the day in view with ``is_free`` (None: nothing known)."""
        today = today or clock.today()
        self.grid.calendar.is_free = is_free
        self.grid.calendar.show_month(self.grid.day, today)
        self.grid.go_to(self.grid.day)
        self._show_month()

    def _escape(self) -> None:
        window = self.window()
        if isinstance(window, QDialog):
            window.reject()

    def _turn(self, months: int) -> None:
        self.grid.go_to(add_months(self.grid.day, months))

    def _show_month(self) -> None:
        month = self.grid.calendar.month
        loc = QLocale()
        title = f"{loc.standaloneMonthName(month.month)} {month.year}"
        self.month_label.setText(title)
        self.grid.setAccessibleName(self.tr("Calendar, {month}").format(month=title))
        self.grid.setAccessibleDescription(self.tr("Days struck through are booked."))
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.summary.setText(self.month_in_words())
        self.grid.fit()

    def month_in_words(self) -> str:
        """The month's free and booked days as runs: "free 1–7 and 10–31; booked 8–9"."""
        model = self.grid.calendar
        first = model.month
        last = add_months(first, 1) - timedelta(days=1)
        runs: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
        day = max(first, model.today)
        while day <= last:
            free = model.free(day)
            if free is not None:
                spans = runs[free]
                if spans and spans[-1][1] == day.day - 1:
                    spans[-1] = (spans[-1][0], day.day)
                else:
                    spans.append((day.day, day.day))
            day += timedelta(days=1)
        title = self.month_label.text()
        if not runs[True] and not runs[False]:
            return self.tr("{month}: nothing to show.").format(month=title)

        def spans_text(spans: list[tuple[int, int]]) -> str:
            return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in spans)

        if not runs[False]:
            return self.tr("{month}: every day free from {day}.").format(
                month=title, day=max(first, model.today).day
            )
        if not runs[True]:
            return self.tr("{month}: every day booked.").format(month=title)
        return self.tr("{month}: free {free}; booked {booked}.").format(
            month=title, free=spans_text(runs[True]), booked=spans_text(runs[False])
        )


__all__ = [
    "ArrowButton",
    "CalendarPopup",
    "DayGrid",
    "IsFree",
    "MonthModel",
    "MonthView",
    "add_months",
    "long_date",
]
