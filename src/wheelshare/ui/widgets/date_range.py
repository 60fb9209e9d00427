"""A rental period people can type: a start and an end, each a date and a time.

Each end of the range is a :class:`DateTimeField`: a text field for the date
(typed in the region's order, in ISO, or shortened, see
:mod:`~wheelshare.ui.widgets.date_text`), a calendar that Alt+Down or F4 opens,
and a list of times in half hours. A date field is one Tab stop whose whole
text is selected when the keyboard reaches it, so typing replaces it; Up and
Down move it by a day.

:class:`DateRangeEdit` keeps the two together as a desktop calendar does:
moving the start moves the end by as much, so the rental keeps its length.
A date that does not exist, a start that has passed or a day too far ahead
is refused with a message under the field (read by screen readers too); the
value stays what it was, never clamped to something nobody typed.

The default is the next sensible slot for a day's rental: tomorrow from 9:00
to 18:00 - a morning pick-up and an evening return, priced as one day (more
than a half-day, see :mod:`wheelshare.domain.pricing`), leaving today for the
owner to answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from wheelshare.domain import clock
from wheelshare.ui import formatting
from wheelshare.ui.announce import announce
from wheelshare.ui.widgets.date_text import (
    DateTextError,
    Problem,
    order_of_format,
    parse_date,
)
from wheelshare.ui.widgets.form import FormField
from wheelshare.ui.widgets.month_calendar import ArrowButton, CalendarPopup, IsFree, long_date

STEP_MINUTES = 30
DEFAULT_HORIZON = timedelta(days=365)
DAY_STARTS = time(9, 0)
DAY_ENDS = time(18, 0)


def _plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Zone:
    """Wall-clock times in one zone: a vehicle's own zone, or the system's."""

    def __init__(self, tz: tzinfo | None = None) -> None:
        self.tz = tz

    def local(self, moment: datetime) -> datetime:
        """An aware instant as a naive wall-clock time in this zone."""
        if self.tz is not None:
            return moment.astimezone(self.tz).replace(tzinfo=None)
        qdt = formatting.to_qdatetime(moment)
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def aware(self, wall: datetime) -> datetime:
        """A wall-clock time in this zone as an aware instant (UTC for the system zone)."""
        if self.tz is not None:
            return wall.replace(tzinfo=self.tz)
        qdt = QDateTime(
            QDate(wall.year, wall.month, wall.day),
            QTime(wall.hour, wall.minute),
            QTimeZone.systemTimeZone(),
        )
        return formatting.from_qdatetime(qdt)

    def now(self) -> datetime:
        return self.local(clock.now())

    def today(self) -> date:
        return self.now().date()


def problem_text(error: DateTextError) -> str:
    """What is wrong with a typed date, in words a person can act on."""
    loc = QLocale()
    if error.problem is Problem.NO_SUCH_MONTH:
        return QCoreApplication.translate(
            "DateRange", "There is no month {month}: months go from 1 to 12."
        ).format(month=error.month)
    if error.problem is Problem.NO_SUCH_DAY and error.month is not None:
        month = loc.monthName(error.month, QLocale.FormatType.LongFormat)
        if error.year is None:
            return QCoreApplication.translate("DateRange", "There is no {day} {month}.").format(
                day=error.day, month=month
            )
        return QCoreApplication.translate("DateRange", "There is no {day} {month} {year}.").format(
            day=error.day, month=month, year=error.year
        )
    example = loc.toString(QDate(clock.today().year, 12, 25), formatting.short_date_format(loc))
    iso = f"{clock.today().year}-12-25"
    if error.problem is Problem.NO_SUCH_DAY:
        return QCoreApplication.translate(
            "DateRange", "There is no day {day} in a month. Type a date such as {example}."
        ).format(day=error.day, example=example)
    return QCoreApplication.translate(
        "DateRange", "“{text}” is not a date. Type it as {example} or {iso}."
    ).format(text=error.text.strip(), example=example, iso=iso)


class DateEdit(QLineEdit):
    """The date as text; Alt+Down or F4 asks for the calendar, Up/Down step a day."""

    calendar_requested = Signal()
    step_requested = Signal(int)  # days

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = mods == Qt.KeyboardModifier.AltModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if (key == Qt.Key.Key_F4 and plain) or (key == Qt.Key.Key_Down and alt):
            self.calendar_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            self.step_requested.emit(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def minimumSizeHint(self) -> QSize:
        """Room for a whole date in the region's format: squeezed into a narrow
        column, the field would show "2/2026" and hide the day and month."""
        hint = super().minimumSizeHint()
        fm = self.fontMetrics()
        # Qt's own size hint: 17 "x" plus the frame and margins around the text.
        around = super().sizeHint().width() - 17 * fm.horizontalAdvance("x")
        loc = QLocale()
        widest = loc.toString(QDate(2026, 12, 28), formatting.short_date_format(loc))
        need = around + fm.horizontalAdvance(widest) + 2  # and the cursor
        return QSize(max(hint.width(), need), hint.height())


class TimeCombo(QComboBox):
    """A time of day in half hours (and any other time the value already has)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaxVisibleItems(12)
        self._fill([])

    def _text(self, minutes: int) -> str:
        return QLocale().toString(
            QTime(minutes // 60, minutes % 60), QLocale.FormatType.ShortFormat
        )

    def _fill(self, extra: list[int]) -> None:
        wanted = sorted(set(range(0, 24 * 60, STEP_MINUTES)) | set(extra))
        self.clear()
        for minutes in wanted:
            self.addItem(self._text(minutes), minutes)

    def minutes(self) -> int:
        return int(self.currentData())

    def set_minutes(self, minutes: int) -> None:
        if self.findData(minutes) < 0:
            extra = [int(self.itemData(i)) for i in range(self.count())]
            self._fill([*extra, minutes])
        self.setCurrentIndex(self.findData(minutes))

    def retranslate(self) -> None:
        for i in range(self.count()):
            self.setItemText(i, self._text(int(self.itemData(i))))


class _Popup(CalendarPopup):
    closed = Signal()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()


class DateTimeField(FormField):
    """One end of a range: a date typed or picked, and a time of day.

    ``edited`` says the person changed it (or typed something that is not a
    date: :attr:`typing_problem` then says what); the value stays the last
    good one.
    """

    edited = Signal()
    retranslated = Signal()

    def __init__(self, label: str, zone: Zone, parent: QWidget | None = None) -> None:
        row = QWidget()
        date_edit = DateEdit(row)
        button = ArrowButton(Qt.ArrowType.DownArrow, row)
        time_combo = TimeCombo(row)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(date_edit, 1)
        layout.addWidget(button)
        layout.addWidget(time_combo)
        row.setFocusProxy(date_edit)
        self._parts: tuple[DateEdit, QToolButton, TimeCombo] | None = None
        super().__init__(label, row, "", parent)
        # The label's Alt+letter lands in the date (a label gives the focus only
        # to a buddy that takes it, which the row holding the parts does not).
        self.label.setBuddy(date_edit)
        self.date_edit = date_edit
        self.calendar_button = button
        self.time_combo = time_combo
        self._parts = (date_edit, button, time_combo)
        self.zone = zone
        self.is_free: IsFree | None = None
        self._label = label
        self._day = zone.today()
        self._minutes = DAY_STARTS.hour * 60
        self.typing_problem: DateTextError | None = None
        self._quiet = False
        self._popup: _Popup | None = None
        # A button for the mouse; the keyboard opens the calendar with Alt+Down.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(self.open_calendar)
        date_edit.editingFinished.connect(self.commit_text)
        date_edit.calendar_requested.connect(self.open_calendar)
        date_edit.step_requested.connect(self._step)
        time_combo.currentIndexChanged.connect(self._time_changed)
        self._retranslate()
        self._show()

    # ------------------------------------------------------------- value
    def value(self) -> datetime:
        """The date and time as a naive wall-clock time in the field's zone."""
        return datetime.combine(self._day, time(self._minutes // 60, self._minutes % 60))

    def set_value(self, wall: datetime) -> None:
        """Shows ``wall`` (naive, in the field's zone); says nothing to ``edited``."""
        self._day = wall.date()
        self._minutes = wall.hour * 60 + wall.minute
        self.typing_problem = None
        self._show()

    def _show(self) -> None:
        loc = QLocale()
        d = QDate(self._day.year, self._day.month, self._day.day)
        self.date_edit.setText(loc.toString(d, formatting.short_date_format(loc)))
        self._quiet = True
        try:
            self.time_combo.set_minutes(self._minutes)
        finally:
            self._quiet = False
        self._update_description()

    # ------------------------------------------------------------- editing
    def commit_text(self) -> None:
        """Reads the typed date: the value changes, or the problem is kept."""
        text = self.date_edit.text()
        order = order_of_format(formatting.short_date_format())
        try:
            day = parse_date(text, order, self.zone.today())
        except DateTextError as e:
            self.typing_problem = e
        else:
            self.typing_problem = None
            self._day = day
            self._show()
        self.edited.emit()

    def _step(self, days: int) -> None:
        self.commit_text()
        if self.typing_problem is None:
            self._day += timedelta(days=days)
            self._show()
            self.edited.emit()

    def _time_changed(self, _index: int) -> None:
        if self._quiet or self.time_combo.currentIndex() < 0:
            return
        self._minutes = self.time_combo.minutes()
        self.edited.emit()

    # ------------------------------------------------------------- calendar
    @property
    def popup(self) -> CalendarPopup | None:
        return self._popup

    def open_calendar(self) -> None:
        """The month calendar under the field, on the typed day when it is a date."""
        if self.date_edit.isModified() or self.typing_problem is not None:
            self.commit_text()
        if self._popup is None:
            self._popup = _Popup(self.date_edit)
            self._popup.chosen.connect(self._chosen)
            self._popup.closed.connect(
                lambda: self.date_edit.setFocus(Qt.FocusReason.PopupFocusReason)
            )
        self._popup.open_at(self.date_edit, self._day, self.zone.today(), self.is_free)

    def _chosen(self, day: date) -> None:
        self._day = day
        self.typing_problem = None
        self._show()
        self.date_edit.selectAll()
        self.edited.emit()

    # ------------------------------------------------------------- words
    def _name_editor(self, label: str) -> None:
        super()._name_editor(label)
        if self._parts is None:
            return
        self._label = label
        date_edit, button, time_combo = self._parts
        name = _plain(label)
        date_edit.setAccessibleName(name)
        time_combo.setAccessibleName(
            QCoreApplication.translate("DateRange", "{field}: time").format(field=name)
        )
        button.setAccessibleName(
            QCoreApplication.translate("DateRange", "{field}: calendar").format(field=name)
        )

    def _retranslate(self) -> None:
        self._name_editor(self._label)
        self.calendar_button.setToolTip(
            QCoreApplication.translate("DateRange", "Choose the day in a calendar (Alt+Down)")
        )
        self.time_combo.retranslate()
        self._update_description()

    def _update_description(self) -> None:
        super()._update_description()
        if self._parts is None:
            return
        date_edit, button, time_combo = self._parts
        loc = QLocale()
        example = loc.toString(QDate(self._day.year, 12, 25), formatting.short_date_format(loc))
        how = QCoreApplication.translate(
            "DateRange", "Type a date such as {example}, or press Alt+Down for a calendar."
        ).format(example=example)
        parts = [p for p in (self.error, long_date(self._day), how) if p]
        date_edit.setAccessibleDescription(" ".join(parts))
        date_edit.setToolTip(how)
        time_combo.setAccessibleDescription(self.error)
        button.setAccessibleDescription(self.error)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            if self.typing_problem is None:
                self._show()  # the region's order and clock
            self._retranslate()
            self.retranslated.emit()


class DateRangeEdit(QWidget):
    """A start and an end that stay a range; ``changed(start, end)`` on every change.

    The two fields are :attr:`start_field` and :attr:`end_field`; they lay out
    in this widget, or in a form of their own with :meth:`add_to` so their
    labels line up with the form's other labels. Values are aware datetimes:
    in ``tz`` when given (a vehicle's zone), otherwise in UTC for the system's
    wall-clock times. ``is_free`` marks booked days in the calendar.
    """

    changed = Signal(object, object)  # start, end: aware datetimes

    def __init__(
        self,
        start_label: str = "",
        end_label: str = "",
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
        is_free: IsFree | None = None,
        allow_past: bool = False,
        horizon: timedelta = DEFAULT_HORIZON,
        order_message: Callable[[bool], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = Zone(tz)
        self.allow_past = allow_past
        self.horizon = horizon
        # What an end not after the start reads (argument: the two are equal),
        # asked each time so that it follows the language.
        self._order_message = order_message or (
            lambda _same: QCoreApplication.translate(
                "DateRange", "The end must be after the start."
            )
        )
        self.start_field = DateTimeField(start_label, self.zone)
        self.end_field = DateTimeField(end_label, self.zone)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.start_field.add_to(self._form)
        self.end_field.add_to(self._form)
        tomorrow = self.zone.today() + timedelta(days=1)
        self._start = datetime.combine(tomorrow, DAY_STARTS)
        self._end = datetime.combine(tomorrow, DAY_ENDS)
        self.start_field.set_value(self._start)
        self.end_field.set_value(self._end)
        self.set_is_free(is_free)
        self.start_field.edited.connect(self._start_edited)
        self.end_field.edited.connect(self._end_edited)
        self.start_field.retranslated.connect(self.show_errors)
        self.end_field.retranslated.connect(self.show_errors)

    def add_to(self, form: QFormLayout) -> None:
        """Puts the two fields as two rows of ``form`` (this widget stays empty)."""
        for field in self._taken():
            field.add_to(form)

    def add_stacked(self, layout: QBoxLayout) -> None:
        """Puts each field under its label in ``layout``, for forms that stack their
        labels above the fields (this widget stays empty)."""
        for field in self._taken():
            layout.addWidget(field.label)
            layout.addWidget(field)

    def _taken(self) -> tuple[DateTimeField, DateTimeField]:
        """The two fields, out of this widget, to be laid out in another form."""
        for field in (self.start_field, self.end_field):
            self._form.takeRow(field)
            # Without a parent until the form gives them one, so they take their
            # place in the Tab order where the form has them, not where made.
            field.label.setParent(None)
            field.setParent(None)
        self.hide()
        return self.start_field, self.end_field

    def set_is_free(self, is_free: IsFree | None) -> None:
        """Which days the vehicle is free (None: not known), for the calendars."""
        self.start_field.is_free = is_free
        self.end_field.is_free = is_free

    # ------------------------------------------------------------- values
    def start(self) -> datetime:
        return self.zone.aware(self._start)

    def end(self) -> datetime:
        return self.zone.aware(self._end)

    def set_range(self, start: datetime, end: datetime) -> None:
        """Shows ``start`` to ``end`` (aware) as given, and what is wrong with them."""
        self._start = self.zone.local(start)
        self._end = self.zone.local(end)
        self.start_field.set_value(self._start)
        self.end_field.set_value(self._end)
        self.show_errors()
        self.changed.emit(self.start(), self.end())

    def _start_edited(self) -> None:
        wall = self.start_field.value()
        if wall != self._start:
            # The end moves as much as the start: the rental keeps its length.
            self._end += wall - self._start
            self._start = wall
            self.end_field.set_value(self._end)
            self.show_errors(self.start_field)
            self.changed.emit(self.start(), self.end())
        else:
            self.show_errors(self.start_field)

    def _end_edited(self) -> None:
        wall = self.end_field.value()
        if wall != self._end:
            self._end = wall
            self.show_errors(self.end_field)
            self.changed.emit(self.start(), self.end())
        else:
            self.show_errors(self.end_field)

    # ------------------------------------------------------------- problems
    def errors(self) -> dict[str, str]:
        """What is wrong, by field ("start", "end"); empty when the range can be used."""
        errors: dict[str, str] = {}
        for name, field in (("start", self.start_field), ("end", self.end_field)):
            if field.typing_problem is not None:
                errors[name] = problem_text(field.typing_problem)
        now = self.zone.now()
        last = now.date() + self.horizon
        loc = QLocale()
        if "start" not in errors:
            if not self.allow_past and self._start < now:
                if self._start.date() < now.date():
                    errors["start"] = QCoreApplication.translate(
                        "DateRange", "{date} has passed. Choose today or a later day."
                    ).format(date=long_date(self._start.date()))
                else:
                    t = loc.toString(
                        QTime(self._start.hour, self._start.minute), QLocale.FormatType.ShortFormat
                    )
                    errors["start"] = QCoreApplication.translate(
                        "DateRange", "{time} today has passed. Choose a later time."
                    ).format(time=t)
            elif self._start.date() > last:
                errors["start"] = self._too_far(self._start.date(), last)
        # An end not after the start is said even when the start has its own
        # problem: they are two things to correct.
        if "end" not in errors and self.start_field.typing_problem is None:
            if self._end <= self._start:
                errors["end"] = self._order_message(self._end == self._start)
            elif self._end.date() > last:
                errors["end"] = self._too_far(self._end.date(), last)
        return errors

    def _too_far(self, day: date, last: date) -> str:
        return QCoreApplication.translate(
            "DateRange", "{date} is too far ahead. Choose a day until {last}."
        ).format(date=long_date(day), last=long_date(last))

    def show_errors(self, typed_in: DateTimeField | None = None) -> None:
        """Each problem under its field. After an edit (``typed_in``) a new problem is
        also spoken: the focus stays in the field, whose description is not reread."""
        errors = self.errors()
        for name, field in (("start", self.start_field), ("end", self.end_field)):
            message = errors.get(name, "")
            new = bool(message) and message != field.error
            field.set_error(message)
            if new and typed_in is not None:
                announce(field.error_label, field.error_label.accessibleName())


__all__ = ["DateRangeEdit", "DateTimeField", "Zone", "problem_text"]
