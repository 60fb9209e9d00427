"""Table models of the owner's screens: their vehicles, the inbox, their rentals.

Each has column constants; the shared :class:`RowsModel` returns a row's
domain object through its ``ObjectRole``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QObject

from wheelshare.domain import Booking, BookingStatus, Vehicle
from wheelshare.ui import formatting
from wheelshare.ui.widgets.table_model import RowsModel
from wheelshare.ui.widgets.vehicle_labels import status_label


class OwnVehiclesModel(RowsModel[Vehicle]):
    TITLE, PLACE, DAY_PRICE, BOOKING, STATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending_ids: set[str] = set()  # listings waiting in the outbox

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Vehicle"),
            self.tr("Place"),
            self.tr("Day price"),
            self.tr("Booking"),
            self.tr("State"),
        )

    def display(self, row: Vehicle, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.PLACE:
            return row.location.city
        if column == self.DAY_PRICE:
            return formatting.money(row.prices.day)
        if column == self.BOOKING:
            return self.tr("Instant") if row.instant_book else self.tr("On request")
        if row.id in self.pending_ids:
            return self.tr("Waiting to be sent")
        return self.tr("Listed") if row.listed else self.tr("Unlisted")

    def sort_key(self, row: Vehicle, column: int) -> Any:
        if column == self.DAY_PRICE:
            return row.prices.day.amount
        return super().sort_key(row, column)


def long_when(value: datetime) -> str:
    """``Tuesday, January 12, 2027, 8:00 AM``: the date in full, the time short."""
    time = formatting.to_qdatetime(value).time()
    short = QLocale().toString(time, QLocale.FormatType.ShortFormat)
    return f"{formatting.date(value)}, {short}"


def _when(value: datetime) -> str:
    return formatting.date_time_short(value)


class RequestsModel(RowsModel[Booking]):
    """The inbox: requests waiting for the owner's answer."""

    VEHICLE, REQUESTER, FROM, UNTIL, PRICE = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Vehicle"),
            self.tr("Requested by"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("Price"),
        )

    def display(self, row: Booking, column: int) -> str:
        if column == self.VEHICLE:
            return row.vehicle_title or row.vehicle_id
        if column == self.REQUESTER:
            return row.renter_name or self.tr("a renter")
        if column == self.FROM:
            return _when(row.period.start)
        if column == self.UNTIL:
            return _when(row.period.end)
        return formatting.money(row.price)

    def sort_key(self, row: Booking, column: int) -> Any:
        if column == self.FROM:
            return row.period.start
        if column == self.UNTIL:
            return row.period.end
        if column == self.PRICE:
            return row.price.amount
        return super().sort_key(row, column)

    def describe(self, row: Booking) -> str:
        return self.tr("{who} asks for {vehicle} from {start} until {end}, {price}").format(
            who=self.display(row, self.REQUESTER),
            vehicle=self.display(row, self.VEHICLE),
            start=long_when(row.period.start),
            end=long_when(row.period.end),
            price=formatting.money(row.price),
        )


class OwnerBookingsModel(RowsModel[Booking]):
    """Rentals of the owner's vehicles, with their state in words."""

    VEHICLE, RENTER, FROM, UNTIL, STATUS, PRICE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: dict[str, str] = {}  # booking id -> action waiting in the outbox

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Vehicle"),
            self.tr("Renter"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("Status"),
            self.tr("Price"),
        )

    def display(self, row: Booking, column: int) -> str:
        if column == self.VEHICLE:
            return row.vehicle_title or row.vehicle_id
        if column == self.RENTER:
            return row.renter_name or self.tr("a renter")
        if column == self.FROM:
            return _when(row.period.start)
        if column == self.UNTIL:
            return _when(row.period.end)
        if column == self.STATUS:
            text = status_label(row.status)
            if row.id in self.pending:
                text = self.tr("{status} — {action} waiting to be sent").format(
                    status=text, action=self._action_words(self.pending[row.id])
                )
            if row.status is BookingStatus.CANCELLED and row.refund is not None:
                text = self.tr("{status}, {refund} refunded").format(
                    status=text, refund=formatting.money(row.refund)
                )
            return text
        return formatting.money(row.price)

    def _action_words(self, kind: str) -> str:
        """The waiting outbox action (its kind, e.g. "cancel_booking") in words."""
        if kind == "cancel_booking":
            return self.tr("cancellation")
        if kind == "accept_booking":
            return self.tr("acceptance")
        if kind == "decline_booking":
            return self.tr("refusal")
        return self.tr("change")

    def sort_key(self, row: Booking, column: int) -> Any:
        if column == self.FROM:
            return row.period.start
        if column == self.UNTIL:
            return row.period.end
        if column == self.PRICE:
            return row.price.amount
        return super().sort_key(row, column)
