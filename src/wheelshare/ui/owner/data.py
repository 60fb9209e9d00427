"""Reads for the owner's screens, run on the worker against the local cache.

The cache's lookups give one vehicle's blocks, bookings by owner and reviews;
the list of *my* vehicles (listed or not) has no lookup there, so it is read
here, read-only and parameterised. Both are merged with what waits in the
outbox, so a new listing shows at once as "waiting to be sent".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import select

from wheelshare.cache import Cache, lookups
from wheelshare.cache.models import RenterReviewRow, RenterStandingRow, VehicleRow
from wheelshare.domain import (
    Availability,
    Booking,
    BookingStatus,
    Review,
    ValidationError,
    Vehicle,
    wire,
)
from wheelshare.domain.photo import Photo
from wheelshare.domain.problems import Problem
from wheelshare.domain.renter_review import (
    RenterReview,
    RenterStanding,
    renter_review_from_wire,
    standing_from_wire,
)
from wheelshare.sync import outbox
from wheelshare.ui.widgets.photo_editor import PhotoChanges

T = TypeVar("T")

# The wire fields the feed decides: never compared or sent in an edit.
SERVER_FIELDS = frozenset({"id", "owner_id", "owner_name", "rating", "updated_at", "listed"})
BOOKING_ACTIONS = {
    "accept_booking": "Accept",
    "decline_booking": "Decline",
    "cancel_booking": "Cancellation",
}


@dataclass(frozen=True)
class OwnerView:
    """Everything the *My vehicles* screen shows, read in one snapshot."""

    vehicles: list[Vehicle] = field(default_factory=list)
    pending_vehicle_ids: set[str] = field(default_factory=set)
    requests: list[Booking] = field(default_factory=list)
    rentals: list[Booking] = field(default_factory=list)
    pending_bookings: dict[str, str] = field(default_factory=dict)  # booking id -> action kind
    rejections: list[outbox.OutboxItem] = field(default_factory=list)
    # Why the answers and changes above wait to be sent (offline, sign-in needed…).
    held_up_by: Problem | None = None
    # Booking ids whose renter I reviewed, or whose review waits to be sent.
    reviewed: set[str] = field(default_factory=set)
    # The standing of each renter whose request waits for my answer, by renter id.
    standings: dict[str, RenterStanding] = field(default_factory=dict)
    # Owners' reviews of me as a renter, once shown.
    about_me: list[RenterReview] = field(default_factory=list)


def _parse(texts: Iterable[str], parser: Callable[[Any], T]) -> list[T]:
    out: list[T] = []
    for data in texts:
        try:
            out.append(parser(json.loads(data)))
        except (ValueError, ValidationError):
            continue  # the sync engine only stores valid records; be safe anyway
    return out


def owner_view(cache: Cache, owner_id: str) -> OwnerView:
    if not owner_id:
        return OwnerView()
    with cache.session() as s:
        vehicles = _parse(
            s.scalars(
                select(VehicleRow.data)
                .where(VehicleRow.owner_id == owner_id)
                .order_by(VehicleRow.title)
            ),
            wire.vehicle_from_wire,
        )
        bookings = lookups.bookings_for_user(s, owner_id, "owner")
        renter_reviews = _parse(s.scalars(select(RenterReviewRow.data)), renter_review_from_wire)
        standings = _parse(s.scalars(select(RenterStandingRow.data)), standing_from_wire)
        # The owner edits the exact place, not the public approximate area.
        places = lookups.own_places(s)
    vehicles = [replace(v, location=places[v.id]) if v.id in places else v for v in vehicles]
    titles = {v.id: v.title for v in vehicles}
    bookings = [
        b if b.vehicle_title else replace(b, vehicle_title=titles.get(b.vehicle_id, ""))
        for b in bookings
    ]
    pending_ids: set[str] = set()
    pending_bookings: dict[str, str] = {}
    rejections: list[outbox.OutboxItem] = []
    reviewed = {r.booking_id for r in renter_reviews if r.author_id == owner_id}
    in_outbox = outbox.pending_actions(cache)
    for item in in_outbox:
        if item.state == outbox.REJECTED:
            if item.kind in BOOKING_ACTIONS or item.kind in (
                "create_vehicle",
                "update_vehicle",
                "unlist_vehicle",
                "set_availability",
            ):
                rejections.append(item)
            continue
        if item.kind == "create_vehicle" and item.payload:
            try:
                v = wire.vehicle_from_wire(
                    {**item.payload, "id": item.target_id, "owner_id": owner_id}
                )
            except ValidationError:
                continue
            vehicles.append(v)
            pending_ids.add(v.id)
        elif item.kind in ("update_vehicle", "unlist_vehicle", "set_availability"):
            pending_ids.add(item.target_id)
        elif item.kind in BOOKING_ACTIONS:
            pending_bookings[item.target_id] = item.kind
        elif item.kind == "review_renter":
            reviewed.add(item.target_id)
    requests = [b for b in bookings if b.status is BookingStatus.REQUESTED]
    rentals = [b for b in bookings if b.status is not BookingStatus.REQUESTED]
    return OwnerView(
        vehicles,
        pending_ids,
        requests,
        rentals,
        pending_bookings,
        rejections,
        outbox.held_up_by(in_outbox),
        reviewed,
        {st.renter_id: st for st in standings},
        sorted(
            (r for r in renter_reviews if r.author_id != owner_id and r.shown),
            key=lambda r: r.created_at,
            reverse=True,
        ),
    )


def photos(cache: Cache, vehicle_id: str) -> list[Photo]:
    with cache.session() as s:
        return lookups.photos_for(s, "vehicle", vehicle_id)


def queue_photos(cache: Cache, vehicle_id: str, changes: PhotoChanges) -> int:
    """Queues the photo changes of a saved listing form; returns how many."""
    for photo_id in changes.removed:
        outbox.remove_photo(cache, photo_id)
    for photo_id, description, position in changes.edited:
        outbox.edit_photo(cache, photo_id, description, position)
    for added in changes.added:
        assert added.path is not None
        outbox.add_vehicle_photo(cache, vehicle_id, added.path, added.description, added.place)
    return len(changes.removed) + len(changes.edited) + len(changes.added)


def availability(cache: Cache, vehicle_id: str) -> Availability:
    """The vehicle's blocks as last synced (none when it has no record yet)."""
    with cache.session() as s:
        return lookups.availability_for(s, vehicle_id)


def vehicle_changes(current: Vehicle, edited: Vehicle) -> dict[str, Any]:
    """The wire fields an edit changed (what ``update_vehicle`` sends)."""
    before = wire.vehicle_to_wire(current)
    after = wire.vehicle_to_wire(edited)
    return {k: v for k, v in after.items() if k not in SERVER_FIELDS and before.get(k) != v}


def reviews_for(cache: Cache, target_kind: str, target_id: str) -> list[Review]:
    """Reviews of one venue or vehicle, as synced."""
    with cache.session() as s:
        return lookups.reviews_for(s, target_kind, target_id)
