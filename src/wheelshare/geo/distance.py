"""Distances on the ellipsoid (geodesic) and on the sphere, and their display units."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

KM_PER_MILE = 1.609344
EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius: the sphere SQL measures on
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
    """Geodesic distance in kilometres on the WGS-84 ellipsoid between two places,
    locations or (lat, lon) pairs: the distance every screen shows and sorts by."""
    (lat1, lon1), (lat2, lon2) = _pair(a), _pair(b)
    wgs84 = _wgs84()
    s12: float = wgs84.Inverse(lat1, lon1, lat2, lon2, wgs84.DISTANCE)["s12"]
    return s12 / 1000.0


@functools.cache
def _wgs84() -> Any:
    # Karney's algorithm from geographiclib, which geopy's ``geodesic`` wraps;
    # calling it directly skips geopy's per-call object overhead (five times the
    # arithmetic). Imported on first use: importing geopy loads every geocoder it
    # has (a tenth of a second), which the window's start must not wait for.
    from geopy.distance import Geodesic

    return Geodesic.WGS84


def great_circle_km(a: Point, b: Point) -> float:
    """Distance on the ``EARTH_RADIUS_KM`` sphere (haversine): what the cache's SQL
    computes to shortlist, and cheap enough to scan a gazetteer band with. Within
    half a percent of :func:`distance_km`."""
    (lat1, lon1), (lat2, lon2) = _pair(a), _pair(b)
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


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
