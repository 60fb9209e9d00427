"""After a completed rental, the owner reviews the renter (1 to 5 on three
criteria, and a comment); and the words for a renter's standing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from wheelshare.domain import Booking
from wheelshare.domain.renter_review import COMMENT_LIMIT, RenterCriterion, RenterStanding
from wheelshare.ui.formatting import locale
from wheelshare.ui.plurals import plurals
from wheelshare.ui.problems import describe
from wheelshare.ui.reviews.rating_form import RatingForm
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wheelshare.cache import Cache
    from wheelshare.sync.outbox import OutboxItem
    from wheelshare.ui.session import Session

_CRITERIA: dict[RenterCriterion, str] = {
    RenterCriterion.CARE: QT_TRANSLATE_NOOP("RenterReview", "&Care of the vehicle"),
    RenterCriterion.PUNCTUALITY: QT_TRANSLATE_NOOP("RenterReview", "&Punctuality"),
    RenterCriterion.COMMUNICATION: QT_TRANSLATE_NOOP("RenterReview", "C&ommunication"),
}


def criterion_label(c: RenterCriterion) -> str:
    """The criterion's name without its mnemonic."""
    return QCoreApplication.translate("RenterReview", _CRITERIA[c]).replace("&", "")


def standing_words(st: RenterStanding | None) -> str:
    """ "4.6 of 5 from 7 reviews, 9 rentals", or that the renter is new."""

    if st is None or (st.rentals == 0 and st.reviews == 0):
        return QCoreApplication.translate("RenterReview", "New on wheelshare: no rentals yet")
    rentals = plurals().rentals(st.rentals)
    if st.average is None:
        return QCoreApplication.translate("RenterReview", "No review yet, {rentals}").format(
            rentals=rentals
        )
    return QCoreApplication.translate(
        "RenterReview", "{average} of 5 from {reviews}, {rentals}"
    ).format(
        average=locale().toString(st.average, "f", 1),
        reviews=plurals().reviews(st.reviews),
        rentals=rentals,
    )


class RateRenterDialog(QDialog):
    """``scores`` and ``comment`` are set when the dialog is accepted."""

    def __init__(self, renter_name: str, vehicle_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review {who}").format(who=renter_name))
        self.scores: dict[str, int] = {}
        self.comment = ""
        self.form = RatingForm(
            self,
            self.tr(
                "How did {who} look after {vehicle}? Rate each of the three. {who} sees your "
                "review once they have reviewed the vehicle too, or 14 days after the rental "
                "ended, whichever comes first; until then nobody else does."
            ).format(who=renter_name, vehicle=vehicle_title),
            {
                c: QCoreApplication.translate("RenterReview", label)
                for c, label in _CRITERIA.items()
            },
            self.tr("Choose a rating"),
            self._send,
        )

    def _send(self) -> None:
        missing = None
        for c, combo in self.form.choices.items():
            chosen = combo.currentData() is not None
            self.form.blocks[c.value].set_error("" if chosen else self.tr("Choose from 1 to 5."))
            if not chosen and missing is None:
                missing = combo
        comment = self.form.comment_within(COMMENT_LIMIT)
        if missing is not None:
            self.form.say(self.tr("Nothing was sent: rate each of the three."))
            missing.setFocus()
            return
        if comment is None:
            self.form.too_long()
            return
        self.scores = {c.value: int(combo.currentData()) for c, combo in self.form.choices.items()}
        self.comment = comment
        self.form.say("")
        self.accept()


def review_renter(
    parent: QWidget,
    session: Session,
    booking: Booking,
    say: Callable[[str, bool], None],
    opened: Callable[[QDialog], None] | None = None,
) -> None:
    """Asks for the owner's review of the booking's renter and queues it to be
    sent (it waits in the outbox while offline); ``say(text, problem)`` reports."""
    who = booking.renter_name or QCoreApplication.translate("RenterReview", "the renter")
    dialog = RateRenterDialog(who, booking.vehicle_title or booking.vehicle_id, parent)
    if opened is not None:
        opened(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    scores, comment = dialog.scores, dialog.comment

    def queue(cache: Cache) -> OutboxItem:
        from wheelshare.sync import outbox

        return outbox.review_renter(cache, booking.id, scores, comment)

    session.run_action(
        queue,
        on_done=lambda _i: say(
            QCoreApplication.translate(
                "RenterReview",
                "Thank you. Your review of {who} waits to be sent; {who} sees it once they "
                "have reviewed the vehicle too, or 14 days after the rental ended.",
            ).format(who=who),
            False,
        ),
        on_error=lambda e: say(describe(e), True),
    )
