"""Travel companions: a traveller's trip request, a companion's offer, how
they match, the states of a companionship, the compensation rule and the
double-blind ratings after the trip.

A traveller in a wheelchair posts a *trip* (from and to a station or town,
a departure window, the mode, the help they need). A person already making a
journey posts an *offer* (from and to, a window, the mode). They match when
the mode is the same, both ends are within ``MATCH_RADIUS_KM`` of each other
and the windows overlap; matches are ranked by how close the ends are, then
by the companion's rating. The companion offers help on a trip; the traveller
accepts (a confirmed companionship, with a meeting point) or declines.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from wheelshare.domain import double_blind
from wheelshare.domain.errors import TransitionError, ValidationError
from wheelshare.domain.values import Money, check_coordinates, require_aware

# Both ends of a match lie within this distance of each other: the same town,
# or two stations of one city (Lyon Part-Dieu and Lyon Perrache are 2 km apart).
MATCH_RADIUS_KM = 15.0
# A departure window may be at most this long: "some time on Tuesday" finds
# nobody, and a bounded window keeps the matching query to a narrow range.
MAX_WINDOW = timedelta(hours=12)
# Ratings stay hidden until both are in or this long after the trip.
RATING_BLIND_PERIOD = double_blind.BLIND_PERIOD
# Two ends this close count as "the same station" in the reasons shown.
SAME_PLACE_KM = 0.5
# Where a trip may go from and to: the gazetteer's towns, stations and airports.
PLACE_KINDS = frozenset({"city", "station", "airport"})
NOTE_LIMIT = 500
MEETING_POINT_LIMIT = 300
CONTACT_LIMIT = 200


class TravelMode(StrEnum):
    TRAIN = "train"
    COACH = "coach"
    BUS_TRAM = "bus_tram"
    PLANE = "plane"
    CAR = "car"


class Help(StrEnum):
    BOARDING = "boarding"  # boarding and alighting
    LUGGAGE = "luggage"
    CHANGES = "changes"  # at a change of train or bus
    GUIDANCE = "guidance"  # guiding a visually impaired traveller
    TO_THE_DOOR = "to_the_door"  # accompaniment to the door


class PostStatus(StrEnum):
    """A trip or an offer: open to matches, accompanied (a companionship is
    confirmed), cancelled by its author, or over (its window has passed)."""

    OPEN = "open"
    ACCOMPANIED = "accompanied"
    CANCELLED = "cancelled"
    OVER = "over"


class CompanionshipStatus(StrEnum):
    OFFERED = "offered"  # the companion offered help; the traveller has not answered
    DECLINED = "declined"
    CONFIRMED = "confirmed"  # the traveller accepted: a confirmed companionship
    CANCELLED = "cancelled"
    DONE = "done"  # the trip's window has passed

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]


TRANSITIONS: dict[CompanionshipStatus, frozenset[CompanionshipStatus]] = {
    CompanionshipStatus.OFFERED: frozenset(
        {
            CompanionshipStatus.CONFIRMED,
            CompanionshipStatus.DECLINED,
            CompanionshipStatus.CANCELLED,  # the companion withdraws the offer
        }
    ),
    CompanionshipStatus.CONFIRMED: frozenset(
        {CompanionshipStatus.CANCELLED, CompanionshipStatus.DONE}
    ),
    CompanionshipStatus.DECLINED: frozenset(),
    CompanionshipStatus.CANCELLED: frozenset(),
    CompanionshipStatus.DONE: frozenset(),
}


class CancelReason(StrEnum):
    """Why a companionship (or a trip, or an offer) was cancelled, shown to the other person."""

    PLANS_CHANGED = "plans_changed"
    JOURNEY_CANCELLED = "journey_cancelled"  # the train, coach or flight itself
    ILLNESS = "illness"
    FOUND_OTHER_HELP = "found_other_help"
    OTHER = "other"


def check_transition(current: CompanionshipStatus, wanted: CompanionshipStatus) -> None:
    if wanted not in TRANSITIONS[current]:
        raise TransitionError(current.value, wanted.value)


@dataclass(frozen=True, slots=True)
class TripPlace:
    """A station, airport or town from the gazetteer; never a street address."""

    name: str
    lat: float
    lon: float
    kind: str = "city"
    city: str = ""

    def __post_init__(self) -> None:
        check_coordinates(self.lat, self.lon, "place")
        if not self.name.strip():
            raise ValidationError("place", "choose a place from the list", code="unknown_place")
        if self.kind not in PLACE_KINDS:
            raise ValidationError(
                "place", "choose a station, an airport or a town", code="unknown_place"
            )


@dataclass(frozen=True, slots=True)
class Journey:
    """What a trip and an offer share: from, to, the departure window, the mode."""

    origin: TripPlace
    destination: TripPlace
    leaves_from: datetime
    leaves_until: datetime
    mode: TravelMode


def check_journey(journey: Journey, now: datetime) -> None:
    """The rules a new trip or offer follows, each error naming its field."""
    require_aware(journey.leaves_from, "leaves_from")
    require_aware(journey.leaves_until, "leaves_until")
    if distance_km(journey.origin, journey.destination) < SAME_PLACE_KM:
        raise ValidationError("destination", "the destination is the origin", code="same_place")
    if journey.leaves_until <= journey.leaves_from:
        raise ValidationError(
            "leaves_until", "the window ends before it starts", code="window_inverted"
        )
    if journey.leaves_until - journey.leaves_from > MAX_WINDOW:
        hours = int(MAX_WINDOW.total_seconds() // 3600)
        raise ValidationError(
            "leaves_until", f"a window lasts at most {hours} hours", code="window_too_long"
        )
    if journey.leaves_until <= now:
        raise ValidationError("leaves_from", "the window is in the past", code="window_in_past")


def distance_km(a: TripPlace, b: TripPlace) -> float:
    """Great-circle distance on a sphere of 6371 km (precise enough for a radius)."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat = lat2 - lat1
    dlon = math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# The compensation rule (docs/feed-protocol.md): what the traveller offers the
