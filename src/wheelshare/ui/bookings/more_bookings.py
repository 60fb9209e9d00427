"""The lower half of *My bookings*: rentals to review, and (for owners) the rentals of
their vehicles with *Cancel rental* after showing what it means."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wheelshare.domain import Booking
from wheelshare.sync import outbox
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner import data
from wheelshare.ui.owner.rentals import OwnerRentals
from wheelshare.ui.problems import describe
from wheelshare.ui.reviews.to_review import RentalsToReview
from wheelshare.ui.widgets.tabs import tabs_in_reading_order


class MoreBookings(QTabWidget):
    """Two tabs: *To review* (renter) and *Rentals of my vehicles* (owner)."""

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
        o_l.addWidget(self.owner)
        self.to_review.model.modelReset.connect(self.retranslate)
        self.addTab(self.to_review, "")
        self.addTab(owner_tab, "")
        tabs_in_reading_order(self)
        self._owned = 0
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

    def refresh(self) -> None:
        if not self.session.is_ready:
            return  # the page above says the data is loading
        owner_id = self.session.state.user_id
        self.session.query(lambda cache: data.owner_view(cache, owner_id), self._show)

    def _show(self, view: data.OwnerView) -> None:
        self.owner.set_rentals(view.rentals, view.pending_bookings)
        self._owned = len(view.rentals)
        self.retranslate()

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
