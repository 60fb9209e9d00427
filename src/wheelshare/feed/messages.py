"""Conversations per booking: sending, reading, and what each party's feed is sent.

Only the booking's renter and the vehicle's owner take part. Every message goes
to both their private feeds as a ``message`` record; each of them also gets a
``conversation`` record of their own (their read mark, their unread count and,
for the renter of a confirmed booking, the owner's phone number). Nothing of a
conversation reaches the public feed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import BookingStatus, ValidationError
from wheelshare.domain.message import (
    FORMER_MEMBER,
    Conversation,
    Message,
    clean_text,
    closes_at,
)
from wheelshare.domain.wire import conversation_to_wire, message_to_wire
from wheelshare.feed import changelog
from wheelshare.feed.accounts import is_deleted
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Conflict, Forbidden, Invalid, NotFound, RateLimited
from wheelshare.feed.models import BookingRow, ConversationRead, MessageRow, User
from wheelshare.feed.records import load
from wheelshare.feed.settings import FeedSettings


@dataclass(frozen=True, slots=True)
class Sent:
    data: dict[str, Any]
    created: bool


def _party(row: BookingRow, user: User) -> None:
    if user.id not in (row.renter_id, row.owner_id):
        raise Forbidden(
            "only the renter and the owner take part in this conversation", code="not_party"
        )


def _deleted(user: User | None) -> bool:
    return user is None or is_deleted(user)


def message_data(row: MessageRow, author: User | None) -> dict[str, Any]:
    gone = _deleted(author)
    return message_to_wire(
        Message(
            id=row.id,
            booking_id=row.booking_id,
            number=row.number,
            author_id=None if gone else row.author_id,
            author_name=FORMER_MEMBER if gone or author is None else author.display_name,
            text=row.text,
            sent_at=row.sent_at,
        )
    )


def _check_open(row: BookingRow, now: datetime) -> None:
    if now >= closes_at(BookingStatus(row.status), row.end_at, row.updated_at):
        raise Conflict(
            "this conversation is closed: it takes messages until 30 days after the"
            " booking's end (or after it was declined, expired or cancelled)",
            code="conversation_closed",
        )


def _check_rate(session: Session, user: User, settings: FeedSettings, now: datetime) -> None:
    limit = settings.messages_per_account
    count, oldest = session.execute(
        select(func.count(), func.min(MessageRow.sent_at)).where(
            MessageRow.author_id == user.id, MessageRow.sent_at > now - limit.window
        )
    ).one()
    if count >= limit.attempts and oldest is not None:
        wait = int((oldest + limit.window - now).total_seconds()) + 1
        raise RateLimited(f"too many messages; try again in {wait} seconds", wait)


def send(
    session: Session,
    user: User,
    booking_id: str,
    text: str,
    key: str,
    settings: FeedSettings,
) -> Sent:
    # The booking's row lock orders its messages: on PostgreSQL two messages to
    # one booking take their numbers one after the other; SQLite's write
    # transactions run alone anyway. The author's row lock makes the rate limit
    # count one account's parallel sends one after the other.
    row = load(session, BookingRow, booking_id, for_update=True)
    _party(row, user)
    earlier = session.scalar(
        select(MessageRow).where(MessageRow.author_id == user.id, MessageRow.idempotency_key == key)
    )
    try:
        cleaned = clean_text(text)
    except ValidationError as e:
        if earlier is not None:  # a resend is recognised before its text is judged
            cleaned = text
        else:
            raise Invalid(e.message, code=e.code, fields={"text": e.message}) from None
    if earlier is not None:
        if earlier.booking_id != booking_id or earlier.text != cleaned:
            raise Conflict(
                "this Idempotency-Key was already used for a different message",
                code="idempotency_key_reused",
            )
        return Sent(message_data(earlier, user), created=False)
    now = utcnow()
    _check_open(row, now)
    session.execute(select(User.id).where(User.id == user.id).with_for_update())
    _check_rate(session, user, settings, now)
    last = session.scalar(
        select(func.max(MessageRow.number)).where(MessageRow.booking_id == booking_id)
    )
    message = MessageRow(
        id=str(uuid.uuid4()),
        booking_id=booking_id,
        number=(last or 0) + 1,
        author_id=user.id,
        text=cleaned,
        sent_at=now,
        idempotency_key=key,
    )
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:
        # The same key raced with itself from two connections: answer with the winner.
        winner = session.scalar(
            select(MessageRow).where(
                MessageRow.author_id == user.id, MessageRow.idempotency_key == key
            )
        )
        if winner is None:
            raise
        return Sent(message_data(winner, user), created=False)
    data = message_data(message, user)
    changelog.record(
        session, "message", message.id, "upsert", data, visible_to=(row.renter_id, row.owner_id)
    )
    # The author has read what they wrote, and everything before it.
    _mark(session, row, user.id, message.number, now)
    publish_conversation(session, row)
    return Sent(data, created=True)


def _mark(session: Session, row: BookingRow, user_id: str, number: int, now: datetime) -> None:
    mark = session.get(ConversationRead, (row.id, user_id))
    if mark is None:
        session.add(
            ConversationRead(
                booking_id=row.id, user_id=user_id, read_through=number, updated_at=now
            )
        )
    elif number > mark.read_through:
        mark.read_through = number
        mark.updated_at = now


def mark_read(session: Session, user: User, booking_id: str, message_id: str) -> dict[str, Any]:
    row = load(session, BookingRow, booking_id, for_update=True)
    _party(row, user)
    message = None if "\x00" in message_id else session.get(MessageRow, message_id)
    if message is None or message.booking_id != booking_id:
        raise NotFound(
            f"this conversation has no message with id {message_id!r}", code="message_not_found"
        )
    _mark(session, row, user.id, message.number, utcnow())
    session.flush()
    publish_conversation(session, row, only=user.id)
    return conversation_for(session, row, user.id)


def conversation_for(session: Session, row: BookingRow, user_id: str) -> dict[str, Any]:
    """One party's conversation record."""
    mark = session.get(ConversationRead, (row.id, user_id))
    read_through = 0 if mark is None else mark.read_through
    unread = session.scalar(
        select(func.count()).where(
            MessageRow.booking_id == row.id,
            MessageRow.number > read_through,
            MessageRow.author_id != user_id,
        )
    )
    phone = None
    if user_id == row.renter_id and row.status == BookingStatus.CONFIRMED.value:
        owner = session.get(User, row.owner_id)
        phone = None if owner is None else owner.phone
    updated = max(row.updated_at, mark.updated_at) if mark is not None else row.updated_at
    return conversation_to_wire(
        Conversation(
            booking_id=row.id,
            read_through=read_through,
            unread=int(unread or 0),
            owner_phone=phone,
            updated_at=updated,
        )
    )


