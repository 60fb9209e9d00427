"""The detail pane: everything about one vehicle, in words, and *Request* / *Book now*."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Fit, Measurement, Period, Review, Vehicle
from wheelshare.domain.vocabulary import BOARDING, DRIVING, VehicleCriterion
from wheelshare.ui import formatting
from wheelshare.ui.find.details import DayState, VehicleDetails
from wheelshare.ui.plurals import plurals
from wheelshare.ui.widgets.gallery import PhotoGallery
from wheelshare.ui.widgets.headings import DETAIL, as_heading
from wheelshare.ui.widgets.text import SelectableText
from wheelshare.ui.widgets.vehicle_labels import adaptation_label, measurement_name

_CRITERIA = {
    VehicleCriterion.OVERALL: "Overall",
    VehicleCriterion.ACCESSIBILITY: "Accessibility",
    VehicleCriterion.CLEANLINESS: "Cleanliness",
    VehicleCriterion.ACCURACY: "As described",
    VehicleCriterion.OWNER: "Owner",
}


def _label() -> QLabel:
    return SelectableText()


def unit_count(unit: str, n: int) -> str:
    """``n`` half-days, days or weeks, in words with the language's plural."""
    p = plurals()
    if unit == "week":
        return p.weeks(n)
    if unit == "half_day":
        return p.half_days(n)
    return p.days(n)


def adaptation_lines(v: Vehicle) -> list[str]:
    lines: list[str] = []
    for title, group in (
        (QCoreApplication.translate("VehicleDetail", "Boarding"), BOARDING),
        (QCoreApplication.translate("VehicleDetail", "Driving controls"), DRIVING),
    ):
        names = [adaptation_label(a) for a in group if a in v.adaptations]
        shown = ", ".join(names) if names else QCoreApplication.translate("VehicleDetail", "none")
        lines.append(
            QCoreApplication.translate("VehicleDetail", "{label}: {value}").format(
                label=title, value=shown
            )
        )
    lines.append(
        QCoreApplication.translate("VehicleDetail", "Wheelchair places: {n}; seats: {s}").format(
            n=v.wheelchair_places, s=v.seats
        )
    )
    return lines


def measurement_lines(v: Vehicle) -> list[str]:
    out: list[str] = []
    for m in Measurement:
        value = v.measurements.get(m)
        unit = (
            QCoreApplication.translate("VehicleDetail", "kg")
            if m is Measurement.LIFT_MAX_LOAD_KG
            else QCoreApplication.translate("VehicleDetail", "cm")
        )
        shown = (
            QCoreApplication.translate("VehicleDetail", "not measured")
            if value is None
            else f"{QLocale().toString(value)} {unit}"
        )
        out.append(
            QCoreApplication.translate("VehicleDetail", "{label}: {value}").format(
                label=measurement_name(m), value=shown
            )
        )
    return out


def _criterion(name: str) -> str:
    try:
        return QCoreApplication.translate("VehicleDetail", _CRITERIA[VehicleCriterion(name)])
    except (ValueError, KeyError):
        return name


def review_text(r: Review) -> str:
    who = r.author_name or QCoreApplication.translate("VehicleDetail", "A renter")
    when = formatting.date(r.created_at) if r.created_at else ""
    marks = ", ".join(f"{_criterion(k)} {v}/5" for k, v in r.criteria.items())
    head = QCoreApplication.translate("VehicleDetail", "{who}, {when}: {marks}").format(
        who=who, when=when, marks=marks
    )
    return f"{head}. {r.comment}" if r.comment else head


def day_text(d: object) -> str:
    from wheelshare.ui.find.details import DayAvailability

    assert isinstance(d, DayAvailability)
    day = QLocale().toString(
        QDate(d.day.year, d.day.month, d.day.day), QLocale.FormatType.LongFormat
    )
    if d.state is DayState.FREE:
        return QCoreApplication.translate("VehicleDetail", "{day}: available all day").format(
            day=day
        )
    if d.state is DayState.TAKEN:
        return QCoreApplication.translate("VehicleDetail", "{day}: not available").format(day=day)
    loc = QLocale()
    spans = ", ".join(
        QCoreApplication.translate("VehicleDetail", "{a} to {b}").format(
            a=loc.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat),
            b=loc.toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat)
            if end.time().hour or end.time().minute
            else QCoreApplication.translate("VehicleDetail", "midnight"),
        )
        for start, end in d.free
    )
    return QCoreApplication.translate(
        "VehicleDetail", "{day}: partly available, free {spans}"
    ).format(day=day, spans=spans)


