"""Travel companions on the wire: trips, offers, companionships and ratings
as the feeds send them (docs/feed-protocol.md, "Travel companions"), parsed
into checked values so that nothing malformed reaches the cache."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wheelshare.domain.companions import (
    CancelReason,
    CompanionshipStatus,
    Help,
    Journey,
    PostStatus,
    TravelMode,
    TripPlace,
)
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.profile import WheelchairProfile
from wheelshare.domain.values import Money
from wheelshare.domain.wire import money_from_wire, parse_time


@dataclass(frozen=True, slots=True)
class Post:
    """A trip (``help`` and ``compensation`` set) or a companion's offer
    (``companion_name`` and ``rating``), public or the author's own
    (``author_id`` set only in the author's own feed)."""

    id: str
    journey: Journey
    status: PostStatus
    author_id: str = ""
    note: str = ""
    help: frozenset[Help] = frozenset()
    compensation: Money | None = None
    companion_name: str = ""
    rating: float | None = None
    rating_count: int = 0


@dataclass(frozen=True, slots=True)
class Companionship:
    id: str
    trip_id: str
    status: CompanionshipStatus
    traveller_id: str
    traveller_name: str
    companion_id: str
    companion_name: str
    trip: Post
    note: str = ""
    trip_note: str = ""
    meeting_point: str | None = None
    traveller_contact: str | None = None
    companion_contact: str | None = None
    cancel_reason: CancelReason | None = None
    cancelled_by: str | None = None
    rated_by_traveller: bool = False
    rated_by_companion: bool = False
    # The size of the traveller's wheelchair, when they shared it (the feed
    # sends it once the companionship is confirmed): SHARED_SIZE -> value.
    profile: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CompanionRating:
    id: str
    companionship_id: str
    author_role: str
    author_name: str
    stars: int
    comment: str
    created_at: datetime


def _obj(value: object, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(field, "expected an object")
    return value


def _str(d: Mapping[str, Any], key: str, field: str = "", *, required: bool = True) -> str:
    value = d.get(key, None if required else "")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise ValidationError(f"{field}{key}", "expected text")
    return value


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(key, "expected text or null")
    return value


def _num(d: Mapping[str, Any], key: str, field: str) -> float:
    value = d.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValidationError(f"{field}{key}", "expected a number")
    return float(value)


def place_from_wire(value: object, field: str) -> TripPlace:
    d = _obj(value, field)
    return TripPlace(
        _str(d, "name", f"{field}."),
        _num(d, "lat", f"{field}."),
        _num(d, "lon", f"{field}."),
        _str(d, "kind", f"{field}."),
        _str(d, "city", f"{field}.", required=False),
    )


def post_from_wire(value: object) -> Post:
    d = _obj(value, "record")
    try:
        mode = TravelMode(str(d.get("mode")))
        status = PostStatus(str(d.get("status")))
    except ValueError:
        raise ValidationError("mode", "unknown mode or status") from None
    journey = Journey(
        place_from_wire(d.get("origin"), "origin"),
        place_from_wire(d.get("destination"), "destination"),
        parse_time(d.get("leaves_from"), "leaves_from"),
        parse_time(d.get("leaves_until"), "leaves_until"),
        mode,
    )
    if journey.leaves_until <= journey.leaves_from:
        raise ValidationError("leaves_until", "the window ends before it starts")
    help_values = d.get("help", [])
    if not isinstance(help_values, list):
        raise ValidationError("help", "expected a list")
    try:
        needs = frozenset(Help(h) for h in help_values)
    except ValueError:
        raise ValidationError("help", "unknown kind of help") from None
    money = d.get("compensation")
    rating = d.get("companion_rating")
    average: float | None = None
    count = 0
    if rating is not None:
        r = _obj(rating, "companion_rating")
        avg = r.get("average")
        if avg is not None and (
            not isinstance(avg, int | float) or isinstance(avg, bool) or not 0 <= avg <= 5
        ):
            raise ValidationError("companion_rating.average", "expected 0 to 5 or null")
        raw_count = r.get("count", 0)
        if not isinstance(raw_count, int) or isinstance(raw_count, bool) or raw_count < 0:
            raise ValidationError("companion_rating.count", "expected a count")
        average, count = (None if avg is None else float(avg)), raw_count
    return Post(
        id=_str(d, "id"),
        journey=journey,
        status=status,
        author_id=_str(d, "traveller_id", required=False)
        or _str(d, "companion_id", required=False),
        note=_str(d, "note", required=False),
        help=needs,
        compensation=None if money is None else money_from_wire(money, "compensation"),
        companion_name=_str(d, "companion_name", required=False),
        rating=average,
        rating_count=count,
    )


# What a traveller may share of their wheelchair with the companion they accept:
# its size, not how its user travels.
SHARED_SIZE = ("width_cm", "length_cm", "seated_height_cm", "weight_with_occupant_kg")


def shared_size(profile: WheelchairProfile) -> dict[str, int]:
    """The ``profile`` of a trip request, from the traveller's own measurements."""
    return {key: getattr(profile, key) for key in SHARED_SIZE}


def _shared_size(value: object) -> dict[str, int]:
    """The known measurements of a shared profile; anything else is left out."""
    if not isinstance(value, Mapping):
        return {}
    return {
        key: v
        for key in SHARED_SIZE
        if isinstance(v := value.get(key), int) and not isinstance(v, bool)
    }


def companionship_from_wire(value: object) -> Companionship:
    d = _obj(value, "record")
    try:
        status = CompanionshipStatus(str(d.get("status")))
        reason = None if d.get("cancel_reason") is None else CancelReason(d["cancel_reason"])
    except ValueError:
        raise ValidationError("status", "unknown status or reason") from None
    return Companionship(
        id=_str(d, "id"),
        trip_id=_str(d, "trip_id"),
        status=status,
        traveller_id=_str(d, "traveller_id"),
        traveller_name=_str(d, "traveller_name", required=False),
        companion_id=_str(d, "companion_id"),
        companion_name=_str(d, "companion_name", required=False),
        trip=post_from_wire(d.get("trip")),
        note=_str(d, "note", required=False),
        trip_note=_str(d, "trip_note", required=False),
        meeting_point=_opt_str(d, "meeting_point"),
        traveller_contact=_opt_str(d, "traveller_contact"),
        companion_contact=_opt_str(d, "companion_contact"),
        cancel_reason=reason,
        cancelled_by=_opt_str(d, "cancelled_by"),
        rated_by_traveller=d.get("rated_by_traveller") is True,
        rated_by_companion=d.get("rated_by_companion") is True,
        profile=_shared_size(d.get("profile")),
    )


def rating_from_wire(value: object) -> CompanionRating:
    d = _obj(value, "record")
    stars = d.get("stars")
    if not isinstance(stars, int) or isinstance(stars, bool) or not 1 <= stars <= 5:
        raise ValidationError("stars", "expected 1 to 5")
    role = _str(d, "author_role")
    if role not in ("traveller", "companion"):
        raise ValidationError("author_role", "expected traveller or companion")
    return CompanionRating(
        id=_str(d, "id"),
        companionship_id=_str(d, "companionship_id"),
        author_role=role,
        author_name=_str(d, "author_name", required=False),
        stars=stars,
        comment=_str(d, "comment", required=False),
        created_at=parse_time(d.get("created_at"), "created_at"),
    )
