"""Owners review renters; reviews of both sides of a rental are double-blind.

After a completed rental the owner rates the renter (care of the vehicle,
punctuality, communication, 1 to 5, and a comment), once, from the end of the
rental until ``REVIEW_WINDOW`` after it. The owner's review of the renter and
the renter's review of the vehicle written for the same booking are withheld
until both are in or the blind period after the rental's end has passed
(domain/double_blind.py; the release itself: feed/double_blind.py).

What goes where (docs/security.md):

* a review of a renter never goes to the public feed: its author gets it at
  once (with ``shown`` false while withheld), the renter once it shows;
* owners deciding a request of the renter get their standing (standing.py);
* a vehicle review withheld goes to its author only, and counts in the
  vehicle's rating only once shown; then it goes to the public feed as always.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from wheelshare.domain import TargetKind, ValidationError, double_blind
from wheelshare.domain.renter_review import REVIEW_WINDOW, check_comment, check_scores
from wheelshare.domain.wire import format_time
from wheelshare.feed import changelog, publish, ratings
from wheelshare.feed import double_blind as blind
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.errors import Conflict, Forbidden
from wheelshare.feed.models import BookingRow, RenterReviewRow, ReviewRow, User, VehicleRow
from wheelshare.feed.records import invalid, load
from wheelshare.feed.standing import publish_standing


def _ended(row: BookingRow, now: datetime) -> bool:
    """Completed, or confirmed with its end passed (the sweep has not run yet)."""
    return row.status == "completed" or (row.status == "confirmed" and row.end_at <= now)


def post(
    session: Session, owner: User, booking_id: str, scores: dict[str, Any], comment: str
) -> dict[str, Any]:
    """The owner's review of the booking's renter; the record the owner gets back."""
    booking = load(session, BookingRow, booking_id, for_update=True)
    if booking.owner_id != owner.id:
        raise Forbidden("only the vehicle's owner may review this renter", code="not_owner")
    now = utcnow()
    if not _ended(booking, now):
        if booking.status in ("requested", "confirmed"):
            opens = format_time(booking.end_at)
            raise Conflict(
                f"you can review the renter once the rental has ended, from {opens}",
                code="review_not_open",
                fields={"opens_at": opens},
            )
        raise Conflict(
            f"the rental did not take place (it is {booking.status})",
            code="rental_not_completed",
        )
    closes = booking.end_at + REVIEW_WINDOW
    if now > closes:
        raise Conflict(
            f"reviews of this rental closed on {format_time(closes)},"
            f" {REVIEW_WINDOW.days} days after it ended",
            code="review_window_closed",
            fields={"closed_at": format_time(closes)},
        )
    taken = session.scalar(
        select(RenterReviewRow.id).where(RenterReviewRow.booking_id == booking.id)
    )
    if taken is not None:
        raise Conflict("you reviewed this renter for this rental already", code="already_reviewed")
    try:
        checked = check_scores(scores)
        text = check_comment(comment)
    except ValidationError as e:
        raise invalid(e, "the review needs fixing") from None
    renter = session.get(User, booking.renter_id)
    vehicle_review = session.scalar(select(ReviewRow).where(ReviewRow.booking_id == booking.id))
    shown_from = double_blind.shown_from(booking.end_at)
    data: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "booking_id": booking.id,
        "author_id": owner.id,
        "author_name": owner.display_name,
        "renter_name": renter.display_name if renter is not None else "",
        "vehicle_title": booking.data.get("vehicle_title", ""),
        "scores": checked,
        "comment": text,
        "created_at": format_time(now),
        "shown": False,
        "shown_from": format_time(shown_from),
    }
    row = RenterReviewRow(
        id=data["id"],
        booking_id=booking.id,
        author_id=owner.id,
        subject_id=booking.renter_id,
        care=checked["care"],
        punctuality=checked["punctuality"],
        communication=checked["communication"],
        published=False,
        visible_at=shown_from,
        data=data,
        created_at=now,
    )
    session.add(row)
    session.flush()
    in_ = 1 + (vehicle_review is not None)
    if double_blind.visible(in_, booking.end_at, now):
        _reveal(session, row)
        if vehicle_review is not None and not vehicle_review.published:
            reveal_vehicle_review(session, vehicle_review)
    else:
        _to_author(session, row)
    return dict(row.data)


def _to_author(session: Session, row: RenterReviewRow) -> None:
    changelog.record(
        session, "renter_review", row.id, "upsert", row.data, visible_to=(row.author_id,)
    )


def _reveal(session: Session, row: RenterReviewRow) -> None:
    row.published = True
    row.data = {**row.data, "shown": True}
    _to_author(session, row)
    about = {k: v for k, v in row.data.items() if k != "author_id"}
    changelog.record(
        session, "renter_review", row.id, "upsert", about, visible_to=(row.subject_id,)
    )
    publish_standing(session, row.subject_id)


# -- the renter's side: their review of the vehicle ------------------------------


@dataclass(frozen=True, slots=True)
class Pairing:
    """How a renter's new vehicle review starts: for which booking, shown or not."""

    booking_id: str | None
    shown: bool
    shown_from: datetime | None


