"""Reads for *Find a vehicle*, run on the worker against the local cache.

Plain functions (no widgets): they receive the cache and the person's
criteria and return plain data for the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelshare.cache import (
    Cache,
    availability_for,
    cities,
    count_vehicles,
    get_vehicle,
    photos_for,
    reviews_for,
    search_vehicles,
)
from wheelshare.cache.models import BookingRow
from wheelshare.cache.queries import After, VehicleHit
from wheelshare.domain import BookingStatus, Location, Period
from wheelshare.ui.find.criteria import SearchCriteria
from wheelshare.ui.find.details import VehicleDetails, build_details
from wheelshare.ui.find.early import to_query
from wheelshare.ui.widgets.page_keys import PageKeys
from wheelshare.ui.worker import TaskContext

if TYPE_CHECKING:
    from wheelshare.ui.widgets.places import PlaceFinder


def first_page(
    cache: Cache,
    c: SearchCriteria,
    size: int,
    task: TaskContext,
    keys: PageKeys[After] | None = None,
) -> tuple[int, list[VehicleHit]]:
    query = to_query(c, 0, size)
    with cache.session() as s:
        total = count_vehicles(s, query)
        task.token.raise_if_cancelled()
        found = search_vehicles(s, query)
    if keys is not None:
        keys.note(0, len(found.items), found.after)
    return total, found.items


def page(
    cache: Cache,
    c: SearchCriteria,
    offset: int,
    size: int,
    task: TaskContext,
    keys: PageKeys[After] | None = None,
) -> list[VehicleHit]:
    """The page at ``offset``: read after the key the page before ended with,
    when ``keys`` knows it, so a page deep in the list costs what the first does."""
    task.token.raise_if_cancelled()
    after = keys.at(offset) if keys is not None and offset else None
    with cache.session() as s:
        found = search_vehicles(s, to_query(c, offset, size, after))
    if keys is not None:
        keys.note(offset, len(found.items), found.after)
    return found.items


def _confirmed_periods(s: Session, vehicle_id: str) -> tuple[Period, ...]:
    """Confirmed bookings of anyone that this cache knows (at least the person's own)."""
    rows = s.execute(
        select(BookingRow.start_ts, BookingRow.end_ts).where(
            BookingRow.vehicle_id == vehicle_id,
            BookingRow.status == BookingStatus.CONFIRMED.value,
        )
    )
    return tuple(
        Period(datetime.fromtimestamp(a, UTC), datetime.fromtimestamp(b, UTC)) for a, b in rows
    )


def details(cache: Cache, hit: VehicleHit, c: SearchCriteria, task: TaskContext) -> VehicleDetails:
    vehicle_id = hit.vehicle.id
    with cache.session() as s:
        vehicle = get_vehicle(s, vehicle_id) or hit.vehicle
        reviews = reviews_for(s, "vehicle", vehicle_id)
        availability = availability_for(s, vehicle_id)
        taken = _confirmed_periods(s, vehicle_id)
        photos = tuple(photos_for(s, "vehicle", vehicle_id))
    built = build_details(
        vehicle,
        hit.distance_km,
        tuple(
            sorted(
                reviews,
                key=lambda r: r.created_at or datetime.min.replace(tzinfo=UTC),
                reverse=True,
            )
        ),
        availability,
        taken,
        c.period,
        c.profile,
    )
    return replace(built, photos=photos)


# -- places ---------------------------------------------------------------------


def complete_place(
    finder: PlaceFinder | None, cache: Cache | None, prefix: str, limit: int = 10
) -> list[Location]:
    """Places starting with ``prefix``: first the towns where synced vehicles and
    venues are, then any place of the offline gazetteer (once its index is ready)."""
    out: list[Location] = []
    seen: set[str] = set()
    if cache is not None:
        with cache.session() as s:
            for c in cities(s, prefix, limit):
                out.append(Location(c.lat, c.lon, city=c.name))
                seen.add(c.name.casefold())
    if finder is not None and finder.is_ready and len(out) < limit:
        for loc in finder.lookup(prefix, limit):
            label = loc.address or loc.city  # as the place field writes it
            if label.casefold() not in seen:
                seen.add(label.casefold())
                out.append(loc)
    return out[:limit]
