"""What each feed is sent when a vehicle or a review changes (protocol v2).

The tables keep the whole record; the public feed gets what anyone may know,
and the person it concerns gets the rest in their own feed:

* a vehicle: publicly with an approximate area and no address (``areas``);
  its owner also gets a ``vehicle_place`` with the address and exact position;
* a review: publicly under the author's display name, without ``author_id``;
  its author also gets it with ``author_id``, so the app can say "your review";
* a booking: only its two parties, in their own feeds (with the pick-up place
  while it is confirmed), and its conversation record to each of them when
  there is one (messages.py); while it is a request, the renter's standing
  goes to the owner, and leaves the owner's feed once it is answered or
  withdrawn (standing.py);
* a vehicle review withheld by the double-blind rule, and every review of a
  renter, go to no public feed (renter_reviews.py).

A listing or a review a moderator hid (hidden.py) goes to the public feed as a
deletion, whatever changes; its owner or author still gets their own copy.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from wheelshare.feed import areas, changelog, hidden, messages, standing
from wheelshare.feed.models import BookingRow, User


def vehicle(session: Session, data: dict[str, Any]) -> None:
    if hidden.is_hidden(session, "listing", data["id"]):
        changelog.record(session, "vehicle", data["id"], "delete", None)
    else:
        key = areas.area_key(session)
        changelog.record(session, "vehicle", data["id"], "upsert", areas.public_vehicle(data, key))
    changelog.record(
        session,
        "vehicle_place",
        data["id"],
        "upsert",
        areas.vehicle_place(data),
        visible_to=(data["owner_id"],),
    )


# Only the author's copy says whether a review is withheld, and until when.
_AUTHOR_ONLY = frozenset({"author_id", "shown", "shown_from"})


def public_review(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in _AUTHOR_ONLY}


def review(
    session: Session, data: dict[str, Any], *, to_author: bool = True, shown: bool = True
) -> None:
    """``shown`` False: a vehicle review the double-blind rule still withholds
    (renter_reviews.py) goes to its author only."""
    if shown and hidden.is_hidden(session, "review", data["id"]):
        changelog.record(session, "review", data["id"], "delete", None)
    elif shown:
        changelog.record(session, "review", data["id"], "upsert", public_review(data))
    if to_author:
        changelog.record(
            session, "review", data["id"], "upsert", data, visible_to=(data["author_id"],)
        )


def review_deleted(session: Session, review_id: str, author_id: str) -> None:
    changelog.record(session, "review", review_id, "delete", None, visible_to=(None, author_id))


def booking(session: Session, row: BookingRow) -> None:
    changelog.record(
        session, "booking", row.id, "upsert", row.data, visible_to=(row.renter_id, row.owner_id)
    )
    # The owner deciding a request sees the renter's standing; a rental that
    # completes changes it for the other owners still deciding.
    if row.status in ("requested", "completed"):
        standing.publish_standing(session, row.renter_id)
    # A request answered or withdrawn: the owner no longer sees the renter's figures.
    if row.status in ("confirmed", "declined", "expired", "cancelled"):
        standing.withdraw_standing(session, row.renter_id, row.owner_id)
    # The conversation follows: the owner's phone number is for a confirmed
    # booking's renter only. Bookings nobody wrote about and whose owner gave
    # no number have no conversation record to update.
    owner = session.get(User, row.owner_id)
    if (owner is not None and owner.phone) or messages.has_messages(session, row.id):
        messages.publish_conversation(session, row)
