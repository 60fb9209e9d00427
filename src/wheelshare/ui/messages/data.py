"""Reads for *Messages*, run on the worker against the local cache."""

from __future__ import annotations

from dataclasses import dataclass, field

from wheelshare.cache import Cache, conversations, handover
from wheelshare.domain import Booking
from wheelshare.domain.handover import DamageReport, HandoverReport, Moment
from wheelshare.domain.message import Conversation, ConversationSummary, Message
from wheelshare.sync import outbox
from wheelshare.sync.outbox import OutboxItem


@dataclass(frozen=True)
class Thread:
    """One conversation as the screen shows it."""

    booking: Booking
    messages: list[Message]
    # My messages the feed does not have yet (waiting, being sent or refused).
    pending: list[OutboxItem]
    conversation: Conversation | None
    # How far I have read (the feed's mark or a later one still to be sent).
    read_through: int
    # The booking's handover reports and damage report, shown as lines of their own.
    reports: dict[Moment, HandoverReport] = field(default_factory=dict)
    damage: DamageReport | None = None


def load_summaries(cache: Cache, me: str) -> list[ConversationSummary]:
    if not me:
        return []
    marks = outbox.read_marks(cache)
    with cache.session() as s:
        return conversations.conversations(s, me, marks)


def total_unread(cache: Cache, me: str) -> int:
    return sum(c.unread for c in load_summaries(cache, me))


def load_thread(cache: Cache, booking: Booking) -> Thread:
    marks = outbox.read_marks(cache)
    with cache.session() as s:
        messages = conversations.thread(s, booking.id)
        known = conversations.conversation(s, booking.id)
        through = conversations.read_through(s, booking.id, marks)
        reports = handover.reports_for(s, booking.id)
        damage = handover.damage_for(s, booking.id)
    pending = [p for p in outbox.pending_messages(cache) if p.target_id == booking.id]
    return Thread(booking, messages, pending, known, through, reports, damage)
