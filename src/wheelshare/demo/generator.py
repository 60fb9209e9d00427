"""Deterministic demo data: adapted vehicles, venues, owners, reviews and bookings.

Everything is built as domain objects and serialised with ``domain.wire``, so
every record validates exactly like one from a real feed. The same seed always
gives the same records (``random.Random`` seeded with a string is stable across
Python versions). Places are scattered around real French cities, weighted by
population; the vehicle fleet averages about 65 € a day, the figure Wheeliz
gives for its French fleet of about 700 adapted vehicles.

Every record says it is demo data: venues through ``source.name == "demo"``,
the other kinds through an extra ``"source": {"name": "demo"}`` key that
parsers ignore.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from wheelshare.demo.companions import demo_trips
from wheelshare.demo.tables import (
    CITIES,
    FIRST_NAMES,
    GRADES,
    LAST_INITIALS,
    MODELS,
    MULTI_FLOOR,
    STREETS,
    VEHICLE_REVIEW_COMMENTS,
    VENUE_KINDS,
    VENUE_REVIEW_COMMENTS,
    WORDS,
)
from wheelshare.domain import clock
from wheelshare.domain.booking import DEFAULT_POLICY, Booking, BookingStatus
from wheelshare.domain.pricing import quote
from wheelshare.domain.review import CriterionValue, Review
from wheelshare.domain.values import Location, Money, Period
from wheelshare.domain.vehicle import (
    Availability,
    Measurements,
    Prices,
    Rating,
    Vehicle,
    WeeklyBlock,
)
from wheelshare.domain.venue import Accessibility, Entrance, Source, Venue
from wheelshare.domain.vocabulary import Adaptation, TargetKind, WheelchairGrade
from wheelshare.domain.wire import (
    Json,
    availability_to_wire,
    booking_to_wire,
    review_to_wire,
    vehicle_to_wire,
    venue_to_wire,
)

DEMO_SEED = 2026
DEMO_PASSWORD = "wheelshare-demo"
DEMO_RENTER_EMAIL = "renter@demo.wheelshare.invalid"
DEMO_OWNER_EMAIL = "owner@demo.wheelshare.invalid"
DEMO_RENTER_ID = "demo-user-renter"
DEMO_OWNER_ID = "demo-user-owner"
DEMO_SOURCE: Json = {"name": "demo"}
# Bookings, availability blocks and review dates are laid out around the day the
# data is generated for (its *start*: today in France unless told otherwise), so
# a demo seeded on any day has past rentals, upcoming bookings and free vehicles.
# The same seed and start always give the same records.
_PARIS = clock.PARIS
# Timestamps of listings, venues and venue reviews fall in the 300 days that end
# this many days before the start.
_HISTORY_DAYS = 334

# Cumulative weights, computed once: ``choices`` would otherwise redo it per call.
_CITY_WEIGHTS = list(itertools.accumulate(c.population_k for c in CITIES))
# Renting an adapted van is rarer in big cities than their size suggests.
_VEHICLE_CITY_WEIGHTS = list(itertools.accumulate(math.sqrt(c.population_k) for c in CITIES))
_MODEL_WEIGHTS = list(itertools.accumulate(m.share for m in MODELS))
_VENUE_WEIGHTS = list(itertools.accumulate(k.weight for k in VENUE_KINDS))
_GRADE_NAMES = [g for g, _ in GRADES]
_GRADE_WEIGHTS = list(itertools.accumulate(w for _, w in GRADES))


@dataclass(frozen=True)
class DemoUser:
    id: str
    email: str
    display_name: str


@dataclass
class DemoData:
    start: date  # the day it is laid out around
    users: list[DemoUser]
    vehicles: list[Json]
    availability: dict[str, Json]  # vehicle id -> availability record
    venues: list[Json]
    reviews: list[Json]
    bookings: list[Json]
    # Travel companions: trips and offers, whole (with their authors' ids).
    trips: list[Json] = field(default_factory=list)
    companion_offers: list[Json] = field(default_factory=list)


# -- places ---------------------------------------------------------------------


def _scatter(rng: random.Random, weights: Sequence[float]) -> Location:
    city, lat, lon, pop = rng.choices(CITIES, cum_weights=weights)[0]
    spread_km = 1.5 + math.sqrt(pop) / 6
    # Gaussian scatter, capped so nothing lands at sea far from its city.
    dy = max(-3.0, min(3.0, rng.gauss(0, 1))) * spread_km
    dx = max(-3.0, min(3.0, rng.gauss(0, 1))) * spread_km
    plat = lat + dy / 111.2
    plon = lon + dx / (111.2 * math.cos(math.radians(lat)))
    address = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
    return Location(round(plat, 6), round(plon, 6), city, address)


def default_start() -> date:
    """The day demo data is laid out around when nobody says: today in France."""
    return clock.today(_PARIS)


def _epoch(start: date) -> datetime:
    return datetime.combine(start - timedelta(days=_HISTORY_DAYS), time(0), UTC)


def _stamp(rng: random.Random, epoch: datetime) -> datetime:
    return epoch + timedelta(seconds=rng.randrange(0, 300 * 86400))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_INITIALS)}."


def _owner_id(i: int) -> str:
    return f"demo-user-{i:06d}"


# -- vehicles ---------------------------------------------------------------------


def _vehicle(
    rng: random.Random, i: int, owner_id: str, owner_name: str, epoch: datetime
) -> Vehicle:
    chosen = rng.choices(MODELS, cum_weights=_MODEL_WEIGHTS)[0]
    model, base, seats, max_places = (
        chosen.name,
        chosen.day_cents,
        chosen.seats,
        chosen.max_wheelchair_places,
    )
    loc = _scatter(rng, _VEHICLE_CITY_WEIGHTS)
    adaptations: set[Adaptation] = set()
    roll = rng.random()
    if roll < 0.72:
        adaptations.add(Adaptation.REAR_RAMP)
    elif roll < 0.82:
        adaptations.add(Adaptation.SIDE_RAMP)
    elif roll < 0.97:
        adaptations.add(Adaptation.LIFT_PLATFORM)
    if adaptations and rng.random() < 0.35:
        adaptations.add(Adaptation.WINCH)
    if rng.random() < 0.45:
        adaptations.add(Adaptation.LOWERED_FLOOR)
    driver = rng.random() < 0.15  # fitted for a driver who uses a wheelchair
    if driver:
        adaptations.add(Adaptation.AUTOMATIC_TRANSMISSION)
        adaptations.add(
            rng.choice(
                (
                    Adaptation.HAND_CONTROLS_PUSH_PULL,
                    Adaptation.HAND_CONTROLS_PUSH_PULL,
                    Adaptation.ACCELERATOR_RING,
                    Adaptation.FORK_CONTROL,
                )
            )
        )
        for extra in (Adaptation.STEERING_KNOB, Adaptation.SWIVEL_SEAT, Adaptation.TRANSFER_BOARD):
            if rng.random() < 0.5:
                adaptations.add(extra)
    elif rng.random() < 0.4:
        adaptations.add(Adaptation.AUTOMATIC_TRANSMISSION)
    boarding = bool(adaptations & {Adaptation.REAR_RAMP, Adaptation.SIDE_RAMP})
    lift = Adaptation.LIFT_PLATFORM in adaptations
    if boarding or lift:
        places = min(max_places, rng.choices((1, 2, 3), (70, 25, 5))[0])
        adaptations.add(Adaptation.CAN_TRAVEL_SEATED_IN_WHEELCHAIR)
    else:
        places = 0

    def measured(p: float, low: int, high: int) -> int | None:
        return rng.randint(low, high) if rng.random() < p else None

    big = base >= 8000
    measurements = Measurements(
        door_height_cm=measured(0.85, 128 + 10 * big, 150 + 25 * big) if places else None,
        ramp_width_cm=measured(0.85, 72, 100) if boarding else None,
        ramp_length_cm=measured(0.6, 120, 260) if boarding else None,
        lift_max_load_kg=measured(0.9, 250, 400) if lift else None,
        interior_height_cm=measured(0.75, 130 + 10 * big, 152 + 28 * big) if places else None,
    )
    day = max(3000, min(16000, int(rng.gauss(base, base * 0.18)) // 100 * 100))
    prices = Prices(
        half_day=Money(day * 6 // 1000 * 100),
        day=Money(day),
        week=Money(day * 55 // 1000 * 100),
    )
    count = rng.choice((0, 0, 1, 2, 3, 5, 8, 12, 20))
    rating = Rating(round(min(5.0, rng.gauss(4.5, 0.35)), 1) if count else None, count)
    features = []
    if Adaptation.REAR_RAMP in adaptations:
        features.append("rampe arrière")
    if Adaptation.SIDE_RAMP in adaptations:
        features.append("rampe latérale")
    if lift:
        features.append("hayon élévateur")
    if Adaptation.WINCH in adaptations:
        features.append("treuil électrique")
    if driver:
        features.append("poste de conduite adapté")
    description = (
        f"{model} à {loc.city}, {', '.join(features) or 'aménagé'}. "
        f"{places} place{'s' if places > 1 else ''} fauteuil, {seats} places assises. "
        "Remise des clés en main propre, explications de l'aménagement sur place."
    )
    return Vehicle(
        id=f"demo-vehicle-{i:06d}",
        owner_id=owner_id,
        owner_name=owner_name,
        title=model,
        description=description,
        location=loc,
        prices=prices,
        adaptations=frozenset(adaptations),
        measurements=measurements,
        seats=seats,
        wheelchair_places=places,
        instant_book=rng.random() < 0.3,
        listed=rng.random() < 0.97,
        rating=rating,
        updated_at=_stamp(rng, epoch),
    )


def _vehicle_objects(seed: int, n: int, owners: int, start: date) -> Iterator[Vehicle]:
    rng = random.Random(f"{seed}/vehicles")
    names = random.Random(f"{seed}/names")
    owner_names = [_person(names) for _ in range(owners)]
    epoch = _epoch(start)
    for i in range(n):
        o = rng.randrange(owners)
        yield _vehicle(rng, i, _owner_id(o), owner_names[o], epoch)


def _with_source(record: Json) -> Json:
    record["source"] = dict(DEMO_SOURCE)
    return record


def iter_vehicles(seed: int, n: int, *, start: date | None = None) -> Iterator[Json]:
    """``n`` vehicle records, streamed (for caches far bigger than the demo set)."""
    owners = max(1, n * 10 // 23)  # most owners list one vehicle, a few several
    for v in _vehicle_objects(seed, n, owners, start or default_start()):
        yield _with_source(vehicle_to_wire(v))


# -- venues -----------------------------------------------------------------------


def _accessibility(rng: random.Random, category: str, grade: WheelchairGrade) -> Accessibility:
    def maybe(p: float, value: bool) -> bool | None:
        return value if rng.random() < p else None

    multi = category in MULTI_FLOOR
    if grade is WheelchairGrade.FULLY:
        entrance = Entrance(
            step_free=maybe(0.9, True),
            step_count=0 if rng.random() < 0.3 else None,
            has_ramp=maybe(0.4, rng.random() < 0.3),
            door_width_cm=rng.randint(80, 140) if rng.random() < 0.6 else None,
            automatic_door=maybe(0.5, rng.random() < 0.5),
        )
        toilet = maybe(0.75, rng.random() < 0.85)
        parking = maybe(0.5, rng.random() < 0.7)
        elevator = maybe(0.7, True) if multi else None
        loop = maybe(0.3, rng.random() < 0.35)
    elif grade is WheelchairGrade.PARTIALLY:
        step_free = rng.random() < 0.4
        entrance = Entrance(
            step_free=step_free,
            step_count=None if step_free else rng.randint(1, 2),
            step_height_cm=None if step_free else rng.randint(3, 12),
            has_ramp=maybe(0.7, not step_free and rng.random() < 0.6),
            door_width_cm=rng.randint(70, 95) if rng.random() < 0.6 else None,
            automatic_door=maybe(0.3, rng.random() < 0.3),
        )
        toilet = maybe(0.6, rng.random() < 0.4)
        parking = maybe(0.4, rng.random() < 0.5)
        elevator = maybe(0.5, rng.random() < 0.5) if multi else None
        loop = maybe(0.2, rng.random() < 0.15)
    elif grade is WheelchairGrade.NOT:
        entrance = Entrance(
            step_free=maybe(0.8, False),
            step_count=rng.randint(1, 6) if rng.random() < 0.6 else None,
            step_height_cm=rng.randint(10, 22) if rng.random() < 0.4 else None,
            has_ramp=maybe(0.6, False),
            door_width_cm=rng.randint(60, 80) if rng.random() < 0.4 else None,
        )
        toilet = maybe(0.5, False)
        parking = maybe(0.2, rng.random() < 0.2)
        elevator = maybe(0.3, False) if multi else None
        loop = None
    else:
        # No overall grade, but now and then someone noted one fact.
        entrance = Entrance(
            door_width_cm=rng.randint(65, 110) if rng.random() < 0.08 else None,
            step_free=maybe(0.06, rng.random() < 0.5),
        )
        toilet = maybe(0.04, rng.random() < 0.5)
        parking = maybe(0.05, rng.random() < 0.5)
        elevator = maybe(0.04, rng.random() < 0.6) if multi else None
        loop = None
    description: dict[str, str] = {}
    if grade is not WheelchairGrade.UNKNOWN and rng.random() < 0.3:
        parts = []
        if entrance.step_free:
            parts.append("Entrée de plain-pied")
        elif entrance.step_count:
            parts.append(f"{entrance.step_count} marche(s) à l'entrée")
        if entrance.has_ramp:
            parts.append("rampe amovible sur demande")
        if entrance.door_width_cm:
            parts.append(f"porte de {entrance.door_width_cm} cm")
        if toilet:
            parts.append("toilettes adaptées")
        if elevator:
            parts.append("ascenseur")
        if parts:
            description["fr"] = ", ".join(parts).capitalize() + "."
        if rng.random() < 0.2:
            description["en"] = (
                "Step-free entrance." if entrance.step_free else "Ask staff for help at the door."
            )
    return Accessibility(
        wheelchair_grade=grade,
        entrance=entrance,
        toilet_accessible=toilet,
        parking_accessible=parking,
        elevator=elevator,
        hearing_loop=loop,
        description=description,
    )


def _venue(rng: random.Random, i: int, epoch: datetime) -> Venue:
    category, _w, patterns = rng.choices(VENUE_KINDS, cum_weights=_VENUE_WEIGHTS)[0]
    loc = _scatter(rng, _CITY_WEIGHTS)
    name = rng.choice(patterns).format(w=rng.choice(WORDS), n=rng.choice(FIRST_NAMES), c=loc.city)
    grade = rng.choices(_GRADE_NAMES, cum_weights=_GRADE_WEIGHTS)[0]
    vid = f"demo-venue-{i:07d}"
    count = rng.choice((0, 0, 0, 0, 1, 1, 2, 3, 6))
    rating = Rating(round(rng.uniform(2.5, 5.0), 1) if count else None, count)
    return Venue(
        id=vid,
        name=name,
        category=category,
        location=loc,
        accessibility=_accessibility(rng, category, grade),
        source=Source("demo", vid, ""),
        rating=rating,
        updated_at=_stamp(rng, epoch),
    )


def _venue_objects(seed: int, n: int, start: date) -> Iterator[Venue]:
    rng = random.Random(f"{seed}/venues")
    epoch = _epoch(start)
    for i in range(n):
        yield _venue(rng, i, epoch)


def iter_venues(seed: int, n: int, *, start: date | None = None) -> Iterator[Json]:
    """``n`` venue records, streamed (for caches far bigger than the demo set)."""
    for v in _venue_objects(seed, n, start or default_start()):
        yield venue_to_wire(v)


# -- the whole demo set ---------------------------------------------------------------


def _users(rng: random.Random, n: int) -> list[DemoUser]:
    users = [
        DemoUser(DEMO_RENTER_ID, DEMO_RENTER_EMAIL, "Camille R. (demo renter)"),
        DemoUser(DEMO_OWNER_ID, DEMO_OWNER_EMAIL, "Olivier P. (demo owner)"),
    ]
    for i in range(n):
        users.append(DemoUser(_owner_id(i), f"user{i:04d}@demo.wheelshare.invalid", _person(rng)))
    return users


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), _PARIS).astimezone(UTC)


def _availability(rng: random.Random, start: date) -> Availability:
    if rng.random() >= 0.45:
        return Availability()
    weekly: list[WeeklyBlock] = []
    if rng.random() < 0.5:
        weekly.append(WeeklyBlock(6, time(0), time(0)))  # never on Sundays
    if rng.random() < 0.25:
        weekly.append(WeeklyBlock(rng.randrange(0, 5), time(8), time(12)))
    blocks: list[Period] = []
    day = start + timedelta(days=rng.randint(3, 20))
    for _ in range(rng.randint(0, 3)):
        length = rng.randint(2, 10)
        blocks.append(Period(_at(day, 0), _at(day + timedelta(days=length), 0)))
        day += timedelta(days=length + rng.randint(10, 40))
    return Availability(tuple(blocks), tuple(weekly))


class _Builder:
    """Lays out bookings per vehicle so confirmed ones never overlap."""

    def __init__(self, rng: random.Random, users: list[DemoUser], start: date) -> None:
        self.rng = rng
        self.start = start
        self.epoch = _epoch(start)
        self.names = {u.id: u.display_name for u in users}
        self.bookings: list[Booking] = []
        self.reviews: list[Review] = []
        # One review per person and target, as the feed keeps it: a second rental
        # of the same vehicle by the same person is not reviewed again.
        self._reviewed: set[tuple[str, str]] = set()
        self.next_future: dict[str, date] = {}
        self.next_past: dict[str, date] = {}
        self.n = 0

    def _id(self, prefix: str) -> str:
        self.n += 1
        return f"demo-{prefix}-{self.n:06d}"

    def book(
        self,
        v: Vehicle,
        avail: Availability,
        renter: str,
        status: BookingStatus,
    ) -> Booking | None:
        rng = self.rng
        days = rng.choice((1, 1, 2, 3, 4, 7, 7, 10, 14))
        past = status in (BookingStatus.COMPLETED,)
        if past:
            end_day = self.next_past.get(v.id, self.start - timedelta(days=rng.randint(2, 30)))
            start_day = end_day - timedelta(days=days)
            self.next_past[v.id] = start_day - timedelta(days=rng.randint(1, 20))
        else:
            start_day = self.next_future.get(v.id, self.start + timedelta(days=rng.randint(1, 15)))
            end_day = start_day + timedelta(days=days)
            self.next_future[v.id] = end_day + timedelta(days=rng.randint(0, 10))
        period = Period(_at(start_day, 9), _at(end_day, 9))
        if status is BookingStatus.CONFIRMED:
            # Confirmed dates never fall on a block: try shorter stays a little later.
            for _ in range(20):
                if not avail.is_blocked(period):
                    break
                start = period.start + timedelta(days=1)
                period = Period(start, start + timedelta(days=1))
            else:
                return None
            self.next_future[v.id] = period.end.date() + timedelta(days=rng.randint(1, 10))
        price = quote(v.prices, period).total
        created = period.start - timedelta(days=rng.randint(3, 40))
        # Nothing was asked for after the day the data is laid out around.
        created = min(created, _at(self.start - timedelta(days=1), 18))
        booking = Booking(
            id=self._id("booking"),
            vehicle_id=v.id,
            renter_id=renter,
            owner_id=v.owner_id,
            period=period,
            status=BookingStatus.REQUESTED,
            price=price,
            created_at=created,
            updated_at=created,
            renter_name=self.names.get(renter, ""),
            vehicle_title=v.title,
        )
        if status is BookingStatus.CANCELLED:
            booking = booking.moved_to(BookingStatus.CONFIRMED)
            when = created + timedelta(days=rng.randint(0, 2))
            booking = replace(
                booking.moved_to(status, DEFAULT_POLICY.refund(booking, when)), updated_at=when
            )
        elif status is BookingStatus.COMPLETED:
            booking = replace(
                booking.moved_to(BookingStatus.CONFIRMED).moved_to(status),
                updated_at=period.end,
            )
        elif status is not BookingStatus.REQUESTED:
            booking = replace(booking.moved_to(status), updated_at=created + timedelta(hours=20))
        self.bookings.append(booking)
        return booking

    def _first_review(self, target_id: str, author: str) -> bool:
        if (target_id, author) in self._reviewed:
            return False
        self._reviewed.add((target_id, author))
        return True

    def review_vehicle(self, v: Vehicle, booking: Booking) -> None:
        if not self._first_review(v.id, booking.renter_id):
            return
        rng = self.rng
        overall = rng.choices((5, 4, 3, 2), (60, 28, 9, 3))[0]
        criteria: dict[str, CriterionValue] = {
            "overall": overall,
            "accessibility": max(1, min(5, overall + rng.choice((-1, 0, 0, 1)))),
            "cleanliness": max(1, min(5, overall + rng.choice((-1, 0, 0)))),
            "owner": max(1, min(5, overall + rng.choice((0, 0, 1)))),
        }
        comment = rng.choice(VEHICLE_REVIEW_COMMENTS)
        self.reviews.append(
            Review(
                id=self._id("review"),
                target_kind=TargetKind.VEHICLE,
                target_id=v.id,
                author_id=booking.renter_id,
                author_name=self.names.get(booking.renter_id, ""),
                criteria=criteria,
                comment=comment,
                created_at=booking.period.end + timedelta(days=1),
                updated_at=booking.period.end + timedelta(days=1),
            )
        )

    def review_venue(self, venue: Venue, author: str) -> None:
        if not self._first_review(venue.id, author):
            return
        rng = self.rng
        acc = venue.accessibility
        criteria: dict[str, CriterionValue] = {"overall": rng.randint(1, 5)}
        if acc.wheelchair_grade is not WheelchairGrade.UNKNOWN:
            criteria["wheelchair_grade"] = acc.wheelchair_grade.value
            base = {"fully": 5, "partially": 3, "not": 1}[acc.wheelchair_grade.value]
            criteria["overall"] = max(1, base - rng.choice((0, 0, 1)))
        if acc.entrance.step_free is not None:
            criteria["step_free"] = acc.entrance.step_free
        if acc.entrance.door_width_cm is not None:
            criteria["door_width_cm"] = acc.entrance.door_width_cm
        if acc.toilet_accessible is not None:
            criteria["toilet_accessible"] = acc.toilet_accessible
        when = _stamp(rng, self.epoch)
        self.reviews.append(
            Review(
                id=self._id("review"),
                target_kind=TargetKind.VENUE,
                target_id=venue.id,
                author_id=author,
                author_name=self.names.get(author, ""),
                criteria=criteria,
                comment=rng.choice(VENUE_REVIEW_COMMENTS),
                created_at=when,
                updated_at=when,
            )
        )


def _rating_from(reviews: list[Review]) -> Rating:
    values = [r.criteria["overall"] for r in reviews if isinstance(r.criteria.get("overall"), int)]
    if not values:
        return Rating()
    return Rating(round(sum(int(v) for v in values) / len(values), 2), len(values))


def generate(
    seed: int = DEMO_SEED,
    *,
    start: date | None = None,
    vehicles: int = 700,
    venues: int = 20_000,
    trips: int = 1500,
) -> DemoData:
    """The whole demo set: users, vehicles, availability, venues, reviews, bookings.

    Laid out around ``start`` (default: today in France): past rentals end before
    it, upcoming bookings and availability blocks begin after it.

    The demo owner (``DEMO_OWNER_EMAIL``) owns the first few vehicles and has
    requests waiting in the inbox; the demo renter (``DEMO_RENTER_EMAIL``) has
    bookings in every state.

    The same records as :class:`DemoParts`' first part followed by its rest.
    """
    parts = DemoParts(seed, start=start, vehicles=vehicles, venues=venues, trips=trips)
    first, rest = parts.first(), parts.rest()
    return DemoData(
        start=first.start,
        users=first.users,
        vehicles=first.vehicles,
        availability=first.availability,
        venues=rest.venues,
        reviews=first.reviews + rest.reviews,
        bookings=first.bookings,
        trips=rest.trips,
        companion_offers=rest.companion_offers,
    )


class DemoParts:
    """The demo set in two parts, so a feed can serve the first screen's records
    before it has made the bulk of them.

    ``first()``: the people, the vehicles (rated from their reviews), their
    availability, the bookings and the vehicles' reviews: what the Find screen
    lists. ``rest()``: the venues and their reviews, the trips and the offers.
    One random sequence runs through both, as in one pass, so the parts add up
    to :func:`generate`'s set exactly; ``rest()`` makes the first part itself
    when it was not asked for (a feed stopped between the two does so).
    """

    def __init__(
        self,
        seed: int = DEMO_SEED,
        *,
        start: date | None = None,
        vehicles: int = 700,
        venues: int = 20_000,
        trips: int = 1500,
    ) -> None:
        self.seed = seed
        self.start = start or default_start()
        self.vehicles = vehicles
        self.venues = venues
        self.trips = trips
        self.rng = random.Random(f"{seed}/demo")
        self._first: DemoData | None = None
        self._builder: _Builder | None = None
        self._renters: list[str] = []
        self._rest: DemoData | None = None

    def first(self) -> DemoData:
        if self._first is not None:
            return self._first
        seed, start, vehicles, rng = self.seed, self.start, self.vehicles, self.rng
        owner_count = max(1, vehicles * 10 // 23)
        users = _users(random.Random(f"{seed}/names"), max(owner_count, 300))
        names = {u.id: u.display_name for u in users}
        fleet: list[Vehicle] = []
        for v in _vehicle_objects(seed, vehicles, owner_count, start):
            if len(fleet) < min(6, vehicles):
                v = replace(v, owner_id=DEMO_OWNER_ID, listed=True)
            fleet.append(replace(v, owner_name=names.get(v.owner_id, v.owner_name)))
        avail = {v.id: _availability(rng, start) for v in fleet}
        builder = _Builder(rng, users, start)
        renters = [u.id for u in users[2:]]

        def other_renter(v: Vehicle) -> str:
            while True:
                r = rng.choice(renters)
                if r != v.owner_id:
                    return r

        # The demo renter: one booking in each state, on vehicles not their own.
        for k, status in enumerate(
            (
                BookingStatus.CONFIRMED,
                BookingStatus.REQUESTED,
                BookingStatus.COMPLETED,
                BookingStatus.CANCELLED,
                BookingStatus.DECLINED,
                BookingStatus.EXPIRED,
            )
        ):
            if len(fleet) <= 6 + k:
                break
            v = fleet[6 + k]
            b = builder.book(v, avail[v.id], DEMO_RENTER_ID, status)
            if b is not None and status is BookingStatus.COMPLETED:
                builder.review_vehicle(v, b)
        # The demo owner's inbox: pending requests, plus some history.
        for v in fleet[: min(6, len(fleet))]:
            builder.book(v, avail[v.id], other_renter(v), BookingStatus.REQUESTED)
            builder.book(v, avail[v.id], other_renter(v), BookingStatus.CONFIRMED)
            b = builder.book(v, avail[v.id], other_renter(v), BookingStatus.COMPLETED)
            if b is not None:
                builder.review_vehicle(v, b)
        if fleet:
            builder.book(fleet[0], avail[fleet[0].id], DEMO_RENTER_ID, BookingStatus.REQUESTED)
        # Everyone else: past rentals (each reviewed or not) and some upcoming ones.
        for v in fleet[6:]:
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                b = builder.book(v, avail[v.id], other_renter(v), BookingStatus.COMPLETED)
                if b is not None and rng.random() < 0.7:
                    builder.review_vehicle(v, b)
            if rng.random() < 0.25:
                status = rng.choice(
                    (
                        BookingStatus.CONFIRMED,
                        BookingStatus.CONFIRMED,
                        BookingStatus.REQUESTED,
                        BookingStatus.DECLINED,
                        BookingStatus.CANCELLED,
                        BookingStatus.EXPIRED,
                    )
                )
                builder.book(v, avail[v.id], other_renter(v), status)

        by_target = _by_target(builder.reviews)
        vehicle_records = [
            _with_source(vehicle_to_wire(replace(v, rating=_rating_from(by_target.get(v.id, [])))))
            for v in fleet
        ]
        availability: dict[str, Json] = {}
        for vid, a in avail.items():
            record = availability_to_wire(a)
            record["vehicle_id"] = vid
            availability[vid] = _with_source(record)
        self._builder, self._renters = builder, renters
        self._first = DemoData(
            start=start,
            users=users,
            vehicles=vehicle_records,
            availability=availability,
            venues=[],
            reviews=[_with_source(review_to_wire(r)) for r in builder.reviews],
            bookings=[_with_source(booking_to_wire(b)) for b in builder.bookings],
        )
        return self._first

    def rest(self) -> DemoData:
        if self._rest is not None:
            return self._rest
        first = self.first()
        builder, renters, rng = self._builder, self._renters, self.rng
        assert builder is not None
        vehicle_reviews = len(builder.reviews)
        venue_objs = list(_venue_objects(self.seed, self.venues, self.start))
        reviewed = rng.sample(
            range(len(venue_objs)), min(len(venue_objs), max(1, self.venues // 8))
        )
        for idx in sorted(reviewed):
            for author in rng.sample(renters, rng.choice((1, 1, 1, 2, 3))):
                builder.review_venue(venue_objs[idx], author)
        if venue_objs:
            builder.review_venue(venue_objs[0], DEMO_RENTER_ID)
        reviews = builder.reviews[vehicle_reviews:]
        by_target = _by_target(reviews)
        venue_records = [
            venue_to_wire(replace(v, rating=_rating_from(by_target.get(v.id, []))))
            for v in venue_objs
        ]
        people = [(u.id, u.display_name) for u in first.users]
        trip_records, offer_records = demo_trips(
            self.seed, self.start, people, DEMO_RENTER_ID, self.trips
        )
        self._rest = DemoData(
            start=self.start,
            users=[],
            vehicles=[],
            availability={},
            venues=venue_records,
            reviews=[_with_source(review_to_wire(r)) for r in reviews],
            bookings=[],
            trips=trip_records,
            companion_offers=offer_records,
        )
        return self._rest


def _by_target(reviews: list[Review]) -> dict[str, list[Review]]:
    by_target: dict[str, list[Review]] = {}
    for r in reviews:
        by_target.setdefault(r.target_id, []).append(r)
    return by_target
