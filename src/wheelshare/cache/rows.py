"""From validated domain objects to the cache's query columns.

The wire JSON is stored as is; the columns next to it are derived here, in
one place, so the store and the queries agree on what they mean.
"""

from __future__ import annotations

import functools
import json
import math
import unicodedata
from collections.abc import Iterable
from datetime import datetime, time

import orjson

from wheelshare.domain import (
    Adaptation,
    Availability,
    Booking,
    Review,
    Vehicle,
    Venue,
)
from wheelshare.domain.companion_wire import CompanionRating, Companionship, Post
from wheelshare.domain.photo import Photo
from wheelshare.domain.renter_review import RenterReview, RenterStanding
from wheelshare.domain.vocabulary import HAND_DRIVING, RAMPS
from wheelshare.domain.wire import Json, format_time

# Each adaptation's bit in ``vehicles.adaptations``. Stored in caches on disk:
# never renumber; a new adaptation takes the next free bit.
ADAPTATION_BITS: dict[Adaptation, int] = {
    Adaptation.REAR_RAMP: 0,
    Adaptation.SIDE_RAMP: 1,
    Adaptation.LIFT_PLATFORM: 2,
    Adaptation.WINCH: 3,
    Adaptation.LOWERED_FLOOR: 4,
    Adaptation.CAN_TRAVEL_SEATED_IN_WHEELCHAIR: 5,
    Adaptation.HAND_CONTROLS_PUSH_PULL: 6,
    Adaptation.ACCELERATOR_RING: 7,
    Adaptation.STEERING_KNOB: 8,
    Adaptation.LEFT_FOOT_ACCELERATOR: 9,
    Adaptation.FORK_CONTROL: 10,
    Adaptation.SWIVEL_SEAT: 11,
    Adaptation.TRANSFER_BOARD: 12,
    Adaptation.AUTOMATIC_TRANSMISSION: 13,
}


def adaptation_mask(adaptations: frozenset[Adaptation] | set[Adaptation]) -> int:
    mask = 0
    for a in adaptations:
        mask |= 1 << ADAPTATION_BITS[a]
    return mask


RAMP_MASK = adaptation_mask(set(RAMPS))
LIFT_MASK = adaptation_mask({Adaptation.LIFT_PLATFORM})
HAND_DRIVING_MASK = adaptation_mask(set(HAND_DRIVING))


