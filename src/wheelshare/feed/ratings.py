"""A venue's or a vehicle's rating: the average of its reviews that are shown."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wheelshare.domain import TargetKind
from wheelshare.domain.wire import format_time
from wheelshare.feed import changelog, publish
from wheelshare.feed.db import utcnow
from wheelshare.feed.models import HiddenRecord, ReviewRow, VehicleRow, VenueRow


def rating(session: Session, kind: TargetKind, target_id: str) -> dict[str, Any]:
    """The average of the reviews' "overall" ratings (1-5) and how many gave one;
    reviews a moderator hid, and vehicle reviews still withheld by the
    double-blind rule, do not count."""
    hidden_reviews = select(HiddenRecord.record_id).where(HiddenRecord.kind == "review")
    avg, count = session.execute(
        select(func.avg(ReviewRow.overall), func.count(ReviewRow.overall)).where(
            ReviewRow.target_kind == kind.value,
            ReviewRow.target_id == target_id,
            ReviewRow.id.not_in(hidden_reviews),
            ReviewRow.published.is_(True),
        )
    ).one()
    return {"average": None if avg is None else round(float(avg), 2), "count": int(count)}


def refresh_rating(session: Session, kind: TargetKind, target: VehicleRow | VenueRow) -> None:
    now = utcnow()
    data = {**target.data, "rating": rating(session, kind, target.id)}
    if kind is TargetKind.VEHICLE:
        data["updated_at"] = format_time(now)
    # A venue's date stays its source's: a review changes the rating that goes
    # with the venue, not what the source (OpenStreetMap, an import) said and when.
    target.data = data
    target.updated_at = now
    if kind is TargetKind.VEHICLE:
        publish.vehicle(session, data)
    elif isinstance(target, VenueRow) and not target.retired:
        # A removed or hidden venue stays out of the feed.
        changelog.record(session, kind.value, target.id, "upsert", data)
