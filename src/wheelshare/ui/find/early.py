"""The first results of *Find a vehicle* before the cache is open.

On a later start the vehicles are already on disk; opening the cache means
loading SQLAlchemy and the ORM first, which took longer than the window. These
reads use ``sqlite3`` alone (``cache.plain``), on the worker like every
query, so the results are listed while the rest loads; once the cache is open
the screen searches again through it. No SQLAlchemy here.
"""

from __future__ import annotations

from pathlib import Path

from wheelshare.cache import plain
from wheelshare.cache.queries import After, VehicleHit, VehicleQuery, VehicleSort
from wheelshare.cache.search import count_vehicles_on, search_vehicles_on
from wheelshare.ui.find.criteria import SearchCriteria, SortKey
from wheelshare.ui.worker import TaskContext

_SORTS = {
    SortKey.DISTANCE: VehicleSort.DISTANCE,
    SortKey.PRICE: VehicleSort.PRICE,
    SortKey.RATING: VehicleSort.RATING,
}


def to_query(
    c: SearchCriteria, offset: int = 0, limit: int = 20, after: After | None = None
) -> VehicleQuery:
    near = (c.location.lat, c.location.lon) if c.location is not None else None
    sort = _SORTS[c.sort]
    if near is None and sort is VehicleSort.DISTANCE:
        sort = VehicleSort.PRICE
    period = c.period
    return VehicleQuery(
        near=near,
        radius_km=float(c.radius_km),
        start=period.start if period else None,
        end=period.end if period else None,
        adaptations=c.adaptations,
        min_wheelchair_places=c.min_wheelchair_places,
        max_day_price=c.max_day_price.amount if c.max_day_price else None,
        currency=c.max_day_price.currency if c.max_day_price else "EUR",
        fits=c.profile,
        sort=sort,
        offset=0 if after is not None else offset,
        limit=limit,
        after=after,
    )


def first_page(
    folder: Path, c: SearchCriteria, size: int, task: TaskContext
) -> tuple[int, list[VehicleHit]]:
    """As ``data.first_page``, on the cache file in ``folder``; raises
    ``plain.NotReadableYet`` when only ``Cache.open`` may read that file."""
    query = to_query(c, 0, size)
    con = plain.open_read_only(folder)
    try:
        total = count_vehicles_on(con, query)
        task.token.raise_if_cancelled()
        hits = search_vehicles_on(con, query).items
    finally:
        con.close()
    return total, hits


def page(
    folder: Path, c: SearchCriteria, offset: int, size: int, task: TaskContext
) -> list[VehicleHit]:
    task.token.raise_if_cancelled()
    con = plain.open_read_only(folder)
    try:
        return search_vehicles_on(con, to_query(c, offset, size)).items
    finally:
        con.close()
