"""A renter's bookings as the screen lists them: synced bookings and requests
still in the outbox, with their status in words. Plain data, no widgets."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from wheelshare.domain import DEFAULT_POLICY, Booking, BookingStatus, Money, Period
from wheelshare.domain.problems import Problem
from wheelshare.ui.tr import QT_TRANSLATE_NOOP


class EntryState(StrEnum):
    """Where a booking is, including the outbox states the feed has not seen."""

    WAITING = "waiting"  # in the outbox, not sent yet (offline, or sending)
    REFUSED = "refused"  # the feed rejected the request; reason given
    CANCELLING = "cancelling"  # a cancellation is waiting in the outbox
    REQUESTED = BookingStatus.REQUESTED.value
    CONFIRMED = BookingStatus.CONFIRMED.value
    DECLINED = BookingStatus.DECLINED.value
    EXPIRED = BookingStatus.EXPIRED.value
    CANCELLED = BookingStatus.CANCELLED.value
    COMPLETED = BookingStatus.COMPLETED.value


_WORDS: dict[EntryState, str] = {
    EntryState.WAITING: QT_TRANSLATE_NOOP("Bookings", "Waiting to be sent"),
    EntryState.REFUSED: QT_TRANSLATE_NOOP("Bookings", "Refused when sent"),
    EntryState.CANCELLING: QT_TRANSLATE_NOOP("Bookings", "Cancellation waiting to be sent"),
    EntryState.REQUESTED: QT_TRANSLATE_NOOP("Bookings", "Requested, waiting for the owner"),
    EntryState.CONFIRMED: QT_TRANSLATE_NOOP("Bookings", "Confirmed"),
    EntryState.DECLINED: QT_TRANSLATE_NOOP("Bookings", "Declined by the owner"),
    EntryState.EXPIRED: QT_TRANSLATE_NOOP("Bookings", "Expired without an answer"),
    EntryState.CANCELLED: QT_TRANSLATE_NOOP("Bookings", "Cancelled"),
    EntryState.COMPLETED: QT_TRANSLATE_NOOP("Bookings", "Completed"),
}


def state_words(state: EntryState) -> str:
    return QCoreApplication.translate("Bookings", _WORDS[state])


@dataclass(frozen=True)
class BookingEntry:
    key: str  # the booking id, or the outbox key of a request not yet sent
    vehicle_id: str
    vehicle_title: str
    period: Period
    state: EntryState
    # The feed's price once it has the booking; before, the quote for these dates
    # (the same rule as the feed's, so the total shown before sending stays true).
    price: Money | None = None
    refund: Money | None = None
    reason: Problem | None = None  # why the feed refused, or why it waits to be sent
    booking: Booking | None = None  # None while only in the outbox
    outbox_key: str = ""
    sent: bool = False  # an outbox request that went out (the feed may have it)

    @property
    def status_text(self) -> str:
        words = state_words(self.state)
        if self.state in (EntryState.REFUSED, EntryState.WAITING) and self.reason is not None:
            from wheelshare.ui.problems import describe

            return f"{words}: {describe(self.reason)}"
        if self.state is EntryState.CANCELLED and self.refund is not None:
            from wheelshare.ui import formatting

            refund = QCoreApplication.translate("Bookings", "refund {amount}").format(
                amount=formatting.money(self.refund)
            )
            return f"{words}, {refund}"
        pickup = self.booking.pickup if self.booking is not None else None
        if self.state is EntryState.CONFIRMED and pickup is not None:
            # Only my own feed has it, and only while the booking is confirmed.
            place = ", ".join(p for p in (pickup.address, pickup.city) if p)
            return QCoreApplication.translate("Bookings", "{status}, pick-up at {place}").format(
                status=words, place=place
            )
        return words

    @property
    def can_cancel(self) -> bool:
        """A confirmed booking can be cancelled; a request nobody accepted yet can
        be withdrawn, whether it is still waiting to be sent or on the feed."""
        if self.state is EntryState.WAITING:
            return bool(self.outbox_key)
        return self.booking is not None and self.state in (
            EntryState.REQUESTED,
            EntryState.CONFIRMED,
        )

    @property
    def is_request(self) -> bool:
        """Not accepted (nor paid) yet: withdrawing it costs nothing."""
        return self.state in (EntryState.WAITING, EntryState.REQUESTED)

    def refund_if_cancelled(self, now: datetime) -> Money | None:
        if self.booking is None:
            return None
        return DEFAULT_POLICY.refund(self.booking, now)


def merge(
    bookings: list[Booking],
    waiting_requests: list[tuple[str, str, Period, str, Problem | None]],
    cancelling: set[str],
    titles: dict[str, str],
    quotes: dict[str, Money] | None = None,
    held_up_by: Problem | None = None,
    sent: Set[str] = frozenset(),
) -> list[BookingEntry]:
    """Synced bookings and outbox requests, soonest first.

    ``waiting_requests``: (outbox key, vehicle id, period, outbox state, why
    refused or why it waits). ``cancelling``: ids of bookings with a
    cancellation waiting in the outbox. ``quotes``: the quoted total of each
    request (by outbox key). ``held_up_by``: what stopped the outbox at the
    last sync; sending stops at the first action that cannot go, so the
    requests after it wait for the same reason.
    ``sent``: outbox keys of requests that already went out once.
    """
    quotes = quotes or {}
    out: list[BookingEntry] = []
    for key, vehicle_id, period, state, problem in waiting_requests:
        entry_state = EntryState.REFUSED if state == "rejected" else EntryState.WAITING
        out.append(
            BookingEntry(
                key,
                vehicle_id,
                titles.get(vehicle_id, ""),
                period,
                entry_state,
                price=quotes.get(key),
                reason=problem if state == "rejected" else (problem or held_up_by),
                outbox_key=key,
                sent=key in sent,
            )
        )
    for b in bookings:
        state = EntryState(b.status.value)
        if b.id in cancelling and state in (EntryState.REQUESTED, EntryState.CONFIRMED):
            state = EntryState.CANCELLING
        out.append(
            BookingEntry(
                b.id,
                b.vehicle_id,
                b.vehicle_title or titles.get(b.vehicle_id, ""),
                b.period,
                state,
                price=b.price,
                refund=b.refund,
                booking=b,
            )
        )
    out.sort(key=lambda e: e.period.start)
    return out
