"""Records as the feed protocol carries them (JSON objects), to and from the domain.

Parsing validates everything: a record that is not exactly right raises
ValidationError naming the field, so the sync engine can skip and report it
and the feed server can answer 422 with field-level messages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime, time
from typing import Any

from wheelshare.domain.booking import Booking, BookingStatus
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.message import Conversation, Message
from wheelshare.domain.photo import Photo, PhotoFileRef, clean_description, criterion_from
from wheelshare.domain.review import Review
from wheelshare.domain.text import DESCRIPTION_LIMIT, MAX_LANGUAGES, text_limit
from wheelshare.domain.values import Location, Money, Period
from wheelshare.domain.vehicle import (
    Availability,
    Measurements,
    Prices,
    Rating,
    Vehicle,
    VehiclePlace,
    WeeklyBlock,
)
from wheelshare.domain.venue import Accessibility, Entrance, Source, Venue
from wheelshare.domain.vocabulary import (
    Adaptation,
    Measurement,
    TargetKind,
    WheelchairGrade,
    parse_enum,
)

Json = dict[str, Any]

# Whole numbers on the wire must fit a signed 64-bit integer: what SQLite and
# PostgreSQL's bigint store, and what other clients' JSON readers keep exactly.
WIRE_INT_MAX = 2**63 - 1


# -- primitives ---------------------------------------------------------------


def _obj(value: object, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(field, "expected an object")
    return value


def _str(d: Mapping[str, Any], key: str, field: str, *, required: bool = True) -> str:
    value = d.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}{key}", "expected text")
    limit = text_limit(key)
    if len(value) > limit:
        raise ValidationError(f"{field}{key}", f"longer than {limit} characters")
    return value


def _id(d: Mapping[str, Any], key: str, field: str = "") -> str:
    value = _str(d, key, field)
    if not value or len(value) > 200:
        raise ValidationError(f"{field}{key}", "expected a non-empty identifier")
    return value


def _in_int_range(value: int, field: str) -> int:
    if not -WIRE_INT_MAX <= value <= WIRE_INT_MAX:
        raise ValidationError(field, "the number is far too large", "out_of_range")
    return value


def _int(d: Mapping[str, Any], key: str, field: str, default: int | None = None) -> int:
    value = d.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"{field}{key}", "expected a whole number")
    return _in_int_range(value, f"{field}{key}")


def _opt_int(d: Mapping[str, Any], key: str, field: str) -> int | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"{field}{key}", "expected a whole number or null")
    return _in_int_range(value, f"{field}{key}")


def _number(value: object, field: str, what: str) -> float:
    """A finite JSON number as a float. A whole number too large for a float
    (e.g. 10**400, which JSON allows) raises ValidationError, not OverflowError."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValidationError(field, f"{what} must be a number")
    try:
        number = float(value)
    except OverflowError:
        raise ValidationError(field, f"{what} is far too large", "out_of_range") from None
    if not math.isfinite(number):
        raise ValidationError(field, f"{what} must be a finite number", "out_of_range")
    return number


def _opt_bool(d: Mapping[str, Any], key: str, field: str) -> bool | None:
    value = d.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise ValidationError(f"{field}{key}", "expected true, false or null")


def _bool(d: Mapping[str, Any], key: str, field: str, default: bool) -> bool:
    value = d.get(key, default)
    if not isinstance(value, bool):
        raise ValidationError(f"{field}{key}", "expected true or false")
    return value


def parse_time(value: object, field: str) -> datetime:
    """An RFC 3339 timestamp with an offset, as an aware datetime in UTC."""
    if not isinstance(value, str):
        raise ValidationError(field, "expected an RFC 3339 date and time")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(field, f"{value[:40]!r} is not an RFC 3339 date and time") from None
    if parsed.tzinfo is None:
        raise ValidationError(field, "the date and time needs an offset (e.g. Z)")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise ValidationError(field, "the date is out of range", "out_of_range") from None


def _opt_time(d: Mapping[str, Any], key: str, field: str) -> datetime | None:
    value = d.get(key)
    return None if value is None else parse_time(value, f"{field}{key}")


def format_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def money_from_wire(value: object, field: str) -> Money:
    d = _obj(value, field)
    amount = d.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError(f"{field}.amount", "money is a whole number of minor units")
    _in_int_range(amount, f"{field}.amount")
    currency = d.get("currency", "EUR")
    try:
        return Money(amount, currency if isinstance(currency, str) else "")
    except ValidationError as e:
        raise e.prefixed(field) from None


