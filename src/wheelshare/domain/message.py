"""Conversations: one per booking, between its renter and the vehicle's owner.

A message is plain text. Its ``number`` orders it within its booking's
conversation (1, 2, 3… in the order the feed accepted them), so read marks are
a number and unread counts need no clock: several messages may well be sent
within the same second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from wheelshare.domain.booking import Booking, BookingStatus
from wheelshare.domain.errors import ValidationError

# Characters, after trimming white space around the text.
MAX_MESSAGE_CHARS = 2000
# How long after a booking ends (or is declined, expires or is cancelled) its
# conversation still takes new messages: enough to settle a deposit or a
# forgotten scarf, not an open channel for ever between strangers.
CONVERSATION_OPEN_AFTER = timedelta(days=30)

# What a deleted account's messages show as their author.
FORMER_MEMBER = "Former member"


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    booking_id: str
    number: int
    # None once the author's account is deleted.
    author_id: str | None
    author_name: str
    text: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class Conversation:
    """One person's view of a booking's conversation."""

    booking_id: str
    # The number of the last message this person marked read (0: none).
    read_through: int
    # The other party's messages after ``read_through``.
    unread: int
    # The owner's phone number, for the renter of a confirmed booking only.
    owner_phone: str | None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """One line of the conversations list."""

    booking: Booking
    last: Message | None
    unread: int

    @property
    def latest_at(self) -> datetime | None:
        """When something last happened in it: its last message, or the booking."""
        if self.last is not None:
            return self.last.sent_at
        return self.booking.updated_at or self.booking.created_at


def clean_text(text: str) -> str:
    """The text as it is sent: trimmed; ValidationError (``message_empty`` or
    ``message_too_long``) when nothing is left or too much."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("text", "write something first", "message_empty")
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise ValidationError("text", f"at most {MAX_MESSAGE_CHARS} characters", "message_too_long")
    return cleaned


_FINISHED = frozenset({BookingStatus.DECLINED, BookingStatus.EXPIRED, BookingStatus.CANCELLED})


def closes_at(status: BookingStatus, end: datetime, changed_at: datetime) -> datetime:
    """When a booking's conversation stops taking new messages: 30 days after
    the rental's end, or after the booking was declined, expired or cancelled
    (or after its end, if that came first)."""
    if status in _FINISHED:
        return min(end, changed_at) + CONVERSATION_OPEN_AFTER
    return end + CONVERSATION_OPEN_AFTER
