"""Handover reports and damage reports: the vehicle's condition, recorded by its
renter and its owner together at the start and at the end of a rental.

A report holds described photos, each taken from a position around the vehicle,
the fuel or charge level, the odometer and notes. Both parties may edit it
while it is a draft, and each confirms it; a change clears the confirmations
(a party confirms what they saw), and once both have confirmed it is locked.

When each report may be recorded, relative to the booking's period:

* the start report from :data:`START_OPENS_BEFORE` before the start (the two
  meet ahead of the hour) until the end of the rental;
* the end report from :data:`END_OPENS_BEFORE` before the end (an early
  return) until :data:`END_CLOSES_AFTER` after it (a return late in the day,
  confirmed the next morning);
* a damage report from the end until :data:`DAMAGE_WINDOW` after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.photo import PhotoFileRef
from wheelshare.domain.text import printable

START_OPENS_BEFORE = timedelta(hours=24)
END_OPENS_BEFORE = timedelta(hours=12)
END_CLOSES_AFTER = timedelta(days=2)
DAMAGE_WINDOW = timedelta(days=5)

# Characters of notes, and of a damage report's description: a paragraph or two.
MAX_NOTES = 2000
MAX_DAMAGE_DESCRIPTION = 2000
# Photos in one report: the five required, with room for close-ups of each side.
MAX_PHOTOS_PER_REPORT = 20
# Highest odometer reading taken (km): a number beyond it is a typing mistake.
MAX_ODOMETER_KM = 2_000_000


class Moment(StrEnum):
    START = "start"
    END = "end"


class Position(StrEnum):
    """Where around the vehicle a handover photo was taken."""

    FRONT = "front"
    BACK = "back"
    LEFT = "left"
    RIGHT = "right"
    RAMP_OR_LIFT = "ramp_or_lift"
    INTERIOR = "interior"
    OTHER = "other"


# At least one photo from each of these before a report can be confirmed.
REQUIRED_POSITIONS: tuple[Position, ...] = (
    Position.FRONT,
    Position.BACK,
    Position.LEFT,
    Position.RIGHT,
    Position.RAMP_OR_LIFT,
)


def window(moment: Moment, start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """When the report of ``moment`` may be created, edited and confirmed."""
    if moment is Moment.START:
        return start - START_OPENS_BEFORE, end
    return end - END_OPENS_BEFORE, end + END_CLOSES_AFTER


def damage_window(end: datetime) -> tuple[datetime, datetime]:
    return end, end + DAMAGE_WINDOW


def open_window(
    start: datetime, end: datetime, now: datetime, *, start_locked: bool
) -> Moment | None:
    """The report a party records now: the start report while it is open and
    not locked yet, else the end report while it is open; None between them."""
    opens, closes = window(Moment.START, start, end)
    if opens <= now <= closes and not start_locked:
        return Moment.START
    opens, closes = window(Moment.END, start, end)
    if opens <= now <= closes:
        return Moment.END
    return None


def damage_open(end: datetime, now: datetime) -> bool:
    opens, closes = damage_window(end)
    return opens <= now <= closes


def missing_positions(taken: Iterable[str]) -> list[Position]:
    """The required positions no photo shows yet, in their usual order."""
    have = set(taken)
    return [p for p in REQUIRED_POSITIONS if p.value not in have]


def position_from(raw: str, field: str = "position") -> Position:
    try:
        return Position(raw.strip())
    except ValueError:
        allowed = ", ".join(p.value for p in Position)
        raise ValidationError(field, f"one of {allowed}") from None


def clean_notes(raw: str, field: str = "notes", *, most: int = MAX_NOTES) -> str:
    """Trimmed, without hidden characters; line breaks kept."""
    text = "\n".join(" ".join(line.split()) for line in printable(raw).splitlines()).strip()
    if len(text) > most:
        raise ValidationError(field, f"at most {most} characters", "too_long")
    return text


@dataclass(frozen=True, slots=True)
class HandoverPhoto:
    id: str
    position: Position
    description: str
    thumb: PhotoFileRef
    large: PhotoFileRef


@dataclass(frozen=True, slots=True)
class HandoverReport:
    id: str
    booking_id: str
    moment: Moment
    fuel_percent: int | None
    odometer_km: int | None
    notes: str
    photos: tuple[HandoverPhoto, ...]
    renter_confirmed: bool
    owner_confirmed: bool
    updated_at: datetime | None = None
    # When each party confirmed it (None: not yet, or not known).
    renter_confirmed_at: datetime | None = None
    owner_confirmed_at: datetime | None = None

    @property
    def locked(self) -> bool:
        return self.renter_confirmed and self.owner_confirmed

    def missing(self) -> list[Position]:
        return missing_positions(p.position.value for p in self.photos)

    @property
    def complete(self) -> bool:
        """Whether it holds everything a party is asked to confirm."""
        return not self.missing() and self.fuel_percent is not None and self.odometer_km is not None


@dataclass(frozen=True, slots=True)
class DamageReport:
    id: str
    booking_id: str
    opened_by: str
    description: str
    photo_ids: tuple[str, ...]
    opened_at: datetime