def money_to_wire(m: Money) -> Json:
    return {"amount": m.amount, "currency": m.currency}


def location_from_wire(value: object, field: str = "location") -> Location:
    d = _obj(value, field)
    lat = _number(d.get("lat"), f"{field}.lat", "latitude")
    lon = _number(d.get("lon"), f"{field}.lon", "longitude")
    try:
        return Location(
            lat,
            lon,
            _str(d, "city", f"{field}.", required=False),
            _str(d, "address", f"{field}.", required=False),
            _bool(d, "approximate", f"{field}.", False),
        )
    except ValidationError as e:
        raise ValidationError(field + e.field.removeprefix("location"), e.message) from None


def location_to_wire(loc: Location) -> Json:
    if loc.approximate:
        # A public approximate area: no street address, and it says so.
        return {"lat": loc.lat, "lon": loc.lon, "city": loc.city, "approximate": True}
    return {"lat": loc.lat, "lon": loc.lon, "city": loc.city, "address": loc.address}


def period_from_wire(d: Mapping[str, Any], field: str = "") -> Period:
    start = parse_time(d.get("start"), f"{field}start")
    end = parse_time(d.get("end"), f"{field}end")
    try:
        return Period(start, end)
    except ValidationError as e:
        raise ValidationError(f"{field}{e.field}", e.message) from None


def _rating(value: object, field: str) -> Rating:
    if value is None:
        return Rating()
    d = _obj(value, field)
    raw = d.get("average")
    avg = None if raw is None else _number(raw, f"{field}.average", "the average")
    count = _int(d, "count", f"{field}.", 0)
    if count < 0:
        raise ValidationError(f"{field}.count", "cannot be negative")
    return Rating(avg, count)


def _rating_to_wire(r: Rating) -> Json:
    return {"average": r.average, "count": r.count}


# -- vehicles -----------------------------------------------------------------


def adaptations_from_wire(value: object, field: str = "adaptations") -> frozenset[Adaptation]:
    d = _obj(value, field)
    out: set[Adaptation] = set()
    for name, flag in d.items():
        a = parse_enum(Adaptation, name, f"{field}.{name}")
        if isinstance(flag, int) and not isinstance(flag, bool):
            _in_int_range(flag, f"{field}.{name}")
        if flag is True or (isinstance(flag, int) and not isinstance(flag, bool) and flag > 0):
            out.add(a)
        elif flag not in (False, None, 0):
            raise ValidationError(f"{field}.{name}", "expected true, false or a count")
    return frozenset(out)


def vehicle_from_wire(d: object) -> Vehicle:
    r = _obj(d, "vehicle")
    m = _obj(r.get("measurements") or {}, "measurements")
    for key in m:
        parse_enum(Measurement, key, f"measurements.{key}")
    p = _obj(r.get("prices"), "prices")
    try:
        return Vehicle(
            id=_id(r, "id"),
            owner_id=_id(r, "owner_id"),
            title=_str(r, "title", ""),
            description=_str(r, "description", "", required=False),
            location=location_from_wire(r.get("location")),
            adaptations=adaptations_from_wire(r.get("adaptations") or {}),
            measurements=_measurements(m),
            seats=_int(r, "seats", "", 4),
            wheelchair_places=_int(r, "wheelchair_places", "", 1),
            prices=_prices(p),
            instant_book=_bool(r, "instant_book", "", False),
            listed=_bool(r, "listed", "", True),
            rating=_rating(r.get("rating"), "rating"),
            owner_name=_str(r, "owner_name", "", required=False),
            updated_at=_opt_time(r, "updated_at", ""),
        )
    except ValidationError:
        raise


def _measurements(m: Mapping[str, Any]) -> Measurements:
    values = {k.value: _opt_int(m, k.value, "measurements.") for k in Measurement}
    try:
        return Measurements(**values)
    except ValidationError as e:
        raise e.prefixed("measurements") from None


def _prices(p: Mapping[str, Any]) -> Prices:
    try:
        return Prices(
            half_day=money_from_wire(p.get("half_day"), "prices.half_day"),
            day=money_from_wire(p.get("day"), "prices.day"),
            week=money_from_wire(p.get("week"), "prices.week"),
        )
    except ValidationError as e:
        if e.field.startswith("prices"):
            raise
        raise e.prefixed("prices") from None


