"""The venue search form: text, category, place and radius, and criteria filters."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Location
from wheelshare.ui import formatting
from wheelshare.ui.account.home import NearMeButton, home_label
from wheelshare.ui.settings import Settings
from wheelshare.ui.venues.categories import by_label, category_label
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.place_field import PlaceField, PlaceLookup


@dataclass(frozen=True)
class VenueSearch:
    """What the person asked for; ``None`` / ``False`` mean "no filter"."""

    text: str = ""
    category: str = ""
    place: Location | None = None
    radius_km: int = 10
    at_least_partially: bool = False
    step_free: bool = False
    min_door_width_cm: int | None = None
    toilet_accessible: bool = False
    parking_accessible: bool = False
    elevator: bool = False
    hearing_loop: bool = False
    fits_my_wheelchair: bool = False
    # "": the best match for the words typed, else the nearest, else by name;
    # or "distance", "name", "rating" (the cache's VenueSort values).
    sort: str = ""


class VenueSearchForm(QWidget):
    """Emits ``search_requested(VenueSearch)`` on *Search* (or Enter in a text field)."""

    search_requested = Signal(object)

    def __init__(
        self,
        places: PlaceLookup,
        parent: QWidget | None = None,
        places_ready: Callable[[], bool] = lambda: True,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._places_ready = places_ready
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QGridLayout()
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text_block = FieldBlock("", self.text, parent=self)
        top.addWidget(self.text_block, 0, 0)
        self.category = QComboBox(self)
        self.category.addItem("", "")
        self.category_block = FieldBlock("", self.category, parent=self)
        top.addWidget(self.category_block, 0, 1)
        self.place = PlaceField(places, self)
        self.place_block = FieldBlock("", self.place, parent=self)
        top.addWidget(self.place_block, 1, 0)
        self.radius = QSpinBox(self)
        # In the language's units (miles or km); the search keeps km.
        self._km_per_unit = 1.0
        self._set_radius_km(10)
        self.radius_block = FieldBlock("", self.radius, parent=self)
        top.addWidget(self.radius_block, 1, 1)
        self.near_me = NearMeButton(settings, self)
        self.near_me.home_chosen.connect(self.use_home)
        self.near_me.position_chosen.connect(self.use_position)
        top.addWidget(self.near_me, 2, 0, Qt.AlignmentFlag.AlignLeft)
        self.sort = QComboBox(self)
        for key in ("", "distance", "name", "rating"):
            self.sort.addItem("", key)
        self.sort_block = FieldBlock("", self.sort, parent=self)
        top.addWidget(self.sort_block, 2, 1)
        top.setColumnStretch(0, 2)
        top.setColumnStretch(1, 1)
        layout.addLayout(top)

        self.filters = QGroupBox(self)
        grid = QGridLayout(self.filters)
        self.at_least_partially = QCheckBox()
        self.step_free = QCheckBox()
        self.toilet = QCheckBox()
        self.parking = QCheckBox()
        self.elevator = QCheckBox()
        self.hearing_loop = QCheckBox()
        self.fits = QCheckBox()
        self.door_on = QCheckBox()
        self.door_width = QSpinBox()
        self.door_width.setRange(50, 200)
        self.door_width.setValue(80)
        self.door_width.setEnabled(False)
        self.door_on.toggled.connect(self.door_width.setEnabled)
        boxes = [
            self.at_least_partially,
            self.step_free,
            self.toilet,
            self.parking,
            self.elevator,
            self.hearing_loop,
            self.fits,
        ]
        for i, box in enumerate(boxes):
            grid.addWidget(box, i // 2, i % 2)
        door = QHBoxLayout()
        door.addWidget(self.door_on)
        door.addWidget(self.door_width)
        door.addStretch(1)
        grid.addLayout(door, len(boxes) // 2, 1)
        self._boxes = boxes

        row = QHBoxLayout()
        self.search_button = QPushButton(self)
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self)
        # The filters fold away so the results get the room; the button says in
        # words how many apply, folded or not.
        self.filters_button = QPushButton(self)
        self.filters_button.setCheckable(True)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.filters_button.toggled.connect(lambda _c: self._describe_filters())
        self.filters.setVisible(False)
        row.addWidget(self.search_button)
        row.addWidget(self.filters_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.filters)
        self.retranslate()
        # Reading order: the fields, the buttons, then the unfolded conditions.
        chain = [
            self.text,
            self.category,
            self.place,
            self.radius,
            self.near_me,
            self.sort,
            self.search_button,
            self.filters_button,
            self.clear_button,
            *boxes,
            self.door_on,
            self.door_width,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

        self.search_button.clicked.connect(self.submit)

        self.sort.currentIndexChanged.connect(lambda _i: self.submit())
        self.clear_button.clicked.connect(self.clear)
        self.text.returnPressed.connect(self.submit)
        self.place.returnPressed.connect(self.submit)
        self.place.textChanged.connect(lambda _t: self.place_block.set_error(""))
        # Filters apply as they are ticked (debounced), text on Enter or Search.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.submit)
        for box in (*boxes, self.door_on):
            box.toggled.connect(lambda _c: self._debounce.start())
            box.toggled.connect(lambda _c: self._describe_filters())
        self.category.activated.connect(lambda _i: self._debounce.start())

    def retranslate(self) -> None:
        """Every text of the form in the language now in use; what was typed and
        ticked stays, and a radius in miles becomes the same radius in km."""
        self.text.setPlaceholderText(self.tr("name, street or description"))
        self.text_block.set_texts(self.tr("&Search venues"))
        self.category_block.set_texts(self.tr("&Category"))
        # Category names are sorted by their words, which the language changes.
        self.set_categories([self.category.itemData(i) for i in range(1, self.category.count())])
        self.place.setPlaceholderText(self.tr("anywhere"))
        self.place_block.set_texts(self.tr("Ne&ar (city)"))
        self._set_radius_km(max(1, round(self.radius.value() * self._km_per_unit)))
        self.radius_block.set_texts(self.tr("W&ithin"))
        self.filters.setTitle(self.tr("Requirements"))
        self.at_least_partially.setText(self.tr("At least &partially accessible"))
        self.step_free.setText(self.tr("Step-free entrance"))
        self.toilet.setText(self.tr("Accessible toilet"))
        self.parking.setText(self.tr("Accessible parking"))
        self.elevator.setText(self.tr("Elevator"))
        self.hearing_loop.setText(self.tr("Hearing loop"))
        self.fits.setText(self.tr("Fits my &wheelchair (door width)"))
        self.door_on.setText(self.tr("Door at least"))
        self.door_width.setSuffix(self.tr(" cm"))
        self.door_width.setAccessibleName(self.tr("Minimum door width"))
        self.search_button.setText(self.tr("S&earch"))
        self.sort_block.set_texts(self.tr("Ran&king"))
        for index, text in enumerate(
            (
                self.tr("Best match"),
                self.tr("Nearest first"),
                self.tr("By name"),
                self.tr("Best rated first"),
            )
        ):
            self.sort.setItemText(index, text)
        self.clear_button.setText(self.tr("C&lear filters"))
        self._describe_filters()

    def _set_radius_km(self, km: int) -> None:
        """The radius field in the language's unit (miles or km), showing ``km``."""
        suffix, self._km_per_unit = formatting.radius_unit()
        self.radius.setRange(1, formatting.radius_from_km(500))
        self.radius.setSuffix(suffix)
        self.radius.setValue(formatting.radius_from_km(km))

    def _describe_filters(self) -> None:
        n = sum(b.isChecked() for b in (*self._boxes, self.door_on))
        if n == 0:
            text = self.tr("Re&quirements: none")
        elif n == 1:
            text = self.tr("Re&quirements: 1")
        else:
            text = self.tr("Re&quirements: {n}").format(n=n)
        self.filters_button.setText(("▾ " if self.filters_button.isChecked() else "▸ ") + text)

    def set_categories(self, categories: list[str]) -> None:
        """Offers ``categories`` (keys, as stored) by their labels, in the order of
        the labels; the chosen item's data stays the key the search filters on."""
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("Any category"), "")
        for c in by_label(categories):
            self.category.addItem(category_label(c), c)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))

    def use_home(self, home: Location) -> None:
        """Fills the place with the saved home location."""
        self.place.set_place(home, home.city or home_label(home))

    def use_position(self, where: Location) -> None:
        """Fills the place with where the system says this computer is."""
        self.place.set_place(where, where.city)

    def _resolve_place(self) -> Location | None:
        place = self.place.place()
        if place is None and self.place.text().strip():
            raise LookupError(self.place.text())
        return place

    def query(self) -> VenueSearch | None:
        """The search as filled in; None (with a message beside the place) if it cannot run."""
        try:
            place = self._resolve_place()
        except LookupError:
            if not self._places_ready():
                self.place_block.set_error(
                    self.tr("The list of places is still being prepared; try again in a moment.")
                )
                return None
            self.place_block.set_error(
                self.tr(
                    "No place called “{name}” is known; choose one from the list, or "
                    "leave it empty to search everywhere."
                ).format(name=self.place.text())
            )
            return None
        self.place_block.set_error("")
        return VenueSearch(
            text=self.text.text().strip(),
            category=self.category.currentData() or "",
            place=place,
            radius_km=formatting.radius_to_km(self.radius.value()),
            at_least_partially=self.at_least_partially.isChecked(),
            step_free=self.step_free.isChecked(),
            min_door_width_cm=self.door_width.value() if self.door_on.isChecked() else None,
            toilet_accessible=self.toilet.isChecked(),
            parking_accessible=self.parking.isChecked(),
            elevator=self.elevator.isChecked(),
            hearing_loop=self.hearing_loop.isChecked(),
            fits_my_wheelchair=self.fits.isChecked(),
            sort=self.sort.currentData() or "",
        )

    def submit(self) -> None:
        self._debounce.stop()
        q = self.query()
        if q is not None:
            self.search_requested.emit(q)

    def clear(self) -> None:
        for box in self.findChildren(QCheckBox):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.door_width.setEnabled(False)
        self._describe_filters()
        self.category.setCurrentIndex(0)
        self.submit()
