"""Vehicles as marks on the map, with their day price, and the line that sums
up what is in view. A vehicle's point is its public, approximate place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wheelshare.ui import formatting
from wheelshare.ui.plurals import plurals
from wheelshare.ui.widgets.map_marks import Mark

if TYPE_CHECKING:
    from wheelshare.cache.queries import VehicleHit


def marks(hits: Sequence[VehicleHit]) -> list[Mark]:
    out = []
    for order, hit in enumerate(hits):
        v = hit.vehicle
        price = formatting.money(v.prices.day)
        out.append(
            Mark(
                v.id,
                v.location.lat,
                v.location.lon,
                order,
                price,
                "tag",
                "price",
                QCoreApplication.translate("VehiclesMap", "{title}, {price} a day").format(
                    title=v.title, price=price
                ),
            )
        )
    return out


def summary(in_view: Sequence[Mark]) -> str:
    if not in_view:
        return QCoreApplication.translate(
            "VehiclesMap", "No vehicle in view: zoom out or move the map."
        )
    return plurals().vehicles_in_view(len(in_view))
