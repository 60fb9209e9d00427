"""The cache row of a plainly valid venue or vehicle, straight from its wire JSON.

Parsing a record into frozen domain objects and then reading the row back
out of them costs most of the time of a large write. For the overwhelmingly
common case, a record that is exactly right, these functions check the wire
dict with the domain's rules and build the row directly.

They only ever *accept*: on anything unusual (a wrong type, a value out of
range, a key they do not know how to judge, an unexpected exception) they
return ``None``, and the store then parses the record through
``domain.wire`` as before, which either builds the row or raises the
ValidationError a person sees. So every error still comes from the domain,
word for word, and a row built here is the one ``rows.venue_row`` /
``rows.vehicle_row`` would build (``tests/cache/test_fastrows.py`` checks
both on demo data and on mutated records).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from wheelshare.cache import rows
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.text import DESCRIPTION_LIMIT, MAX_LANGUAGES, text_limit
from wheelshare.domain.values import CURRENCIES
from wheelshare.domain.vocabulary import (
    MEASUREMENT_RANGES,
    VENUE_INT_CRITERIA,
    Measurement,
    VenueCriterion,
    WheelchairGrade,
)
from wheelshare.domain.wire import WIRE_INT_MAX, format_time, parse_time

Row = tuple[object, ...]

_EMPTY: Mapping[str, Any] = {}
_GRADE_RANK = {g.value: g.rank for g in WheelchairGrade}
_STEP_COUNT = VENUE_INT_CRITERIA[VenueCriterion.STEP_COUNT]
_STEP_HEIGHT = VENUE_INT_CRITERIA[VenueCriterion.STEP_HEIGHT_CM]
_DOOR_WIDTH = VENUE_INT_CRITERIA[VenueCriterion.DOOR_WIDTH_CM]
_ADAPTATION_BIT = {a.value: 1 << bit for a, bit in rows.ADAPTATION_BITS.items()}
_MEASUREMENTS = tuple((m.value, *MEASUREMENT_RANGES[m]) for m in Measurement)
_MEASUREMENT_NAMES = frozenset(m.value for m in Measurement)
_MAX_PRICE = 10_000_00
# Each text field's length limit, looked up once.
_LIMIT_ADDRESS = text_limit("address")
_LIMIT_CATEGORY = text_limit("category")
_LIMIT_CITY = text_limit("city")
_LIMIT_DESCRIPTION = text_limit("description")
_LIMIT_ID = text_limit("id")
_LIMIT_NAME = text_limit("name")
_LIMIT_OWNER_NAME = text_limit("owner_name")
_LIMIT_TITLE = text_limit("title")
_LIMIT_URL = text_limit("url")
# Every key of a venue whose value ``_venue_row`` checks, object by object: a
# venue holding only these has no float left unchecked (none is NaN or
# infinite), so its ``data`` column skips ``rows.dump``'s search for them.
_VENUE_KEYS = frozenset(
    ("id", "name", "category", "location", "accessibility", "source", "rating", "updated_at")
)
_LOCATION_KEYS = frozenset(("lat", "lon", "city", "address"))
_ACCESSIBILITY_KEYS = frozenset(
    (
        "wheelchair_grade",
        "entrance",
        "toilet_accessible",
        "parking_accessible",
        "elevator",
        "hearing_loop",
        "description",
    )
)
_ENTRANCE_KEYS = frozenset(
    ("step_free", "step_count", "step_height_cm", "has_ramp", "door_width_cm", "automatic_door")
)
_SOURCE_KEYS = frozenset(("name", "id", "url"))
_RATING_KEYS = frozenset(("average", "count"))


class _Reject(Exception):
    """The record is not plainly valid: let the domain judge it."""


def _text(value: object, limit: int) -> str:
    if type(value) is not str or len(value) > limit:
        raise _Reject
    return value


def _opt_text(value: object, limit: int) -> str:
    if value is None:
        return ""
    if type(value) is not str or len(value) > limit:
        raise _Reject
    return value


def _ident(value: object) -> str:
    if type(value) is not str or not value or len(value) > 200:
        raise _Reject
    return value


def _opt_flag(value: object) -> int | None:
    if value is None:
        return None
    if value is True:
        return 1
    if value is False:
        return 0
    raise _Reject


def _opt_whole(value: object, bounds: tuple[int, int]) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise _Reject
    return value


def _object(value: object) -> Mapping[str, Any]:
    """``value or {}`` as the wire parsers read optional objects."""
    if not value:
        return _EMPTY
    if type(value) is not dict:
        raise _Reject
    return value


def _location(value: object) -> tuple[str, float, float]:
    if type(value) is not dict:
        raise _Reject
    lat, lon = value.get("lat"), value.get("lon")
    # Whole numbers are bounded first: float() of a huge one raises OverflowError.
    if type(lat) is int:
        lat = float(lat) if -1000 <= lat <= 1000 else None
    if type(lon) is int:
        lon = float(lon) if -1000 <= lon <= 1000 else None
    if type(lat) is not float or type(lon) is not float:
        raise _Reject
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise _Reject
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise _Reject
    _opt_text(value.get("address"), _LIMIT_ADDRESS)
    return _opt_text(value.get("city"), _LIMIT_CITY), lat, lon


def _rating(value: object) -> tuple[float | None, int]:
    if value is None:
        return None, 0
    if type(value) is not dict:
        raise _Reject
    avg = value.get("average")
    if avg is not None:
        if type(avg) is int:
            if not -WIRE_INT_MAX <= avg <= WIRE_INT_MAX:
                raise _Reject
            avg = float(avg)
        elif type(avg) is not float or not math.isfinite(avg):
            raise _Reject
    count = value.get("count", 0)
    if type(count) is not int or not 0 <= count <= WIRE_INT_MAX:
        raise _Reject
    return avg, count


@functools.lru_cache(maxsize=8192)
def _stamp(value: str) -> str:
    try:
        return format_time(parse_time(value, "updated_at"))
    except ValidationError:
        raise _Reject from None


def _utc_stamp(value: str) -> str:
    """``format_time(parse_time(value))`` without the round trip for the usual form.

    A valid "YYYY-MM-DDTHH:MM:SSZ" is already what ``format_time`` writes:
    checked by reading it back (which also rejects a 30 February).
    """
    if len(value) == 20 and value[19] == "Z" and value[10] == "T":
        naive = value[:19]
        try:
            same = datetime.fromisoformat(naive).isoformat() == naive
        except ValueError:
            same = False
        if same:
            return value
    return _stamp(value)


def _opt_stamp(value: object) -> str | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _Reject
    return _utc_stamp(value)


def venue_row(record: object) -> Row | None:
    """The row of ``rows.venue_row`` for a plainly valid venue; None: ask the domain."""
    try:
        return _venue_row(record)
    except _Reject:
        return None
    except Exception:  # a case nobody foresaw: the domain decides
        return None


def _venue_row(r: object) -> Row:
    if type(r) is not dict:
        raise _Reject
    a = _object(r.get("accessibility"))
    e = _object(a.get("entrance"))
    desc = _object(a.get("description"))
    if len(desc) > MAX_LANGUAGES:
        raise _Reject
    for lang, text in desc.items():
        if type(text) is not str or type(lang) is not str or len(lang) > 20:
            raise _Reject
        if len(text) > DESCRIPTION_LIMIT:
            raise _Reject
    grade = a.get("wheelchair_grade") or "unknown"
    if type(grade) is not str or grade not in _GRADE_RANK:
        raise _Reject
    step_free = _opt_flag(e.get("step_free"))
    step_count = _opt_whole(e.get("step_count"), _STEP_COUNT)
    _opt_whole(e.get("step_height_cm"), _STEP_HEIGHT)
    if step_free == 1 and step_count:
        raise _Reject
    source = r.get("source")
    if source:
        if type(source) is not dict:
            raise _Reject
        source_name = _text(source.get("name"), _LIMIT_NAME)
        _opt_text(source.get("id"), _LIMIT_ID)
        _opt_text(source.get("url"), _LIMIT_URL)
    else:
        source_name = "community"
    name = _text(r.get("name"), _LIMIT_NAME)
    if not name.strip() or len(name) > 300:
        raise _Reject
    location = r.get("location")
    city, lat, lon = _location(location)
    rating = r.get("rating")
    avg, count = _rating(rating)
    checked = (
        r.keys() <= _VENUE_KEYS
        and type(location) is dict
        and location.keys() <= _LOCATION_KEYS
        and a.keys() <= _ACCESSIBILITY_KEYS
        and e.keys() <= _ENTRANCE_KEYS
        and (not source or source.keys() <= _SOURCE_KEYS)
        and (rating is None or rating.keys() <= _RATING_KEYS)
    )
    return (
        _ident(r.get("id")),
        name,
        _opt_text(r.get("category"), _LIMIT_CATEGORY),
        city,
        rows.text_key(city),
        lat,
        lon,
        _GRADE_RANK[grade],
        step_free,
        step_count,
        _opt_flag(e.get("has_ramp")),
        _opt_whole(e.get("door_width_cm"), _DOOR_WIDTH),
        _opt_flag(e.get("automatic_door")),
        _opt_flag(a.get("toilet_accessible")),
        _opt_flag(a.get("parking_accessible")),
        _opt_flag(a.get("elevator")),
        _opt_flag(a.get("hearing_loop")),
        "\n".join(desc.values()),
        source_name,
        avg,
        count,
        _opt_stamp(r.get("updated_at")),
        rows.dump_finite(r) if checked else rows.dump(r),
    )


def vehicle_row(record: object) -> Row | None:
    """The row of ``rows.vehicle_row`` for a plainly valid vehicle; None: ask the domain."""
    try:
        return _vehicle_row(record)
    except _Reject:
        return None
    except Exception:  # a case nobody foresaw: the domain decides
        return None


def _amount(value: object, limit: int) -> tuple[int, str]:
    if type(value) is not dict:
        raise _Reject
    amount = value.get("amount")
    currency = value.get("currency", "EUR")
    if type(amount) is not int or not 0 <= amount <= limit:
        raise _Reject
    if type(currency) is not str or currency not in CURRENCIES:
        raise _Reject
    return amount, currency


def _vehicle_row(r: object) -> Row:
    if type(r) is not dict:
        raise _Reject
    m = _object(r.get("measurements"))
    for key in m:
        if type(key) is not str or key not in _MEASUREMENT_NAMES:
            raise _Reject
    measured = [_opt_whole(m.get(name), (low, high)) for name, low, high in _MEASUREMENTS]
    p = r.get("prices")
    if type(p) is not dict:
        raise _Reject
    half_day, cur1 = _amount(p.get("half_day"), _MAX_PRICE)
    day, cur2 = _amount(p.get("day"), _MAX_PRICE)
    week, cur3 = _amount(p.get("week"), 7 * _MAX_PRICE)
    if not cur1 == cur2 == cur3:
        raise _Reject
    mask = 0
    for name, flag in _object(r.get("adaptations")).items():
        bit = _ADAPTATION_BIT.get(name) if type(name) is str else None
        if bit is None:
            raise _Reject
        if flag is True or (type(flag) is int and 0 < flag <= WIRE_INT_MAX):
            mask |= bit
        elif flag is not False and flag is not None and not (type(flag) is int and flag == 0):
            raise _Reject
    title = _text(r.get("title"), _LIMIT_TITLE)
    description = _opt_text(r.get("description"), _LIMIT_DESCRIPTION)
    if not title.strip() or len(title) > 120 or len(description) > 5000:
        raise _Reject
    seats = r.get("seats", 4)
    places = r.get("wheelchair_places", 1)
    if type(seats) is not int or not 1 <= seats <= 9:
        raise _Reject
    if type(places) is not int or not 0 <= places <= 4:
        raise _Reject
    instant_book = r.get("instant_book", False)
    listed = r.get("listed", True)
    if type(instant_book) is not bool or type(listed) is not bool:
        raise _Reject
    _opt_text(r.get("owner_name"), _LIMIT_OWNER_NAME)
    city, lat, lon = _location(r.get("location"))
    avg, count = _rating(r.get("rating"))
    return (
        _ident(r.get("id")),
        _ident(r.get("owner_id")),
        title,
        description,
        city,
        rows.text_key(city),
        lat,
        lon,
        mask,
        seats,
        places,
        *measured,
        cur2,
        half_day,
        day,
        week,
        int(instant_book),
        int(listed),
        avg,
        count,
        _opt_stamp(r.get("updated_at")),
        rows.dump(r),
    )


# Keyed by the record kinds (``store.KINDS``) that have a fast path.
FAST_ROWS = {"venue": venue_row, "vehicle": vehicle_row}