def publish_conversation(session: Session, row: BookingRow, *, only: str | None = None) -> None:
    """Sends each party (or only one) their conversation record again."""
    session.flush()
    for user_id in (row.renter_id, row.owner_id):
        if only is not None and user_id != only:
            continue
        changelog.record(
            session,
            "conversation",
            row.id,
            "upsert",
            conversation_for(session, row, user_id),
            visible_to=(user_id,),
        )


def has_messages(session: Session, booking_id: str) -> bool:
    return session.scalar(select(func.count()).where(MessageRow.booking_id == booking_id)) not in (
        None,
        0,
    )


def set_phone(session: Session, user: User, phone: str | None) -> None:
    """The owner's phone number changed: the renters of their confirmed bookings
    learn of it (and only they)."""
    user.phone = phone
    for row in session.scalars(
        select(BookingRow).where(
            BookingRow.owner_id == user.id, BookingRow.status == BookingStatus.CONFIRMED.value
        )
    ):
        publish_conversation(session, row, only=row.renter_id)


def author_gone(session: Session, user: User) -> None:
    """A deleted account's messages stay, under "Former member" and without its
    id; the other party's copies are sent again that way, the earlier versions
    removed from the log."""
    for message in session.scalars(select(MessageRow).where(MessageRow.author_id == user.id)):
        booking = session.get(BookingRow, message.booking_id)
        if booking is None:
            continue
        changelog.forget_record(session, "message", message.id)
        other = booking.owner_id if booking.renter_id == user.id else booking.renter_id
        changelog.record(
            session,
            "message",
            message.id,
            "upsert",
            message_data(message, None),
            visible_to=(other,),
        )


def author_renamed(session: Session, user: User) -> None:
    """The person's messages are sent again under their new name, the versions
    with the old one removed from the log."""
    for message in session.scalars(select(MessageRow).where(MessageRow.author_id == user.id)):
        booking = session.get(BookingRow, message.booking_id)
        if booking is None:
            continue
        changelog.forget_record(session, "message", message.id)
        changelog.record(
            session,
            "message",
            message.id,
            "upsert",
            message_data(message, user),
            visible_to=(booking.renter_id, booking.owner_id),
        )
