"""What a person can ask the cache for: validated query objects and result pages.

A query object checks its inputs when it is made, so a bad value (a latitude
of 91, a negative radius, an empty period, an unknown adaptation) raises a
ValidationError naming the field before any SQL runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from wheelshare.domain import (
    Adaptation,
    Period,
    ValidationError,
    Vehicle,
    Venue,
    WheelchairGrade,
    WheelchairProfile,
)
from wheelshare.domain.values import CURRENCIES, check_coordinates, check_radius_km
from wheelshare.domain.vocabulary import VENUE_BOOL_CRITERIA, VenueCriterion, parse_enum

T = TypeVar("T")

MAX_LIMIT = 500


class VehicleSort(StrEnum):
    DISTANCE = "distance"
    PRICE = "price"  # day price, cheapest first
    RATING = "rating"  # best rated first; unrated last


class VenueSort(StrEnum):
    DISTANCE = "distance"
    NAME = "name"
    RATING = "rating"
    RELEVANCE = "relevance"  # how well the text matches (needs text)


# One value of a sort key: a number, a text, or nothing (an unrated record).
KeyValue = float | int | str | None


@dataclass(frozen=True, slots=True)
class After:
    """Where a page ended, to ask for the page after it (keyset paging).

    ``key`` is the last row's sort key in the query's order, its tie-breaker
    last: (distance, id) nearest first, (price, id) cheapest first, and so on.
    The next page starts just after that key, so it costs the same however
    deep in the list it is, where an offset makes every earlier row count.
    """

    key: tuple[KeyValue, ...]
    order: str = ""  # which list and order the key belongs to (set by the search)
    # Nearest first: how far apart the page's first and last rows were, in km,
    # so the next search starts with a ring about wide enough for a page.
    spread_km: float = 0.0


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    offset: int
    limit: int
    has_more: bool  # whether a next page has at least one item
    after: After | None = None  # the last item's key: pass it to ask for the next page


@dataclass(frozen=True, slots=True)
class VehicleHit:
    vehicle: Vehicle
    distance_km: float | None  # geodesic, from the query's point


@dataclass(frozen=True, slots=True)
class VenueHit:
    venue: Venue
    distance_km: float | None


def _check_near(near: tuple[float, float] | None, radius_km: float) -> None:
    if near is not None:
        if not isinstance(near, tuple) or len(near) != 2:
            raise ValidationError("near", "expected a (latitude, longitude) pair")
        check_coordinates(near[0], near[1], "near")
    if not isinstance(radius_km, int | float) or isinstance(radius_km, bool):
        raise ValidationError("radius_km", "the radius must be a number of kilometres")
    check_radius_km(float(radius_km))


def _check_paging(offset: int, limit: int, after: After | None = None) -> None:
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise ValidationError("offset", "the offset must be a whole number, zero or more")
    if after is not None:
        if not isinstance(after, After) or not isinstance(after.key, tuple) or not after.key:
            raise ValidationError("after", "expected the key a previous page ended with")
        if offset:
            raise ValidationError("after", "give either an offset or where to start, not both")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", f"the page size must be from 1 to {MAX_LIMIT}")


def _check_text(text: str) -> None:
    if not isinstance(text, str):
        raise ValidationError("text", "expected text")
    if len(text) > 200:
        raise ValidationError("text", "the search text is longer than 200 characters")


@dataclass(frozen=True, slots=True)
class VehicleQuery:
    """Listed vehicles matching every given condition.

    ``near`` is (lat, lon); with it only vehicles within geodesic
    ``radius_km`` count. ``start``/``end`` (aware datetimes, half-open) keep
    vehicles free for the whole period: no confirmed booking and no
    availability block (one-off or weekly) overlapping it. ``adaptations``
    must all be present. ``max_day_price`` is in minor units of ``currency``.
    ``fits`` keeps vehicles whose measurements fit the chair
    (``domain.fits`` says FITS); ``include_unknown_fit`` also keeps those
    where a needed measurement is missing.
    """

    near: tuple[float, float] | None = None
    radius_km: float = 50.0
    start: datetime | None = None
    end: datetime | None = None
    adaptations: frozenset[Adaptation] = field(default_factory=frozenset)
    min_wheelchair_places: int = 0
    max_day_price: int | None = None
    currency: str = "EUR"
    fits: WheelchairProfile | None = None
    include_unknown_fit: bool = False
    text: str = ""
    sort: VehicleSort | None = None  # None: distance when near is given, else price
    offset: int = 0
    limit: int = 20
    after: After | None = None  # start after this key (``Page.after``) instead of an offset

    def __post_init__(self) -> None:
        _check_near(self.near, self.radius_km)
        if (self.start is None) != (self.end is None):
            missing = "end" if self.end is None else "start"
            raise ValidationError(missing, "give both the start and the end of the period")
        if self.start is not None and self.end is not None:
            Period(self.start, self.end)  # raises naming "start" or "end"
        if isinstance(self.adaptations, str | bytes):
            raise ValidationError("adaptations", "expected a set of adaptation names")
        object.__setattr__(
            self,
            "adaptations",
            frozenset(parse_enum(Adaptation, a, "adaptations") for a in self.adaptations),
        )
        places = self.min_wheelchair_places
        if not isinstance(places, int) or isinstance(places, bool) or not 0 <= places <= 4:
            raise ValidationError("min_wheelchair_places", "wheelchair places must be 0 to 4")
        price = self.max_day_price
        if price is not None:
            if not isinstance(price, int) or isinstance(price, bool):
                raise ValidationError("max_day_price", "a price is a whole number of cents")
            if price < 0:
                raise ValidationError("max_day_price", "a price cannot be negative")
        if self.currency not in CURRENCIES:
            raise ValidationError("currency", f"unsupported currency {self.currency!r}")
        if self.fits is not None and not isinstance(self.fits, WheelchairProfile):
            raise ValidationError("fits", "expected a wheelchair profile")
        _check_text(self.text)
        sort = self.sort
        if sort is None:
            sort = VehicleSort.DISTANCE if self.near is not None else VehicleSort.PRICE
        sort = parse_enum(VehicleSort, sort, "sort")
        if sort is VehicleSort.DISTANCE and self.near is None:
            raise ValidationError("sort", "sorting by distance needs a place to measure from")
        object.__setattr__(self, "sort", sort)
        _check_paging(self.offset, self.limit, self.after)

    @property
    def period(self) -> Period | None:
        if self.start is None or self.end is None:
            return None
        return Period(self.start, self.end)


# Venue criteria that are yes/no facts, and the venues column holding each.
VENUE_CRITERIA_COLUMNS: dict[VenueCriterion, str] = {c: c.value for c in VENUE_BOOL_CRITERIA}


@dataclass(frozen=True, slots=True)
class VenueQuery:
    """Venues matching every given condition.

    ``text`` matches words (or word beginnings) in the name, city and
    description, accents ignored. ``min_grade`` keeps venues rated at least
    that accessible (``partially`` keeps partially and fully). ``criteria``
    are yes/no facts that must be known to be true (``step_free``,
    ``toilet_accessible``, …). ``fits`` keeps venues whose entrance fits the
    chair (``domain.fits`` says FITS; with ``include_unknown_fit`` also when
    a measurement is missing).
    """

    text: str = ""
    category: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float = 10.0
    min_grade: WheelchairGrade | None = None
    criteria: frozenset[VenueCriterion] = field(default_factory=frozenset)
    min_door_width_cm: int | None = None
    fits: WheelchairProfile | None = None
    include_unknown_fit: bool = False
    sort: VenueSort | None = (
        None  # None: relevance with text, else distance near a place, else name
    )
    offset: int = 0
    limit: int = 20
    after: After | None = None  # start after this key (``Page.after``) instead of an offset

    def __post_init__(self) -> None:
        _check_text(self.text)
        if self.category is not None and (not isinstance(self.category, str) or not self.category):
            raise ValidationError("category", "expected a category name")
        _check_near(self.near, self.radius_km)
        if self.min_grade is not None:
            grade = parse_enum(WheelchairGrade, self.min_grade, "min_grade")
            if grade is WheelchairGrade.UNKNOWN:
                raise ValidationError("min_grade", "choose fully, partially or not")
            object.__setattr__(self, "min_grade", grade)
        if isinstance(self.criteria, str | bytes):
            raise ValidationError("criteria", "expected a set of criterion names")
        parsed: set[VenueCriterion] = set()
        for name in self.criteria:
            c = parse_enum(VenueCriterion, name, "criteria")
            if c not in VENUE_CRITERIA_COLUMNS:
                names = ", ".join(x.value for x in VENUE_CRITERIA_COLUMNS)
                raise ValidationError(
                    "criteria", f"{c.value!r} is not a yes/no criterion; expected one of: {names}"
                )
            parsed.add(c)
        object.__setattr__(self, "criteria", frozenset(parsed))
        door = self.min_door_width_cm
        if door is not None and (
            not isinstance(door, int) or isinstance(door, bool) or not 30 <= door <= 400
        ):
            raise ValidationError("min_door_width_cm", "enter a door width from 30 to 400 cm")
        if self.fits is not None and not isinstance(self.fits, WheelchairProfile):
            raise ValidationError("fits", "expected a wheelchair profile")
        sort = self.sort
        if sort is None:
            if self.text.strip():
                sort = VenueSort.RELEVANCE
            elif self.near is not None:
                sort = VenueSort.DISTANCE
            else:
                sort = VenueSort.NAME
        sort = parse_enum(VenueSort, sort, "sort")
        if sort is VenueSort.DISTANCE and self.near is None:
            raise ValidationError("sort", "sorting by distance needs a place to measure from")
        if sort is VenueSort.RELEVANCE and not self.text.strip():
            raise ValidationError("sort", "sorting by relevance needs search text")
        object.__setattr__(self, "sort", sort)
        _check_paging(self.offset, self.limit, self.after)


@dataclass(frozen=True, slots=True)
class CityHit:
    """A place name found among cached records, for completion."""

    name: str
    lat: float  # the mean of the records' positions
    lon: float
    count: int
