"""The lower half of *My bookings*: rentals to review, (for owners) the rentals of
their vehicles with *Cancel rental* after showing what it means and *Review the
renter…* once one is over, and the owners' reviews of the person as a renter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wheelshare.domain import Booking
from wheelshare.domain.renter_review import RenterCriterion, RenterReview
from wheelshare.sync import outbox
from wheelshare.ui import announce, formatting
from wheelshare.ui.bookings.handover_actions import HandoverActions
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner import data
from wheelshare.ui.owner.rentals import OwnerRentals
from wheelshare.ui.problems import describe
from wheelshare.ui.reviews.renter_review import criterion_label, review_renter
from wheelshare.ui.reviews.to_review import RentalsToReview
from wheelshare.ui.widgets.tabs import tabs_in_reading_order
from wheelshare.ui.widgets.text import SelectableText


class MoreBookings(QTabWidget):
    """Three tabs: *To review* (renter), *Rentals of my vehicles* (owner) and
    *Reviews of you* (what owners wrote of the person as a renter, once shown)."""

    # Each dialog as it opens, for tests and the help page.
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.setObjectName("moreBookings")
        self.to_review = RentalsToReview(ctx, self)
        owner_tab = QWidget(self)
        o_l = QVBoxLayout(owner_tab)
        o_l.setContentsMargins(0, 0, 0, 0)
        self.owner_notice = QLabel(owner_tab)
        self.owner_notice.setWordWrap(True)
        self.owner_notice.setVisible(False)
        o_l.addWidget(self.owner_notice)
        self.owner = OwnerRentals(owner_tab)
        self.owner.cancel_requested.connect(self.cancel)
        self.owner.review_requested.connect(self.review_renter)
        o_l.addWidget(self.owner)
        self.about_me = SelectableText()
        self.about_me.setObjectName("reviewsOfMe")
        self.about_me.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.handover = HandoverActions(ctx, owner_tab)
        self.owner.chosen.connect(lambda b: self.handover.set_booking(b, i_am_renter=False))
        o_l.addWidget(self.handover)
        self.to_review.model.modelReset.connect(self.retranslate)
        self.addTab(self.to_review, "")
        self.addTab(owner_tab, "")
        self.addTab(self.about_me, "")
        tabs_in_reading_order(self)
        self._owned = 0
        self._about: list[RenterReview] = []
        self.retranslate()
        self.session.data_changed.connect(self.refresh)
        self.session.ready.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("To re&view ({n})").format(n=self.to_review.model.rowCount()))
        self.setTabText(1, self.tr("Rentals of &my vehicles ({n})").format(n=self._owned))
        self.setTabText(2, self.tr("Reviews of yo&u ({n})").format(n=len(self._about)))
        self.about_me.setAccessibleName(self.tr("Owners' reviews of you as a renter"))
        self.about_me.setText(
            "\n\n".join(self._review_text(r) for r in self._about)
            or self.tr(
                "No owner's review of you is shown yet. An owner's review shows once you "
                "have reviewed the vehicle too, or 14 days after the rental ended."
            )
        )
        self.handover.retranslate()

    def _review_text(self, r: RenterReview) -> str:
        scores = "; ".join(
            f"{criterion_label(RenterCriterion(name))} {value}/5"
            for name, value in r.scores.items()
        )
        head = self.tr("{who} after renting you {vehicle}, {date}: {scores}.").format(
            who=r.author_name or self.tr("An owner"),
            vehicle=r.vehicle_title,
            date=formatting.date(r.created_at),
            scores=scores,
        )
        return f"{head} “{r.comment}”" if r.comment else head

    def refresh(self) -> None:
        if not self.session.is_ready:
            return  # the page above says the data is loading
        owner_id = self.session.state.user_id
        self.session.query(lambda cache: data.owner_view(cache, owner_id), self._show)

    def _show(self, view: data.OwnerView) -> None:
        self.owner.set_rentals(view.rentals, view.pending_bookings)
        self.owner.set_reviewed(view.reviewed)
        self._owned = len(view.rentals)
        self._about = view.about_me
        self.retranslate()

    def review_renter(self, booking: Booking) -> None:
        review_renter(self, self.session, booking, self._say_owner, self.dialog_opened.emit)

    def _say_owner(self, text: str, problem: bool) -> None:
        self.owner_notice.setVisible(bool(text))
        self.owner_notice.setText(("⚠ " if problem else "") + text)
        announce.announce(self.owner_notice, text)

    def cancel(self, booking: Booking) -> None:
        self.owner_notice.setVisible(True)
        self.owner_notice.setText(self.tr("Sending the cancellation…"))
        self.session.run_action(
            lambda cache: outbox.cancel_booking(cache, booking.id),
            on_done=lambda _i: self.owner_notice.setText(
                self.tr(
                    "The cancellation waits to be sent; {who} will be refunded in full."
                ).format(who=booking.renter_name or self.tr("the renter"))
            ),
            on_error=lambda e: self.owner_notice.setText("⚠ " + describe(e)),
        )
