"""Reviews of venues and vehicles, and the rating aggregates they feed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelshare.domain import Review, TargetKind, ValidationError
from wheelshare.domain.wire import format_time, review_to_wire
from wheelshare.feed import publish, renter_reviews
from wheelshare.feed.bookings import has_completed_booking
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Forbidden, NotFound
from wheelshare.feed.models import ReviewRow, User, VehicleRow, VenueRow
from wheelshare.feed.ratings import refresh_rating
from wheelshare.feed.records import invalid, load


@dataclass(frozen=True, slots=True)
class Posted:
    data: dict[str, Any]
    created: bool


def post_review(
    session: Session,
    author: User,
    kind: TargetKind,
    target_id: str,
    criteria: dict[str, Any],
    comment: str,
) -> Posted:
    """Creates the author's review of the target, or replaces their earlier one."""
    target: VehicleRow | VenueRow
    if kind is TargetKind.VENUE:
        target = load(session, VenueRow, target_id, for_update=True)
        if target.retired:
            raise NotFound(f"the venue {target_id!r} was removed", code="venue_not_found")
    else:
        target = load(session, VehicleRow, target_id, for_update=True)
        if target.owner_id == author.id:
            raise Forbidden("you cannot review your own vehicle", code="own_vehicle")
        if not has_completed_booking(session, author.id, target_id):
            raise Forbidden(
                "you can review a vehicle after a completed booking of it",
                code="no_completed_booking",
            )
    now = utcnow()
    row = session.scalar(
        select(ReviewRow).where(
            ReviewRow.target_kind == kind.value,
            ReviewRow.target_id == target_id,
            ReviewRow.author_id == author.id,
        )
    )
    created = row is None
    try:
        review = Review(
            id=row.id if row is not None else str(uuid.uuid4()),
            target_kind=kind,
            target_id=target_id,
            author_id=author.id,
            author_name=author.display_name,
            criteria=criteria,
            comment=comment,
            created_at=row.created_at if row is not None else now,
            updated_at=now,
        )
    except ValidationError as e:
        raise invalid(e, "the review needs fixing") from None
    data = review_to_wire(review)
    overall = review.criteria.get("overall")
    overall_int = overall if isinstance(overall, int) and not isinstance(overall, bool) else None
    if row is None:
        # A vehicle review is double-blind with the owner's review of the renter
        # for the same booking; an edit keeps the booking and what was decided.
        pairing = (
            renter_reviews.pair_vehicle_review(session, author.id, target_id, now)
            if kind is TargetKind.VEHICLE
            else renter_reviews.Pairing(None, True, None)
        )
        row = ReviewRow(
            id=review.id,
            target_kind=kind.value,
            target_id=target_id,
            author_id=author.id,
            overall=overall_int,
            data=data,
            created_at=now,
            updated_at=now,
            booking_id=pairing.booking_id,
            published=pairing.shown,
            visible_at=pairing.shown_from,
        )
        session.add(row)
    else:
        row.overall = overall_int
        row.updated_at = now
    if row.booking_id is not None and row.visible_at is not None:
        data = {**data, "shown": row.published, "shown_from": format_time(row.visible_at)}
    row.data = data
    session.flush()
    publish.review(session, data, shown=row.published)
    if row.published and row.booking_id is not None:
        renter_reviews.release_pair(session, row.booking_id)
    refresh_rating(session, kind, target)
    return Posted(data, created)


def delete_review(session: Session, author: User, review_id: str) -> None:
    """The author withdraws their review: it leaves both feeds, and the target's
    rating is worked out again without it."""
    row = None if "\x00" in review_id else session.get(ReviewRow, review_id)
    if row is None:
        raise NotFound(f"no review {review_id!r}", code="review_not_found")
    if row.author_id != author.id:
        raise Forbidden("only the review's author may remove it", code="not_author")
    kind = TargetKind(row.target_kind)
    target: VehicleRow | VenueRow
    if kind is TargetKind.VEHICLE:
        target = load(session, VehicleRow, row.target_id, for_update=True)
    else:
        target = load(session, VenueRow, row.target_id, for_update=True)
    session.delete(row)
    session.flush()
    publish.review_deleted(session, review_id, author.id)
    refresh_rating(session, kind, target)
