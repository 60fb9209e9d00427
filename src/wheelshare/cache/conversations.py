"""My bookings' conversations as the cache holds them: the list and one thread.

The feed sends each of my conversations its own record (read mark, unread
count, the owner's phone); the unread count shown is worked out here from the
messages themselves, with a read mark still waiting in the outbox taken into
account, so reading a thread offline clears its count at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy.orm import Session

from wheelshare.cache.plain import raw_connection
from wheelshare.domain.message import Conversation, ConversationSummary, Message
from wheelshare.domain.wire import booking_from_wire, conversation_from_wire, message_from_wire


def conversation(session: Session, booking_id: str) -> Conversation | None:
    row = (
        raw_connection(session)
        .execute("SELECT data FROM conversations WHERE booking_id = ?", (booking_id,))
        .fetchone()
    )
    return None if row is None else conversation_from_wire(json.loads(row[0]))


def thread(session: Session, booking_id: str) -> list[Message]:
    """A booking's messages, in the order the feed accepted them."""
    found = raw_connection(session).execute(
        "SELECT data FROM messages WHERE booking_id = ? ORDER BY number, id", (booking_id,)
    )
    return [message_from_wire(json.loads(r[0])) for r in found]


def read_through(session: Session, booking_id: str, marked: Mapping[str, str]) -> int:
    """How far I have read: the feed's mark, or a later one still in the outbox
    (``marked``: booking id -> id of the message last marked read here)."""
    known = conversation(session, booking_id)
    number = 0 if known is None else known.read_through
    local = marked.get(booking_id)
    if local:
        row = (
            raw_connection(session)
            .execute("SELECT number FROM messages WHERE id = ?", (local,))
            .fetchone()
        )
        if row is not None:
            number = max(number, int(row[0]))
    return number


def unread(session: Session, booking_id: str, me: str, marked: Mapping[str, str]) -> int:
    through = read_through(session, booking_id, marked)
    return sum(1 for m in thread(session, booking_id) if m.number > through and m.author_id != me)


def conversations(
    session: Session, me: str, marked: Mapping[str, str] | None = None
) -> list[ConversationSummary]:
    """Every booking of mine, as renter or owner, with its last message and
    unread count: conversations with messages first, the latest message first,
    then the bookings nobody has written about yet, the latest change first."""
    marked = marked or {}
    found = raw_connection(session).execute(
        "SELECT data FROM bookings WHERE renter_id = ? OR owner_id = ?", (me, me)
    )
    out: list[ConversationSummary] = []
    for (data,) in found:
        booking = booking_from_wire(json.loads(data))
        messages = thread(session, booking.id)
        out.append(
            ConversationSummary(
                booking,
                messages[-1] if messages else None,
                unread(session, booking.id, me, marked),
            )
        )
    out.sort(
        key=lambda c: (
            c.last is not None,
            c.latest_at.timestamp() if c.latest_at else 0.0,
            c.booking.id,
        )
    )
    out.reverse()
    return out


def total_unread(session: Session, me: str, marked: Mapping[str, str] | None = None) -> int:
    return sum(c.unread for c in conversations(session, me, marked))
