"""The listing form: every adaptation and measurement, prices and instant booking.

It validates as the owner types, with each problem written under its field and
set as that field's accessible description. Nothing typed is ever cleared by an
error; the feed's own rejections are mapped back onto the same fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TypedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import (
    Adaptation,
    Location,
    Measurement,
    Measurements,
    Money,
    Prices,
    ValidationError,
    Vehicle,
)
from wheelshare.domain.photo import Photo
from wheelshare.domain.values import CURRENCIES
from wheelshare.domain.vocabulary import MEASUREMENT_RANGES
from wheelshare.ui.widgets.fields import (
    FieldBlock,
    FieldProblem,
    format_money_minor,
    parse_money_minor,
    parse_optional_int,
)
from wheelshare.ui.widgets.photo_editor import PhotoEditor
from wheelshare.ui.widgets.place_field import PlaceField, PlaceLookup
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.vehicle_labels import (
    adaptation_groups,
    adaptation_label,
    measurement_label,
)

PRICE_FIELDS = ("half_day", "day", "week")
TITLE_MAX = 120
DESCRIPTION_MAX = 5000


class _Edited(TypedDict):
    """The fields of a :class:`Vehicle` that its owner types in this form."""

    title: str
    description: str
    location: Location
    prices: Prices
    adaptations: frozenset[Adaptation]
    measurements: Measurements
    seats: int
    wheelchair_places: int
    instant_book: bool


class VehicleForm(QWidget):
    """The fields of a listing; ``vehicle()`` builds the domain object or raises."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        places: PlaceLookup,
        parent: QWidget | None = None,
        places_ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._places = places
        self._places_ready = places_ready
        self._existing: Vehicle | None = None
        self.blocks: dict[str, FieldBlock] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setObjectName("formError")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.banner)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes to the fields inside; the area itself needs no stop of its own.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)

        about = QGroupBox(self.tr("About the vehicle"), body)
        about_l = QVBoxLayout(about)
        self.title = QLineEdit(about)
        self.title.setMaxLength(TITLE_MAX + 50)  # longer text is explained, not cut silently
        about_l.addWidget(
            self._block(
                "title",
                self.tr("&Title"),
                self.title,
                self.tr("For example: Renault Kangoo with rear ramp"),
            )
        )
        self.description = QPlainTextEdit(about)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 4)
        self.description.setMaximumHeight(self.fontMetrics().height() * 7)
        about_l.addWidget(self._block("description", self.tr("&Description"), self.description))
        self.place = PlaceField(places, about)
        about_l.addWidget(
            self._block(
                "place",
                self.tr("&Place (city)"),
                self.place,
                self.tr("Start typing and choose a city from the list."),
            )
        )
        self.address = QLineEdit(about)
        about_l.addWidget(
            self._block("address", self.tr("Pick-up &address (optional)"), self.address)
        )
        layout.addWidget(about)

        capacity = QGroupBox(self.tr("Capacity"), body)
        cap_l = QVBoxLayout(capacity)
        self.seats = QSpinBox(capacity)
        self.seats.setRange(1, 9)
        self.seats.setValue(4)
        cap_l.addWidget(
            self._block(
                "seats",
                self.tr("S&eats"),
                self.seats,
                self.tr("From 1 to 9, including the driver."),
            )
        )
        self.wheelchair_places = QSpinBox(capacity)
        self.wheelchair_places.setRange(0, 4)
        self.wheelchair_places.setValue(1)
        cap_l.addWidget(
            self._block(
                "wheelchair_places",
                self.tr("&Wheelchair places"),
                self.wheelchair_places,
                self.tr("From 0 to 4."),
            )
        )
        layout.addWidget(capacity)

        self.adaptation_boxes: dict[Adaptation, QCheckBox] = {}
        adapt = QGroupBox(self.tr("Adaptations"), body)
        adapt_l = QVBoxLayout(adapt)
        for title, members in adaptation_groups():
            heading = QLabel(f"<b>{title}</b>", adapt)
            heading.setAccessibleName(title)
            adapt_l.addWidget(heading)
            for a in members:
                box = QCheckBox(adaptation_label(a), adapt)
                box.setAccessibleName(f"{adaptation_label(a)} ({title})")
                self.adaptation_boxes[a] = box
                adapt_l.addWidget(box)
        layout.addWidget(adapt)

        measures = QGroupBox(self.tr("Measurements"), body)
        meas_l = QVBoxLayout(measures)
        meas_l.addWidget(
            self._wrap_label(
                self.tr(
                    "So renters can check that their chair fits. Leave a field empty if you have "
                    "not measured it."
                ),
                measures,
            )
        )
        self.measurement_edits: dict[Measurement, QLineEdit] = {}
        for m in Measurement:
            edit = QLineEdit(measures)
            edit.setPlaceholderText(self.tr("not measured"))
            low, high = MEASUREMENT_RANGES[m]
            unit = self._unit(m)
            hint = self.tr("{low} to {high} {unit}").format(low=low, high=high, unit=unit)
            self.measurement_edits[m] = edit
            meas_l.addWidget(self._block(m.value, measurement_label(m), edit, hint))
        layout.addWidget(measures)

        prices = QGroupBox(self.tr("Prices and booking"), body)
        grid = QGridLayout(prices)
        self.currency = QComboBox(prices)
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText("EUR")
        grid.addWidget(self._block("currency", self.tr("C&urrency"), self.currency), 0, 0)
        self.price_edits: dict[str, QLineEdit] = {}
        labels = {
            "half_day": self.tr("&Half-day price"),
            "day": self.tr("Da&y price"),
            "week": self.tr("Wee&k price"),
        }
        hints = {
            "half_day": self.tr("Up to 6 hours."),
            "day": self.tr("24 hours."),
            "week": self.tr("7 days; usually less than 7 day prices."),
        }
        for i, name in enumerate(PRICE_FIELDS, start=1):
            edit = QLineEdit(prices)
            self.price_edits[name] = edit
            grid.addWidget(self._block(name, labels[name], edit, hints[name]), i, 0)
        self.instant_book = QCheckBox(
            self.tr("&Instant booking: renters book without waiting for my answer"), prices
        )
        self.instant_book.setAccessibleName(self.tr("Instant booking"))
        grid.addWidget(self.instant_book, len(PRICE_FIELDS) + 1, 0)
        layout.addWidget(prices)
        # The dialog puts its photo editor here, within the scrolling form.
        self.photos_place = QWidget(body)
        self.photos_layout = QVBoxLayout(self.photos_place)
        self.photos_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photos_place)
        layout.addStretch(1)

        # Validate each field as it is typed in.
        self.title.textChanged.connect(lambda: self._check("title"))
        self.description.textChanged.connect(lambda: self._check("description"))
        self.place.textChanged.connect(lambda: self._check("place"))
        for m, edit in self.measurement_edits.items():
            edit.textChanged.connect(lambda _t, key=m.value: self._check(key))
        for name, edit in self.price_edits.items():
            edit.textChanged.connect(lambda _t, key=name: self._check(key))
        for box in self.adaptation_boxes.values():
            box.toggled.connect(lambda _c: self._check_cross())

    # -- building -------------------------------------------------------------

    def _block(self, key: str, label: str, editor: QWidget, hint: str = "") -> FieldBlock:
        block = FieldBlock(label, editor, hint, self)
        self.blocks[key] = block
        return block

    @staticmethod
    def _wrap_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        return label

    def _unit(self, m: Measurement) -> str:
        return self.tr("kg") if m is Measurement.LIFT_MAX_LOAD_KG else self.tr("cm")

    # -- filling --------------------------------------------------------------

    def set_vehicle(self, v: Vehicle) -> None:
        """Fills the form to edit ``v``."""
        self._existing = v
        self.title.setText(v.title)
        self.description.setPlainText(v.description)
        self.place.set_place(v.location)
        self.address.setText(v.location.address)
        self.seats.setValue(v.seats)
        self.wheelchair_places.setValue(v.wheelchair_places)
        for a, box in self.adaptation_boxes.items():
            box.setChecked(a in v.adaptations)
        for m, edit in self.measurement_edits.items():
            value = v.measurements.get(m)
            edit.setText("" if value is None else str(value))
        self.currency.setCurrentText(v.prices.currency)
        for name, edit in self.price_edits.items():
            money: Money = getattr(v.prices, name)
            edit.setText(format_money_minor(money.amount))
        self.instant_book.setChecked(v.instant_book)
        self.validate()

    # -- validation -----------------------------------------------------------

    def _field_problem(self, key: str) -> str:
        """The problem with one field, or ``""``."""
        try:
            if key == "title":
                text = self.title.text().strip()
                if not text:
                    return self.tr("Give the vehicle a title.")
                if len(text) > TITLE_MAX:
                    return self.tr("The title is {n} characters long; keep it to {max}.").format(
                        n=len(text), max=TITLE_MAX
                    )
            elif key == "description":
                n = len(self.description.toPlainText())
                if n > DESCRIPTION_MAX:
                    return self.tr(
                        "The description is {n} characters long; keep it to {max}."
                    ).format(n=n, max=DESCRIPTION_MAX)
            elif key == "place":
                if self._resolve_place() is None:
                    if not self.place.text().strip():
                        return self.tr("Say where the vehicle is picked up.")
                    if not self._places_ready():
                        return self.tr(
                            "The list of places is still being prepared; try again in a moment."
                        )
                    return self.tr(
                        "No place called “{name}” is known; choose one from the list."
                    ).format(name=self.place.text().strip())
            elif key in PRICE_FIELDS:
                maximum = 10_000_00 * (7 if key == "week" else 1)
                parse_money_minor(self.price_edits[key].text(), maximum=maximum)
            else:
                m = Measurement(key)
                low, high = MEASUREMENT_RANGES[m]
                parse_optional_int(self.measurement_edits[m].text(), low, high, self._unit(m))
        except FieldProblem as e:
            return str(e)
        return ""

    def _cross_problems(self) -> dict[str, str]:
        """Problems between fields: a measurement for a part the vehicle lacks."""
        out: dict[str, str] = {}
        has_ramp = any(
            self.adaptation_boxes[a].isChecked()
            for a in (Adaptation.REAR_RAMP, Adaptation.SIDE_RAMP)
        )
        has_lift = self.adaptation_boxes[Adaptation.LIFT_PLATFORM].isChecked()
        for key, present, part in (
            (Measurement.RAMP_WIDTH_CM, has_ramp, self.tr("a rear or side ramp")),
            (Measurement.RAMP_LENGTH_CM, has_ramp, self.tr("a rear or side ramp")),
            (Measurement.LIFT_MAX_LOAD_KG, has_lift, self.tr("a lift platform")),
        ):
            if self.measurement_edits[key].text().strip() and not present:
                out[key.value] = self.tr(
                    "Tick {part} under Adaptations, or leave this empty."
                ).format(part=part)
        return out

    def _check(self, key: str) -> None:
        problem = self._field_problem(key) or self._cross_problems().get(key, "")
        self.blocks[key].set_error(problem)
        self.validity_changed.emit(self.is_valid())

    def _check_cross(self) -> None:
        for m in Measurement:
            self._check(m.value)

    def _keys(self) -> list[str]:
        return ["title", "description", "place", *[m.value for m in Measurement], *PRICE_FIELDS]

    def validate(self) -> dict[str, str]:
        """Checks every field, shows every message; returns field -> message."""
        cross = self._cross_problems()
        errors: dict[str, str] = {}
        for key in self._keys():
            problem = self._field_problem(key) or cross.get(key, "")
            self.blocks[key].set_error(problem)
            if problem:
                errors[key] = problem
        self.validity_changed.emit(not errors)
        return errors

    def is_valid(self) -> bool:
        cross = self._cross_problems()
        return not cross and not any(self._field_problem(k) for k in self._keys())

    def _resolve_place(self) -> Location | None:
        return self.place.place()

    # -- the result -----------------------------------------------------------

    def vehicle(self, vehicle_id: str, owner_id: str) -> Vehicle:
        """The listing as typed; raises ValidationError (and shows why) when it is not valid."""
        errors = self.validate()
        if errors:
            raise ValidationError.many(errors)
        place = self._resolve_place()
        assert place is not None
        location = Location(place.lat, place.lon, place.city, self.address.text().strip())
        currency = self.currency.currentText()
        measures = {}
        for m, edit in self.measurement_edits.items():
            low, high = MEASUREMENT_RANGES[m]
            measures[m.value] = parse_optional_int(edit.text(), low, high, self._unit(m))
        money = {
            name: Money(
                parse_money_minor(
                    self.price_edits[name].text(), maximum=10_000_00 * (7 if name == "week" else 1)
                ),
                currency,
            )
            for name in PRICE_FIELDS
        }
        try:
            fields: _Edited = {
                "title": self.title.text().strip(),
                "description": self.description.toPlainText().strip(),
                "location": location,
                "prices": Prices(**money),
                "adaptations": frozenset(
                    a for a, b in self.adaptation_boxes.items() if b.isChecked()
                ),
                "measurements": Measurements(**measures),
                "seats": self.seats.value(),
                "wheelchair_places": self.wheelchair_places.value(),
                "instant_book": self.instant_book.isChecked(),
            }
            if self._existing is not None:
                return replace(self._existing, **fields)
            return Vehicle(id=vehicle_id, owner_id=owner_id, **fields)
        except ValidationError as e:
            self.show_field_errors(e.errors)
            raise

    def show_field_errors(self, errors: Mapping[str, str]) -> None:
        """Puts messages (from the domain or the feed) under the fields they name."""
        leftovers: list[str] = []
        for path, message in errors.items():
            key = path.split(".")[-1]
            if key in self.blocks:
                self.blocks[key].set_error(message)
            else:
                leftovers.append(f"{path}: {message}")
        if leftovers:
            self.show_banner("\n".join(leftovers))

    def focus_first_invalid(self) -> None:
        """Moves to the first field with a problem, scrolling it (and its message) into view."""
        for key in self._keys():
            block = self.blocks[key]
            if block.error:
                block.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll_area.ensureWidgetVisible(block, 10, 40)
                return

    def show_banner(self, text: str) -> None:
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))


