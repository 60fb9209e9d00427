"""What a renter asks for, as plain data the search runs on (no widgets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from wheelshare.domain import Adaptation, Location, Money, Period, WheelchairProfile


class SortKey(StrEnum):
    DISTANCE = "distance"
    PRICE = "price"
    RATING = "rating"


@dataclass(frozen=True)
class SearchCriteria:
    place: str = ""  # what the person typed, shown back to them
    location: Location | None = None  # None: anywhere
    radius_km: int = 50
    start: datetime | None = None
    end: datetime | None = None
    adaptations: frozenset[Adaptation] = frozenset()
    min_wheelchair_places: int = 0
    max_day_price: Money | None = None
    profile: WheelchairProfile | None = None  # "fits my wheelchair"
    sort: SortKey = SortKey.DISTANCE
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def period(self) -> Period | None:
        if self.start is None or self.end is None or self.end <= self.start:
            return None
        return Period(self.start, self.end)
