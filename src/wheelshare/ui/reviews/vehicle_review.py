"""After a completed rental, the renter rates the vehicle and its owner (1 to 5 each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import ValidationError, VehicleCriterion
from wheelshare.domain.review import MAX_COMMENT, CriterionValue, validate_criteria
from wheelshare.domain.vocabulary import TargetKind
from wheelshare.ui.tr import QT_TRANSLATE_NOOP
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form

_CRITERIA: dict[VehicleCriterion, str] = {
    VehicleCriterion.OVERALL: QT_TRANSLATE_NOOP("VehicleReview", "&Overall"),
    VehicleCriterion.ACCESSIBILITY: QT_TRANSLATE_NOOP(
        "VehicleReview", "&Accessibility (boarding, space for the chair)"
    ),
    VehicleCriterion.CLEANLINESS: QT_TRANSLATE_NOOP("VehicleReview", "C&leanliness"),
    VehicleCriterion.ACCURACY: QT_TRANSLATE_NOOP("VehicleReview", "&Matches the listing"),
    VehicleCriterion.OWNER: QT_TRANSLATE_NOOP("VehicleReview", "The o&wner"),
}

_SCORES = (
    QT_TRANSLATE_NOOP("VehicleReview", "1 — poor"),
    QT_TRANSLATE_NOOP("VehicleReview", "2 — fair"),
    QT_TRANSLATE_NOOP("VehicleReview", "3 — good"),
    QT_TRANSLATE_NOOP("VehicleReview", "4 — very good"),
    QT_TRANSLATE_NOOP("VehicleReview", "5 — excellent"),
)


def criterion_label(c: VehicleCriterion) -> str:
    """The criterion's name without its mnemonic."""
    return QCoreApplication.translate("VehicleReview", _CRITERIA[c]).replace("&", "")


def score_label(score: int) -> str:
    return QCoreApplication.translate("VehicleReview", _SCORES[score - 1])


class RateVehicleDialog(QDialog):
    """``criteria`` and ``comment`` are set when the dialog is accepted."""

    def __init__(self, vehicle_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review {title}").format(title=vehicle_title))
        self.criteria: dict[str, CriterionValue] = {}
        self.comment = ""
        self.blocks: dict[str, FieldBlock] = {}
        self.choices: dict[VehicleCriterion, QComboBox] = {}
        layout = QVBoxLayout(self)
        self.banner, body, b_l = add_scrolling_form(
            self,
            layout,
            self.tr(
                "How was the rental? Rate what you can; leave the rest as “Not rated”. "
                "Your review is shown on the vehicle's page once the owner has reviewed you "
                "too, or 14 days after the rental ended, whichever comes first."
            ),
        )
        for c, label in _CRITERIA.items():
            combo = QComboBox(body)
            combo.addItem(self.tr("Not rated"), None)
            for n in range(1, 6):
                combo.addItem(score_label(n), n)
            self.choices[c] = combo
            block = FieldBlock(
                QCoreApplication.translate("VehicleReview", label), combo, parent=body
            )
            self.blocks[c.value] = block
            b_l.addWidget(block)
        self.comment_edit = QPlainTextEdit(body)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.blocks["comment"] = FieldBlock(
            self.tr("Comme&nt (optional)"), self.comment_edit, parent=body
        )
        b_l.addWidget(self.blocks["comment"])
        b_l.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("&Send review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def _send(self) -> None:
        comment = self.comment_edit.toPlainText().strip()
        if len(comment) > MAX_COMMENT:
            self.blocks["comment"].set_error(
                self.tr("The comment is {n} characters long; keep it to {max}.").format(
                    n=len(comment), max=MAX_COMMENT
                )
            )
            self._say(self.tr("Nothing was sent: the comment is too long."))
            return
        self.blocks["comment"].set_error("")
        answers = {c.value: combo.currentData() for c, combo in self.choices.items()}
        try:
            self.criteria = validate_criteria(TargetKind.VEHICLE, answers)
        except ValidationError:
            self._say(self.tr("Nothing was sent: rate at least one thing about the rental."))
            self.choices[VehicleCriterion.OVERALL].setFocus()
            return
        self.comment = comment
        self._say("")
        self.accept()

    def _say(self, text: str) -> None:
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))
