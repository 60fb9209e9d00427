"""*Propose a correction…*: which fact of a venue is wrong, its right value, an
optional note for the moderator, and the agreement to share it under the ODbL."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit, QWidget

from wheelshare.domain import Venue, VenueCriterion
from wheelshare.domain.contribution import FACTS, MAX_NOTE
from wheelshare.ui.venues.contribution_form import ContributionForm
from wheelshare.ui.venues.fact_editors import FactEditor, hint, make_editor, value_of
from wheelshare.ui.venues.labels import answer_text, criterion_label, venue_facts
from wheelshare.ui.widgets.fields import FieldBlock, FieldProblem


class CorrectionDialog(QDialog):
    """On ``accept()``: ``fact``, ``value`` and ``note`` hold the correction."""

    def __init__(self, venue: Venue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.venue = venue
        self.fact: VenueCriterion = FACTS[0]
        self.value: object = None
        self.note = ""
        self.recorded = dict(venue_facts(venue))
        self.form = ContributionForm(
            self,
            self.tr("Propose a correction to {name}").format(name=venue.name),
            self.tr(
                "Choose the fact that is wrong and give its right value. A moderator may "
                "check it before it changes for everyone."
            ),
        )
        self.banner, body, b_l = self.form.banner, self.form.body, self.form.body_layout
        self.fact_combo = QComboBox(body)
        for fact in FACTS:
            self.fact_combo.addItem(
                self.tr("{fact} (now: {value})").format(
                    fact=criterion_label(fact), value=answer_text(fact, self.recorded.get(fact))
                ),
                fact.value,
            )
        self.fact_block = FieldBlock(self.tr("&Which fact"), self.fact_combo, "", body)
        b_l.addWidget(self.fact_block)
        self.editors: dict[VenueCriterion, FactEditor] = {}
        self.value_blocks: dict[VenueCriterion, FieldBlock] = {}
        for fact in FACTS:
            editor = make_editor(fact, body)
            label = self.tr("&New value: {fact}").format(fact=criterion_label(fact))
            block = FieldBlock(label, editor, hint(fact), body)
            block.setVisible(fact is FACTS[0])
            self.editors[fact] = editor
            self.value_blocks[fact] = block
            b_l.addWidget(block)
        self.fact_combo.currentIndexChanged.connect(self._fact_changed)
        self.note_edit = QPlainTextEdit(body)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().height() * 3)
        self.note_block = FieldBlock(
            self.tr("N&ote for the moderator (optional)"),
            self.note_edit,
            self.tr("How you know: measured it, a photo, the staff told you…"),
            body,
        )
        b_l.addWidget(self.note_block)
        self.consent, self.consent_block = self.form.add_consent()
        self.send_button = self.form.finish(
            self.tr("&Send the correction"), self._send, focus=self.fact_combo
        )

    def choose(self, fact: VenueCriterion) -> None:
        self.fact_combo.setCurrentIndex(self.fact_combo.findData(fact.value))

    def _current(self) -> VenueCriterion:
        return VenueCriterion(str(self.fact_combo.currentData()))

    def _fact_changed(self) -> None:
        current = self._current()
        for fact, block in self.value_blocks.items():
            block.setVisible(fact is current)

    def _send(self) -> None:
        fact = self._current()
        block = self.value_blocks[fact]
        ok = True
        try:
            value = value_of(fact, self.editors[fact])
        except FieldProblem as e:
            block.set_error(str(e))
            value, ok = None, False
        else:
            if value is None:
                block.set_error(self.tr("Give the right value."))
                ok = False
            elif value == self.recorded.get(fact):
                block.set_error(
                    self.tr("The venue already has this value, so there is nothing to correct.")
                )
                ok = False
            else:
                block.set_error("")
        note = self.note_edit.toPlainText().strip()
        if len(note) > MAX_NOTE:
            self.note_block.set_error(
                self.tr("Keep the note to {max} characters.").format(max=MAX_NOTE)
            )
            ok = False
        else:
            self.note_block.set_error("")
        if not self.consent.isChecked():
            self.consent_block.set_error(
                self.tr("Tick this box to agree; without it the correction cannot be shared.")
            )
            ok = False
        else:
            self.consent_block.set_error("")
        if not ok:
            self._say(self.tr("Nothing was sent: correct what is marked below."))
            return
        self.fact, self.value, self.note = fact, value, note
        self._say("")
        self.accept()

    def _say(self, text: str) -> None:
        self.form.say(text)
