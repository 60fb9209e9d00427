"""The search results: one row per vehicle, loaded a page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from wheelshare.ui import formatting
from wheelshare.ui.find.criteria import SortKey
from wheelshare.ui.widgets.table_model import PagedRowsModel
from wheelshare.ui.worker import Worker

if TYPE_CHECKING:
    from wheelshare.cache.queries import VehicleHit
    from wheelshare.domain import Money

# Looked up once: a view asks for every role of every cell it paints.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class VehicleResultsModel(PagedRowsModel["VehicleHit"]):
    COL_TITLE = 0
    COL_PLACE = 1
    COL_DISTANCE = 2
    COL_PRICE = 3
    COL_RATING = 4
    COL_PLACES = 5
    COL_BOOKING = 6

    # Header clicks on these columns re-run the query in that order.
    SORTABLE: dict[int, SortKey] = {  # noqa: RUF012 - a constant table
        COL_DISTANCE: SortKey.DISTANCE,
        COL_PRICE: SortKey.PRICE,
        COL_RATING: SortKey.RATING,
    }

    sort_requested = Signal(object)  # SortKey

    def __init__(self, worker: Worker, parent: Any = None) -> None:
        super().__init__(worker, parent)
        # Prices as shown, by (locale, amount, currency): formatting one through
        # QLocale costs more than painting its cell, and a long list repeats a
        # few hundred prices.
        self._prices: dict[tuple[str, int, str], str] = {}

    def _price(self, value: Money) -> str:
        key = (formatting.locale().bcp47Name(), value.amount, value.currency)
        text = self._prices.get(key)
        if text is None:
            text = self._prices[key] = formatting.money(value)
        return text

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("VehicleResults", "Vehicle"),
            QCoreApplication.translate("VehicleResults", "Place"),
            QCoreApplication.translate("VehicleResults", "Distance"),
            QCoreApplication.translate("VehicleResults", "Price per day"),
            QCoreApplication.translate("VehicleResults", "Rating"),
            QCoreApplication.translate("VehicleResults", "Wheelchair places"),
            QCoreApplication.translate("VehicleResults", "Booking"),
        )

    def column_for(self, key: SortKey) -> int:
        for column, k in self.SORTABLE.items():
            if k is key:
                return column
        return self.COL_DISTANCE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(column)
        if key is None:
            return
        # Each order has one natural direction (nearest, cheapest, best rated first).
        self.sort_requested.emit(key)

    def cell(self, hit: VehicleHit, column: int, role: int) -> Any:
        v = hit.vehicle
        if role in _TEXT_ROLES:
            if column == self.COL_TITLE:
                return v.title
            if column == self.COL_PLACE:
                return v.location.city
            if column == self.COL_DISTANCE:
                distance = formatting.distance_km(hit.distance_km)
                if distance and v.location.approximate:
                    # Measured to an approximate area, not to the vehicle.
                    return QCoreApplication.translate("VehicleResults", "about {distance}").format(
                        distance=distance
                    )
                return distance or QCoreApplication.translate("VehicleResults", "—")
            if column == self.COL_PRICE:
                return self._price(v.prices.day)
            if column == self.COL_RATING:
                if v.rating.average is None or v.rating.count == 0:
                    return QCoreApplication.translate("VehicleResults", "Not rated yet")
                if role == _ACCESSIBLE:
                    return formatting.rating(v.rating.average, v.rating.count)
                return (
                    f"★ {formatting.locale().toString(v.rating.average, 'f', 1)} ({v.rating.count})"
                )
            if column == self.COL_PLACES:
                return str(v.wheelchair_places)
            if column == self.COL_BOOKING:
                return (
                    QCoreApplication.translate("VehicleResults", "Instant")
                    if v.instant_book
                    else QCoreApplication.translate("VehicleResults", "On request")
                )
        elif role == _TOOLTIP and column == self.COL_TITLE:
            return v.title
        elif role == _ALIGNMENT and column in (
            self.COL_DISTANCE,
            self.COL_PRICE,
            self.COL_PLACES,
        ):
            return _RIGHT
        return None

    def key(self, hit: VehicleHit) -> str:
        return hit.vehicle.id
