"""Reads for the venue screens, run on the worker against the local cache."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select

from wheelshare.cache import Cache, lookups
from wheelshare.cache import search as cache_search
from wheelshare.cache.models import VenueRow
from wheelshare.cache.queries import After, VenueHit, VenueQuery, VenueSort
from wheelshare.domain import Review, Venue, VenueCriterion, WheelchairGrade, WheelchairProfile
from wheelshare.domain.contribution import FactOrigin, provenance_from_wire
from wheelshare.domain.photo import Photo
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.sync import outbox, store
from wheelshare.ui.venues.search_form import VenueSearch
from wheelshare.ui.widgets.page_keys import PageKeys


def _sort(s: VenueSearch) -> VenueSort | None:
    """The order asked for; the nearest first needs a place to measure from
    (without one, the usual order: best match, else by name)."""
    if not s.sort or (s.sort == VenueSort.DISTANCE and s.place is None):
        return None
    return VenueSort(s.sort)


def to_query(
    s: VenueSearch, profile: WheelchairProfile | None, offset: int = 0, limit: int = 100
) -> VenueQuery:
    criteria = {
        c
        for c, on in (
            (VenueCriterion.STEP_FREE, s.step_free),
            (VenueCriterion.TOILET_ACCESSIBLE, s.toilet_accessible),
            (VenueCriterion.PARKING_ACCESSIBLE, s.parking_accessible),
            (VenueCriterion.ELEVATOR, s.elevator),
            (VenueCriterion.HEARING_LOOP, s.hearing_loop),
        )
        if on
    }
    return VenueQuery(
        text=s.text,
        category=s.category or None,
        near=(s.place.lat, s.place.lon) if s.place is not None else None,
        radius_km=float(s.radius_km),
        min_grade=WheelchairGrade.PARTIALLY if s.at_least_partially else None,
        criteria=frozenset(criteria),
        min_door_width_cm=s.min_door_width_cm,
        fits=profile if s.fits_my_wheelchair else None,
        sort=_sort(s),
        offset=offset,
        limit=limit,
    )


def search(cache: Cache, query: VenueQuery, keys: PageKeys[After] | None = None) -> list[VenueHit]:
    """The page ``query`` asks for; with ``keys``, read after the key the page
    before it ended with when known (so a deep page costs what the first does),
    and its own end noted for the next."""
    offset = query.offset
    after = keys.at(offset) if keys is not None and offset else None
    if after is not None:
        query = replace(query, offset=0, after=after)
    with cache.session() as s:
        found = cache_search.search_venues(s, query)
    if keys is not None:
        keys.note(offset, len(found.items), found.after)
    return list(found.items)


def count(cache: Cache, query: VenueQuery) -> int:
    with cache.session() as s:
        return int(cache_search.count_venues(s, query))


def categories(cache: Cache) -> list[str]:
    with cache.session() as s:
        rows = s.execute(
            select(VenueRow.category)
            .where(VenueRow.category != "")
            .distinct()
            .order_by(VenueRow.category)
        )
        return [r[0] for r in rows]


@dataclass(frozen=True)
class VenueDetailData:
    venue: Venue | None
    reviews: list[Review] = field(default_factory=list)
    review_pending: bool = False
    # The feed refused an earlier review of this venue: (outbox key, its reason).
    refused: tuple[str, Problem] | None = None
    photos: list[Photo] = field(default_factory=list)
    # Where each fact comes from, when a member or a moderator gave it (else the
    # venue's source); "venue" names who added a community venue.
    origins: dict[str, FactOrigin] = field(default_factory=dict)
    # My corrections of this venue not published yet.
    corrections: list[outbox.WaitingCorrection] = field(default_factory=list)
    # What I reported here (the venue's id, reviews' ids): waiting or sent.
    reported: frozenset[str] = frozenset()


def reported_here(cache: Cache, venue_id: str, review_ids: list[str]) -> frozenset[str]:
    """The venue and reviews I reported, from the outbox or from my own feed."""
    queued = {i.target_id for i in outbox.pending_actions(cache) if i.kind == "report"}
    out = {venue_id} if venue_id in queued or store.reported(cache, "venue", venue_id) else set()
    for rid in review_ids:
        if rid in queued or store.reported(cache, "review", rid):
            out.add(rid)
    return frozenset(out)


@dataclass(frozen=True)
class RefusedVenue:
    """A venue I added that the feed refused; ``existing_id`` names the venue
    already there when it was a duplicate."""

    key: str
    name: str
    problem: Problem
    existing_id: str = ""


def refused_venues(cache: Cache) -> list[RefusedVenue]:
    out = []
    for item in outbox.pending_actions(cache):
        if item.kind != "add_venue" or item.state != outbox.REJECTED:
            continue
        problem = item.problem or Problem(ProblemCode.EARLIER_PROBLEM)
        existing = problem.params.get("existing_venue_id")
        name = str((item.payload or {}).get("name", ""))
        out.append(RefusedVenue(item.key, name, problem, str(existing or "")))
    return out


def detail(cache: Cache, venue_id: str) -> VenueDetailData:
    with cache.session() as s:
        venue = lookups.get_venue(s, venue_id)
        if venue is None:
            return VenueDetailData(None)
        reviews = lookups.reviews_for(s, "venue", venue_id)
        photos = lookups.photos_for(s, "venue", venue_id)
    mine = [
        i
        for i in outbox.pending_actions(cache)
        if i.kind == "review_venue" and i.target_id == venue_id
    ]
    pending = any(i.state != outbox.REJECTED for i in mine)
    refused = next(
        (
            (i.key, i.problem or Problem(ProblemCode.EARLIER_PROBLEM))
            for i in mine
            if i.state == outbox.REJECTED
        ),
        None,
    )
    record = store.get_record(cache, "venue", venue_id) or {}
    return VenueDetailData(
        venue,
        reviews,
        pending,
        refused,
        photos,
        provenance_from_wire(record.get("provenance")),
        outbox.waiting_corrections(cache, venue_id),
        reported_here(cache, venue_id, [r.id for r in reviews]),
    )
