"""Rebuilding the change log from the tables, in protocol v2's shapes.

Migration 0005 runs it once: the log then holds one version of each record
(vehicles with an approximate area, reviews without their author's id, each
person's own records in their own feed), and every cursor handed out before
is answered ``cursor_expired``, so clients read the feeds again from the start
and drop whatever the new log no longer has.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wheelshare.feed import areas, changelog, publish
from wheelshare.feed.models import (
    AvailabilityRow,
    BookingRow,
    ChangeRow,
    Meta,
    ReviewRow,
    VehicleRow,
    VenueRow,
)


def rebuild_log(session: Session, *, postgres: bool) -> None:
    last = session.scalar(select(func.max(ChangeRow.seq))) or 0
    session.execute(delete(ChangeRow))
    vehicles: dict[str, VehicleRow] = {}
    for vehicle in session.scalars(select(VehicleRow).order_by(VehicleRow.updated_at)):
        vehicles[vehicle.id] = vehicle
        publish.vehicle(session, vehicle.data)
    for availability in session.scalars(select(AvailabilityRow)):
        changelog.record(
            session, "availability", availability.vehicle_id, "upsert", availability.data
        )
    for venue in session.scalars(
        select(VenueRow).where(VenueRow.retired.is_(False)).order_by(VenueRow.updated_at)
    ):
        changelog.record(session, "venue", venue.id, "upsert", venue.data)
    # Only the record: migrations older than the double-blind columns run this too.
    for data in session.scalars(select(ReviewRow.data).order_by(ReviewRow.updated_at)):
        publish.review(session, data, shown=data.get("shown") is not False)
    for booking in session.scalars(select(BookingRow).order_by(BookingRow.updated_at)):
        owned = vehicles.get(booking.vehicle_id)
        place = areas.pickup(owned.data) if booking.status == "confirmed" and owned else None
        booking.data = {**booking.data, "pickup": place}
        publish.booking(session, booking)
    if last:
        row = session.get(Meta, changelog.PRUNED_KEY)
        if row is None:
            session.add(Meta(key=changelog.PRUNED_KEY, value=str(last + 1)))
        else:
            row.value = str(last + 1)
    changelog.append_pending(session, postgres=postgres)
