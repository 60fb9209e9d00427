"""The owner's inbox: requests waiting for an answer, with *Accept* and *Decline*."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from wheelshare.domain import Booking
from wheelshare.domain.problems import Problem
from wheelshare.domain.renter_review import RenterStanding
from wheelshare.ui import formatting, remedies
from wheelshare.ui.owner.models import RequestsModel
from wheelshare.ui.problems import describe
from wheelshare.ui.remedies import remedy_for
from wheelshare.ui.reviews.renter_review import standing_words
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.tables import make_table, select_first, select_row, selected_object


class Inbox(QWidget):
    accept_requested = Signal(object)  # Booking
    decline_requested = Signal(object)  # Booking
    remedy_requested = Signal(object)  # Remedy: what gets a waiting answer sent
    message_requested = Signal(object)  # Booking: open its conversation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RequestsModel(self)
        self.pending: dict[str, str] = {}
        # Each requesting renter's standing, by renter id (from the owner's own feed).
        self.standings: dict[str, RenterStanding] = {}
        self.view = make_table(self.model, self.tr("Requests waiting for your answer"), self)
        self.summary.setBuddy(self.view)
        layout.addWidget(self.view, 1)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        # Wraps onto two lines rather than cutting the buttons' words short.
        button_row = QWidget(self)
        button_row.setSizePolicy(flow_policy())
        row = FlowLayout(button_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.accept_button = QPushButton(self.tr("&Accept request"), button_row)
        self.decline_button = QPushButton(self.tr("De&cline request"), button_row)
        self.message_button = QPushButton(self.tr("&Message the renter"), button_row)
        row.addWidget(self.accept_button)
        row.addWidget(self.decline_button)
        row.addWidget(self.message_button)
        # Beside an answer that waits: what gets it sent ("Sign in…", "Try again").
        self.held_up_by: Problem | None = None
        self.remedy_button = QPushButton(button_row)
        self.remedy_button.setObjectName("inboxRemedy")
        self.remedy_button.clicked.connect(self._apply_remedy)
        row.addWidget(self.remedy_button)
        layout.addWidget(button_row)
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.decline_button.clicked.connect(lambda: self._emit(self.decline_requested))
        self.message_button.clicked.connect(lambda: self._emit(self.message_requested))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.set_requests([], {})

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Texts again in the language just chosen (rows and headers too)."""
        self.view.setAccessibleName(self.tr("Requests waiting for your answer"))
        self.accept_button.setText(self.tr("&Accept request"))
        self.decline_button.setText(self.tr("De&cline request"))
        self.message_button.setText(self.tr("&Message the renter"))
        self.set_requests(self.model.rows(), self.pending)

    def selected(self) -> Booking | None:
        b = selected_object(self.view)
        return b if isinstance(b, Booking) else None

    def _emit(self, signal: SignalInstance) -> None:
        b = self.selected()
        if b is not None:
            signal.emit(b)

    def set_requests(self, requests: Sequence[Booking], pending: dict[str, str]) -> None:
        keep = self.selected()
        self.pending = pending
        waiting = [b for b in requests if b.id not in pending]
        self.model.set_rows(requests)
        n = len(waiting)
        if not requests:
            text = self.tr("No requests are waiting for your answer.")
        elif n == 0:
            text = self.tr("Your answers are waiting to be sent to the feed.")
        elif n == 1:
            text = self.tr("One request is waiting for your ans&wer:")
        else:
            text = self.tr("{n} requests are waiting for your ans&wer:").format(n=n)
        self.summary.setText(text)
        if keep is not None:
            for row in range(self.view.model().rowCount()):
                b = selected_object_at(self.view, row)
                if b is not None and b.id == keep.id:
                    select_row(self.view, row)
                    break
        select_first(self.view)
        self._selected()

    def show_held_up_by(self, problem: Problem | None) -> None:
        """Why answers wait to be sent (None: nothing holds them up)."""
        self.held_up_by = problem
        self._selected()

    def _apply_remedy(self) -> None:
        b = self.selected()
        remedy = remedy_for(self.held_up_by) if b is not None and b.id in self.pending else None
        if remedy is not None:
            self.remedy_requested.emit(remedy)

    def _selected(self) -> None:
        b = self.selected()
        answered = b is not None and b.id in self.pending
        self.accept_button.setEnabled(b is not None and not answered)
        self.decline_button.setEnabled(b is not None and not answered)
        self.message_button.setEnabled(b is not None)
        remedy = remedy_for(self.held_up_by) if answered else None
        self.remedy_button.setVisible(remedy is not None)
        if remedy is not None:
            self.remedy_button.setText(remedies.label(remedy))
            self.remedy_button.setToolTip(remedies.description(remedy))
        if b is None:
            self.detail.setText("")
        elif answered:
            waiting = self.tr("Your answer to {who} is waiting to be sent.").format(
                who=b.renter_name or self.tr("this renter")
            )
            if self.held_up_by is not None:
                waiting = f"{waiting} {describe(self.held_up_by)}"
            self.detail.setText(waiting)
            self.remedy_button.setAccessibleDescription(waiting)
        else:
            standing = self.tr("{who}: {standing}.").format(
                who=b.renter_name or self.tr("The renter"),
                standing=standing_words(self.standings.get(b.renter_id)),
            )
            self.detail.setText(
                self.model.describe(b)
                + ". "
                + standing
                + " "
                + self.tr(
                    "Accepting confirms the rental and the renter pays {price}; declining "
                    "frees the dates."
                ).format(price=formatting.money(b.price))
            )


def selected_object_at(view: QAbstractItemView, row: int) -> Booking | None:
    from wheelshare.ui.widgets.table_model import ObjectRole

    value = view.model().index(row, 0).data(ObjectRole)
    return value if isinstance(value, Booking) else None
