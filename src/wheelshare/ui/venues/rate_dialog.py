"""*Rate this venue*: criterion by criterion, with answers in words, and a comment.

Yes / no questions offer *Don't know* (the default, which sends nothing for that
criterion); measurements are typed, empty meaning *don't know*. Editing one's
own review starts from the earlier answers; sending replaces it on the feed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Review, ValidationError, Venue, VenueCriterion, WheelchairGrade
from wheelshare.domain.review import MAX_COMMENT, CriterionValue, validate_criteria
from wheelshare.domain.vocabulary import VENUE_BOOL_CRITERIA, VENUE_INT_CRITERIA, TargetKind
from wheelshare.ui.venues.labels import DONT_KNOW, NO, YES, criterion_label, grade_label
from wheelshare.ui.widgets.fields import FieldBlock, FieldProblem, parse_optional_int
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.photo_editor import PhotoChanges, PhotoEditor
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form

_MEASURED = (VenueCriterion.STEP_COUNT, VenueCriterion.STEP_HEIGHT_CM, VenueCriterion.DOOR_WIDTH_CM)


class RateVenueDialog(QDialog):
    """Collects ``criteria`` (name -> answer) and ``comment``; ``accept()`` only when valid."""

    def __init__(
        self, venue: Venue, existing: Review | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.venue = venue
        self.criteria: dict[str, CriterionValue] = {}
        self.comment = ""
        title = self.tr("Edit your review of {name}") if existing else self.tr("Rate {name}")
        self.setWindowTitle(title.format(name=venue.name))
        self.blocks: dict[str, FieldBlock] = {}
        self.choices: dict[VenueCriterion, QComboBox] = {}
        self.measures: dict[VenueCriterion, QLineEdit] = {}

        layout = QVBoxLayout(self)
        heading = Heading(self.windowTitle(), self, scale=DETAIL, wrap=True)
        layout.addWidget(heading)
        self.banner, body, b_l = add_scrolling_form(
            self,
            layout,
            self.tr(
                "Answer what you know from your visit; leave the rest as “Don't know”. "
                "Your review is sent with the next sync and replaces any earlier review "
                "of yours for this place."
            ),
        )

        overall = QGroupBox(self.tr("Overall"), body)
        o_l = QVBoxLayout(overall)
        grade = QComboBox(overall)
        grade.addItem(self.tr(DONT_KNOW), None)
        for g in (WheelchairGrade.FULLY, WheelchairGrade.PARTIALLY, WheelchairGrade.NOT):
            grade.addItem(grade_label(g), g.value)
        self.choices[VenueCriterion.WHEELCHAIR_GRADE] = grade
        o_l.addWidget(
            self._block(VenueCriterion.WHEELCHAIR_GRADE, self.tr("&Wheelchair access"), grade)
        )
        stars = QComboBox(overall)
        stars.addItem(self.tr(DONT_KNOW), None)
        words = (
            self.tr("1 — poor"),
            self.tr("2 — fair"),
            self.tr("3 — good"),
            self.tr("4 — very good"),
            self.tr("5 — excellent"),
        )
        for n, word in enumerate(words, start=1):
            stars.addItem(word, n)
        self.choices[VenueCriterion.OVERALL] = stars
        o_l.addWidget(self._block(VenueCriterion.OVERALL, self.tr("&Overall rating"), stars))
        b_l.addWidget(overall)

        entrance = QGroupBox(self.tr("Entrance and facilities"), body)
        e_l = QVBoxLayout(entrance)
        for c in VENUE_BOOL_CRITERIA:
            combo = QComboBox(entrance)
            combo.addItem(self.tr(DONT_KNOW), None)
            combo.addItem(self.tr(YES), True)
            combo.addItem(self.tr(NO), False)
            self.choices[c] = combo
            e_l.addWidget(self._block(c, criterion_label(c), combo))
        b_l.addWidget(entrance)

        measured = QGroupBox(self.tr("Measurements"), body)
        m_l = QVBoxLayout(measured)
        for c in _MEASURED:
            edit = QLineEdit(measured)
            edit.setPlaceholderText(self.tr("Don't know"))
            low, high = VENUE_INT_CRITERIA[c]
            self.measures[c] = edit
            hint = self.tr("{low} to {high}; leave empty if you don't know.").format(
                low=low, high=high
            )
            m_l.addWidget(self._block(c, criterion_label(c), edit, hint))
            edit.textChanged.connect(lambda _t, key=c: self._check_measure(key))
        b_l.addWidget(measured)

        self.comment_edit = QPlainTextEdit(body)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.comment_edit.textChanged.connect(self._check_comment)
        b_l.addWidget(
            self._block(
                "comment",
                self.tr("&Comment (optional)"),
                self.comment_edit,
                self.tr("What would help the next visitor?"),
            )
        )
        # New photos of the venue, each described and said what it shows; they
        # are sent with the review.
        self.photos = PhotoEditor((), body, criteria=True)
        b_l.addWidget(self.photos)
        self.photo_changes = PhotoChanges()
        b_l.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("&Send review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if existing is not None:
            self._fill(existing.criteria, existing.comment)
        fit_to_screen(self)

    def _block(
        self, key: VenueCriterion | str, label: str, editor: QWidget, hint: str = ""
    ) -> FieldBlock:
        block = FieldBlock(label, editor, hint, self)
        self.blocks[str(key)] = block
        return block

    def _fill(self, criteria: Mapping[str, CriterionValue], comment: str) -> None:
        for c, combo in self.choices.items():
            if c.value in criteria:
                i = combo.findData(criteria[c.value])
                if i >= 0:
                    combo.setCurrentIndex(i)
        for c, edit in self.measures.items():
            if c.value in criteria:
                edit.setText(str(criteria[c.value]))
        self.comment_edit.setPlainText(comment)

    def _measure(self, c: VenueCriterion) -> int | None:
        low, high = VENUE_INT_CRITERIA[c]
        unit = self.tr("cm") if c.value.endswith("_cm") else self.tr("steps")
        return parse_optional_int(self.measures[c].text(), low, high, unit)

    def _check_measure(self, c: VenueCriterion) -> bool:
        try:
            self._measure(c)
        except FieldProblem as e:
            self.blocks[c.value].set_error(str(e))
            return False
        self.blocks[c.value].set_error("")
        return True

    def _check_comment(self) -> bool:
        n = len(self.comment_edit.toPlainText())
        if n > MAX_COMMENT:
            self.blocks["comment"].set_error(
                self.tr("The comment is {n} characters long; keep it to {max}.").format(
                    n=n, max=MAX_COMMENT
                )
            )
            return False
        self.blocks["comment"].set_error("")
        return True

    def answers(self) -> dict[str, object]:
        """Everything chosen, ``None`` for *don't know* (raises FieldProblem on bad numbers)."""
        out: dict[str, object] = {c.value: combo.currentData() for c, combo in self.choices.items()}
        for c in self.measures:
            out[c.value] = self._measure(c)
        return out

    def _send(self) -> None:
        ok = all([self._check_measure(c) for c in self.measures]) and self._check_comment()
        if not ok:
            self._say(self.tr("Nothing was sent: correct the answers marked below."))
            return
        if not self.photos.validate():
            self._say(self.tr("Nothing was sent: a photo needs a description; see the photos."))
            self.photos.focus_problem()
            return
        try:
            checked = validate_criteria(TargetKind.VENUE, self.answers())
        except ValidationError as e:
            if e.code == "nothing_rated":
                self._say(
                    self.tr(
                        "Nothing was sent: answer at least one question — a review "
                        "with nothing rated would not help anyone."
                    )
                )
                self.choices[VenueCriterion.WHEELCHAIR_GRADE].setFocus()
            else:
                for path, message in e.errors.items():
                    key = path.split(".")[-1]
                    if key in self.blocks:
                        self.blocks[key].set_error(message)
                self._say(self.tr("Nothing was sent: correct the answers marked below."))
            return
        self.criteria = checked
        self.comment = self.comment_edit.toPlainText().strip()
        self.photo_changes = self.photos.changes()
        self._say("")
        self.accept()

    def _say(self, text: str) -> None:
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))
        if text:
            self.banner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
