"""Handover reports and damage reports, between a booking's two parties only.

The rules (who, when, what makes a report complete) are in
``domain/handover.py``. Here: a report is created by the first edit or photo
of either party within its window, every change clears both confirmations,
and once both parties confirmed it nothing changes any more (409).

Privacy: a report and a damage report travel in the renter's and the owner's
own feeds only (``handover_report``, ``damage_report``). A report's photos are
``photos`` rows of kind ``handover`` that never reach the public feed; their
files are served to the two parties only, behind their token
(``/v1/handover-photo-files/…``), never by the public photo route.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import ValidationError
from wheelshare.domain.handover import (
    MAX_DAMAGE_DESCRIPTION,
    Moment,
    clean_notes,
    damage_window,
    missing_positions,
    position_from,
    window,
)
from wheelshare.domain.photo import clean_description
from wheelshare.domain.wire import format_time
from wheelshare.feed import changelog, photos
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.errors import Conflict, Forbidden, Invalid, NotFound
from wheelshare.feed.models import (
    BookingRow,
    DamageReportRow,
    HandoverReportRow,
    PhotoFile,
    PhotoRow,
    User,
)
from wheelshare.feed.photo_storage import PhotoStorage, is_digest
from wheelshare.feed.records import invalid, load
from wheelshare.feed.settings import FeedSettings

REPORT_KIND = "handover_report"
DAMAGE_KIND = "damage_report"
# Bookings whose vehicle changes hands: confirmed, or completed by the sweep.
_HANDED_OVER = ("confirmed", "completed")


@dataclass(frozen=True, slots=True)
class Fields:
    """What a party sets on a report; None leaves a field as it is."""

    fuel_percent: int | None = None
    odometer_km: int | None = None
    notes: str | None = None


def _moment(raw: str) -> Moment:
    try:
        return Moment(raw)
    except ValueError:
        raise NotFound(f"there is no {raw!r} report; start or end", code="not_found") from None


def _booking(session: Session, user: User, booking_id: str) -> BookingRow:
    row = load(session, BookingRow, booking_id, for_update=True)
    if user.id not in (row.renter_id, row.owner_id):
        raise Forbidden(
            "only the renter and the owner of this booking may see its reports", code="not_party"
        )
    return row


def _check_window(booking: BookingRow, moment: Moment, now: datetime) -> None:
    if booking.status not in _HANDED_OVER:
        raise Conflict(
            "reports are recorded for confirmed bookings only", code="booking_not_confirmed"
        )
    opens, closes = window(moment, booking.start_at, booking.end_at)
    if not opens <= now <= closes:
        raise Conflict(
            f"the {moment.value} report can be recorded from {format_time(opens)}"
            f" until {format_time(closes)}",
            code="outside_window",
        )


def _find(session: Session, booking_id: str, moment: Moment) -> HandoverReportRow | None:
    return session.scalar(
        select(HandoverReportRow).where(
            HandoverReportRow.booking_id == booking_id, HandoverReportRow.moment == moment.value
        )
    )


def _photos(session: Session, report_id: str) -> list[PhotoRow]:
    return list(
        session.scalars(
            select(PhotoRow)
            .where(PhotoRow.target_kind == photos.HANDOVER, PhotoRow.target_id == report_id)
            .order_by(PhotoRow.position, PhotoRow.id)
        )
    )


def _photo_wire(row: PhotoRow) -> dict[str, Any]:
    d = row.data
    return {
        "id": row.id,
        "position": d["handover_position"],
        "description": d["description"],
        "files": d["files"],
    }


def wire(session: Session, row: HandoverReportRow, booking: BookingRow) -> dict[str, Any]:
    """The report as both parties' feeds carry it, its photos inside."""
    d = row.data
    shots = [_photo_wire(p) for p in _photos(session, row.id)]
    renter, owner = d.get("renter_confirmed_at"), d.get("owner_confirmed_at")
    return {
        "id": row.id,
        "booking_id": booking.id,
        "moment": row.moment,
        "fuel_percent": d.get("fuel_percent"),
        "odometer_km": d.get("odometer_km"),
        "notes": d.get("notes", ""),
        "photos": shots,
        "missing_positions": [p.value for p in missing_positions(s["position"] for s in shots)],
        "renter_confirmed_at": renter,
        "owner_confirmed_at": owner,
        "locked": renter is not None and owner is not None,
        "created_at": format_time(row.created_at),
        "updated_at": format_time(row.updated_at),
    }