@functools.lru_cache(maxsize=4096)  # few distinct cities, many records
def text_key(text: str) -> str:
    """Lower case without accents, for prefix completion ("st-etienne" finds "St-Étienne")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ts(moment: datetime) -> int:
    """UTC seconds since the epoch (periods are stored as integers for fast overlap tests)."""
    return int(moment.timestamp())


def _opt_bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _stamp(value: datetime | None) -> str | None:
    return format_time(value) if value is not None else None


# One encoder for every record: ``json.dumps`` with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dump(record: Json) -> str:
    """The record as the ``data`` column holds it: compact JSON, text unescaped.

    orjson writes it in a tenth of ``json``'s time (most of a large write was
    this encoding); where the two would not mean the same, ``json`` writes it:
    orjson turns NaN and infinities into null (so any non-finite float sends the
    record to ``json``) and refuses integers beyond 64 bits, lone surrogates and
    keys that are not text."""
    if _all_finite(record):
        return dump_finite(record)
    return _ENCODER.encode(record)


def dump_finite(record: Json) -> str:
    """``dump`` for a record known to hold no NaN or infinity (every float in it checked)."""
    try:
        return orjson.dumps(record).decode()
    except TypeError:
        return _ENCODER.encode(record)


def _all_finite(value: object) -> bool:
    if type(value) is float:
        return math.isfinite(value)
    items: Iterable[object]
    if type(value) is dict:
        items = value.values()
    elif type(value) is list:
        items = value
    else:
        return True
    for item in items:
        t = type(item)
        if (t is dict or t is list or t is float) and not _all_finite(item):
            return False
    return True


def vehicle_row(v: Vehicle, record: Json) -> tuple[object, ...]:
    m = v.measurements
    return (
        v.id,
        v.owner_id,
        v.title,
        v.description,
        v.location.city,
        text_key(v.location.city),
        v.location.lat,
        v.location.lon,
        adaptation_mask(v.adaptations),
        v.seats,
        v.wheelchair_places,
        m.door_height_cm,
        m.ramp_width_cm,
        m.ramp_length_cm,
        m.lift_max_load_kg,
        m.interior_height_cm,
        v.prices.currency,
        v.prices.half_day.amount,
        v.prices.day.amount,
        v.prices.week.amount,
        int(v.instant_book),
        int(v.listed),
        v.rating.average,
        v.rating.count,
        _stamp(v.updated_at),
        dump(record),
    )


VEHICLE_COLUMNS = (
    "id",
    "owner_id",
    "title",
    "description",
    "city",
    "city_key",
    "lat",
    "lon",
    "adaptations",
    "seats",
    "wheelchair_places",
    "door_height_cm",
    "ramp_width_cm",
    "ramp_length_cm",
    "lift_max_load_kg",
    "interior_height_cm",
    "currency",
    "half_day_amount",
    "day_amount",
    "week_amount",
    "instant_book",
    "listed",
    "rating_avg",
    "rating_count",
    "updated_at",
    "data",
)


def venue_row(v: Venue, record: Json) -> tuple[object, ...]:
    a = v.accessibility
    e = a.entrance
    return (
        v.id,
        v.name,
        v.category,
        v.location.city,
        text_key(v.location.city),
        v.location.lat,
        v.location.lon,
        a.wheelchair_grade.rank,
        _opt_bool(e.step_free),
        e.step_count,
        _opt_bool(e.has_ramp),
        e.door_width_cm,
        _opt_bool(e.automatic_door),
        _opt_bool(a.toilet_accessible),
        _opt_bool(a.parking_accessible),
        _opt_bool(a.elevator),
        _opt_bool(a.hearing_loop),
        "\n".join(a.description.values()),
        v.source.name,
        v.rating.average,
        v.rating.count,
        _stamp(v.updated_at),
        dump(record),
    )


VENUE_COLUMNS = (
    "id",
    "name",
    "category",
    "city",
    "city_key",
    "lat",
    "lon",
    "grade",
    "step_free",
    "step_count",
    "has_ramp",
    "door_width_cm",
    "automatic_door",
    "toilet_accessible",
    "parking_accessible",
    "elevator",
    "hearing_loop",
    "description",
    "source_name",
    "rating_avg",
    "rating_count",
    "updated_at",
    "data",
)


def review_row(r: Review, record: Json) -> tuple[object, ...]:
    return (
        r.id,
        r.target_kind.value,
        r.target_id,
        r.author_id,
        _stamp(r.created_at),
        _stamp(r.updated_at),
        dump(record),
    )


REVIEW_COLUMNS = ("id", "target_kind", "target_id", "author_id", "created_at", "updated_at", "data")


def photo_row(p: Photo, record: Json) -> tuple[object, ...]:
    return (p.id, p.target_kind, p.target_id, p.position, dump(record))


PHOTO_COLUMNS = ("id", "target_kind", "target_id", "position", "data")


def booking_row(b: Booking, record: Json) -> tuple[object, ...]:
    return (
        b.id,
        b.vehicle_id,
        b.renter_id,
        b.owner_id,
        b.status.value,
        ts(b.period.start),
        ts(b.period.end),
        _stamp(b.updated_at),
        dump(record),
    )


BOOKING_COLUMNS = (
    "id",
    "vehicle_id",
    "renter_id",
    "owner_id",
    "status",
    "start_ts",
    "end_ts",
    "updated_at",
    "data",
)


def minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def weekly_rows(vehicle_id: str, a: Availability) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for w in a.weekly:
        end = 1440 if w.end == time(0) else minutes(w.end)
        out.append((vehicle_id, a.timezone, w.weekday, minutes(w.start), end))
    return out


def block_rows(vehicle_id: str, a: Availability) -> list[tuple[object, ...]]:
    return [(vehicle_id, ts(b.start), ts(b.end)) for b in a.blocks]


POST_COLUMNS = (
    "id",
    "mode",
    "status",
    "from_ts",
    "until_ts",
    "o_lat",
    "o_lon",
    "d_lat",
    "d_lon",
    "rating",
    "mine",
    "data",
)


def post_row(p: Post, record: Json) -> tuple[object, ...]:
    j = p.journey
    return (
        p.id,
        j.mode.value,
        p.status.value,
        ts(j.leaves_from),
        ts(j.leaves_until),
        j.origin.lat,
        j.origin.lon,
        j.destination.lat,
        j.destination.lon,
        p.rating,
        1 if p.author_id else 0,
        dump(record),
    )


COMPANIONSHIP_COLUMNS = ("id", "trip_id", "status", "updated_at", "data")


def companionship_row(c: Companionship, record: Json) -> tuple[object, ...]:
    updated = record.get("updated_at")
    return (
        c.id,
        c.trip_id,
        c.status.value,
        updated if isinstance(updated, str) else None,
        dump(record),
    )


COMPANION_RATING_COLUMNS = ("id", "companionship_id", "data")


def companion_rating_row(r: CompanionRating, record: Json) -> tuple[object, ...]:
    return (r.id, r.companionship_id, dump(record))


RENTER_REVIEW_COLUMNS = ("id", "booking_id", "data")


def renter_review_row(r: RenterReview, record: Json) -> tuple[object, ...]:
    return (r.id, r.booking_id, dump(record))


RENTER_STANDING_COLUMNS = ("id", "data")


def renter_standing_row(r: RenterStanding, record: Json) -> tuple[object, ...]:
    return (r.renter_id, dump(record))
