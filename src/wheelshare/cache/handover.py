"""The handover and damage reports of one of my bookings, as the cache holds them."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from wheelshare.cache.plain import raw_connection
from wheelshare.domain.handover import DamageReport, HandoverReport, Moment
from wheelshare.domain.handover_wire import damage_report_from_wire, handover_report_from_wire


def reports_for(session: Session, booking_id: str) -> dict[Moment, HandoverReport]:
    """The booking's start and end reports that exist yet."""
    found = raw_connection(session).execute(
        "SELECT data FROM handover_reports WHERE booking_id = ?", (booking_id,)
    )
    reports = (handover_report_from_wire(json.loads(r[0])) for r in found)
    return {r.moment: r for r in reports}


def damage_for(session: Session, booking_id: str) -> DamageReport | None:
    row = (
        raw_connection(session)
        .execute("SELECT data FROM damage_reports WHERE booking_id = ?", (booking_id,))
        .fetchone()
    )
    return None if row is None else damage_report_from_wire(json.loads(row[0]))