def vehicle_to_wire(v: Vehicle) -> Json:
    return {
        "id": v.id,
        "owner_id": v.owner_id,
        "owner_name": v.owner_name,
        "title": v.title,
        "description": v.description,
        "location": location_to_wire(v.location),
        "adaptations": {a.value: True for a in sorted(v.adaptations)},
        "measurements": {k.value: v.measurements.get(k) for k in Measurement},
        "seats": v.seats,
        "wheelchair_places": v.wheelchair_places,
        "prices": {
            "half_day": money_to_wire(v.prices.half_day),
            "day": money_to_wire(v.prices.day),
            "week": money_to_wire(v.prices.week),
        },
        "instant_book": v.instant_book,
        "listed": v.listed,
        "rating": _rating_to_wire(v.rating),
        "updated_at": format_time(v.updated_at) if v.updated_at else None,
    }


def vehicle_place_from_wire(d: object) -> VehiclePlace:
    r = _obj(d, "vehicle_place")
    return VehiclePlace(
        vehicle_id=_id(r, "vehicle_id"),
        location=location_from_wire(r.get("location")),
        updated_at=_opt_time(r, "updated_at", ""),
    )


def availability_from_wire(d: object) -> Availability:
    r = _obj(d, "availability")
    blocks_raw = r.get("blocks") or []
    weekly_raw = r.get("weekly") or []
    if not isinstance(blocks_raw, list):
        raise ValidationError("blocks", "expected a list")
    if not isinstance(weekly_raw, list):
        raise ValidationError("weekly", "expected a list")
    blocks = tuple(
        period_from_wire(_obj(b, f"blocks[{i}]"), f"blocks[{i}].") for i, b in enumerate(blocks_raw)
    )
    weekly: list[WeeklyBlock] = []
    for i, w in enumerate(weekly_raw):
        wd = _obj(w, f"weekly[{i}]")
        field = f"weekly[{i}]."
        try:
            weekly.append(
                WeeklyBlock(
                    _int(wd, "weekday", field),
                    _parse_clock(wd.get("start"), f"{field}start"),
                    _parse_clock(wd.get("end"), f"{field}end"),
                )
            )
        except ValidationError as e:
            if e.field.startswith("weekly"):
                raise
            raise ValidationError(f"{field}{e.field}", e.message) from None
    tz = r.get("timezone", "Europe/Paris")
    if not isinstance(tz, str):
        raise ValidationError("timezone", "expected an IANA time zone name")
    return Availability(blocks, tuple(weekly), tz)


def _parse_clock(value: object, field: str) -> time:
    if not isinstance(value, str):
        raise ValidationError(field, "expected a time of day such as 08:30")
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a time of day such as 08:30") from None


def availability_to_wire(a: Availability) -> Json:
    return {
        "blocks": [{"start": format_time(b.start), "end": format_time(b.end)} for b in a.blocks],
        "weekly": [
            {
                "weekday": w.weekday,
                "start": w.start.strftime("%H:%M"),
                "end": w.end.strftime("%H:%M"),
            }
            for w in a.weekly
        ],
        "timezone": a.timezone,
    }


# -- venues -------------------------------------------------------------------


