"""Venues: reading them, and importing them from a source (OpenStreetMap, A11yJSON…)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelshare.domain import Venue
from wheelshare.domain.wire import format_time, venue_to_wire
from wheelshare.feed import changelog, hidden
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import NotFound
from wheelshare.feed.member_facts import keep_member_facts
from wheelshare.feed.models import VenueRow
from wheelshare.feed.records import load


@dataclass(frozen=True, slots=True)
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0


def get_venue(session: Session, venue_id: str) -> dict[str, Any]:
    row = load(session, VenueRow, venue_id)
    if row.retired:
        raise NotFound(f"the venue {venue_id!r} was removed", code="venue_not_found")
    return dict(row.data)


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("id", "rating", "updated_at")}


def import_venues(
    session: Session, source_name: str, venues: Iterable[Venue], *, retire_missing: bool
) -> ImportCounts:
    """Brings the venues of one source up to date, matched by (source name, source id).

    A known venue is updated in place (keeping its id and its reviews' rating); a
    new one is created; with ``retire_missing``, venues of this source that are
    no longer in ``venues`` are retired and sent as deletions. Venues without a
    source id cannot be matched and are always created. Facts members corrected
    stay while the source still says what it said then (member_facts.py). Every
    change goes to the public change log. Runs in the caller's transaction: all
    or nothing.
    """
    now = utcnow()
    stamp = format_time(now)
    existing = {
        row.source_id: row
        for row in session.scalars(select(VenueRow).where(VenueRow.source_name == source_name))
        if row.source_id
    }
    seen: set[str] = set()
    created = updated = unchanged = retired = 0
    for venue in venues:
        source_id = venue.source.id
        data = venue_to_wire(venue)
        data["source"] = {**data["source"], "name": source_name}
        row = existing.get(source_id) if source_id else None
        if source_id:
            if source_id in seen:
                continue  # the same place twice in one file: the first one wins
            seen.add(source_id)
        if row is None:
            venue_id = venue.id
            if not venue_id or session.get(VenueRow, venue_id) is not None:
                venue_id = str(uuid.uuid4())
            data.update(id=venue_id, rating={"average": None, "count": 0}, updated_at=stamp)
            session.add(
                VenueRow(
                    id=venue_id,
                    source_name=source_name,
                    source_id=source_id,
                    retired=False,
                    data=data,
                    updated_at=now,
                )
            )
            changelog.record(session, "venue", venue_id, "upsert", data)
            created += 1
            continue
        if row.retired and hidden.is_hidden(session, "venue", row.id):
            unchanged += 1  # a moderator hid it: an import does not bring it back
            continue
        data = keep_member_facts(row.data, data)
        if not row.retired and _comparable(row.data) == _comparable(data):
            unchanged += 1
            continue
        data.update(id=row.id, rating=row.data.get("rating"), updated_at=stamp)
        row.data = data
        row.retired = False
        row.updated_at = now
        changelog.record(session, "venue", row.id, "upsert", data)
        updated += 1
    if retire_missing:
        for source_id, row in existing.items():
            if source_id in seen or row.retired:
                continue
            row.retired = True
            row.updated_at = now
            changelog.record(session, "venue", row.id, "delete", {"id": row.id})
            retired += 1
    session.flush()
    return ImportCounts(created, updated, unchanged, retired)


def active_venues(session: Session, source_name: str | None = None) -> list[dict[str, Any]]:
    query = select(VenueRow.data).where(VenueRow.retired.is_(False)).order_by(VenueRow.id)
    if source_name is not None:
        query = query.where(VenueRow.source_name == source_name)
    return [dict(d) for d in session.scalars(query)]
