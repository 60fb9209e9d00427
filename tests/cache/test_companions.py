"""Trips and offers in the cache: the matching query finds what the domain's
rules keep, ranked; my own posts keep their note when the public version
arrives; bad records are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from wheelshare.cache import Cache, upsert_records
from wheelshare.cache.companions import find_matches, my_posts
from wheelshare.cache.errors import InvalidRecordError
from wheelshare.domain.companion_wire import post_from_wire
from wheelshare.domain.companions import Candidate
from wheelshare.domain.companions import find_matches as rank_all
from wheelshare.domain.wire import format_time

T0 = datetime(2026, 12, 10, 9, tzinfo=UTC)


def place(lat: float, lon: float = 5.0) -> dict[str, Any]:
    return {"name": f"Station {lat}", "kind": "station", "city": "", "lat": lat, "lon": lon}


def post(
    pid: str,
    o: float = 45.0,
    d: float = 47.0,
    start: datetime = T0,
    hours: float = 2,
    mode: str = "train",
    rating: float | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": pid,
        "mode": mode,
        "status": "open",
        "origin": place(o),
        "destination": place(d),
        "leaves_from": format_time(start),
        "leaves_until": format_time(start + timedelta(hours=hours)),
        "companion_name": "C",
        "companion_rating": {"average": rating, "count": 0 if rating is None else 3},
        "updated_at": format_time(T0),
        **extra,
    }


MY_TRIP = post(
    "mine",
    help=["boarding"],
    compensation={"amount": 1500, "currency": "EUR"},
    traveller_id="me",
    note="Wheelchair, 2 bags",
)


def test_the_query_finds_and_ranks_what_the_rules_keep(cache: Cache) -> None:
    offers = [
        post("near-good", start=T0 + timedelta(hours=1), rating=4.5),
        post("near-poor", rating=2.0),
        post("far", o=45.1, rating=5.0),  # 11.1 km from my origin
        post("too-far", o=45.14),  # 15.6 km: out
        post("bus", mode="bus_tram"),
        post("later", start=T0 + timedelta(hours=2)),  # only touches my window
        post("long-before", start=T0 - timedelta(hours=11), hours=12),  # ends inside mine
        post("closed", status="cancelled"),
        post("other-side", o=47.0, d=45.0),
    ]
    with cache.transaction() as s:
        upsert_records(s, "companion_offer", offers)
        upsert_records(s, "trip", [MY_TRIP])
    with cache.session() as s:
        journey = post_from_wire(MY_TRIP).journey
        got = [pm.post.id for pm in find_matches(s, journey, "offers")]
        assert got == ["near-good", "near-poor", "long-before", "far"]
        # The same as the domain's ranking over everything, without the index.
        everything = [post_from_wire(o) for o in offers if o["status"] == "open"]
        expected = rank_all(journey, [Candidate(p.id, p.journey, p.rating) for p in everything])
        assert got == [m.candidate.id for m in expected]
        second_page = find_matches(s, journey, "offers", offset=2, limit=1)
        assert [pm.post.id for pm in second_page] == ["long-before"]
        assert find_matches(s, journey, "trips") == []  # my own trip is never a match


def test_my_post_keeps_its_note_when_the_public_version_arrives(cache: Cache) -> None:
    public = {k: v for k, v in MY_TRIP.items() if k not in ("traveller_id", "note")}
    public |= {"status": "accompanied", "origin": place(45.0, 5.004)}
    with cache.transaction() as s:
        upsert_records(s, "trip", [MY_TRIP])
        upsert_records(s, "trip", [public])
    with cache.session() as s:
        (mine,) = my_posts(s)
    assert mine.note == "Wheelchair, 2 bags"
    assert mine.status.value == "accompanied"
    assert mine.journey.origin.lon == 5.0


@pytest.mark.parametrize(
    "bad",
    [
        post("x", mode="rocket"),
        post("x", hours=-1),
        post("x", origin={"name": "Home", "kind": "address", "lat": 45.0, "lon": 5.0}),
        post("x", companion_rating={"average": 9, "count": 1}),
        post("x", help=["flying"]),
    ],
)
def test_bad_posts_are_refused(cache: Cache, bad: dict[str, Any]) -> None:
    with pytest.raises(InvalidRecordError), cache.transaction() as s:
        upsert_records(s, "companion_offer", [bad])
