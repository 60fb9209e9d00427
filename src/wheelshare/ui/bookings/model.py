"""The renter's bookings as a table: vehicle, dates, status in words, price, refund."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from wheelshare.ui import formatting
from wheelshare.ui.bookings.entries import BookingEntry
from wheelshare.ui.widgets.table_model import RowsModel


class BookingsModel(RowsModel[BookingEntry]):
    COL_VEHICLE = 0
    COL_DATES = 1
    COL_STATUS = 2
    COL_PRICE = 3
    COL_REFUND = 4

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("BookingsModel", "Vehicle"),
            QCoreApplication.translate("BookingsModel", "Dates"),
            QCoreApplication.translate("BookingsModel", "Status"),
            QCoreApplication.translate("BookingsModel", "Price"),
            QCoreApplication.translate("BookingsModel", "Refund"),
        )

    def key(self, e: BookingEntry) -> str:
        return e.key

    def display(self, e: BookingEntry, column: int) -> str:
        if column == self.COL_VEHICLE:
            return e.vehicle_title or e.vehicle_id
        if column == self.COL_DATES:
            return formatting.period(e.period.start, e.period.end)
        if column == self.COL_STATUS:
            return e.status_text
        if column == self.COL_PRICE:
            return (
                formatting.money(e.price)
                if e.price
                else QCoreApplication.translate("BookingsModel", "to be quoted")
            )
        if column == self.COL_REFUND and e.refund is not None:
            return formatting.money(e.refund)
        return ""

    def cell(self, e: BookingEntry, column: int, role: int) -> Any:
        # Each cell is read as it is shown; the status is also its tooltip.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(e, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATUS:
            return e.status_text
        return None
