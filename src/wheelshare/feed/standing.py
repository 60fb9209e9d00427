"""A renter's standing: what an owner deciding their request is shown of them.

The number of rentals they completed and the averages of the owners' reviews
of them that are shown (renter_reviews.py). It travels as a ``renter_standing``
record in the private feed of each owner who has a request from that renter
waiting (sent with the request, and again when the figures change while it
waits); nobody else receives it, and it is never in the public feed. Once
the owner has answered the request, or the renter withdrew it, and no other
request of that renter waits for that owner, the owner's copy is deleted:
they keep no record of a renter they no longer decide about.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wheelshare.feed import changelog
from wheelshare.feed.models import BookingRow, RenterReviewRow


def standing(session: Session, renter_id: str) -> dict[str, Any]:
    rentals = session.scalar(
        select(func.count()).where(
            BookingRow.renter_id == renter_id, BookingRow.status == "completed"
        )
    )
    care, punctuality, communication, count = session.execute(
        select(
            func.avg(RenterReviewRow.care),
            func.avg(RenterReviewRow.punctuality),
            func.avg(RenterReviewRow.communication),
            func.count(RenterReviewRow.id),
        ).where(RenterReviewRow.subject_id == renter_id, RenterReviewRow.published.is_(True))
    ).one()
    per: dict[str, float] = {}
    if count:
        per = {
            "care": round(float(care), 2),
            "punctuality": round(float(punctuality), 2),
            "communication": round(float(communication), 2),
        }
    return {
        "id": renter_id,
        "rentals": int(rentals or 0),
        "reviews": int(count),
        "average": round(sum(per.values()) / len(per), 2) if per else None,
        "per_criterion": per,
    }


def publish_standing(session: Session, renter_id: str) -> None:
    """The renter's figures to each owner with a request of theirs waiting."""
    session.flush()
    owners = session.scalars(
        select(BookingRow.owner_id)
        .where(BookingRow.renter_id == renter_id, BookingRow.status == "requested")
        .distinct()
    ).all()
    if owners:
        data = standing(session, renter_id)
        changelog.record(
            session, "renter_standing", renter_id, "upsert", data, visible_to=tuple(owners)
        )


def withdraw_standing(session: Session, renter_id: str, owner_id: str) -> None:
    """Takes the renter's figures out of the owner's feed (and so their cache),
    unless another request of that renter still waits for that owner."""
    session.flush()
    waiting = session.scalar(
        select(func.count()).where(
            BookingRow.renter_id == renter_id,
            BookingRow.owner_id == owner_id,
            BookingRow.status == "requested",
        )
    )
    if not waiting:
        changelog.record(
            session, "renter_standing", renter_id, "delete", None, visible_to=(owner_id,)
        )