def pair_vehicle_review(
    session: Session, renter_id: str, vehicle_id: str, now: datetime
) -> Pairing:
    """A new vehicle review belongs to the renter's latest completed rental of
    that vehicle; it shows at once when the owner has reviewed them for it, or
    when the blind period is over (the owner's review is then shown too, by
    :func:`release_pair`)."""
    booking = session.scalar(
        select(BookingRow)
        .where(
            BookingRow.renter_id == renter_id,
            BookingRow.vehicle_id == vehicle_id,
            BookingRow.status == "completed",
        )
        .order_by(BookingRow.end_at.desc())
        .limit(1)
    )
    if booking is None:
        return Pairing(None, True, None)
    owners = session.scalar(
        select(RenterReviewRow.id).where(RenterReviewRow.booking_id == booking.id)
    )
    in_ = 1 + (owners is not None)
    return Pairing(
        booking.id,
        double_blind.visible(in_, booking.end_at, now),
        double_blind.shown_from(booking.end_at),
    )


def release_pair(session: Session, booking_id: str) -> None:
    """The renter's vehicle review for this booking is in: the owner's review of
    the renter shows too, if it waited."""
    row = session.scalar(select(RenterReviewRow).where(RenterReviewRow.booking_id == booking_id))
    if row is not None and not row.published:
        _reveal(session, row)


def reveal_vehicle_review(session: Session, review: ReviewRow) -> None:
    review.published = True
    review.data = {**review.data, "shown": True}
    publish.review(session, review.data)
    target = session.get(VehicleRow, review.target_id)
    if target is not None:
        ratings.refresh_rating(session, TargetKind.VEHICLE, target)


# -- the sweep ------------------------------------------------------------------


def due_checks(now: datetime | ColumnElement[Any]) -> list[Select[Any]]:
    """What :func:`sweep` would reveal now, on each side."""
    return [blind.due_check(RenterReviewRow, now), blind.due_check(ReviewRow, now)]


def anything_due(session: Session, now: datetime) -> bool:
    return blind.anything_due(session, RenterReviewRow, now) or blind.anything_due(
        session, ReviewRow, now
    )


def sweep(session: Session, now: datetime) -> int:
    """Shows the reviews whose blind period is over, on both sides."""
    owners = blind.take_due(session, RenterReviewRow, now)
    for row in owners:
        _reveal(session, row)
    renters = blind.take_due(session, ReviewRow, now)
    for review in renters:
        reveal_vehicle_review(session, review)
    return len(owners) + len(renters)


def sweep_due(db: Database) -> int:
    return blind.sweep_when_due(db, anything_due, sweep)


# -- the person's rights --------------------------------------------------------


def export(session: Session, user: User) -> dict[str, list[dict[str, Any]]]:
    """The reviews of renters the person wrote, and those of them that are shown."""
    written = session.scalars(select(RenterReviewRow).where(RenterReviewRow.author_id == user.id))
    about = session.scalars(
        select(RenterReviewRow).where(
            RenterReviewRow.subject_id == user.id, RenterReviewRow.published.is_(True)
        )
    )
    return {
        "renter_reviews_written": [r.data for r in written],
        "renter_reviews_received": [
            {k: v for k, v in r.data.items() if k != "author_id"} for r in about
        ],
    }


def rename(session: Session, user: User, name: str) -> None:
    """A new display name on the reviews the person wrote and received, sent
    again to whoever has them."""
    for row in session.scalars(select(RenterReviewRow).where(RenterReviewRow.author_id == user.id)):
        row.data = {**row.data, "author_name": name}
        _send_again(session, row)
    for row in session.scalars(
        select(RenterReviewRow).where(RenterReviewRow.subject_id == user.id)
    ):
        row.data = {**row.data, "renter_name": name}
        _send_again(session, row)


def _send_again(session: Session, row: RenterReviewRow) -> None:
    if row.published:
        _reveal(session, row)
    else:
        _to_author(session, row)
