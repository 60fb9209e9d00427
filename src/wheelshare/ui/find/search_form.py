"""The search form of *Find a vehicle*: place, radius, dates, needs, price, fit.

It validates as the person types, shows each problem beside its field (and as
the field's accessible description), and only emits ``search_requested``
with criteria that make sense: an end before the start or an unknown place
cannot be searched. Nothing typed is lost when a field is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Adaptation, Location, ValidationError, WheelchairProfile
from wheelshare.domain.vocabulary import BOARDING, DRIVING
from wheelshare.ui import formatting
from wheelshare.ui.account.home import NearMeButton, home_label
from wheelshare.ui.find.criteria import SearchCriteria, SortKey
from wheelshare.ui.find.geocoding import source_text
from wheelshare.ui.problems import describe
from wheelshare.ui.settings import SEARCH_RADIUS_KM, WHEELCHAIR_PROFILE, Settings
from wheelshare.ui.widgets import FormField, FormFields, MoneyEdit
from wheelshare.ui.widgets.date_range import DateRangeEdit
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.place_field import PlaceField
from wheelshare.ui.widgets.profile_editor import ProfileEditor
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import scrolling_body
from wheelshare.ui.widgets.vehicle_labels import adaptation_label
from wheelshare.ui.widgets.wrapping_check_box import WrappingCheckBox

if TYPE_CHECKING:
    from wheelshare.geo.geocoder import GeocodeAnswer

# How long the results wait after a change of filter before they follow it: a
# few quick changes (typing a number, ticking two boxes) make one search.
FOLLOW_MS = 300


class SearchForm(QWidget):
    search_requested = Signal(object)  # SearchCriteria
    place_typed = Signal(str)  # ask for completions of this prefix
    place_lookup_requested = Signal(str)  # a place the offline list does not know

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.fields = FormFields()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        where = QFormLayout()
        where.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        where.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # Completed from the page's lookup (towns with vehicles first), with the online step.
        self.place_edit = PlaceField(None, label_of=home_label)
        self.place_edit.setClearButtonEnabled(True)
        self.fields.add("place", FormField("", self.place_edit)).add_to(where)
        self.near_me = NearMeButton(settings)
        self.near_me.home_chosen.connect(self.use_home)
        self.near_me.position_chosen.connect(self.use_position)
        self.place_source = QLabel()
        self.place_source.setObjectName("formHint")
        self.place_source.setWordWrap(True)
        self.place_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place_source.hide()
        # What the line under the place says, as a function: it is said again
        # in the new language after a language change.
        self._source_line: Callable[[], str] = str
        near_row = QWidget()
        near_layout = QVBoxLayout(near_row)
        near_layout.setContentsMargins(0, 0, 0, 0)
        # Search first, one Tab after the place; the buttons wrap onto more
        # lines at large text instead of being cut.
        buttons_row = QWidget()
        buttons_row.setSizePolicy(flow_policy())
        buttons = FlowLayout(buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.search_button = QPushButton()
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.submit)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.near_me)
        self.search_online = QPushButton()
        self.search_online.clicked.connect(self.look_up_online)
        buttons.addWidget(self.search_online)
        near_layout.addWidget(buttons_row)
        near_layout.addWidget(self.place_source)
        where.addRow("", near_row)
        self.place_edit.textEdited.connect(self._place_edited)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(lambda: self.place_typed.emit(self.place_edit.text().strip()))
        self.place_edit.textEdited.connect(lambda _t: self._typing.start())

        self.radius = QSpinBox()
        # In the language's units (miles or km); searches and the setting keep km.
        self._km_per_unit = 1.0
        self._radius_km = 0
        self._set_radius_km(settings.get(SEARCH_RADIUS_KM))
        self.radius.setAccelerated(True)
        self.fields.add("radius_km", FormField("", self.radius)).add_to(where)

        # Dates typed in the region's order or picked in a calendar; the end
        # follows the start, and each field says what is wrong with it.
        self.dates = DateRangeEdit(parent=self)
        self.dates.add_to(where)
        self.fields.add("start", self.dates.start_field)
        self.fields.add("end", self.dates.end_field)
        outer.addLayout(where)

        # The order of the results: part of the search, shown by the page
        # above the results it orders (the sidebar keeps its room for filters).
        self.sort_row = QWidget()
        self.sort_row.setSizePolicy(flow_policy())
        actions = FlowLayout(self.sort_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.sort_combo = QComboBox()
        for key in (SortKey.DISTANCE, SortKey.PRICE, SortKey.RATING):
            self.sort_combo.addItem("", key)
        self.sort_label = sort_label = QLabel()
        sort_label.setBuddy(self.sort_combo)
        actions.addWidget(sort_label)
        actions.addWidget(self.sort_combo)

        # The requirements fold away, so the results get the room; a line says
        # what is chosen while they are folded.
        self.needs_toggle = QToolButton()
        self.needs_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.needs_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.needs_toggle.setAutoRaise(True)
        self._needs_shown = True
        self.needs_toggle.clicked.connect(lambda: self._fold(not self._needs_shown))
        outer.addWidget(self.needs_toggle)
        # What is chosen, in words that wrap (the button's own text stays short,
        # so ticking boxes never widens the sidebar); shown while folded.
        self.needs_summary = QLabel()
        self.needs_summary.setObjectName("formHint")
        self.needs_summary.setWordWrap(True)
        self.needs_summary.hide()
        outer.addWidget(self.needs_summary)
        self.needs = QWidget()
        needs_layout = QVBoxLayout(self.needs)
        needs_layout.setContentsMargins(0, 0, 0, 0)
        self.adaptation_boxes: dict[Adaptation, QCheckBox] = {}
        self._group_headings: list[QLabel] = []
        for members in (BOARDING, DRIVING):
            heading = QLabel()
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setWordWrap(True)  # a narrow sidebar at large text
            self._group_headings.append(heading)
            needs_layout.addWidget(heading)
            holder = QWidget()
            holder.setSizePolicy(flow_policy())
            flow = FlowLayout(holder)
            flow.setContentsMargins(0, 0, 0, 0)
            for a in members:
                box: QCheckBox = WrappingCheckBox()
                box.toggled.connect(lambda _on: self._update_toggle())
                self.adaptation_boxes[a] = box
                flow.addWidget(box)
            needs_layout.addWidget(holder)
        more = QFormLayout()
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.places_spin = QSpinBox()
        self.places_spin.setRange(0, 4)
        self.places_spin.valueChanged.connect(lambda _v: self._update_toggle())
        self.fields.add("wheelchair_places", FormField("", self.places_spin)).add_to(more)
        self.max_price = MoneyEdit("EUR", optional=True)
        self.max_price.valueChanged.connect(lambda _v: self._update_toggle())
        self.fields.add("max_day_price", FormField("", self.max_price)).add_to(more)
        needs_layout.addLayout(more)
        fit_holder = QWidget()
        fit_holder.setSizePolicy(flow_policy())
        fit_row = FlowLayout(fit_holder)
        fit_row.setContentsMargins(0, 0, 0, 0)
        self.fits_box = WrappingCheckBox()
        self.fits_box.toggled.connect(lambda _on: self._update_toggle())
        self.profile_button = QPushButton()
        self.profile_button.clicked.connect(self.edit_profile)
        fit_row.addWidget(self.fits_box)
        fit_row.addWidget(self.profile_button)
        needs_layout.addWidget(fit_holder)
        self.profile_summary = QLabel()
        self.profile_summary.setWordWrap(True)
        needs_layout.addWidget(self.profile_summary)
        outer.addWidget(self.needs)

        outer.addStretch(1)
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)

        self.place_edit.returnPressed.connect(self.submit)
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.submit())
        # The results follow each change of a filter, without Search.
        self._last: SearchCriteria | None = None
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._follow_changes)
        for box in (*self.adaptation_boxes.values(), self.fits_box):
            box.toggled.connect(lambda _on: self._follow.start())
        for spin in (self.places_spin, self.radius):
            spin.valueChanged.connect(lambda _v: self._follow.start())
        self.max_price.valueChanged.connect(lambda _v: self._follow.start())
        self.dates.changed.connect(lambda _s, _e: self._follow.start())
        self.place_edit.textChanged.connect(lambda _t: self._follow.start())
        self.retranslate()

    # ------------------------------------------------------------- language
    def retranslate(self) -> None:
        """Every text of the form in the language now in use; what was typed and
        chosen stays, and a radius in miles becomes the same radius in km."""
        self.place_edit.setPlaceholderText(self.tr("A town or city, e.g. Lyon"))
        self.fields["place"].set_texts(
            self.tr("&Place"), self.tr("Leave empty to search everywhere.")
        )
        self.search_online.setText(self.tr("Look up onli&ne"))
        self.search_online.setAccessibleName(self.tr("Look up the place online"))
        why = self.tr(
            "Ask OpenStreetMap (Nominatim) for the place as typed, such as a street or a station"
        )
        self.search_online.setToolTip(why)
        self.search_online.setAccessibleDescription(why)
        self.place_source.setAccessibleName(self.tr("Place found by"))
        self.show_place_source(self._source_line)
        km = self._radius_km
        if max(1, round(km / self._km_per_unit)) != self.radius.value():
            # Changed since it was set: from the field, in the unit it shows.
            km = max(1, round(self.radius.value() * self._km_per_unit))
        self._set_radius_km(km)
        self.fields["radius_km"].set_texts(self.tr("&Within"))
        self.fields["start"].set_texts(self.tr("Fr&om"))
        self.fields["end"].set_texts(self.tr("&Until"))
        titles = (self.tr("Boarding"), self.tr("Driving controls"))
        for heading, title, members in zip(
            self._group_headings, titles, (BOARDING, DRIVING), strict=True
        ):
            heading.setText(title)
            for a in members:
                self.adaptation_boxes[a].setText(adaptation_label(a))
                self.adaptation_boxes[a].setAccessibleDescription(title)
        self.places_spin.setSpecialValueText(self.tr("Any"))
        self.fields["wheelchair_places"].set_texts(self.tr("Wheelchair pl&aces, at least"))
        self.max_price.set_none_text(self.tr("No maximum"))
        self.fields["max_day_price"].set_texts(
            self.tr("Ma&ximum price per day"), self.tr("Zero means no maximum.")
        )
        self.fits_box.setText(self.tr("F&its my wheelchair"))
        self.fits_box.setAccessibleDescription(
            self.tr("Uses the measurements of your wheelchair profile")
        )
        self.profile_button.setText(self.tr("&Edit my wheelchair…"))
        for index, text in enumerate(
            (self.tr("Nearest first"), self.tr("Cheapest first"), self.tr("Best rated first"))
        ):
            self.sort_combo.setItemText(index, text)
        self.sort_label.setText(self.tr("Sor&t"))
        self.sort_combo.setAccessibleName(self.tr("Sort"))
        self.search_button.setText(self.tr("&Search"))
        self._show_profile()
        self._update_toggle()
        if self.fields.has_errors:
            self._show_current_errors()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _set_radius_km(self, km: int) -> None:
        """The radius field in the language's unit (miles or km), showing ``km``."""
        self._radius_km = km
        suffix, self._km_per_unit = formatting.radius_unit()
        self.radius.setRange(1, formatting.radius_from_km(1000))
        self.radius.setSuffix(suffix)
        self.radius.setValue(formatting.radius_from_km(km))

    def _show_current_errors(self) -> None:
        """The problems of the form as it stands, said again (in the new language)."""
        try:
            self.criteria()
        except ValidationError as e:
            shown = {name for name in self.fields.names() if self.fields[name].error}
            for name in shown:
                self.fields[name].set_error(e.errors.get(name, ""))
        else:
            self.fields.clear_errors()

    # ---------------------------------------------------------- requirements
    def _chosen(self) -> list[str]:
        chosen = [box.text() for box in self.adaptation_boxes.values() if box.isChecked()]
        if self.places_spin.value():
            chosen.append(
                self.tr("at least {n} wheelchair places").format(n=self.places_spin.value())
            )
        price = self.max_price.money()
        if price is not None:
            chosen.append(self.tr("at most {price} a day").format(price=formatting.money(price)))
        if self.fits_box.isChecked():
            chosen.append(self.fits_box.text().replace("&", ""))
        return chosen

    def _update_toggle(self) -> None:
        chosen = self._chosen()
        summary = ", ".join(chosen) if chosen else self.tr("none")
        self.needs_toggle.setText(self.tr("Re&quirements"))
        said = self.tr("Re&quirements: {chosen}").format(chosen=summary).replace("&", "")
        self.needs_summary.setText(said)
        self.needs_summary.setVisible(not self._needs_shown)
        shown = (
            self.tr("Shown; press to hide")
            if self._needs_shown
            else self.tr("Hidden; press to show")
        )
        self.needs_toggle.setAccessibleDescription(f"{said}. {shown}")

    def _fold(self, shown: bool) -> None:
        self._needs_shown = shown
        self.needs.setVisible(shown)
        self.needs_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._update_toggle()

    def set_requirements_shown(self, shown: bool) -> None:
        self._fold(shown)

    # ------------------------------------------------------------ completion
    def set_place_choices(self, choices: list[Location]) -> None:
        self.place_edit.set_choices(choices)

    def show_place_source(self, text: str | Callable[[], str]) -> None:
        """The line under the place field; a function is asked again after a
        language change, so the line follows the language."""
        self._source_line = text if callable(text) else (lambda: text)
        shown = self._source_line()
        self.place_source.setText(shown)
        self.place_source.setAccessibleDescription(shown)
        self.place_source.setVisible(bool(shown))

    def place_answer(self, text: str, answer: GeocodeAnswer) -> None:
        """What the online lookup of ``text`` found: the first place is taken and
        the search runs; nothing found shows the error."""
        self.place_edit.looked_up(text, describe(answer.problem) if answer.problem else "")
        if answer.places:
            place = answer.places[0]
            if not self.place_edit.found_online(text, place.location(), place.label):
                return  # the person has typed something else meanwhile
            source, problem = answer.source, answer.problem
            self.show_place_source(lambda: source_text(source, problem))
        elif self.place_edit.text().strip().casefold() != text.strip().casefold():
            return
        self.submit()

    def look_up_online(self) -> None:
        """Asks the online geocoder for the text as typed, even if the offline list knows it."""
        text = self.place_edit.text().strip()
        if not text:
            self.fields["place"].set_error(self.tr("Type a place to look up first."))
            return
        self.place_edit.look_up_again(text)
        self._show_looking_up(text)
        self.place_lookup_requested.emit(text)

    def _show_looking_up(self, text: str) -> None:
        self.show_place_source(lambda: self.tr("Looking “{text}” up online…").format(text=text))

    def place_not_found(self, text: str) -> None:
        """No online lookup is possible: say at once that the place is unknown."""
        self.place_edit.looked_up(text)
        self.show_place_source("")
        self.submit()

    def place_lookup_failed(self, text: str, error: BaseException) -> None:
        self.place_edit.looked_up(text, describe(error))
        self.submit()

    def _place_edited(self, _text: str) -> None:
        self.show_place_source("")

    # ------------------------------------------------------------ home
    def use_home(self, home: Location) -> None:
        """Fills the place with the saved home location."""
        self.place_edit.set_place(home)
        self.show_place_source(lambda: self.tr("Your home location."))
        self.fields["place"].set_error("")

    def use_position(self, where: Location) -> None:
        """Fills the place with where the system says this computer is."""
        self.place_edit.set_place(where)
        self.show_place_source(lambda: self.tr("Where this computer is, as the system says."))
        self.fields["place"].set_error("")

    # ------------------------------------------------------------ validation
    def criteria(self) -> SearchCriteria:
        """The criteria as typed; raises ValidationError naming the fields that are wrong."""
        errors: dict[str, str] = {}
        text = self.place_edit.text().strip()
        place = self.place_edit.place()
        if text and place is None:
            notice = self.place_edit.why_not_found()
            errors["place"] = (notice + " " if notice else "") + self.tr(
                "No known place is called “{text}”. Choose one from the list as you type, "
                "or leave the field empty to search everywhere."
            ).format(text=text)
        errors.update(self.dates.errors())
        if errors:
            raise ValidationError.many(errors)
        profile = self._settings.get(WHEELCHAIR_PROFILE) if self.fits_box.isChecked() else None
        sort = SortKey(self.sort_combo.currentData())
        if sort is SortKey.DISTANCE and place is None:
            sort = SortKey.PRICE  # nothing to measure from: cheapest first
        return SearchCriteria(
            place=self.place_edit.place_label(),
            location=place,
            radius_km=min(1000, formatting.radius_to_km(self.radius.value())),
            start=self.dates.start(),
            end=self.dates.end(),
            adaptations=frozenset(a for a, box in self.adaptation_boxes.items() if box.isChecked()),
            min_wheelchair_places=self.places_spin.value(),
            max_day_price=self.max_price.money(),
            profile=profile,
            sort=sort,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in any field searches (the place field says so itself; a button
        keeps Enter for its own action)."""
        focus = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            enter
            and focus is not self.place_edit
            and (not isinstance(focus, QAbstractButton) or isinstance(focus, QCheckBox))
        ):
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    def _follow_changes(self) -> None:
        """Searches again after a filter changed, if the form makes sense as it
        stands; a half-typed place or date waits for Enter or Search, which say
        what is wrong."""
        if self.fits_box.isChecked() and self._settings.get(WHEELCHAIR_PROFILE) is None:
            return  # Search asks for the measurements first
        try:
            criteria = self.criteria()
        except ValidationError:
            return
        if criteria == self._last:
            return
        self._emit(criteria)

    def _emit(self, criteria: SearchCriteria) -> None:
        self._follow.stop()
        self._last = criteria
        self._settings.set(SEARCH_RADIUS_KM, criteria.radius_km)
        self.search_requested.emit(criteria)

    def submit(self) -> None:
        needs_profile = self.fits_box.isChecked() and self._settings.get(WHEELCHAIR_PROFILE) is None
        if needs_profile and not self.edit_profile():
            self.fits_box.setChecked(False)
            return
        try:
            criteria = self.criteria()
        except ValidationError as e:
            text = self.place_edit.text().strip()
            if set(e.errors) == {"place"} and self.place_edit.online_step_due():
                # Not in the offline list: ask online (only now, never while typing).
                self.fields.clear_errors()
                self._show_looking_up(text)
                self.place_lookup_requested.emit(text)
                return
            self.fields.show_errors(e.errors)
            return
        self.fields.clear_errors()
        self._emit(criteria)

    def set_sort(self, key: SortKey) -> None:
        index = self.sort_combo.findData(key)
        if index >= 0 and index != self.sort_combo.currentIndex():
            self.sort_combo.setCurrentIndex(index)

    # --------------------------------------------------------------- profile
    def _show_profile(self) -> None:
        p = self._settings.get(WHEELCHAIR_PROFILE)
        if p is None:
            self.profile_summary.setText(
                self.tr("No wheelchair profile yet: add one to search by fit.")
            )
        else:
            self.profile_summary.setText(profile_summary(p))

    def edit_profile(self) -> bool:
        dialog = ProfileDialog(self._settings.get(WHEELCHAIR_PROFILE), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.profile is None:
            return False
        self._settings.set(WHEELCHAIR_PROFILE, dialog.profile)
        self._show_profile()
        return True


def profile_summary(p: WheelchairProfile) -> str:
    from PySide6.QtCore import QCoreApplication

    role = (
        QCoreApplication.translate("SearchForm", "drives")
        if p.drives
        else QCoreApplication.translate("SearchForm", "travels as a passenger")
    )
    return QCoreApplication.translate(
        "SearchForm",
        "My wheelchair: {w} cm wide, {l} cm long, {h} cm seated height, "
        "{kg} kg with occupant; {role}.",
    ).format(
        w=p.width_cm,
        l=p.length_cm,
        h=p.seated_height_cm,
        kg=p.weight_with_occupant_kg,
        role=role,
    )


class ProfileDialog(QDialog):
    """Edit the "my wheelchair" profile; every problem is shown beside its field."""

    def __init__(self, current: WheelchairProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My wheelchair"))
        self.profile: WheelchairProfile | None = current
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Measure your wheelchair with you seated in it. wheelshare uses these "
                "numbers to tell you whether a vehicle's ramp, lift and door fit."
            )
        )
        intro.setWordWrap(True)
        # The measurements scroll when their problems, wrapped at a large text
        # size, need more height than the screen has; the buttons stay in view.
        body, body_layout = scrolling_body(self, layout)
        body_layout.addWidget(intro)
        self.editor = ProfileEditor(current, body)
        body_layout.addWidget(self.editor)
        body_layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def _save(self) -> None:
        profile = self.editor.profile()
        if profile is None:
            return  # each problem is shown under its measurement
        self.profile = profile
        self.accept()
