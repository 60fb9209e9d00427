"""Distances on the ellipsoid (geopy's geodesic), and their display units."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

KM_PER_MILE = 1.609344
T = TypeVar("T")


class HasCoordinates(Protocol):
    @property
    def lat(self) -> float: ...

    @property
    def lon(self) -> float: ...


Point = HasCoordinates | tuple[float, float]


def _pair(p: Point) -> tuple[float, float]:
    if isinstance(p, tuple):
        return p
    return (p.lat, p.lon)


def distance_km(a: Point, b: Point) -> float:
    """Geodesic distance in kilometres between two places, locations or (lat, lon) pairs."""
    # Imported here: importing geopy loads every geocoder it has (a tenth of a
    # second), which the window's start must not wait for to format a distance.
    from geopy.distance import geodesic

    return float(geodesic(_pair(a), _pair(b)).km)


def display_distance(km: float, *, imperial: bool) -> tuple[float, str]:
    """A distance in the units people expect: ``(value, unit)`` for the UI to format.

    Metric: metres under 1 km (rounded to 10 m), else km. Imperial: feet under
    0.1 mile (rounded to 10 ft), else miles. The unit is "m", "km", "ft" or "mi".
    """
    if imperial:
        miles = km / KM_PER_MILE
        if miles < 0.1:
            return (round(miles * 5280 / 10) * 10, "ft")
        return (round(miles, 1), "mi")
    if km < 1:
        return (round(km * 1000 / 10) * 10, "m")
    return (round(km, 1), "km")


def by_distance(
    origin: Point,
    items: Iterable[T],
    where: Callable[[T], Point],
    *,
    within_km: float | None = None,
) -> list[tuple[float, T]]:
    """``(km, item)`` pairs nearest first, for "near me" lists.

    ``where`` gives an item's position (``lambda v: v.location`` for venues
    and vehicles); with ``within_km``, farther items are left out.
    """
    pairs = [(distance_km(origin, where(item)), item) for item in items]
    if within_km is not None:
        pairs = [p for p in pairs if p[0] <= within_km]
    pairs.sort(key=lambda p: p[0])
    return pairs
