"""Rentals of the owner's vehicles, upcoming and past; cancelling shows what it
means for the renter and the owner before anything is sent."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Booking, BookingStatus, clock
from wheelshare.domain.renter_review import REVIEW_WINDOW
from wheelshare.ui import formatting
from wheelshare.ui.owner.models import OwnerBookingsModel, long_when
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.tables import make_table, select_row, selected_object
from wheelshare.ui.widgets.tabs import tabs_in_reading_order


def cancel_consequence(b: Booking) -> str:
    """What an owner's cancellation means, in words (the feed refunds the renter in full)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "OwnerRentals",
        "{who} gets a full refund of {price}, because the owner cancels; you will not be "
        "paid for this rental. The dates from {start} until {end} become bookable again.",
    ).format(
        who=b.renter_name or QCoreApplication.translate("OwnerRentals", "The renter"),
        price=formatting.money(b.price),
        start=long_when(b.period.start),
        end=long_when(b.period.end),
    )


class OwnerRentals(QWidget):
    """Two lists, *Upcoming* and *Past*, and *Cancel rental* for a confirmed one."""

    cancel_requested = Signal(object)  # Booking, after the person confirmed
    message_requested = Signal(object)  # Booking: open its conversation
    review_requested = Signal(object)  # Booking: a past rental whose renter to review
    # The booking chosen in either list (None for none), for its handover reports.
    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = clock.now
        self._pending: dict[str, str] = {}
        self.reviewed: set[str] = set()  # booking ids whose renter I reviewed
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Rentals of your vehicles."), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.tabs = QTabWidget(self)
        self.upcoming = OwnerBookingsModel(self)
        self.past = OwnerBookingsModel(self)
        self.upcoming_view = make_table(self.upcoming, self.tr("Upcoming rentals"), self)
        self.past_view = make_table(self.past, self.tr("Past rentals"), self)
        self.tabs.addTab(self.upcoming_view, self.tr("&Upcoming"))
        self.tabs.addTab(self.past_view, self.tr("Pa&st"))
        tabs_in_reading_order(self.tabs, self.upcoming_view)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Ca&ncel rental…"), self)
        self.cancel_button.clicked.connect(self.cancel_selected)
        row.addWidget(self.cancel_button)
        self.message_button = QPushButton(self.tr("Message the rent&er"), self)
        self.message_button.clicked.connect(self._message)
        row.addWidget(self.message_button)
        self.review_button = QPushButton(self.tr("Review the &renter…"), self)
        self.review_button.setObjectName("reviewRenter")
        self.review_button.clicked.connect(self._review)
        self._why_no_review = say_why_greyed(self.review_button, self._review_greyed)
        row.addWidget(self.review_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.upcoming_view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.past_view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.tabs.currentChanged.connect(lambda _i: self._update())
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Texts again in the language just chosen (rows and headers too)."""
        self.intro.setText(self.tr("Rentals of your vehicles."))
        self.upcoming_view.setAccessibleName(self.tr("Upcoming rentals"))
        self.past_view.setAccessibleName(self.tr("Past rentals"))
        self.cancel_button.setText(self.tr("Ca&ncel rental…"))
        self.message_button.setText(self.tr("Message the rent&er"))
        self.review_button.setText(self.tr("Review the &renter…"))
        rentals = self.upcoming.rows() + self.past.rows()
        self.set_rentals(rentals, self._pending)

    def set_rentals(self, rentals: Sequence[Booking], pending: dict[str, str]) -> None:
        now = self.now()
        upcoming = [b for b in rentals if b.period.end > now and not b.status.is_final]
        past = [b for b in rentals if b not in upcoming]
        past.sort(key=lambda b: b.period.start, reverse=True)
        for model in (self.upcoming, self.past):
            model.pending = {k: v.replace("_booking", "") for k, v in pending.items()}
        # A refresh keeps the rental chosen, so its buttons stay where they were.
        keep = self.shown()
        self.upcoming.set_rows(upcoming)
        self.past.set_rows(past)
        if keep is not None:
            view = self.upcoming_view if self.tabs.currentIndex() == 0 else self.past_view
            model = self.upcoming if self.tabs.currentIndex() == 0 else self.past
            for row, b in enumerate(model.rows()):
                if b.id == keep.id:
                    select_row(view, row)
        self.tabs.setTabText(0, self.tr("&Upcoming ({n})").format(n=len(upcoming)))
        self.tabs.setTabText(1, self.tr("Pa&st ({n})").format(n=len(past)))
        self._pending = pending
        self._update()

    def selected(self) -> Booking | None:
        if self.tabs.currentIndex() != 0:
            return None
        b = selected_object(self.upcoming_view)
        return b if isinstance(b, Booking) else None

    def shown(self) -> Booking | None:
        """The rental selected in the tab shown (upcoming or past)."""
        view = self.upcoming_view if self.tabs.currentIndex() == 0 else self.past_view
        b = selected_object(view)
        return b if isinstance(b, Booking) else None

    def set_reviewed(self, booking_ids: set[str]) -> None:
        self.reviewed = set(booking_ids)
        self._update()

    def can_review(self, b: Booking | None) -> bool:
        return (
            b is not None
            and b.status is BookingStatus.COMPLETED
            and b.id not in self.reviewed
            and self.now() <= b.period.end + REVIEW_WINDOW
        )

    def _review_greyed(self) -> str:
        b = self.shown()
        if b is None:
            return self.tr("Choose a past rental in the list first.")
        if b.id in self.reviewed:
            return self.tr("You have reviewed {who} for this rental.").format(
                who=b.renter_name or self.tr("the renter")
            )
        if b.status is BookingStatus.CONFIRMED:
            text = self.tr("You can review the renter once the rental has ended, from {end}.")
            return text.format(end=long_when(b.period.end))
        if b.status is not BookingStatus.COMPLETED:
            return self.tr("Only a rental that took place can be reviewed.")
        return self.tr("Reviews of this rental closed {days} days after it ended.").format(
            days=REVIEW_WINDOW.days
        )

    def _review(self) -> None:
        b = self.shown()
        if self.can_review(b):
            self.review_requested.emit(b)

    def _message(self) -> None:
        b = self.selected()
        if b is not None:
            self.message_requested.emit(b)

    def _update(self) -> None:
        b = self.selected()
        self.message_button.setEnabled(b is not None)
        pending = self._pending
        self.cancel_button.setEnabled(
            b is not None and b.status is BookingStatus.CONFIRMED and b.id not in pending
        )
        self.review_button.setEnabled(self.can_review(self.shown()))
        self._why_no_review()
        self.chosen.emit(self.shown())

    def cancel_selected(self) -> None:
        b = self.selected()
        if b is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cancel this rental?"))
        box.setText(
            self.tr("Cancel the rental of {vehicle} by {who}?").format(
                vehicle=b.vehicle_title or b.vehicle_id, who=b.renter_name or self.tr("a renter")
            )
        )
        box.setInformativeText(cancel_consequence(b))
        yes = box.addButton(self.tr("Cancel the &rental"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is yes:
            self.cancel_requested.emit(b)
