"""Completed rentals the renter has not reviewed yet, with *Review this vehicle…*.

A section for *My bookings*: after a completed rental the renter rates the
vehicle and its owner; the review goes through the outbox and shows on the
vehicle's detail once the owner has reviewed the renter too, or 14 days after
the rental ended (double-blind).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wheelshare.cache import lookups
from wheelshare.domain import Booking, BookingStatus
from wheelshare.sync import outbox
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner.models import OwnerBookingsModel
from wheelshare.ui.problems import describe
from wheelshare.ui.reviews.vehicle_review import RateVehicleDialog
from wheelshare.ui.widgets.tables import make_table, select_first, selected_object

if TYPE_CHECKING:
    from wheelshare.cache import Cache


@dataclass(frozen=True)
class ToReview:
    bookings: list[Booking] = field(default_factory=list)
    pending: set[str] = field(default_factory=set)  # vehicle ids with a review waiting


def to_review(cache: Cache, renter_id: str) -> ToReview:
    """Completed rentals of ``renter_id`` whose vehicle they have not reviewed."""
    if not renter_id:
        return ToReview()
    with cache.session() as s:
        done = [
            b
            for b in lookups.bookings_for_user(s, renter_id, "renter")
            if b.status is BookingStatus.COMPLETED
        ]
        out: list[Booking] = []
        seen: set[str] = set()
        for b in sorted(done, key=lambda b: b.period.end, reverse=True):
            if b.vehicle_id in seen:
                continue
            seen.add(b.vehicle_id)
            reviewed = any(
                r.author_id == renter_id for r in lookups.reviews_for(s, "vehicle", b.vehicle_id)
            )
            if not reviewed:
                if not b.vehicle_title:
                    v = lookups.get_vehicle(s, b.vehicle_id)
                    if v is not None:
                        from dataclasses import replace

                        b = replace(b, vehicle_title=v.title)
                out.append(b)
    pending = {
        i.target_id
        for i in outbox.pending_actions(cache)
        if i.kind == "review_vehicle" and i.state != outbox.REJECTED
    }
    return ToReview(out, pending)


class RentalsToReview(QWidget):
    """The list and its button; refreshes with the session's data."""

    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.state = ToReview()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.model = OwnerBookingsModel(self)
        self.view = make_table(self.model, "", self)
        self.view.setColumnHidden(OwnerBookingsModel.RENTER, True)
        self.heading.setBuddy(self.view)
        layout.addWidget(self.view, 1)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.review_button = QPushButton(self)
        self.review_button.clicked.connect(self.review_selected)
        row.addWidget(self.review_button)
        row.addStretch(1)
        layout.addLayout(row)
        # Takes the free space only while the list is hidden, so a lone sentence
        # sits at the top instead of in the middle.
        self._spacer = layout.count()
        layout.addStretch(1)
        self._layout = layout
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.retranslate()
        self.session.data_changed.connect(self.refresh)
        self.session.ready.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        n = self.model.rowCount()
        self.heading.setText(
            self.tr("Re&ntals to review ({n})").format(n=n)
            if n
            else self.tr("No completed rental is waiting for your review.")
        )
        self.view.setAccessibleName(self.tr("Completed rentals to review"))
        self.review_button.setText(self.tr("&Write a review of this vehicle…"))

    def refresh(self) -> None:
        if not self.session.is_ready:
            return  # the page above says the data is loading
        renter = self.session.state.user_id
        self.session.query(lambda cache: to_review(cache, renter), self._show)

    def _show(self, state: ToReview) -> None:
        self.state = state
        self.model.pending = {
            b.id: self.tr("review") for b in state.bookings if b.vehicle_id in state.pending
        }
        self.model.set_rows(state.bookings)
        select_first(self.view)
        self.retranslate()
        self._update()
        self.view.setVisible(bool(state.bookings))
        self.review_button.setVisible(bool(state.bookings))
        self._layout.setStretch(self._spacer, 0 if state.bookings else 1)

    def selected(self) -> Booking | None:
        b = selected_object(self.view)
        return b if isinstance(b, Booking) else None

    def _update(self) -> None:
        b = self.selected()
        self.review_button.setEnabled(b is not None and b.vehicle_id not in self.state.pending)

    def review_selected(self) -> None:
        b = self.selected()
        if b is None:
            return
        dialog = RateVehicleDialog(b.vehicle_title or b.vehicle_id, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        criteria, comment = dialog.criteria, dialog.comment
        self.session.run_action(
            lambda cache: outbox.review_vehicle(cache, b.vehicle_id, criteria, comment),
            on_done=lambda _i: self._say(
                self.tr(
                    "Thank you. Your review of {title} waits to be sent; it shows on the "
                    "vehicle's page once the owner has reviewed you too, or 14 days after the "
                    "rental ended."
                ).format(title=b.vehicle_title)
            ),
            on_error=lambda e: self._say(describe(e), problem=True),
        )

    def _say(self, text: str, problem: bool = False) -> None:
        self.notice.setObjectName("formError" if problem else "formHint")
        self.notice.setText(("⚠ " if problem and text else "") + text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))