def venue_from_wire(d: object) -> Venue:
    r = _obj(d, "venue")
    a = _obj(r.get("accessibility") or {}, "accessibility")
    e = _obj(a.get("entrance") or {}, "accessibility.entrance")
    desc = a.get("description") or {}
    desc_obj = _obj(desc, "accessibility.description")
    if len(desc_obj) > MAX_LANGUAGES:
        raise ValidationError("accessibility.description", f"more than {MAX_LANGUAGES} languages")
    for lang, text in desc_obj.items():
        if not isinstance(text, str) or not isinstance(lang, str) or len(lang) > 20:
            raise ValidationError(f"accessibility.description.{lang}", "expected text")
        if len(text) > DESCRIPTION_LIMIT:
            raise ValidationError(
                f"accessibility.description.{lang}", f"longer than {DESCRIPTION_LIMIT} characters"
            )
    grade_raw = a.get("wheelchair_grade") or "unknown"
    try:
        entrance = Entrance(
            step_free=_opt_bool(e, "step_free", "accessibility.entrance."),
            step_count=_opt_int(e, "step_count", "accessibility.entrance."),
            step_height_cm=_opt_int(e, "step_height_cm", "accessibility.entrance."),
            has_ramp=_opt_bool(e, "has_ramp", "accessibility.entrance."),
            door_width_cm=_opt_int(e, "door_width_cm", "accessibility.entrance."),
            automatic_door=_opt_bool(e, "automatic_door", "accessibility.entrance."),
        )
    except ValidationError as err:
        if err.field.startswith("accessibility"):
            raise
        raise err.prefixed("accessibility.entrance") from None
    acc = Accessibility(
        wheelchair_grade=parse_enum(WheelchairGrade, grade_raw, "accessibility.wheelchair_grade"),
        entrance=entrance,
        toilet_accessible=_opt_bool(a, "toilet_accessible", "accessibility."),
        parking_accessible=_opt_bool(a, "parking_accessible", "accessibility."),
        elevator=_opt_bool(a, "elevator", "accessibility."),
        hearing_loop=_opt_bool(a, "hearing_loop", "accessibility."),
        description=dict(desc_obj),
    )
    s = _obj(r.get("source") or {"name": "community"}, "source")
    return Venue(
        id=_id(r, "id"),
        name=_str(r, "name", ""),
        category=_str(r, "category", "", required=False),
        location=location_from_wire(r.get("location")),
        accessibility=acc,
        source=Source(
            _str(s, "name", "source."),
            _str(s, "id", "source.", required=False),
            _str(s, "url", "source.", required=False),
        ),
        rating=_rating(r.get("rating"), "rating"),
        updated_at=_opt_time(r, "updated_at", ""),
    )


def venue_to_wire(v: Venue) -> Json:
    a = v.accessibility
    e = a.entrance
    return {
        "id": v.id,
        "name": v.name,
        "category": v.category,
        "location": location_to_wire(v.location),
        "accessibility": {
            "wheelchair_grade": a.wheelchair_grade.value,
            "entrance": {
                "step_free": e.step_free,
                "step_count": e.step_count,
                "step_height_cm": e.step_height_cm,
                "has_ramp": e.has_ramp,
                "door_width_cm": e.door_width_cm,
                "automatic_door": e.automatic_door,
            },
            "toilet_accessible": a.toilet_accessible,
            "parking_accessible": a.parking_accessible,
            "elevator": a.elevator,
            "hearing_loop": a.hearing_loop,
            "description": dict(a.description),
        },
        "source": {"name": v.source.name, "id": v.source.id, "url": v.source.url},
        "rating": _rating_to_wire(v.rating),
        "updated_at": format_time(v.updated_at) if v.updated_at else None,
    }


# -- bookings and reviews -----------------------------------------------------


def booking_from_wire(d: object) -> Booking:
    r = _obj(d, "booking")
    refund = r.get("refund")
    return Booking(
        id=_id(r, "id"),
        vehicle_id=_id(r, "vehicle_id"),
        renter_id=_id(r, "renter_id"),
        owner_id=_id(r, "owner_id"),
        period=period_from_wire(r),
        status=parse_enum(BookingStatus, r.get("status"), "status"),
        price=money_from_wire(r.get("price"), "price"),
        refund=None if refund is None else money_from_wire(refund, "refund"),
        created_at=_opt_time(r, "created_at", ""),
        updated_at=_opt_time(r, "updated_at", ""),
        renter_name=_str(r, "renter_name", "", required=False),
        vehicle_title=_str(r, "vehicle_title", "", required=False),
        pickup=None if r.get("pickup") is None else location_from_wire(r["pickup"], "pickup"),
    )


def booking_to_wire(b: Booking) -> Json:
    return {
        "id": b.id,
        "vehicle_id": b.vehicle_id,
        "renter_id": b.renter_id,
        "owner_id": b.owner_id,
        "renter_name": b.renter_name,
        "vehicle_title": b.vehicle_title,
        "start": format_time(b.period.start),
        "end": format_time(b.period.end),
        "status": b.status.value,
        "price": money_to_wire(b.price),
        "refund": money_to_wire(b.refund) if b.refund else None,
        "created_at": format_time(b.created_at) if b.created_at else None,
        "updated_at": format_time(b.updated_at) if b.updated_at else None,
        "pickup": location_to_wire(b.pickup) if b.pickup is not None else None,
    }