def publish(session: Session, row: HandoverReportRow, booking: BookingRow) -> dict[str, Any]:
    data = wire(session, row, booking)
    changelog.record(
        session,
        REPORT_KIND,
        row.id,
        "upsert",
        data,
        visible_to=(booking.renter_id, booking.owner_id),
    )
    return data


def _locked(row: HandoverReportRow) -> bool:
    return row.data.get("renter_confirmed_at") is not None and (
        row.data.get("owner_confirmed_at") is not None
    )


def _draft(
    session: Session, booking: BookingRow, moment: Moment, now: datetime
) -> HandoverReportRow:
    """The report, created if there is none yet; 409 once it is locked."""
    _check_window(booking, moment, now)
    row = _find(session, booking.id, moment)
    if row is None:
        row = HandoverReportRow(
            id=str(uuid.uuid4()),
            booking_id=booking.id,
            moment=moment.value,
            data={"notes": ""},
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
    elif _locked(row):
        raise Conflict(
            "both parties confirmed this report; it can no longer change", code="report_locked"
        )
    return row


def _changed(row: HandoverReportRow, data: dict[str, Any], now: datetime) -> None:
    """A change clears both confirmations: each party confirms what they saw."""
    data.pop("renter_confirmed_at", None)
    data.pop("owner_confirmed_at", None)
    row.data = data
    row.updated_at = now


def get_report(session: Session, user: User, booking_id: str, raw_moment: str) -> dict[str, Any]:
    moment = _moment(raw_moment)
    booking = _booking(session, user, booking_id)
    row = _find(session, booking.id, moment)
    if row is None:
        raise NotFound(f"this booking has no {moment.value} report yet", code="report_not_found")
    return wire(session, row, booking)


def edit_report(
    session: Session, user: User, booking_id: str, raw_moment: str, fields: Fields
) -> dict[str, Any]:
    moment = _moment(raw_moment)
    booking = _booking(session, user, booking_id)
    now = utcnow()
    row = _draft(session, booking, moment, now)
    data = dict(row.data)
    if fields.fuel_percent is not None:
        data["fuel_percent"] = fields.fuel_percent
    if fields.odometer_km is not None:
        data["odometer_km"] = fields.odometer_km
    if fields.notes is not None:
        try:
            data["notes"] = clean_notes(fields.notes)
        except ValidationError as e:
            raise invalid(e) from None
    _changed(row, data, now)
    return publish(session, row, booking)


def confirm(session: Session, user: User, booking_id: str, raw_moment: str) -> dict[str, Any]:
    """The user's confirmation; 409 while something required is missing."""
    moment = _moment(raw_moment)
    booking = _booking(session, user, booking_id)
    now = utcnow()
    _check_window(booking, moment, now)
    row = _find(session, booking.id, moment)
    if row is None:
        raise NotFound(f"this booking has no {moment.value} report yet", code="report_not_found")
    current = wire(session, row, booking)
    if current["locked"]:
        return current
    lacking = list(current["missing_positions"])
    lacking += [f for f in ("fuel_percent", "odometer_km") if current[f] is None]
    if lacking:
        raise Conflict(
            "the report is not complete: " + ", ".join(lacking),
            code="report_incomplete",
            fields={name: "is missing" for name in lacking},
        )
    key = "renter_confirmed_at" if user.id == booking.renter_id else "owner_confirmed_at"
    if row.data.get(key) is None:
        row.data = {**row.data, key: format_time(now)}
        row.updated_at = now
        return publish(session, row, booking)
    return current


@dataclass(frozen=True, slots=True)
class PhotoUpload:
    booking_id: str
    moment: str
    position: str
    description: str
    idempotency_key: str | None = None


def _check_room(session: Session, row: HandoverReportRow, settings: FeedSettings) -> None:
    count = session.scalar(
        select(func.count())
        .select_from(PhotoRow)
        .where(PhotoRow.target_kind == photos.HANDOVER, PhotoRow.target_id == row.id)
    )
    if (count or 0) >= settings.max_photos_per_report:
        raise Conflict(
            f"a report holds at most {settings.max_photos_per_report} photos; remove one first",
            code="too_many_photos",
        )


def _earlier_report(session: Session, user: User, key: str | None) -> dict[str, Any] | None:
    """The report a resent upload (same Idempotency-Key) already added its photo to."""
    if key is None:
        return None
    photo = session.scalar(
        select(PhotoRow).where(
            PhotoRow.uploader_id == user.id,
            PhotoRow.idempotency_key == key,
            PhotoRow.target_kind == photos.HANDOVER,
        )
    )
    if photo is None:
        return None
    row = session.get(HandoverReportRow, photo.target_id)
    assert row is not None, "a handover photo's report is never removed"
    booking = session.get(BookingRow, row.booking_id)
    assert booking is not None
    return wire(session, row, booking)


def add_photo(
    db: Database,
    storage: PhotoStorage,
    settings: FeedSettings,
    user_token: str,
    upload: PhotoUpload,
    image: BinaryIO,
) -> tuple[dict[str, Any], bool]:
    """Adds a described photo to a draft report (created if need be); answers
    the report and whether the photo is new. Checked as photos.add_photo is:
    cheapest first, the image decoded outside any transaction."""
    from wheelshare.feed.accounts import user_for_token

    moment = _moment(upload.moment)
    try:
        description = clean_description(upload.description)
        position = position_from(upload.position).value
    except ValidationError as e:
        raise invalid(e) from None

    def checked(s: Session, user: User) -> tuple[BookingRow, HandoverReportRow]:
        booking = _booking(s, user, upload.booking_id)
        row = _draft(s, booking, moment, utcnow())
        _check_room(s, row, settings)
        return booking, row

    with db.write() as s:
        user = user_for_token(s, user_token)
        earlier = _earlier_report(s, user, upload.idempotency_key)
        if earlier is not None:
            return earlier, False
        checked(s, user)
        photos.reserve_upload(s, user, settings, db)
        user_id = user.id
    variants = photos.store_sizes(image, storage, settings)
    with db.write() as s:
        user = photos.load_user(s, user_id)
        earlier = _earlier_report(s, user, upload.idempotency_key)
        if earlier is not None:
            return earlier, False
        booking, row = checked(s, user)
        target = photos.Upload(photos.HANDOVER, row.id, description, None, upload.idempotency_key)
        try:
            with s.begin_nested():
                photos.insert_photo(
                    s,
                    user.id,
                    target,
                    description,
                    None,
                    variants,
                    extra={"handover_position": position},
                    publish=False,
                )
        except IntegrityError:
            winner = _earlier_report(s, user, upload.idempotency_key)
            if winner is None:
                raise
            return winner, False
        _changed(row, dict(row.data), utcnow())
        return publish(s, row, booking), True


def remove_photo(
    session: Session, user: User, booking_id: str, raw_moment: str, photo_id: str
) -> tuple[dict[str, Any], set[str]]:
    """Removes a photo from a draft report (either party may); answers the report
    and the files no photo is served from any more, to delete once committed."""
    moment = _moment(raw_moment)
    booking = _booking(session, user, booking_id)
    now = utcnow()
    row = _draft(session, booking, moment, now)
    photo = None if "\x00" in photo_id else session.get(PhotoRow, photo_id)
    if photo is None or photo.target_kind != photos.HANDOVER or photo.target_id != row.id:
        raise NotFound(f"this report has no photo {photo_id!r}", code="photo_not_found")
    digests = set(session.scalars(select(PhotoFile.digest).where(PhotoFile.photo_id == photo.id)))
    session.query(PhotoFile).filter(PhotoFile.photo_id == photo.id).delete()
    session.delete(photo)
    session.flush()
    still_used = set(session.scalars(select(PhotoFile.digest).where(PhotoFile.digest.in_(digests))))
    _changed(row, dict(row.data), now)
    return publish(session, row, booking), digests - still_used


def served_to(session: Session, user: User, digest: str) -> bool:
    """Whether ``digest`` is a file of a handover photo of one of the user's bookings."""
    if not is_digest(digest):
        return False
    found = session.scalar(
        select(PhotoFile.photo_id)
        .join(PhotoRow, PhotoRow.id == PhotoFile.photo_id)
        .join(HandoverReportRow, HandoverReportRow.id == PhotoRow.target_id)
        .join(BookingRow, BookingRow.id == HandoverReportRow.booking_id)
        .where(
            PhotoFile.digest == digest,
            PhotoRow.target_kind == photos.HANDOVER,
            (BookingRow.renter_id == user.id) | (BookingRow.owner_id == user.id),
        )
        .limit(1)
    )
    return found is not None


# -- the parties' rights over their data ---------------------------------------


def export(session: Session, user: User) -> dict[str, list[dict[str, Any]]]:
    """The handover and damage reports of every booking the person rented or
    owned, as their feed carries them (a photo's files by digest: the files
    themselves stay behind the parties' token)."""
    bookings = {
        b.id: b
        for b in session.scalars(
            select(BookingRow).where(
                (BookingRow.renter_id == user.id) | (BookingRow.owner_id == user.id)
            )
        )
    }
    if not bookings:
        return {"handover_reports": [], "damage_reports": []}
    reports = session.scalars(
        select(HandoverReportRow)
        .where(HandoverReportRow.booking_id.in_(bookings))
        .order_by(HandoverReportRow.created_at, HandoverReportRow.id)
    )
    damage = session.scalars(
        select(DamageReportRow)
        .where(DamageReportRow.booking_id.in_(bookings))
        .order_by(DamageReportRow.created_at, DamageReportRow.id)
    )
    return {
        "handover_reports": [wire(session, r, bookings[r.booking_id]) for r in reports],
        "damage_reports": [_damage_wire(d) for d in damage],
    }


# -- damage reports ------------------------------------------------------------


def _damage_wire(row: DamageReportRow) -> dict[str, Any]:
    return dict(row.data)


def open_damage(
    session: Session, user: User, booking_id: str, description: str, photo_ids: Sequence[str]
) -> tuple[dict[str, Any], bool]:
    """Opens the booking's damage report; answers it and whether it is new (the
    same report sent again by the same party answers the one it opened)."""
    booking = _booking(session, user, booking_id)
    now = utcnow()
    try:
        text = clean_notes(description, "description", most=MAX_DAMAGE_DESCRIPTION)
        if not text:
            raise ValidationError("description", "describe the damage", "required")
    except ValidationError as e:
        raise invalid(e) from None
    wanted = list(dict.fromkeys(photo_ids))
    existing = session.scalar(
        select(DamageReportRow).where(DamageReportRow.booking_id == booking.id)
    )
    if existing is not None:
        same = (
            existing.opened_by == user.id
            and existing.data["description"] == text
            and existing.data["photo_ids"] == wanted
        )
        if same:
            return _damage_wire(existing), False
        raise Conflict("this booking already has a damage report", code="damage_report_exists")
    if booking.status not in _HANDED_OVER:
        raise Conflict(
            "damage is reported for confirmed bookings only", code="booking_not_confirmed"
        )
    opens, closes = damage_window(booking.end_at)
    if not opens <= now <= closes:
        raise Conflict(
            f"damage can be reported from {format_time(opens)} until {format_time(closes)}",
            code="outside_window",
        )
    report_ids = set(
        session.scalars(
            select(HandoverReportRow.id).where(HandoverReportRow.booking_id == booking.id)
        )
    )
    known = set(
        session.scalars(
            select(PhotoRow.id).where(
                PhotoRow.id.in_(wanted),
                PhotoRow.target_kind == photos.HANDOVER,
                PhotoRow.target_id.in_(report_ids),
            )
        )
    )
    strangers = [p for p in wanted if p not in known]
    if strangers:
        raise Invalid(
            "a damage report points at photos of this booking's reports only",
            code="unknown_photo",
            fields={"photo_ids": "not photos of this booking's reports: " + ", ".join(strangers)},
        )
    data = {
        "id": str(uuid.uuid4()),
        "booking_id": booking.id,
        "opened_by": user.id,
        "description": text,
        "photo_ids": wanted,
        "opened_at": format_time(now),
    }
    row = DamageReportRow(
        id=data["id"], booking_id=booking.id, opened_by=user.id, data=data, created_at=now
    )
    session.add(row)
    session.flush()
    changelog.record(
        session,
        DAMAGE_KIND,
        row.id,
        "upsert",
        data,
        visible_to=(booking.renter_id, booking.owner_id),
    )
    return data, True
