"""Venues members add, and corrections they propose to a venue's facts.

A member with fewer than ``trusted_after`` accepted contributions waits for a
moderator (the contribution is *pending*, and only its author sees it, in
their own feed); an established contributor's is published at once (*accepted*)
and a moderator may still revert it. What a contribution changes is recorded
in the venue's ``provenance``: for each fact, who gave it and when, so the app
can say where a fact comes from.

Contributors agree that their facts are shared under the ODbL (the export to
OpenStreetMap depends on it): a proposal without that consent is refused.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from wheelshare.domain import ValidationError
from wheelshare.domain.categories import VENUE_CATEGORIES
from wheelshare.domain.contribution import FACT_PATHS, GRADES_GIVEN, FactFault, check_fact
from wheelshare.domain.values import check_coordinates
from wheelshare.domain.wire import format_time, venue_from_wire
from wheelshare.feed import changelog
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Conflict, Invalid, NotFound
from wheelshare.feed.member_facts import fact_value, set_fact, with_source_value
from wheelshare.feed.models import ContributionRow, User, VenueRow
from wheelshare.feed.records import load
from wheelshare.feed.settings import FeedSettings
from wheelshare.geo.distance import distance_km
from wheelshare.geo.settled import nearest_place_km

ADDITION = "venue"
CORRECTION = "correction"
PENDING, ACCEPTED, REJECTED, REVERTED = "pending", "accepted", "rejected", "reverted"
COMMUNITY_SOURCE = "community"

# PostgreSQL: additions take this lock so two people adding the same café at
# the same moment cannot both pass the duplicate check ("WSVA").
_ADD_LOCK_KEY = 0x57535641


@dataclass(frozen=True, slots=True)
class Proposal:
    name: str
    category: str
    lat: float
    lon: float
    city: str
    address: str
    criteria: dict[str, Any]


# The feed's words for each fault of a fact's value (docs/feed-protocol.md).
_FACT_FAULT_WORDS: dict[FactFault, str] = {
    FactFault.NOT_A_MEMBER_FACT: "not a fact of a venue one can give: {facts}",
    FactFault.NOT_A_GRADE: "expected one of: {grades}",
    FactFault.NOT_YES_OR_NO: "expected true or false",
    FactFault.NOT_A_WHOLE_NUMBER: "expected a whole number",
    FactFault.OUT_OF_RANGE: "{value} is not sensible; expected {low} to {high}",
}


def value_problem(fact: str, value: object) -> str | None:
    """What is wrong with ``value`` for ``fact``, or None when it will do."""
    problem = check_fact(fact, value)
    if problem is None:
        return None
    return _FACT_FAULT_WORDS[problem.fault].format(
        facts=", ".join(FACT_PATHS),
        grades=", ".join(GRADES_GIVEN),
        value=value,
        low=problem.low,
        high=problem.high,
    )


def _check_venue(data: dict[str, Any], field: str) -> None:
    """The domain's own rules over the whole venue (e.g. no steps when step-free)."""
    try:
        venue_from_wire(data)
    except ValidationError as e:
        if field == "value":
            fields = {"value": e.message}
        else:
            fields = {f"{field}.{k.rsplit('.', 1)[-1]}": v for k, v in e.errors.items()}
        raise Invalid(e.message, fields=fields) from None


def accepted_count(session: Session, author_id: str) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                ContributionRow.author_id == author_id, ContributionRow.status == ACCEPTED
            )
        )
        or 0
    )


def _established(session: Session, author: User, settings: FeedSettings) -> bool:
    return accepted_count(session, author.id) >= settings.trusted_after


def find_duplicate(
    session: Session, name: str, lat: float, lon: float, radius_m: float
) -> VenueRow | None:
    """A venue still shown with the same name (ignoring case and spacing)
    within ``radius_m`` of the point."""
    dlat = radius_m / 111_000 * 1.5
    dlon = dlat / max(math.cos(math.radians(lat)), 0.01)
    v_lat = VenueRow.data["location"]["lat"].as_float()
    v_lon = VenueRow.data["location"]["lon"].as_float()
    rows = session.scalars(
        select(VenueRow).where(
            VenueRow.retired.is_(False),
            v_lat.between(lat - dlat, lat + dlat),
            v_lon.between(lon - dlon, lon + dlon),
        )
    )
    wanted = " ".join(name.casefold().split())
    for row in rows:
        loc = row.data["location"]
        same = " ".join(str(row.data.get("name", "")).casefold().split()) == wanted
        if same and distance_km((lat, lon), (loc["lat"], loc["lon"])) * 1000 <= radius_m:
            return row
    return None


