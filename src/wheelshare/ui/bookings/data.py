"""Reads for *My bookings*, run on the worker against the local cache."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from wheelshare.cache import Cache, bookings_for_user, get_vehicle
from wheelshare.cache.models import VehicleRow
from wheelshare.domain import Booking, Money
from wheelshare.domain.pricing import quote
from wheelshare.sync import outbox
from wheelshare.ui.bookings.entries import BookingEntry, merge


def load_entries(cache: Cache, user_id: str) -> list[BookingEntry]:
    """The renter's synced bookings and the requests still in the outbox."""
    quotes: dict[str, Money] = {}
    with cache.session() as s:
        bookings: list[Booking] = bookings_for_user(s, user_id, "renter") if user_id else []
        pending = outbox.pending_bookings(cache)
        ids = {b.vehicle_id for b in bookings} | {p.vehicle_id for p in pending}
        titles: dict[str, str] = {}
        if ids:
            for vid, title in s.execute(
                select(VehicleRow.id, VehicleRow.title).where(VehicleRow.id.in_(ids))
            ):
                titles[vid] = title
        for p in pending:
            # The total the detail showed before sending: the feed prices the
            # request with the same rule from the same prices.
            vehicle = get_vehicle(s, p.vehicle_id)
            if vehicle is not None:
                quotes[p.key] = quote(vehicle.prices, p.period).total
    in_outbox = outbox.pending_actions(cache)
    cancelling = {
        item.target_id
        for item in in_outbox
        if item.kind == "cancel_booking" and item.state != outbox.REJECTED
    }
    bookings = [
        b if b.vehicle_title else replace(b, vehicle_title=titles.get(b.vehicle_id, ""))
        for b in bookings
    ]
    waiting = [(p.key, p.vehicle_id, p.period, p.state, p.problem) for p in pending]
    sent = {p.key for p in pending if p.sent}
    return merge(bookings, waiting, cancelling, titles, quotes, outbox.held_up_by(in_outbox), sent)
