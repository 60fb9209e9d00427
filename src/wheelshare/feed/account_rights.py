"""A person's rights over their account: change the password, take a copy of
everything the feed holds about them, and leave.

Leaving keeps the account's row, emptied: bookings, listings and reviews refer
to it, and the people on the other side of a booking keep their own record of
it (what they paid, what they were refunded). What identified the person goes:
email address, name, password hash, sign-ins, counted attempts, the street
address of their vehicles. Their reviews stay, under "Former member" and the
emptied account's id: a venue's accessibility notes help the next wheelchair
user, and without a name they tell nothing about whoever wrote them. Their
listings are withdrawn, their bookings still ahead are cancelled with the
policy's refunds, and every record that carried their name is sent again
without it, its earlier versions removed from the change log, so a reader
starting from the beginning of any feed never sees the name again.

Handover reports, their photos and damage reports stay as they are: they are
the other party's record of the vehicle's condition too (a damage claim rests
on them), and they carry no name, only the booking and, for a damage report,
the emptied account's id. The leaver's own copies leave the change log with
the rest of their private feed.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from wheelshare.domain import BookingStatus
from wheelshare.domain.wire import format_time
from wheelshare.feed import (
    changelog,
    companions,
    contributions,
    handover,
    messages,
    publish,
    renter_reviews,
)
from wheelshare.feed.accounts import DELETED_HASH_PREFIX
from wheelshare.feed.bookings import cancel
from wheelshare.feed.db import utcnow
from wheelshare.feed.models import (
    AvailabilityRow,
    BookingRow,
    ChangeRow,
    MessageRow,
    ReportRow,
    ReviewRow,
    SignInFailure,
    Token,
    User,
    VehicleCreation,
    VehicleRow,
)
from wheelshare.feed.moderation import report_to_wire
from wheelshare.feed.settings import FeedSettings

FORMER_MEMBER = "Former member"


def change_password(session: Session, user: User, new_hash: str, keep_token_hash: str) -> None:
    """Stores the new hash and signs out every other device."""
    user.password_hash = new_hash
    now = utcnow()
    for token in session.scalars(
        select(Token).where(
            Token.user_id == user.id,
            Token.token_hash != keep_token_hash,
            Token.revoked_at.is_(None),
        )
    ):
        token.revoked_at = now


def export(session: Session, user: User) -> dict[str, Any]:
    """Everything the feed holds about ``user``, as one JSON document."""
    vehicles = session.scalars(select(VehicleRow).where(VehicleRow.owner_id == user.id)).all()
    ids = [v.id for v in vehicles]
    availability = (
        session.scalars(select(AvailabilityRow).where(AvailabilityRow.vehicle_id.in_(ids))).all()
        if ids
        else []
    )
    bookings = session.scalars(
        select(BookingRow)
        .where(or_(BookingRow.renter_id == user.id, BookingRow.owner_id == user.id))
        .order_by(BookingRow.start_at)
    ).all()
    reviews = session.scalars(select(ReviewRow).where(ReviewRow.author_id == user.id)).all()
    written = session.scalars(
        select(MessageRow).where(MessageRow.author_id == user.id).order_by(MessageRow.sent_at)
    ).all()
    tokens = session.scalars(select(Token).where(Token.user_id == user.id)).all()
    return {
        "exported_at": format_time(utcnow()),
        "user": {
            "id": user.id,
            "email": user.email,
            "display_name": user.display_name,
            "created_at": format_time(user.created_at),
        },
        "vehicles": [v.data for v in vehicles],
        "availability": [a.data for a in availability],
        "bookings": [b.data for b in bookings],
        "reviews": [r.data for r in reviews],
        "contributions": contributions.of_author(session, user),
        "reports": [
            report_to_wire(r)
            for r in session.scalars(select(ReportRow).where(ReportRow.reporter_id == user.id))
        ],
        **companions.export(session, user),
        **renter_reviews.export(session, user),
        **handover.export(session, user),
        "messages": [messages.message_data(m, user) for m in written],
        "sign_ins": [
            {
                "created_at": format_time(t.created_at),
                "expires_at": format_time(t.expires_at),
                "revoked_at": None if t.revoked_at is None else format_time(t.revoked_at),
            }
            for t in tokens
        ],
    }


_forget_history = changelog.forget_record


def delete_account(session: Session, user: User, settings: FeedSettings) -> None:
    now = utcnow()
    # Names go first, so that every version recorded from here on is without it.
    rented = session.scalars(select(BookingRow).where(BookingRow.renter_id == user.id)).all()
    for row in rented:
        row.data = {**row.data, "renter_name": FORMER_MEMBER}
        _forget_history(session, "booking", row.id)
    # The person's own copies of their bookings leave the log with them.
    session.execute(delete(ChangeRow).where(ChangeRow.visible_to == user.id))
    # Bookings still ahead are cancelled, with the refund the policy gives; the
    # others are sent again, without the name, to the vehicle's owner.
    ahead = session.scalars(
        select(BookingRow).where(
            or_(BookingRow.renter_id == user.id, BookingRow.owner_id == user.id),
            BookingRow.status.in_((BookingStatus.REQUESTED.value, BookingStatus.CONFIRMED.value)),
            BookingRow.end_at > now,
        )
    ).all()
    cancelled = {row.id for row in ahead}
    for row in ahead:
        cancel(session, user, row.id, settings)
    for row in rented:
        if row.id not in cancelled:
            changelog.record(
                session, "booking", row.id, "upsert", row.data, visible_to=(row.owner_id,)
            )
    _withdraw_vehicles(session, user, now)
    _anonymise_reviews(session, user)
    contributions.forget_author(session, user, FORMER_MEMBER)
    companions.leave(session, user, FORMER_MEMBER)
    # Reviews between renters and owners stay for the other person, unnamed.
    renter_reviews.rename(session, user, FORMER_MEMBER)
    messages.author_gone(session, user)
    session.execute(delete(Token).where(Token.user_id == user.id))
    session.execute(delete(SignInFailure).where(SignInFailure.key == f"account:{user.email}"))
    session.execute(delete(VehicleCreation).where(VehicleCreation.owner_id == user.id))
    # Nothing recorded on the way (cancellations, vehicle places) reaches the
    # feed of a person who is gone.
    changelog.discard_pending(session, user.id)
    user.email = f"deleted-{user.id}@invalid"
    user.display_name = FORMER_MEMBER
    # Not an argon2 hash: no password can ever match it.
    user.password_hash = DELETED_HASH_PREFIX + secrets.token_hex(8)
    user.phone = None


def rename(session: Session, user: User, name: str) -> None:
    """A new display name, everywhere it shows: every record that carries the
    name is sent again with the new one, and its versions with the old name
    leave both change feeds, so no reader keeps the old name beside the new."""
    # The venues whose facts the person gave say who gave them (matched by the
    # old name, so before it changes).
    contributions.forget_author(session, user, name)
    companions.rename(session, user, name)
    renter_reviews.rename(session, user, name)
    user.display_name = name
    for booking in session.scalars(select(BookingRow).where(BookingRow.renter_id == user.id)):
        booking.data = {**booking.data, "renter_name": name}
        _forget_history(session, "booking", booking.id)
        publish.booking(session, booking)
    for vehicle in session.scalars(select(VehicleRow).where(VehicleRow.owner_id == user.id)):
        vehicle.data = {**vehicle.data, "owner_name": name}
        _forget_history(session, "vehicle", vehicle.id)
        _forget_history(session, "vehicle_place", vehicle.id)
        publish.vehicle(session, vehicle.data)
    for review in session.scalars(select(ReviewRow).where(ReviewRow.author_id == user.id)):
        review.data = {**review.data, "author_name": name}
        _forget_history(session, "review", review.id)
        publish.review(session, review.data, shown=review.published)
    messages.author_renamed(session, user)


def _withdraw_vehicles(session: Session, user: User, now: datetime) -> None:
    for row in session.scalars(select(VehicleRow).where(VehicleRow.owner_id == user.id)):
        location = {**row.data.get("location", {}), "address": ""}
        data = {
            **row.data,
            "listed": False,
            "owner_name": FORMER_MEMBER,
            "location": location,
            "updated_at": format_time(now),
        }
        row.data = data
        row.listed = False
        row.updated_at = now
        _forget_history(session, "vehicle", row.id)
        _forget_history(session, "vehicle_place", row.id)
        publish.vehicle(session, data)


def _anonymise_reviews(session: Session, user: User) -> None:
    for row in session.scalars(select(ReviewRow).where(ReviewRow.author_id == user.id)):
        # The id stays (the record format needs one); it now leads to an
        # account with no name, email or password.
        row.data = {**row.data, "author_name": FORMER_MEMBER}
        _forget_history(session, "review", row.id)
        publish.review(session, row.data, to_author=False, shown=row.published)