# companion, worked out, shown, never charged by wheelshare.
PER_HOUR_CENTS = 600  # train, coach, plane: €6 per hour of travel
PER_RIDE_CENTS = 250  # bus or tram: €2.50 a ride
PER_KM_CENTS = 13  # car: €0.13 per km by road
# Estimated speeds door to door, and the road's detour over the straight line.
_SPEED_KMH = {TravelMode.TRAIN: 100.0, TravelMode.COACH: 60.0, TravelMode.PLANE: 500.0}
_PLANE_GROUND_HOURS = 1.0  # boarding and getting out of the airport
_ROAD_FACTOR = 1.3


def travel_hours(mode: TravelMode, km: float) -> float:
    """Estimated hours of travel, rounded up to the half hour, at least one."""
    hours = km / _SPEED_KMH[mode]
    if mode is TravelMode.PLANE:
        hours += _PLANE_GROUND_HOURS
    return max(1.0, math.ceil(hours * 2) / 2)


def compensation(mode: TravelMode, origin: TripPlace, destination: TripPlace) -> Money:
    """€6 per estimated hour by train, coach or plane; €2.50 per bus or tram
    ride; €0.13 per road kilometre by car (1.3 times the straight line)."""
    km = distance_km(origin, destination)
    if mode is TravelMode.BUS_TRAM:
        return Money(PER_RIDE_CENTS)
    if mode is TravelMode.CAR:
        return Money(round(km * _ROAD_FACTOR) * PER_KM_CENTS)
    return Money(round(travel_hours(mode, km) * PER_HOUR_CENTS))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One side of a possible match: an id, its journey and (for an offer) the
    companion's rating, ``None`` when nobody rated them yet."""

    id: str
    journey: Journey
    rating: float | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate that matches, and why: how far apart the ends are and how
    much later (negative: earlier) it leaves."""

    candidate: Candidate
    origin_km: float
    destination_km: float
    leaves_later: timedelta

    @property
    def closeness_km(self) -> float:
        return self.origin_km + self.destination_km


def match(mine: Journey, other: Candidate, radius_km: float = MATCH_RADIUS_KM) -> Match | None:
    """``other`` as a match for ``mine``, or None when it does not match."""
    theirs = other.journey
    if theirs.mode is not mine.mode:
        return None
    if not (theirs.leaves_from < mine.leaves_until and mine.leaves_from < theirs.leaves_until):
        return None
    origin_km = distance_km(mine.origin, theirs.origin)
    if origin_km > radius_km:
        return None
    destination_km = distance_km(mine.destination, theirs.destination)
    if destination_km > radius_km:
        return None
    return Match(other, origin_km, destination_km, theirs.leaves_from - mine.leaves_from)


def rank_key(m: Match) -> tuple[float, float, float, str]:
    """Closest ends first (to the tenth of a km), then the best rated, then the
    nearest departure time; unrated companions after rated ones at the same distance."""
    rating = m.candidate.rating
    return (
        round(m.closeness_km, 1),
        -(rating if rating is not None else -1.0),
        abs(m.leaves_later.total_seconds()),
        m.candidate.id,
    )


def find_matches(
    mine: Journey, others: Iterable[Candidate], radius_km: float = MATCH_RADIUS_KM
) -> list[Match]:
    """The candidates that match ``mine``, best first."""
    found = [m for m in (match(mine, o, radius_km) for o in others) if m is not None]
    return sorted(found, key=rank_key)


def ratings_visible(ratings_in: int, trip_over_at: datetime | None, now: datetime) -> bool:
    """Double-blind: a rating shows once both people rated, or
    ``RATING_BLIND_PERIOD`` after the trip, whichever comes first."""
    return double_blind.visible(ratings_in, trip_over_at, now)


def check_stars(stars: object) -> int:
    if not isinstance(stars, int) or isinstance(stars, bool) or not 1 <= stars <= 5:
        raise ValidationError("stars", "give 1 to 5 stars", code="out_of_range")
    return stars


def parse_help(values: Sequence[str]) -> frozenset[Help]:
    try:
        return frozenset(Help(v) for v in values)
    except ValueError:
        raise ValidationError("help", "unknown kind of help") from None
