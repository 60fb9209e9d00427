"""The local cache: one SQLite file that the app browses, offline or not.

Opening and writing::

    from wheelshare.cache import Cache, upsert_records, delete_records

    cache = Cache.open(data_dir)            # a dir (holds cache.sqlite) or a file;
                                            # None: the user's data dir
    with cache.transaction() as session:    # one write transaction, all or nothing
        upsert_records(session, "venue", records)      # protocol JSON, validated
        delete_records(session, "vehicle", ["v-1"])
    cache.close()

A batch of 1,000 or more venues or vehicles stored into an empty table is
loaded in bulk: the search indexes (FTS5, R*Tree, places) are built once,
just before the transaction commits, so a first load is fastest as one
transaction with many ``upsert_records`` calls (``bulkload``). A first sync
goes further: ``bulkload.defer(session)`` in each page's transaction leaves
the empty venue and vehicle tables without their search indexes across
transactions (durably noted), and ``cache.finish_deferred()`` builds them
once at its end; ``Cache.open`` finishes any left pending by a kill.

``Cache.open`` creates the file or applies the shipped Alembic migrations;
it raises ``NotACacheError`` for a file that is not a wheelshare cache and
``CacheTooNewError`` for one written by a newer wheelshare. Write failures
leave as ``CacheUnavailableError`` (disk full, locked, read-only: words for
a person) or ``CacheBugError``; an invalid record as ``InvalidRecordError``
(a ``ValidationError`` naming the kind, the id and the field).

Reading (``with cache.session() as session:``)::

    search_vehicles(session, VehicleQuery(...)) -> Page[VehicleHit]
    count_vehicles(session, VehicleQuery(...), at_most=None) -> int
    search_venues(session, VenueQuery(...)) -> Page[VenueHit]
    count_venues(session, VenueQuery(...), at_most=None) -> int   # capped: "1,000+"
        # near a place with only grade and yes/no criteria: from the counts
        # kept per area cell (``areacounts``), exact, in milliseconds
    get_vehicle(session, id) -> Vehicle | None
    get_venue(session, id) -> Venue | None
    reviews_for(session, "venue" | "vehicle", id) -> list[Review]
    photos_for(session, "venue" | "vehicle", id) -> list[Photo], in gallery order
    availability_for(session, vehicle_id) -> Availability
    bookings_for_user(session, user_id, "renter" | "owner") -> list[Booking]
    cities(session, prefix, limit=10) -> list[CityHit]

Query objects validate on construction (``ValidationError`` naming the
field). Distances are geodesic (WGS-84, as geopy computes them); the R*Tree
and SQL's spherical distance only shortlist (see ``search``).

The sync engine keeps its state in ``OutboxEntry`` and ``SyncState`` rows
(``models``), written inside ``cache.transaction()`` like everything else.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wheelshare.cache import conversations
    from wheelshare.cache.database import Cache, Transaction, head_revision
    from wheelshare.cache.errors import (
        CacheBugError,
        CacheError,
        CacheTooNewError,
        CacheUnavailableError,
        InvalidRecordError,
        NotACacheError,
    )
    from wheelshare.cache.lookups import (
        availability_for,
        bookings_for_user,
        get_vehicle,
        get_venue,
        photos_for,
        reviews_for,
    )
    from wheelshare.cache.models import OutboxEntry, OutboxState, SyncState
    from wheelshare.cache.plain import FILE_NAME
    from wheelshare.cache.queries import (
        After,
        CityHit,
        Page,
        VehicleHit,
        VehicleQuery,
        VehicleSort,
        VenueHit,
        VenueQuery,
        VenueSort,
    )
    from wheelshare.cache.search import (
        cities,
        count_vehicles,
        count_venues,
        search_vehicles,
        search_venues,
    )
    from wheelshare.cache.store import KINDS, delete_records, upsert_records

# Each name is loaded from its module when first asked for, not with the
# package: a later start reads the file with ``plain`` and ``search`` before
# SQLAlchemy (which ``database``, ``lookups`` and ``store`` need) is loaded.
_HOMES = {
    "After": "wheelshare.cache.queries",
    "Cache": "wheelshare.cache.database",
    "CacheBugError": "wheelshare.cache.errors",
    "CacheError": "wheelshare.cache.errors",
    "CacheTooNewError": "wheelshare.cache.errors",
    "CacheUnavailableError": "wheelshare.cache.errors",
    "CityHit": "wheelshare.cache.queries",
    "FILE_NAME": "wheelshare.cache.plain",
    "InvalidRecordError": "wheelshare.cache.errors",
    "KINDS": "wheelshare.cache.store",
    "NotACacheError": "wheelshare.cache.errors",
    "OutboxEntry": "wheelshare.cache.models",
    "OutboxState": "wheelshare.cache.models",
    "Page": "wheelshare.cache.queries",
    "SyncState": "wheelshare.cache.models",
    "Transaction": "wheelshare.cache.database",
    "VehicleHit": "wheelshare.cache.queries",
    "VehicleQuery": "wheelshare.cache.queries",
    "VehicleSort": "wheelshare.cache.queries",
    "VenueHit": "wheelshare.cache.queries",
    "VenueQuery": "wheelshare.cache.queries",
    "VenueSort": "wheelshare.cache.queries",
    "availability_for": "wheelshare.cache.lookups",
    "bookings_for_user": "wheelshare.cache.lookups",
    "cities": "wheelshare.cache.search",
    "conversations": "wheelshare.cache.conversations",
    "count_vehicles": "wheelshare.cache.search",
    "count_venues": "wheelshare.cache.search",
    "delete_records": "wheelshare.cache.store",
    "get_vehicle": "wheelshare.cache.lookups",
    "get_venue": "wheelshare.cache.lookups",
    "head_revision": "wheelshare.cache.database",
    "photos_for": "wheelshare.cache.lookups",
    "reviews_for": "wheelshare.cache.lookups",
    "search_vehicles": "wheelshare.cache.search",
    "search_venues": "wheelshare.cache.search",
    "upsert_records": "wheelshare.cache.store",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if home == f"{__name__}.{name}":
        value: Any = importlib.import_module(home)
    else:
        value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = [
    "FILE_NAME",
    "KINDS",
    "After",
    "Cache",
    "CacheBugError",
    "CacheError",
    "CacheTooNewError",
    "CacheUnavailableError",
    "CityHit",
    "InvalidRecordError",
    "NotACacheError",
    "OutboxEntry",
    "OutboxState",
    "Page",
    "SyncState",
    "Transaction",
    "VehicleHit",
    "VehicleQuery",
    "VehicleSort",
    "VenueHit",
    "VenueQuery",
    "VenueSort",
    "availability_for",
    "bookings_for_user",
    "cities",
    "conversations",
    "count_vehicles",
    "count_venues",
    "delete_records",
    "get_vehicle",
    "get_venue",
    "head_revision",
    "photos_for",
    "reviews_for",
    "search_vehicles",
    "search_venues",
    "upsert_records",
]
