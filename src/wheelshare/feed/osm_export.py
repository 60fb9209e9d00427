"""Which wheelchair facts members gave to venues that came from OpenStreetMap."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelshare.domain.contribution import FACT_PATHS
from wheelshare.feed.models import VenueRow
from wheelshare.opendata.osm import SOURCE_NAME


def accepted_osm_facts(session: Session) -> dict[str, dict[str, Any]]:
    """OSM reference ("node/1") → the facts whose current value a member gave
    and which were accepted (a reverted fact says ``moderator`` and is left out)."""
    out: dict[str, dict[str, Any]] = {}
    rows = session.scalars(
        select(VenueRow).where(VenueRow.source_name == SOURCE_NAME, VenueRow.retired.is_(False))
    )
    for row in rows:
        provenance = row.data.get("provenance") or {}
        facts: dict[str, Any] = {}
        for fact, path in FACT_PATHS.items():
            if (provenance.get(fact) or {}).get("source") != "member":
                continue
            node: Any = row.data.get("accessibility") or {}
            for part in path:
                node = (node or {}).get(part)
            facts[fact] = node
        if facts and row.source_id:
            out[row.source_id] = facts
    return out