class VehicleDialog(QDialog):
    """The form in a dialog with *Save* and *Cancel*; ``accepted_vehicle`` after Save."""

    def __init__(
        self,
        places: PlaceLookup,
        vehicle_id: str,
        owner_id: str,
        existing: Vehicle | None = None,
        parent: QWidget | None = None,
        places_ready: Callable[[], bool] = lambda: True,
        photos: Sequence[Photo] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit vehicle") if existing else self.tr("List a vehicle"))
        self._vehicle_id = vehicle_id
        self._owner_id = owner_id
        self.accepted_vehicle: Vehicle | None = None
        layout = QVBoxLayout(self)
        self.form = VehicleForm(places, self, places_ready)
        layout.addWidget(self.form, 1)
        self.photos = PhotoEditor(photos, self.form.photos_place)
        self.form.photos_layout.addWidget(self.photos)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save listing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if existing is not None:
            self.form.set_vehicle(existing)
        fit_to_screen(self)

    def _save(self) -> None:
        try:
            vehicle = self.form.vehicle(self._vehicle_id, self._owner_id)
            if not self.photos.validate():
                self.form.show_banner(
                    self.tr("Nothing was saved: a photo needs a description; see the photos.")
                )
                self.form.scroll_area.ensureWidgetVisible(self.photos.description_block, 10, 40)
                self.photos.focus_problem()
                return
        except ValidationError:
            n = sum(1 for b in self.form.blocks.values() if b.error)
            self.form.show_banner(
                self.tr("Nothing was saved: one field needs attention; see the message under it.")
                if n == 1
                else self.tr(
                    "Nothing was saved: {n} fields need attention; see the messages under them."
                ).format(n=n)
            )
            self.form.focus_first_invalid()
            return
        self.form.show_banner("")
        self.accepted_vehicle = vehicle
        self.accept()
