"""After a completed rental, the renter rates the vehicle and its owner (1 to 5 each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from wheelshare.domain import ValidationError, VehicleCriterion
from wheelshare.domain.review import MAX_COMMENT, CriterionValue, validate_criteria
from wheelshare.domain.vocabulary import TargetKind
from wheelshare.ui.reviews.rating_form import RatingForm
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

_CRITERIA: dict[VehicleCriterion, str] = {
    VehicleCriterion.OVERALL: QT_TRANSLATE_NOOP("VehicleReview", "&Overall"),
    VehicleCriterion.ACCESSIBILITY: QT_TRANSLATE_NOOP(
        "VehicleReview", "&Accessibility (boarding, space for the chair)"
    ),
    VehicleCriterion.CLEANLINESS: QT_TRANSLATE_NOOP("VehicleReview", "C&leanliness"),
    VehicleCriterion.ACCURACY: QT_TRANSLATE_NOOP("VehicleReview", "&Matches the listing"),
    VehicleCriterion.OWNER: QT_TRANSLATE_NOOP("VehicleReview", "The o&wner"),
}


def criterion_label(c: VehicleCriterion) -> str:
    """The criterion's name without its mnemonic."""
    return QCoreApplication.translate("VehicleReview", _CRITERIA[c]).replace("&", "")


class RateVehicleDialog(QDialog):
    """``criteria`` and ``comment`` are set when the dialog is accepted."""

    def __init__(self, vehicle_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review {title}").format(title=vehicle_title))
        self.criteria: dict[str, CriterionValue] = {}
        self.comment = ""
        self.form = RatingForm(
            self,
            self.tr(
                "How was the rental? Rate what you can; leave the rest as “Not rated”. "
                "Your review is shown on the vehicle's page once the owner has reviewed you "
                "too, or 14 days after the rental ended, whichever comes first."
            ),
            {
                c: QCoreApplication.translate("VehicleReview", label)
                for c, label in _CRITERIA.items()
            },
            self.tr("Not rated"),
            self._send,
        )

    def _send(self) -> None:
        comment = self.form.comment_within(MAX_COMMENT)
        if comment is None:
            self.form.too_long()
            return
        answers = {c.value: combo.currentData() for c, combo in self.form.choices.items()}
        try:
            self.criteria = validate_criteria(TargetKind.VEHICLE, answers)
        except ValidationError:
            self.form.say(self.tr("Nothing was sent: rate at least one thing about the rental."))
            self.form.choices[VehicleCriterion.OVERALL].setFocus()
            return
        self.comment = comment
        self.form.say("")
        self.accept()
