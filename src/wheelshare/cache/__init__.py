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

# Loaded with the package, on the thread that opens the cache (not the UI thread).
from wheelshare.cache import conversations
from wheelshare.cache.database import FILE_NAME, Cache, Transaction, head_revision
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
from wheelshare.cache.queries import (
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

__all__ = [
    "FILE_NAME",
    "KINDS",
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