class _Section(QWidget):
    """A bold heading (wraps, unlike a group box title) and an indented body,
    hidden as a whole when it has nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(12, 0, 0, 6)
        outer.addLayout(self.body)


class VehicleDetailPane(QScrollArea):
    """Shows a :class:`VehicleDetails`; emits ``book_requested(vehicle, period)``."""

    book_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the pane's width; it never runs off to the right.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Vehicle details"))
        body = QWidget()
        self.setWidget(body)
        self._body = body
        layout = QVBoxLayout(body)
        self.details: VehicleDetails | None = None
        self._can_book = True
        self._cannot_book_reason: Callable[[], str] = str
        # What the pane shows while no vehicle is: said again after a language change.
        self._empty_text: Callable[[], str] = str
        self._headings: list[tuple[QLabel, Callable[[], str]]] = []
        # What became of a booking sent from here: (vehicle id, words), shown under
        # the button instead of the usual note while that vehicle is shown.
        self._outcome: tuple[str, Callable[[], str]] | None = None
        # The vehicle whose request is being queued: its button stays off until
        # the outbox answers, so a second press cannot send it again.
        self._sending: str | None = None

        self.heading = as_heading(_label(), DETAIL, "detailHeading")
        layout.addWidget(self.heading)
        self.summary = _label()
        layout.addWidget(self.summary)

        # The price and the booking button come first: that is what is decided here.
        self.quote_box = _Section()
        self._headings.append((self.quote_box.heading, lambda: self.tr("Price for your dates")))
        qb = self.quote_box.body
        self.quote_label = _label()
        qb.addWidget(self.quote_label)
        buttons = QHBoxLayout()
        self.book_button = QPushButton()
        self.book_button.clicked.connect(self._book)
        buttons.addWidget(self.book_button)
        buttons.addStretch(1)
        qb.addLayout(buttons)
        self.book_note = _label()
        self.book_note.setObjectName("formHint")
        qb.addWidget(self.book_note)
        layout.addWidget(self.quote_box)

        self.fit_box = _Section()
        self._headings.append((self.fit_box.heading, lambda: self.tr("Fits my wheelchair?")))
        fb = self.fit_box.body
        self.fit_label = _label()
        fb.addWidget(self.fit_label)
        layout.addWidget(self.fit_box)

        # Sections that only mean something once a vehicle is chosen: hidden until
        # then, so an empty pane is one sentence, not a row of empty headings.
        self._vehicle_sections: list[_Section] = []

        def section(title: Callable[[], str], content: QWidget) -> _Section:
            box = _Section()
            self._headings.append((box.heading, title))
            box.body.addWidget(content)
            layout.addWidget(box)
            self._vehicle_sections.append(box)
            return box

        self.adaptations_label = _label()
        section(lambda: self.tr("Adaptations"), self.adaptations_label)
        self.measurements_label = _label()
        section(lambda: self.tr("Measurements"), self.measurements_label)

        self.description_label = _label()
        layout.addWidget(self.description_label)

        self.gallery = PhotoGallery()
        self.photos_box = section(lambda: self.tr("Photos"), self.gallery)

        self.availability_list = QListWidget()
        self.availability_list.setWordWrap(True)
        self.availability_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.availability_list.setMinimumHeight(160)
        section(lambda: self.tr("Availability, the next four weeks"), self.availability_list)

        self.reviews_list = QListWidget()
        self.reviews_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reviews_list.setWordWrap(True)
        self.reviews_list.setMinimumHeight(120)
        section(lambda: self.tr("Reviews"), self.reviews_list)
        layout.addStretch(1)
        self._retranslate_fixed()
        self.show_empty()

    # ------------------------------------------------------------- language
    def _retranslate_fixed(self) -> None:
        self.setAccessibleName(self.tr("Vehicle details"))
        self.heading.setAccessibleName(self.tr("Vehicle"))
        self.availability_list.setAccessibleName(self.tr("Availability, day by day"))
        self.reviews_list.setAccessibleName(self.tr("Reviews"))
        for heading, text in self._headings:
            heading.setText(text())

    def retranslate(self) -> None:
        """Every text in the language now in use, the vehicle shown included."""
        self._retranslate_fixed()
        if self.details is not None:
            self.show_details(self.details)
        else:
            self.show_empty(self._empty_text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -------------------------------------------------------------- showing
    def show_empty(self, text: str | Callable[[], str] = "") -> None:
        """No vehicle: ``text`` says why (a function is asked again after a
        language change); empty asks to choose one."""
        self.details = None
        self._empty_text = text if callable(text) else (lambda: text)
        shown = self._empty_text()
        self.heading.setText(shown or self.tr("Choose a vehicle in the list to see it here."))
        for w in (
            self.summary,
            self.quote_label,
            self.fit_label,
            self.adaptations_label,
            self.measurements_label,
            self.description_label,
            self.book_note,
        ):
            w.clear()
        self.availability_list.clear()
        self.reviews_list.clear()
        self.gallery.show_photos(())
        self.quote_box.setVisible(False)
        self.fit_box.setVisible(False)
        for box in self._vehicle_sections:
            box.setVisible(False)
        self.book_button.setText(self.tr("Request &booking"))
        self._body.setEnabled(not shown)

    def set_booking_allowed(self, allowed: bool, reason: Callable[[], str] = str) -> None:
        """Whether this person may book at all (signed in); ``reason`` says why not
        (a function, so it follows the language)."""
        self._can_book = allowed
        self._cannot_book_reason = reason
        if self.details is not None:
            self._update_button(self.details)

    def show_details(self, d: VehicleDetails) -> None:
        self.details = d
        self._body.setEnabled(True)
        for box in self._vehicle_sections:
            box.setVisible(True)
        v = d.vehicle
        self.heading.setText(v.title)
        parts = [v.location.city]
        if v.location.approximate:
            # The feed shows a point within about a kilometre, never the address:
            # say so, and never give a distance from it as if it were exact.
            parts = [
                QCoreApplication.translate("VehicleDetail", "{town}, approximate area").format(
                    town=v.location.city
                )
            ]
        if d.distance_km is not None:
            if v.location.approximate:
                away = QCoreApplication.translate("VehicleDetail", "about {distance} away")
            else:
                away = QCoreApplication.translate("VehicleDetail", "{distance} away")
            parts.append(away.format(distance=formatting.distance_km(d.distance_km)))
        if v.owner_name:
            parts.append(
                QCoreApplication.translate("VehicleDetail", "Owner: {name}").format(
                    name=v.owner_name
                )
            )
        parts.append(formatting.rating(v.rating.average, v.rating.count))
        prices = QCoreApplication.translate(
            "VehicleDetail", "Half-day {h}, day {d}, week {w}"
        ).format(
            h=formatting.money(v.prices.half_day),
            d=formatting.money(v.prices.day),
            w=formatting.money(v.prices.week),
        )
        parts.append(prices)
        parts.append(
            QCoreApplication.translate("VehicleDetail", "Books instantly")
            if v.instant_book
            else QCoreApplication.translate("VehicleDetail", "The owner confirms each request")
        )
        self.summary.setText("\n".join(p for p in parts if p))

        self.quote_box.setVisible(True)
        if d.quote is not None and d.period is not None:
            lines = [formatting.period(d.period.start, d.period.end)]
            for line in d.quote.lines:
                count = unit_count(line.unit, line.count)
                lines.append(
                    QCoreApplication.translate(
                        "VehicleDetail", "{count} at {price}: {total}"
                    ).format(
                        count=count,
                        price=formatting.money(line.unit_price),
                        total=formatting.money(line.total),
                    )
                )
            lines.append(
                QCoreApplication.translate("VehicleDetail", "Total: {total}").format(
                    total=formatting.money(d.quote.total)
                )
            )
            if d.period_free is False:
                lines.append(
                    QCoreApplication.translate(
                        "VehicleDetail", "Not available for these dates: choose other dates."
                    )
                )
            self.quote_label.setText("\n".join(lines))
        else:
            self.quote_label.setText(
                QCoreApplication.translate(
                    "VehicleDetail", "Choose dates in the search to see the price."
                )
            )
        self._update_button(d)

        if d.fit is None:
            self.fit_box.setVisible(False)
        else:
            self.fit_box.setVisible(True)
            verdict = {
                Fit.FITS: QCoreApplication.translate(
                    "VehicleDetail", "Yes: its measurements suit your wheelchair."
                ),
                Fit.DOES_NOT_FIT: QCoreApplication.translate("VehicleDetail", "No:"),
                Fit.UNKNOWN: QCoreApplication.translate(
                    "VehicleDetail", "Cannot tell: some measurements are missing:"
                ),
            }[d.fit.verdict]
            reasons = "; ".join(d.fit.reasons)
            self.fit_label.setText(f"{verdict} {reasons}".strip())

        self.adaptations_label.setText("\n".join(adaptation_lines(v)))
        self.measurements_label.setText("\n".join(measurement_lines(v)))
        self.description_label.setText(v.description)
        self.description_label.setVisible(bool(v.description))

        self.availability_list.clear()
        for day in d.days:
            item = QListWidgetItem(day_text(day))
            self.availability_list.addItem(item)
        self.gallery.show_photos(d.photos)
        self.photos_box.setVisible(bool(d.photos))
        self.reviews_list.clear()
        if not d.reviews:
            self.reviews_list.addItem(
                QCoreApplication.translate("VehicleDetail", "No reviews yet.")
            )
        for r in d.reviews:
            self.reviews_list.addItem(review_text(r))

    def _update_button(self, d: VehicleDetails) -> None:
        v = d.vehicle
        self.book_button.setText(
            self.tr("&Book now") if v.instant_book else self.tr("Request &booking")
        )
        note = ""
        enabled = True
        if not self._can_book:
            enabled, note = False, self._cannot_book_reason()
        elif d.period is None:
            enabled, note = False, self.tr("Choose a start and an end in the search first.")
        elif d.period_free is False:
            enabled, note = False, self.tr("The vehicle is taken during these dates.")
        elif self._sending == v.id:
            enabled, note = False, self.tr("Sending…")
        elif v.instant_book:
            note = self.tr("Booked at once; you can cancel under “My bookings”.")
        else:
            note = self.tr("The owner answers your request; follow it under “My bookings”.")
        self.book_button.setEnabled(enabled)
        if self._outcome is not None and self._outcome[0] == v.id:
            note = self._outcome[1]()
        self.book_note.setText(note)
        self.book_button.setAccessibleDescription(note)

    def set_sending(self, vehicle_id: str | None) -> None:
        """``vehicle_id`` is being requested (None: nothing is any more)."""
        self._sending = vehicle_id
        # A disabled button drops the keyboard focus, to nowhere: it goes to the
        # note under it instead, which says what became of the request.
        had_focus = self.window().focusWidget() is self.book_button
        if self.details is not None:
            self._update_button(self.details)
        if had_focus and not self.book_button.isEnabled():
            self.book_note.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_note(self, vehicle_id: str, text: Callable[[], str]) -> None:
        """What became of a booking of ``vehicle_id`` (sent, or refused and why),
        under the button while that vehicle is shown, in the language in use."""
        self._outcome = (vehicle_id, text)
        if self.details is not None and self.details.vehicle.id == vehicle_id:
            self.book_note.setText(text())

    def _book(self) -> None:
        d = self.details
        if d is None or d.period is None:
            return
        self.book_requested.emit(d.vehicle, d.period)

    def period(self) -> Period | None:
        return self.details.period if self.details else None
