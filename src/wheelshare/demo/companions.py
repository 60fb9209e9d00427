"""Demo trips and companions' offers between real French stations, over the
weeks after the demo's day, so the Trips screen has matches on a first start.

Offers are drawn close to trips on purpose (the same route, a departure
within a couple of hours) so that most trips have a few matches, as they
would on a well-used service; the rest are spread over the same routes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from wheelshare.demo.tables import STATIONS, Station
from wheelshare.domain import clock
from wheelshare.domain.companions import (
    Help,
    TravelMode,
    TripPlace,
    compensation,
)
from wheelshare.domain.wire import format_time

Json = dict[str, Any]

# How many days ahead posts are spread over.
HORIZON_DAYS = 42
_NOTES = (
    "",
    "",
    "",
    "Manual wheelchair, folds.",
    "Power chair: I need the ramp at the door.",
    "Two suitcases.",
    "I travel with a guide dog.",
    "First time on this line.",
)
_MODES = (
    (TravelMode.TRAIN, 70),
    (TravelMode.COACH, 14),
    (TravelMode.CAR, 8),
    (TravelMode.BUS_TRAM, 8),
)


def _place(s: Station) -> Json:
    return {"name": s.name, "kind": "station", "city": s.city, "lat": s.lat, "lon": s.lon}


def _trip_place(s: Station) -> TripPlace:
    return TripPlace(s.name, s.lat, s.lon, "station", s.city)


def _route(rng: random.Random, mode: TravelMode) -> tuple[Station, Station]:
    weights = [s.weight for s in STATIONS]
    while True:
        a, b = rng.choices(STATIONS, weights=weights, k=2)
        same_city = a.city == b.city
        # A bus or tram ride stays in its city; the other modes go between cities.
        if a.name != b.name and same_city == (mode is TravelMode.BUS_TRAM):
            return a, b


def _departure(rng: random.Random, start: date) -> datetime:
    day = start + timedelta(days=rng.randrange(1, HORIZON_DAYS))
    minute = rng.randrange(6 * 60, 21 * 60, 10)
    local = datetime.combine(day, time(minute // 60, minute % 60), clock.PARIS)
    return local.astimezone(UTC)


def _journey(
    rng: random.Random, route: tuple[Station, Station], mode: TravelMode, leaves: datetime
) -> Json:
    hours = rng.choice((1, 1, 2, 2, 3, 4))
    return {
        "mode": mode.value,
        "origin": _place(route[0]),
        "destination": _place(route[1]),
        "leaves_from": format_time(leaves),
        "leaves_until": format_time(leaves + timedelta(hours=hours)),
        "status": "open",
        "note": rng.choice(_NOTES),
    }


def _trip(rng: random.Random, n: int, traveller: str, journey: Json, stamp: datetime) -> Json:
    mode = TravelMode(journey["mode"])
    money = compensation(
        mode,
        _trip_place(_station(journey["origin"]["name"])),
        _trip_place(_station(journey["destination"]["name"])),
    )
    needs = rng.sample(list(Help), rng.choice((1, 1, 2, 3)))
    return {
        **journey,
        "id": f"demo-trip-{n}",
        "traveller_id": traveller,
        "help": sorted(h.value for h in needs),
        "compensation": {"amount": money.amount, "currency": money.currency},
        "profile": None,
        "created_at": format_time(stamp),
        "updated_at": format_time(stamp),
    }


def _offer(
    rng: random.Random, n: int, companion: tuple[str, str], journey: Json, stamp: datetime
) -> Json:
    count = rng.choice((0, 0, 1, 2, 3, 5, 8, 13))
    average = None if count == 0 else round(rng.uniform(3.4, 5.0), 2)
    return {
        **journey,
        "id": f"demo-offer-{n}",
        "companion_id": companion[0],
        "companion_name": companion[1],
        "companion_rating": {"average": average, "count": count},
        "created_at": format_time(stamp),
        "updated_at": format_time(stamp),
    }


_BY_NAME = {s.name: s for s in STATIONS}


def _station(name: str) -> Station:
    return _BY_NAME[name]


def _mode(rng: random.Random) -> TravelMode:
    return rng.choices([m for m, _ in _MODES], weights=[w for _, w in _MODES])[0]


def iter_posts(
    seed: int, start: date, people: Sequence[tuple[str, str]], count: int
) -> Iterator[tuple[str, Json]]:
    """``count`` pairs of a trip and an offer near it (kind, record): the
    offers' companions and the trips' travellers drawn from ``people``
    (id, display name)."""
    rng = random.Random(f"{seed}/companions")
    epoch = datetime.combine(start, time(0), UTC) - timedelta(days=7)
    for n in range(count):
        mode = _mode(rng)
        route = _route(rng, mode)
        leaves = _departure(rng, start)
        stamp = epoch + timedelta(seconds=rng.randrange(7 * 86400))
        traveller = rng.choice(people)[0]
        yield "trip", _trip(rng, n, traveller, _journey(rng, route, mode, leaves), stamp)
        companion = rng.choice(people)
        while companion[0] == traveller:
            companion = rng.choice(people)
        if rng.random() < 0.7:  # near this trip: the same route, a little later or earlier
            leaves = leaves + timedelta(minutes=rng.randrange(-120, 121, 10))
        else:
            mode = _mode(rng)
            route = _route(rng, mode)
            leaves = _departure(rng, start)
        yield (
            "companion_offer",
            _offer(rng, n, companion, _journey(rng, route, mode, leaves), stamp),
        )


def demo_trips(
    seed: int, start: date, people: Sequence[tuple[str, str]], renter_id: str, count: int
) -> tuple[list[Json], list[Json]]:
    """The demo's trips and offers; the demo renter has the first two trips."""
    trips: list[Json] = []
    offers: list[Json] = []
    for kind, record in iter_posts(seed, start, people, count):
        (trips if kind == "trip" else offers).append(record)
    for t in trips[:2]:
        t["traveller_id"] = renter_id
    # Nobody offers on their own trip: the demo renter's offers go to someone else.
    for o in offers:
        if o["companion_id"] == renter_id:
            o["companion_id"], o["companion_name"] = people[-1]
    return trips, offers
