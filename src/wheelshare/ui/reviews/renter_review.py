"""After a completed rental, the owner reviews the renter (1 to 5 on three
criteria, and a comment); and the words for a renter's standing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Booking
from wheelshare.domain.renter_review import COMMENT_LIMIT, RenterCriterion, RenterStanding
from wheelshare.ui.formatting import locale
from wheelshare.ui.plurals import plurals
from wheelshare.ui.problems import describe
from wheelshare.ui.reviews.vehicle_review import score_label
from wheelshare.ui.tr import QT_TRANSLATE_NOOP
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form

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
        self.blocks: dict[str, FieldBlock] = {}
        self.choices: dict[RenterCriterion, QComboBox] = {}
        layout = QVBoxLayout(self)
        self.banner, body, b_l = add_scrolling_form(
            self,
            layout,
            self.tr(
                "How did {who} look after {vehicle}? Rate each of the three. {who} sees your "
                "review once they have reviewed the vehicle too, or 14 days after the rental "
                "ended, whichever comes first; until then nobody else does."
            ).format(who=renter_name, vehicle=vehicle_title),
        )
        for c, label in _CRITERIA.items():
            combo = QComboBox(body)
            combo.addItem(self.tr("Choose a rating"), None)
            for n in range(1, 6):
                combo.addItem(score_label(n), n)
            self.choices[c] = combo
            name = QCoreApplication.translate("RenterReview", label)
            block = FieldBlock(name, combo, parent=body)
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
        missing = None
        for c, combo in self.choices.items():
            chosen = combo.currentData() is not None
            self.blocks[c.value].set_error("" if chosen else self.tr("Choose from 1 to 5."))
            if not chosen and missing is None:
                missing = combo
        comment = self.comment_edit.toPlainText().strip()
        too_long = len(comment) > COMMENT_LIMIT
        self.blocks["comment"].set_error(
            self.tr("The comment is {n} characters long; keep it to {max}.").format(
                n=len(comment), max=COMMENT_LIMIT
            )
            if too_long
            else ""
        )
        if missing is not None:
            self._say(self.tr("Nothing was sent: rate each of the three."))
            missing.setFocus()
            return
        if too_long:
            self._say(self.tr("Nothing was sent: the comment is too long."))
            self.comment_edit.setFocus()
            return
        self.scores = {c.value: int(combo.currentData()) for c, combo in self.choices.items()}
        self.comment = comment
        self._say("")
        self.accept()

    def _say(self, text: str) -> None:
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))


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
