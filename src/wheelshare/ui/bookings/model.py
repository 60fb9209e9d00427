"""The renter's bookings as a table: vehicle, dates, status in words, price, refund."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from wheelshare.ui import formatting
from wheelshare.ui.bookings.entries import BookingEntry
from wheelshare.ui.paged_model import KeyRole, ObjectRole

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookingsModel", text)


class BookingsModel(QAbstractTableModel):
    COL_VEHICLE = 0
    COL_DATES = 1
    COL_STATUS = 2
    COL_PRICE = 3
    COL_REFUND = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[BookingEntry] = []

    def set_entries(self, entries: list[BookingEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[BookingEntry]:
        return list(self._entries)

    def entry(self, row: int) -> BookingEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        names = (_tr("Vehicle"), _tr("Dates"), _tr("Status"), _tr("Price"), _tr("Refund"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == ObjectRole:
            return e
        if role == KeyRole:
            return e.key
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if c == self.COL_VEHICLE:
                return e.vehicle_title or e.vehicle_id
            if c == self.COL_DATES:
                return formatting.period(e.period.start, e.period.end)
            if c == self.COL_STATUS:
                return e.status_text
            if c == self.COL_PRICE:
                return formatting.money(e.price) if e.price else _tr("to be quoted")
            if c == self.COL_REFUND:
                return formatting.money(e.refund) if e.refund is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and c == self.COL_STATUS:
            return e.status_text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
