"""Travel companions in the cache: matches for a journey, my posts, my
companionships and the ratings I can see.

The matching query reads one index (``ix_trips_match`` /
``ix_companion_offers_match``: mode, status, departure window, both ends):
one mode's open posts whose window starts within ``MAX_WINDOW`` before mine
ends, whose ends lie in a box around mine. The box is a little larger than
the radius; the domain's ``match`` then keeps those truly within it and
ranks them (``rank_key``), so the rules live in one place.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from wheelshare.cache.plain import raw_connection
from wheelshare.cache.rows import ts
from wheelshare.domain.companion_wire import (
    CompanionRating,
    Companionship,
    Post,
    companionship_from_wire,
    post_from_wire,
    rating_from_wire,
)
from wheelshare.domain.companions import (
    MATCH_RADIUS_KM,
    MAX_WINDOW,
    Candidate,
    Journey,
    Match,
    TripPlace,
    match,
    rank_key,
)

_KM_PER_DEG = 111.195
# Which table holds the other side: a traveller looks for offers, a companion for trips.
_TABLES = {"offers": "companion_offers", "trips": "trips"}
# Never more candidates than this are ranked for one query: a box over a
# crowded station on a busy day is still a few hundred.
MAX_CANDIDATES = 5000


@dataclass(frozen=True, slots=True)
class PostMatch:
    """A post that matches, with why (``match``) and the post itself."""

    post: Post
    match: Match


def _box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    dlat = radius_km / _KM_PER_DEG
    dlon = radius_km / (_KM_PER_DEG * max(math.cos(math.radians(abs(lat) + dlat)), 0.01))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def _sql(table: str) -> str:
    # The table name comes from _TABLES, never from input. Every column read is
    # in the index, so the scan never visits the table; only the page's
    # records are read whole afterwards.
    return f"""
        SELECT pk, o_lat, o_lon, d_lat, d_lon, from_ts, until_ts, rating
        FROM {table} INDEXED BY ix_{table}_match
        WHERE mode = :mode AND status = 'open'
          AND from_ts > :earliest AND from_ts < :until AND until_ts > :from
          AND o_lat BETWEEN :olat0 AND :olat1 AND o_lon BETWEEN :olon0 AND :olon1
          AND d_lat BETWEEN :dlat0 AND :dlat1 AND d_lon BETWEEN :dlon0 AND :dlon1
          AND mine = 0
        LIMIT :cap
    """  # noqa: S608


_SQL = {table: _sql(table) for table in _TABLES.values()}


def find_matches(
    session: Session,
    journey: Journey,
    among: str,
    *,
    offset: int = 0,
    limit: int = 20,
    radius_km: float = MATCH_RADIUS_KM,
) -> list[PostMatch]:
    """The open ``among`` ("offers" or "trips") that match ``journey``, best
    first, one page of them; my own posts are never matches."""
    table = _TABLES[among]
    # A tenth of a kilometre more, so the box never cuts a place the exact
    # distance would keep.
    olat0, olat1, olon0, olon1 = _box(journey.origin.lat, journey.origin.lon, radius_km + 0.1)
    dlat0, dlat1, dlon0, dlon1 = _box(
        journey.destination.lat, journey.destination.lon, radius_km + 0.1
    )
    params = {
        "mode": journey.mode.value,
        "earliest": ts(journey.leaves_from - MAX_WINDOW),
        "from": ts(journey.leaves_from),
        "until": ts(journey.leaves_until),
        "olat0": olat0,
        "olat1": olat1,
        "olon0": olon0,
        "olon1": olon1,
        "dlat0": dlat0,
        "dlat1": dlat1,
        "dlon0": dlon0,
        "dlon1": dlon1,
        "cap": MAX_CANDIDATES,
    }
    found: list[Match] = []
    # Straight to the driver: SQLAlchemy's statement handling would cost more
    # than the indexed scan itself.
    raw = raw_connection(session)
    for pk, o_lat, o_lon, d_lat, d_lon, from_ts, until_ts, rating in raw.execute(
        _SQL[table], params
    ):
        # The rules see the indexed figures; names are read with the page.
        theirs = Journey(
            TripPlace("?", o_lat, o_lon, "station"),
            TripPlace("?", d_lat, d_lon, "station"),
            datetime.fromtimestamp(from_ts, UTC),
            datetime.fromtimestamp(until_ts, UTC),
            journey.mode,
        )
        m = match(journey, Candidate(str(pk), theirs, rating), radius_km)
        if m is not None:
            found.append(m)
    found.sort(key=rank_key)
    page = found[offset : offset + limit]
    if not page:
        return []
    marks = ", ".join(str(int(m.candidate.id)) for m in page)
    rows = raw.execute(f"SELECT pk, data FROM {table} WHERE pk IN ({marks})")  # noqa: S608
    records: dict[int, str] = {int(pk): str(data) for pk, data in rows}
    return [PostMatch(post_from_wire(json.loads(records[int(m.candidate.id)])), m) for m in page]


def my_posts(session: Session) -> list[Post]:
    """My trips and offers, soonest first."""
    out: list[Post] = []
    for table in ("trips", "companion_offers"):
        rows = session.execute(
            text(f"SELECT data FROM {table} WHERE mine = 1 ORDER BY from_ts")  # noqa: S608
        ).scalars()
        out.extend(post_from_wire(json.loads(d)) for d in rows)
    return sorted(out, key=lambda p: (p.journey.leaves_from, p.id))


def is_trip(post: Post) -> bool:
    """A trip carries its compensation; an offer never does."""
    return post.compensation is not None


def my_companionships(session: Session) -> list[Companionship]:
    rows = session.execute(text("SELECT data FROM companionships ORDER BY updated_at DESC"))
    return [companionship_from_wire(json.loads(d)) for d in rows.scalars()]


def ratings_of(session: Session, companionship_id: str) -> list[CompanionRating]:
    rows = session.execute(
        text("SELECT data FROM companion_ratings WHERE companionship_id = :id ORDER BY pk"),
        {"id": companionship_id},
    )
    return [rating_from_wire(json.loads(d)) for d in rows.scalars()]
