"""Handover and damage reports as the parties' own feeds carry them."""

from __future__ import annotations

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.handover import (
    DamageReport,
    HandoverPhoto,
    HandoverReport,
    Moment,
    clean_notes,
    position_from,
)
from wheelshare.domain.photo import clean_description
from wheelshare.domain.wire import _id, _obj, _opt_int, _opt_time, _photo_file, _str, parse_time


def _photo(value: object, index: int) -> HandoverPhoto:
    p = _obj(value, f"photos.{index}")
    files = _obj(p.get("files"), f"photos.{index}.files")
    return HandoverPhoto(
        id=_id(p, "id", f"photos.{index}."),
        position=position_from(_str(p, "position", f"photos.{index}.")),
        description=clean_description(_str(p, "description", f"photos.{index}.")),
        thumb=_photo_file(files, "thumb"),
        large=_photo_file(files, "large"),
    )


def handover_report_from_wire(d: object) -> HandoverReport:
    r = _obj(d, "handover_report")
    try:
        moment = Moment(_str(r, "moment", ""))
    except ValueError:
        raise ValidationError("moment", "expected start or end") from None
    shots = r.get("photos", [])
    if not isinstance(shots, list):
        raise ValidationError("photos", "expected a list")
    renter_at = _opt_time(r, "renter_confirmed_at", "")
    owner_at = _opt_time(r, "owner_confirmed_at", "")
    return HandoverReport(
        id=_id(r, "id"),
        booking_id=_id(r, "booking_id"),
        moment=moment,
        fuel_percent=_opt_int(r, "fuel_percent", ""),
        odometer_km=_opt_int(r, "odometer_km", ""),
        notes=clean_notes(_str(r, "notes", "", required=False)),
        photos=tuple(_photo(p, i) for i, p in enumerate(shots)),
        renter_confirmed=renter_at is not None,
        owner_confirmed=owner_at is not None,
        updated_at=_opt_time(r, "updated_at", ""),
        renter_confirmed_at=renter_at,
        owner_confirmed_at=owner_at,
    )


def damage_report_from_wire(d: object) -> DamageReport:
    r = _obj(d, "damage_report")
    ids = r.get("photo_ids", [])
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ValidationError("photo_ids", "expected a list of ids")
    return DamageReport(
        id=_id(r, "id"),
        booking_id=_id(r, "booking_id"),
        opened_by=_id(r, "opened_by"),
        description=clean_notes(_str(r, "description", "")),
        photo_ids=tuple(ids),
        opened_at=parse_time(r.get("opened_at"), "opened_at"),
    )
