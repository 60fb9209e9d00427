"""Notices: what is worth telling the person, drawn from what sync applied.

Rules work on change-feed records of any kind the private feed carries
(:func:`from_changes`), plus two drawn from the calendar (:func:`reminders`):
a booking that starts tomorrow, and a finished rental to review (for its
renter, the vehicle; for its owner, the renter). Each notice
has a ``key`` that names the event, so the same event is told once however
often its record comes again. The words are the UI's (ui/notifications).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from wheelshare.domain import clock
from wheelshare.domain.booking import Booking, BookingStatus
from wheelshare.domain.message import FORMER_MEMBER

if TYPE_CHECKING:
    # Only a type here: the window imports this module, the sync code stays
    # on the worker (ui/session.py, WORKER_IMPORTS).
    from wheelshare.sync.records import Change


class NoticeKind(StrEnum):
    NEW_REQUEST = "new_request"  # to the owner
    ACCEPTED = "accepted"  # to the renter
    DECLINED = "declined"
    EXPIRED = "expired"
    MESSAGE = "message"
    STARTS_TOMORROW = "starts_tomorrow"
    REVIEW_INVITE = "review_invite"  # to the renter: review the vehicle
    RENTER_REVIEW_INVITE = "renter_review_invite"  # to the owner: review the renter


# A finished rental invites a review for this long after it ended.
REVIEW_INVITE_DAYS = 7


@dataclass(frozen=True, slots=True)
class Notice:
    key: str
    kind: NoticeKind
    # What the words need: a vehicle's title, a person's name, a message's text.
    subject: str
    detail: str
    at: datetime
    booking_id: str = ""


_RENTER_NEWS = {
    "confirmed": NoticeKind.ACCEPTED,
    "declined": NoticeKind.DECLINED,
    "expired": NoticeKind.EXPIRED,
}


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _booking_notice(data: Mapping[str, Any], me: str, now: datetime) -> Notice | None:
    status = _text(data, "status")
    booking_id = _text(data, "id")
    title = _text(data, "vehicle_title")
    if status == "requested" and _text(data, "owner_id") == me:
        kind = NoticeKind.NEW_REQUEST
        detail = _text(data, "renter_name")
    elif status in _RENTER_NEWS and _text(data, "renter_id") == me:
        kind = _RENTER_NEWS[status]
        detail = ""
    else:
        return None
    return Notice(f"booking:{booking_id}:{status}", kind, title, detail, now, booking_id)


def _message_notice(data: Mapping[str, Any], me: str, now: datetime) -> Notice | None:
    author = _text(data, "author_id")
    if author == me:
        return None
    # A deleted account's messages come without an author id: told like any
    # other, from "Former member" (its key is the message's, so a message told
    # before the account went is not told again as it comes back renamed).
    name = _text(data, "author_name") if author else FORMER_MEMBER
    return Notice(
        f"message:{_text(data, 'id')}",
        NoticeKind.MESSAGE,
        name,
        _text(data, "text"),
        now,
        _text(data, "booking_id"),
    )


_RULES = {"booking": _booking_notice, "message": _message_notice}


def from_changes(changes: Iterable[Change], me: str) -> list[Notice]:
    """The notices that records just synced carry for ``me`` (their id)."""
    now = clock.now()
    out: list[Notice] = []
    for change in changes:
        rule = _RULES.get(change.kind)
        if rule is None or change.op != "upsert" or change.data is None or not me:
            continue
        notice = rule(change.data, me, now)
        if notice is not None:
            out.append(notice)
    return out


def reminders(bookings: Iterable[Booking], me: str, today: date) -> list[Notice]:
    """Confirmed bookings starting tomorrow (either party), and rentals that
    ended within the last week: the renter reviews the vehicle, the owner the
    renter."""
    now = clock.now()
    out: list[Notice] = []
    tomorrow = today + timedelta(days=1)
    for b in bookings:
        if b.status is BookingStatus.CONFIRMED and b.period.start.astimezone().date() == tomorrow:
            out.append(
                Notice(
                    f"booking:{b.id}:tomorrow",
                    NoticeKind.STARTS_TOMORROW,
                    b.vehicle_title,
                    "",
                    now,
                    b.id,
                )
            )
        ended = b.period.end.astimezone().date()
        if (
            b.status is not BookingStatus.COMPLETED
            or not today - timedelta(days=REVIEW_INVITE_DAYS) <= ended <= today
        ):
            continue
        if b.renter_id == me:
            out.append(
                Notice(
                    f"booking:{b.id}:review",
                    NoticeKind.REVIEW_INVITE,
                    b.vehicle_title,
                    "",
                    now,
                    b.id,
                )
            )
        elif b.owner_id == me:
            out.append(
                Notice(
                    f"booking:{b.id}:review_renter",
                    NoticeKind.RENTER_REVIEW_INVITE,
                    b.vehicle_title,
                    b.renter_name,
                    now,
                    b.id,
                )
            )
    return out
