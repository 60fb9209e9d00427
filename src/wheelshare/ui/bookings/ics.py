"""Bookings as an iCalendar file, for any calendar app."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from wheelshare import __version__
from wheelshare.domain import clock
from wheelshare.ui.bookings.entries import BookingEntry, EntryState


def calendar_bytes(entries: Iterable[BookingEntry], now: datetime | None = None) -> bytes:
    # Imported here: icalendar takes a tenth of a second to load, which opening
    # My bookings should not cost; only an export needs it.
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//wheelshare//wheelshare {__version__}//EN")
    cal.add("version", "2.0")
    stamp = now or clock.now()
    for e in entries:
        event = Event()
        # Stable across exports, so re-importing updates instead of duplicating.
        event.add("uid", f"booking-{e.key}@wheelshare")
        event.add("dtstamp", stamp)
        event.add("dtstart", e.period.start.astimezone(UTC))
        event.add("dtend", e.period.end.astimezone(UTC))
        event.add("summary", e.vehicle_title or e.vehicle_id)
        event.add("description", e.status_text)
        status = (
            "CONFIRMED"
            if e.state in (EntryState.CONFIRMED, EntryState.COMPLETED)
            else (
                "CANCELLED"
                if e.state
                in (
                    EntryState.CANCELLED,
                    EntryState.DECLINED,
                    EntryState.EXPIRED,
                    EntryState.REFUSED,
                )
                else "TENTATIVE"
            )
        )
        event.add("status", status)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def write_calendar(path: Path, entries: Iterable[BookingEntry]) -> None:
    """Writes the whole file or nothing (a temporary file renamed into place)."""
    data = calendar_bytes(entries)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