def review_from_wire(d: object) -> Review:
    r = _obj(d, "review")
    criteria = _obj(r.get("criteria"), "criteria")
    return Review(
        id=_id(r, "id"),
        target_kind=parse_enum(TargetKind, r.get("target_kind"), "target_kind"),
        target_id=_id(r, "target_id"),
        # Public reviews carry no author id (protocol v2): only the author's
        # own feed says who wrote a review.
        author_id=_str(r, "author_id", "", required=False),
        author_name=_str(r, "author_name", "", required=False),
        criteria=dict(criteria),
        comment=_str(r, "comment", "", required=False),
        created_at=_opt_time(r, "created_at", ""),
        updated_at=_opt_time(r, "updated_at", ""),
    )


def review_to_wire(rv: Review) -> Json:
    return {
        "id": rv.id,
        "target_kind": rv.target_kind.value,
        "target_id": rv.target_id,
        **({"author_id": rv.author_id} if rv.author_id else {}),
        "author_name": rv.author_name,
        "criteria": dict(rv.criteria),
        "comment": rv.comment,
        "created_at": format_time(rv.created_at) if rv.created_at else None,
        "updated_at": format_time(rv.updated_at) if rv.updated_at else None,
    }


# -- conversations --------------------------------------------------------------


def message_from_wire(d: object) -> Message:
    r = _obj(d, "message")
    number = _int(r, "number", "")
    if number < 1:
        raise ValidationError("number", "expected a number from 1", "out_of_range")
    author_id = r.get("author_id")
    sent_at = _opt_time(r, "sent_at", "")
    if sent_at is None:
        raise ValidationError("sent_at", "expected a date and time")
    return Message(
        id=_id(r, "id"),
        booking_id=_id(r, "booking_id"),
        number=number,
        author_id=None if author_id is None else _id(r, "author_id"),
        author_name=_str(r, "author_name", "", required=False),
        text=_str(r, "text", ""),
        sent_at=sent_at,
    )


def message_to_wire(m: Message) -> Json:
    return {
        "id": m.id,
        "booking_id": m.booking_id,
        "number": m.number,
        "author_id": m.author_id,
        "author_name": m.author_name,
        "text": m.text,
        "sent_at": format_time(m.sent_at),
    }


def conversation_from_wire(d: object) -> Conversation:
    r = _obj(d, "conversation")
    read_through = _int(r, "read_through", "", 0)
    unread = _int(r, "unread", "", 0)
    if read_through < 0 or unread < 0:
        raise ValidationError("unread", "expected a count", "out_of_range")
    phone = _str(r, "owner_phone", "", required=False)
    return Conversation(
        booking_id=_id(r, "booking_id"),
        read_through=read_through,
        unread=unread,
        owner_phone=phone or None,
        updated_at=_opt_time(r, "updated_at", ""),
    )


def conversation_to_wire(c: Conversation) -> Json:
    return {
        "booking_id": c.booking_id,
        "read_through": c.read_through,
        "unread": c.unread,
        "owner_phone": c.owner_phone,
        "updated_at": format_time(c.updated_at) if c.updated_at else None,
    }


# -- photos -------------------------------------------------------------------

_SHA256 = re.compile(r"[0-9a-f]{64}")


def _photo_file(files: Mapping[str, Any], size: str) -> PhotoFileRef:
    f = _obj(files.get(size), f"files.{size}")
    digest = _str(f, "sha256", f"files.{size}.")
    if not _SHA256.fullmatch(digest):
        raise ValidationError(f"files.{size}.sha256", "expected a SHA-256 in hexadecimal")
    return PhotoFileRef(
        digest, _int(f, "width", f"files.{size}."), _int(f, "height", f"files.{size}.")
    )


def photo_from_wire(d: object) -> Photo:
    """A photo record; its description is required, as the feed requires it."""
    p = _obj(d, "photo")
    kind = _str(p, "target_kind", "")
    if kind not in ("vehicle", "venue"):
        raise ValidationError("target_kind", "expected vehicle or venue")
    raw_criterion = p.get("criterion")
    files = _obj(p.get("files"), "files")
    return Photo(
        id=_id(p, "id"),
        target_kind=kind,
        target_id=_id(p, "target_id"),
        description=clean_description(_str(p, "description", "")),
        criterion=None if raw_criterion is None else criterion_from(str(raw_criterion)),
        position=_int(p, "position", "", 0),
        thumb=_photo_file(files, "thumb"),
        large=_photo_file(files, "large"),
    )