def check_proposal(session: Session, p: Proposal, settings: FeedSettings) -> None:
    errors: dict[str, str] = {}
    if not p.name.strip():
        errors["name"] = "a venue needs a name"
    if p.category not in VENUE_CATEGORIES:
        errors["category"] = "not a venue category this feed knows"
    try:
        check_coordinates(p.lat, p.lon)
    except ValidationError as e:
        errors.update(e.errors)
    for fact, value in p.criteria.items():
        problem = value_problem(fact, value)
        if problem:
            errors[f"criteria.{fact}"] = problem
    if errors:
        raise Invalid(
            "the venue needs fixing" if len(errors) > 1 else next(iter(errors.values())),
            fields=errors,
        )
    if nearest_place_km(p.lat, p.lon, within_km=settings.max_km_from_a_place) is None:
        raise Invalid(
            f"the point is more than {settings.max_km_from_a_place:g} km from any town or"
            " village; check where it is on the map",
            code="far_from_any_place",
            fields={"location": "far from any place"},
        )
    existing = find_duplicate(session, p.name, p.lat, p.lon, settings.duplicate_radius_m)
    if existing is not None:
        raise Conflict(
            f"{existing.data.get('name')!r} is already here (venue {existing.id}); add a review"
            " or a correction to it instead",
            code="duplicate_venue",
            fields={
                "name": "already a venue with this name here",
                "existing_venue_id": existing.id,
            },
        )


def _provenance_entry(author: User, stamp: str, approved_at: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"source": "member", "name": author.display_name, "at": stamp}
    if approved_at is not None:
        entry["approved_at"] = approved_at
    return entry


def _publish_to_author(session: Session, row: ContributionRow) -> None:
    changelog.record(
        session,
        "contribution",
        row.id,
        "upsert",
        contribution_to_wire(session, row),
        visible_to=(row.author_id,),
    )


def add_venue(
    session: Session, author: User, p: Proposal, settings: FeedSettings, *, postgres: bool
) -> ContributionRow:
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADD_LOCK_KEY})
    check_proposal(session, p, settings)
    venue_id = str(uuid.uuid4())
    now = utcnow()
    row = ContributionRow(
        id=str(uuid.uuid4()),
        kind=ADDITION,
        author_id=author.id,
        venue_id=venue_id,
        status=PENDING,
        data={
            "proposal": {
                "name": p.name.strip(),
                "category": p.category,
                "location": {"lat": p.lat, "lon": p.lon, "city": p.city, "address": p.address},
                "criteria": dict(p.criteria),
            }
        },
        reason="",
        created_at=now,
    )
    # The venue's own rules (a step-free entrance has no steps…), before anything is kept.
    _check_venue(_addition_venue(row, author, format_time(now), None), "criteria")
    session.add(row)
    session.flush()
    if _established(session, author, settings):
        accept(session, row, approved_by=None)
    else:
        _publish_to_author(session, row)
    return row


def _addition_venue(
    row: ContributionRow, author: User, stamp: str, approved_at: str | None
) -> dict[str, Any]:
    p = row.data["proposal"]
    entry = _provenance_entry(author, stamp, approved_at)
    data: dict[str, Any] = {
        "id": row.venue_id,
        "name": p["name"],
        "category": p["category"],
        "location": dict(p["location"]),
        "accessibility": {"wheelchair_grade": "unknown", "entrance": {}, "description": {}},
        "source": {"name": COMMUNITY_SOURCE, "id": row.id, "url": ""},
        "rating": {"average": None, "count": 0},
        "updated_at": stamp,
        "provenance": {"venue": entry},
    }
    for fact, value in p["criteria"].items():
        set_fact(data, fact, value)
        data["provenance"][fact] = entry
    return data


def propose_correction(
    session: Session,
    author: User,
    venue_id: str,
    fact: str,
    value: Any,
    note: str,
    settings: FeedSettings,
) -> ContributionRow:
    venue = load(session, VenueRow, venue_id, for_update=True)
    if venue.retired:
        raise NotFound(f"the venue {venue_id!r} was removed", code="venue_not_found")
    problem = value_problem(fact, value)
    if problem:
        raise Invalid(problem, fields={"fact" if fact not in FACT_PATHS else "value": problem})
    if fact_value(venue.data, fact) == value:
        raise Conflict(
            f"the venue's {fact} is already {value!r}",
            code="same_value",
            fields={"value": "this is already the venue's value"},
        )
    trial = {**venue.data, "accessibility": _deep_copy(venue.data.get("accessibility") or {})}
    set_fact(trial, fact, value)
    _check_venue(trial, "value")
    row = ContributionRow(
        id=str(uuid.uuid4()),
        kind=CORRECTION,
        author_id=author.id,
        venue_id=venue_id,
        status=PENDING,
        data={"proposal": {"fact": fact, "value": value, "note": note.strip()}},
        reason="",
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    if _established(session, author, settings):
        accept(session, row, approved_by=None)
    else:
        _publish_to_author(session, row)
    return row


def _deep_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _deep_copy(v) for k, v in value.items()}
    return value


