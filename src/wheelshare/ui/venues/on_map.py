"""Venues as marks on the map: the grade by shape and symbol as well as colour,
and the line that sums up what is in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from wheelshare.cache.queries import VenueHit
from wheelshare.domain import WheelchairGrade
from wheelshare.ui.plurals import plurals
from wheelshare.ui.venues.labels import grade_label
from wheelshare.ui.widgets.map_marks import Mark

# (shape, symbol, theme colour): never colour alone.
LOOKS: dict[WheelchairGrade, tuple[str, str, str]] = {
    WheelchairGrade.FULLY: ("circle", "✓", "ok"),
    WheelchairGrade.PARTIALLY: ("diamond", "½", "warning"),
    WheelchairGrade.NOT: ("square", "✕", "error"),
    WheelchairGrade.UNKNOWN: ("square", "?", "neutral"),
}


def marks(hits: Sequence[VenueHit]) -> list[Mark]:
    out = []
    for order, hit in enumerate(hits):
        v = hit.venue
        grade = v.accessibility.wheelchair_grade
        shape, symbol, tone = LOOKS[grade]
        out.append(
            Mark(
                v.id,
                v.location.lat,
                v.location.lon,
                order,
                symbol,
                shape,
                tone,
                f"{v.name}, {grade_label(grade)}",
                grade.value,
            )
        )
    return out


def summary(in_view: Sequence[Mark]) -> str:
    """ "23 venues in view, 15 fully accessible, 5 partially"."""
    if not in_view:
        return QCoreApplication.translate(
            "VenuesMap", "No venue in view: zoom out or move the map."
        )
    fully = sum(1 for m in in_view if m.group == WheelchairGrade.FULLY.value)
    partly = sum(1 for m in in_view if m.group == WheelchairGrade.PARTIALLY.value)
    return QCoreApplication.translate(
        "VenuesMap", "{venues}, {fully} fully accessible, {partly} partially"
    ).format(venues=plurals().venues_in_view(len(in_view)), fully=fully, partly=partly)
