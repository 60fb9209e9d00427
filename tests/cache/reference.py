"""Brute-force answers, computed in plain Python from the records themselves,
for checking the cache's SQL: every record is looked at, distances come from
geopy itself."""

from __future__ import annotations

from collections.abc import Iterable

from geopy.distance import geodesic

from wheelshare.cache.queries import VehicleQuery, VehicleSort, VenueQuery, VenueSort
from wheelshare.demo import DemoData
from wheelshare.domain import Fit, Period, WheelchairGrade, fits
from wheelshare.domain.wire import (
    availability_from_wire,
    booking_from_wire,
    vehicle_from_wire,
    venue_from_wire,
)


def distance(near: tuple[float, float], lat: float, lon: float) -> float:
    return float(geodesic(near, (lat, lon)).km)


def _fit_ok(verdict: Fit, include_unknown: bool) -> bool:
    return verdict is Fit.FITS or (include_unknown and verdict is Fit.UNKNOWN)


def vehicles(data: DemoData, q: VehicleQuery) -> list[tuple[str, float | None]]:
    """(id, distance) of every match, in the query's order (paging ignored)."""
    period = q.period
    confirmed: dict[str, list[Period]] = {}
    for record in data.bookings:
        b = booking_from_wire(record)
        if b.status.value == "confirmed":
            confirmed.setdefault(b.vehicle_id, []).append(b.period)
    out = []
    for record in data.vehicles:
        v = vehicle_from_wire(record)
        if not v.listed or not q.adaptations <= v.adaptations:
            continue
        if v.wheelchair_places < q.min_wheelchair_places:
            continue
        if q.max_day_price is not None and (
            v.prices.currency != q.currency or v.prices.day.amount > q.max_day_price
        ):
            continue
        if q.fits is not None and not _fit_ok(fits(q.fits, v).verdict, q.include_unknown_fit):
            continue
        if period is not None:
            if any(p.overlaps(period) for p in confirmed.get(v.id, [])):
                continue
            avail = data.availability.get(v.id)
            if avail is not None and availability_from_wire(avail).is_blocked(period):
                continue
        d = None
        if q.near is not None:
            d = distance(q.near, v.location.lat, v.location.lon)
            if d > q.radius_km:
                continue
        out.append((v, d))
    if q.sort is VehicleSort.DISTANCE:
        out.sort(key=lambda x: (x[1], x[0].id))
    elif q.sort is VehicleSort.PRICE:
        out.sort(key=lambda x: (x[0].prices.day.amount, x[0].id))
    else:
        out.sort(
            key=lambda x: (
                x[0].rating.average is None,
                -(x[0].rating.average or 0),
                -x[0].rating.count,
                x[0].id,
            )
        )
    return [(v.id, d) for v, d in out]


_FLAGS = {
    "step_free": lambda v: v.accessibility.entrance.step_free,
    "has_ramp": lambda v: v.accessibility.entrance.has_ramp,
    "automatic_door": lambda v: v.accessibility.entrance.automatic_door,
    "toilet_accessible": lambda v: v.accessibility.toilet_accessible,
    "parking_accessible": lambda v: v.accessibility.parking_accessible,
    "elevator": lambda v: v.accessibility.elevator,
    "hearing_loop": lambda v: v.accessibility.hearing_loop,
}


def venues(records: Iterable[dict[str, object]], q: VenueQuery) -> list[tuple[str, float | None]]:
    out = []
    for record in records:
        v = venue_from_wire(record)
        a = v.accessibility
        if q.category is not None and v.category != q.category:
            continue
        if q.min_grade is not None and a.wheelchair_grade.rank < WheelchairGrade(q.min_grade).rank:
            continue
        if any(_FLAGS[c.value](v) is not True for c in q.criteria):
            continue
        door = a.entrance.door_width_cm
        if q.min_door_width_cm is not None and (door is None or door < q.min_door_width_cm):
            continue
        if q.fits is not None and not _fit_ok(fits(q.fits, v).verdict, q.include_unknown_fit):
            continue
        d = None
        if q.near is not None:
            d = distance(q.near, v.location.lat, v.location.lon)
            if d > q.radius_km:
                continue
        out.append((v, d))
    if q.sort is VenueSort.DISTANCE:
        out.sort(key=lambda x: (x[1], x[0].id))
    elif q.sort is VenueSort.NAME:
        out.sort(key=lambda x: (x[0].name, x[0].id))
    elif q.sort is VenueSort.RATING:
        out.sort(
            key=lambda x: (
                x[0].rating.average is None,
                -(x[0].rating.average or 0),
                -x[0].rating.count,
                x[0].id,
            )
        )
    return [(v.id, d) for v, d in out]