def accept(session: Session, row: ContributionRow, *, approved_by: User | None) -> None:
    """Publishes the contribution: the new venue, or the corrected fact."""
    now = utcnow()
    stamp = format_time(now)
    approved_at = stamp if approved_by is not None else None
    author = session.get(User, row.author_id)
    assert author is not None
    if row.kind == ADDITION:
        data = _addition_venue(row, author, stamp, approved_at)
        session.add(
            VenueRow(
                id=row.venue_id,
                source_name=COMMUNITY_SOURCE,
                source_id="",
                retired=False,
                data=data,
                updated_at=now,
            )
        )
        changelog.record(session, "venue", row.venue_id, "upsert", data)
    else:
        venue = load(session, VenueRow, row.venue_id, for_update=True)
        if venue.retired:
            raise Conflict("the venue was removed meanwhile", code="venue_removed")
        fact = row.data["proposal"]["fact"]
        data = {**venue.data, "accessibility": _deep_copy(venue.data.get("accessibility") or {})}
        previous = fact_value(data, fact)
        set_fact(data, fact, row.data["proposal"]["value"])
        provenance = dict(data.get("provenance") or {})
        before = provenance.get(fact)
        provenance[fact] = with_source_value(
            _provenance_entry(author, stamp, approved_at), before, previous
        )
        data.update(provenance=provenance, updated_at=stamp)
        venue.data = data
        venue.updated_at = now
        row.data = {**row.data, "previous": previous, "previous_provenance": before}
        changelog.record(session, "venue", venue.id, "upsert", data)
    row.status = ACCEPTED
    row.decided_at = now
    row.decided_by = approved_by.id if approved_by is not None else None
    session.flush()
    _publish_to_author(session, row)


def reject(session: Session, row: ContributionRow, moderator: User, reason: str) -> None:
    row.status = REJECTED
    row.reason = reason
    row.decided_at = utcnow()
    row.decided_by = moderator.id
    session.flush()
    _publish_to_author(session, row)


def revert(session: Session, row: ContributionRow, moderator: User, reason: str) -> None:
    """Undoes an accepted contribution: the venue it added leaves the feed, the
    fact it corrected gets its earlier value back (said to be a moderator's)."""
    now = utcnow()
    stamp = format_time(now)
    venue = load(session, VenueRow, row.venue_id, for_update=True)
    if row.kind == ADDITION:
        if not venue.retired:
            venue.retired = True
            venue.updated_at = now
            changelog.record(session, "venue", venue.id, "delete", None)
    else:
        fact = row.data["proposal"]["fact"]
        data = {**venue.data, "accessibility": _deep_copy(venue.data.get("accessibility") or {})}
        replaced = fact_value(data, fact)
        set_fact(data, fact, row.data.get("previous"))
        provenance = dict(data.get("provenance") or {})
        provenance[fact] = with_source_value(
            {"source": "moderator", "at": stamp}, provenance.get(fact), replaced
        )
        data.update(provenance=provenance, updated_at=stamp)
        venue.data = data
        venue.updated_at = now
        if not venue.retired:
            changelog.record(session, "venue", venue.id, "upsert", data)
    row.status = REVERTED
    row.reason = reason
    row.decided_at = now
    row.decided_by = moderator.id
    session.flush()
    _publish_to_author(session, row)


def contribution_to_wire(session: Session, row: ContributionRow) -> dict[str, Any]:
    author = session.get(User, row.author_id)
    venue = session.get(VenueRow, row.venue_id)
    proposal = row.data["proposal"]
    venue_name = venue.data.get("name", "") if venue is not None else proposal.get("name", "")
    return {
        "id": row.id,
        "kind": row.kind,
        "venue_id": row.venue_id,
        "venue_name": venue_name,
        "status": row.status,
        "author_name": author.display_name if author is not None else "",
        "proposal": proposal,
        "reason": row.reason,
        "created_at": format_time(row.created_at),
        "decided_at": None if row.decided_at is None else format_time(row.decided_at),
    }


def get(session: Session, contribution_id: str) -> ContributionRow:
    row = None if "\x00" in contribution_id else session.get(ContributionRow, contribution_id)
    if row is None:
        raise NotFound(
            f"there is no contribution with id {contribution_id!r}", code="contribution_not_found"
        )
    return row


def forget_author(session: Session, author: User, former_name: str) -> None:
    """The author leaves or is renamed: the venues their accepted contributions
    changed say ``former_name`` instead of their name, and are sent again, their
    earlier versions removed from the log (as their reviews are, in
    account_rights.py)."""
    venue_ids = session.scalars(
        select(ContributionRow.venue_id)
        .where(ContributionRow.author_id == author.id, ContributionRow.status == ACCEPTED)
        .distinct()
    ).all()
    for venue_id in venue_ids:
        venue = session.get(VenueRow, venue_id)
        if venue is None:
            continue
        provenance = {
            fact: (
                {**entry, "name": former_name}
                if entry.get("source") == "member" and entry.get("name") == author.display_name
                else entry
            )
            for fact, entry in (venue.data.get("provenance") or {}).items()
        }
        venue.data = {**venue.data, "provenance": provenance}
        changelog.forget_record(session, "venue", venue.id)
        if not venue.retired:
            changelog.record(session, "venue", venue.id, "upsert", venue.data)


def of_author(session: Session, author: User) -> list[dict[str, Any]]:
    """Everything the author contributed, for the copy of their data."""
    rows = session.scalars(
        select(ContributionRow)
        .where(ContributionRow.author_id == author.id)
        .order_by(ContributionRow.created_at)
    ).all()
    return [contribution_to_wire(session, row) for row in rows]
