"""*Add a venue…*: a place missing from the map, with its name, category, point
and the facts the person knows, and their agreement that the facts may be shared
under the ODbL. Problems are said beside the fields; nothing typed is lost, and
nothing is queued until every field reads right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Location, ValidationError, VenueCriterion
from wheelshare.domain.categories import VENUE_CATEGORIES
from wheelshare.domain.contribution import FACTS, MAX_NAME
from wheelshare.sync import actions
from wheelshare.ui import formatting
from wheelshare.ui.problems import describe
from wheelshare.ui.venues.categories import by_label, category_label
from wheelshare.ui.venues.contribution_form import ContributionForm
from wheelshare.ui.venues.fact_editors import FactEditor, hint, make_editor, value_of
from wheelshare.ui.venues.labels import criterion_label
from wheelshare.ui.widgets.fields import FieldBlock, FieldProblem
from wheelshare.ui.widgets.place_field import PlaceField, PlaceLookup


class AddVenueDialog(QDialog):
    """On ``accept()``: ``name``, ``category``, ``location`` and ``criteria`` hold a
    venue the outbox will take (its checks have passed here)."""

    def __init__(self, places: PlaceLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.category = ""
        self.location: Location | None = None
        self.criteria: dict[str, object] = {}
        self.blocks: dict[str, FieldBlock] = {}
        self.editors: dict[VenueCriterion, FactEditor] = {}

        self.form = ContributionForm(
            self,
            self.tr("Add a venue"),
            self.tr(
                "A venue missing from the map: give its name, its category and where it "
                "is, and what you know of its accessibility. A moderator may check it "
                "before everyone sees it."
            ),
        )
        self.banner, body, b_l = self.form.banner, self.form.body, self.form.body_layout
        self.name_edit = QLineEdit(body)
        self.name_edit.setMaxLength(MAX_NAME)
        b_l.addWidget(self._block("name", self.tr("&Name"), self.name_edit))
        self.category_combo = QComboBox(body)
        self.category_combo.addItem(self.tr("Choose a category"), "")
        for key in by_label(VENUE_CATEGORIES):
            self.category_combo.addItem(category_label(key), key)
        b_l.addWidget(self._block("category", self.tr("&Category"), self.category_combo))

        self.place = PlaceField(places, body)
        b_l.addWidget(
            self._block(
                "location",
                self.tr("&Town or village"),
                self.place,
                self.tr("Type two letters, then choose the town from the list."),
            )
        )
        self.address = QLineEdit(body)
        b_l.addWidget(self._block("address", self.tr("Street &address (optional)"), self.address))
        self.point = QLabel(body)
        self.point.setWordWrap(True)
        self.point.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.point.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b_l.addWidget(self.point)
        self.place.textChanged.connect(self._show_point)
        self.place.place_completer.activated.connect(lambda _t: self._show_point())

        facts = QGroupBox(self.tr("What you know (leave the rest as “Don't know”)"), body)
        f_l = QVBoxLayout(facts)
        for fact in FACTS:
            editor = make_editor(fact, facts)
            self.editors[fact] = editor
            f_l.addWidget(self._block(fact.value, criterion_label(fact), editor, hint(fact)))
        b_l.addWidget(facts)

        self.consent, self.consent_block = self.form.add_consent()
        self.blocks["odbl_consent"] = self.consent_block
        self._show_point()
        self.add_button = self.form.finish(
            self.tr("A&dd the venue"), self._send, focus=self.name_edit
        )

    def _block(self, key: str, label: str, editor: QWidget, hint_text: str = "") -> FieldBlock:
        block = FieldBlock(label, editor, hint_text, self)
        self.blocks[key] = block
        return block

    def _show_point(self) -> None:
        loc = self.place.place()
        if loc is None:
            text = self.tr("No point yet: choose the town where the venue is.")
        else:
            text = self.tr(
                "The venue will be put on the map in {town}, at {point} (the centre of the "
                "town; members nearby can correct it)."
            ).format(town=loc.city, point=formatting.point_in_words(loc.lat, loc.lon))
        self.point.setText(text)
        self.point.setAccessibleName(text)

    def _set(self, key: str, message: str) -> bool:
        self.blocks[key].set_error(message)
        return not message

    def _send(self) -> None:
        ok = True
        name = self.name_edit.text().strip()
        ok &= self._set("name", "" if name else self.tr("Enter the venue's name."))
        category = str(self.category_combo.currentData() or "")
        ok &= self._set("category", "" if category else self.tr("Choose a category."))
        loc = self.place.place()
        if loc is None:
            message = (
                self.tr("Choose the town where the venue is.")
                if not self.place.text().strip()
                else self.tr("“{text}” is not a town in the list: choose one from it.").format(
                    text=self.place.text().strip()
                )
            )
            ok &= self._set("location", message)
        else:
            self._set("location", "")
        criteria: dict[str, object] = {}
        for fact, editor in self.editors.items():
            try:
                criteria[fact.value] = value_of(fact, editor)
                self._set(fact.value, "")
            except FieldProblem as e:
                ok &= self._set(fact.value, str(e))
        consent = self.consent.isChecked()
        ok &= self._set(
            "odbl_consent",
            ""
            if consent
            else self.tr("Tick this box to agree; without it the venue cannot be shared."),
        )
        if not ok or loc is None:
            self._say(self.tr("Nothing was added: correct what is marked below."))
            self._focus_first_error()
            return
        where = Location(loc.lat, loc.lon, loc.city, self.address.text().strip())
        try:
            actions.add_venue("check", name, category, where, criteria, consent)
        except ValidationError as e:
            for path in e.errors:
                key = path.split(".")[-1]
                if key in self.blocks:
                    self._set(key, describe(e))
            self._say(describe(e))
            return
        self.name, self.category, self.location = name, category, where
        self.criteria = {k: v for k, v in criteria.items() if v is not None}
        self._say("")
        self.accept()

    def _focus_first_error(self) -> None:
        for block in self.blocks.values():
            if block.error:
                block.editor.setFocus()
                return

    def _say(self, text: str) -> None:
        self.form.say(text)
