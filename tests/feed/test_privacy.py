"""Privacy by design, tested as the attack: what an anonymous reader of the public
feed can learn about where people live and what they wrote, and what a read
from the start of any feed still shows after an edit or a deletion."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from wheelshare.domain import clock
from wheelshare.feed import changelog
from wheelshare.feed.models import VehicleRow
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.geo import distance_km

from .helpers import at, error_of

PERSONAL_KEYS = {"address", "author_id", "renter_id", "renter_name", "email"}


def _public(feed: LiveFeed, since: str | None = None) -> list[dict[str, Any]]:
    changes, _ = feed.all_changes(since)
    return changes


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def _vehicle(feed: LiveFeed, owner: Account, lat: float, lon: float, address: str) -> str:
    v = feed.create_vehicle(
        owner, location={"lat": lat, "lon": lon, "city": "Lyon", "address": address}
    )
    return str(v["id"])


def test_an_anonymous_reader_finds_no_address_and_no_position_within_500_m(
    feed: LiveFeed,
) -> None:
    rng = random.Random(15)
    made: dict[str, tuple[float, float, str]] = {}
    for n in range(12):
        owner = feed.register()
        for k in range(5):
            lat, lon = 45.7 + rng.uniform(-0.3, 0.3), 4.8 + rng.uniform(-0.3, 0.3)
            address = f"{rng.randint(1, 99)} rue du Secret {n}-{k}"
            made[_vehicle(feed, owner, round(lat, 6), round(lon, 6), address)] = (lat, lon, address)
    with feed.db.read() as s:
        # The demo's vehicles too: every listed vehicle, whoever made it.
        exact = {
            row.id: (row.data["location"]["lat"], row.data["location"]["lon"])
            for row in s.scalars(select(VehicleRow))
        }
    changes = _public(feed)
    raw = json.dumps(changes, ensure_ascii=False)
    assert not any(address in raw for _, _, address in made.values())
    vehicles = {c["id"]: c["data"] for c in changes if c["kind"] == "vehicle"}
    assert set(vehicles) == set(exact)
    nearest = 10.0
    for vid, data in vehicles.items():
        location = data["location"]
        assert set(location) == {"lat", "lon", "city", "approximate"}, location
        assert location["approximate"] is True
        gap = distance_km((location["lat"], location["lon"]), exact[vid])
        assert gap <= 1.2, (vid, gap)
        nearest = min(nearest, gap)
    assert nearest >= 0.5, nearest
    # Nothing else in the public feed is personal either (venues are public
    # places, and have their street address).
    assert not (_keys([c for c in changes if c["kind"] != "venue"]) & PERSONAL_KEYS)
    # The vehicle route answers anyone with the same area.
    one = next(iter(made))
    got = feed.http.get(f"{feed.url}/v1/vehicles/{one}").json()["vehicle"]
    assert got["location"] == vehicles[one]["location"]


def test_the_area_stays_put_and_one_owners_fleet_gives_one_point(feed: LiveFeed) -> None:
    owner = feed.register()
    first = _vehicle(feed, owner, 45.75, 4.85, "3 place Bellecour")
    second = _vehicle(feed, owner, 45.75, 4.85, "3 place Bellecour")
    url = f"{feed.url}/v1/vehicles/{first}"

    def area(vid: str) -> tuple[float, float]:
        loc = feed.http.get(f"{feed.url}/v1/vehicles/{vid}").json()["vehicle"]["location"]
        return loc["lat"], loc["lon"]

    before = area(first)
    # Averaging attack: several vehicles of one person at one place add no samples.
    assert area(second) == before
    edited = feed.http.patch(url, json={"title": "New title"}, headers=owner.headers)
    assert edited.status_code == 200, edited.text
    assert area(first) == before
    # Re-typing the same address a few metres off keeps the point too.
    nudged = {"lat": 45.75002, "lon": 4.85001, "city": "Lyon", "address": "3 pl. Bellecour"}
    feed.http.patch(url, json={"location": nudged}, headers=owner.headers).raise_for_status()
    assert area(first) == before
    # Other owners in the same spot do not share the offset. The public point
    # is rounded to 0.001°, so about 200 points are possible around one cell
    # and two owners coincide about once in a hundred: look at several.
    others = [
        area(_vehicle(feed, feed.register(), 45.75, 4.85, "3 place Bellecour")) for _ in range(8)
    ]
    assert sum(point == before for point in others) <= 2
    assert len(set(others)) >= 4


def test_the_owner_reads_the_exact_place_in_their_own_feed_only(feed: LiveFeed) -> None:
    owner, stranger = feed.register(), feed.register()
    vid = _vehicle(feed, owner, 45.76, 4.83, "8 rue Mercière")
    mine, _ = feed.all_changes(who=owner)
    places = [c["data"] for c in mine if c["kind"] == "vehicle_place"]
    assert places == [
        {
            "vehicle_id": vid,
            "location": {"lat": 45.76, "lon": 4.83, "city": "Lyon", "address": "8 rue Mercière"},
            "updated_at": places[0]["updated_at"],
        }
    ]
    theirs, _ = feed.all_changes(who=stranger)
    assert "8 rue Mercière" not in json.dumps(theirs, ensure_ascii=False)


def test_reviews_are_public_under_a_display_name_only(feed: LiveFeed) -> None:
    venue_id = next(c["id"] for c in _public(feed) if c["kind"] == "venue")
    # The reviewer also lists a vehicle, so their id is in the public feed as owner_id.
    reviewer = feed.register("Camille")
    _vehicle(feed, reviewer, 45.7, 4.8, "1 quai Perrache")
    r = feed.http.post(
        f"{feed.url}/v1/venues/{venue_id}/reviews",
        json={"criteria": {"overall": 4}, "comment": "Step-free, wide doors"},
        headers=reviewer.headers,
    )
    assert r.status_code in (200, 201), r.text
    review_id = r.json()["review"]["id"]
    public = [c["data"] for c in _public(feed) if c["kind"] == "review"]
    assert public and all("author_id" not in d for d in public)
    mine = next(d for d in public if d["id"] == review_id)
    assert mine["author_name"] == "Camille"
    # The owner id in the vehicle record leads to no review.
    assert reviewer.id not in json.dumps(public)
    own, _ = feed.all_changes(who=reviewer)
    assert [c["data"]["author_id"] for c in own if c["kind"] == "review"] == [reviewer.id]


def test_an_edited_address_is_gone_from_a_read_from_the_start(feed: LiveFeed) -> None:
    owner = feed.register()
    vid = _vehicle(feed, owner, 45.77, 4.86, "17 rue Ancienne")
    url = f"{feed.url}/v1/vehicles/{vid}"
    old_area = feed.http.get(url).json()["vehicle"]["location"]
    moved = {"lat": 45.60, "lon": 4.70, "city": "Vienne", "address": "2 rue Nouvelle"}
    feed.http.patch(url, json={"location": moved}, headers=owner.headers).raise_for_status()
    feed.http.delete(url, headers=owner.headers).raise_for_status()

    public = [c for c in _public(feed) if c["id"] == vid and c["kind"] == "vehicle"]
    assert len(public) == 1 and public[0]["data"]["listed"] is False
    assert public[0]["data"]["location"] != old_area
    assert public[0]["data"]["location"]["city"] == "Vienne"
    own, _ = feed.all_changes(who=owner)
    raw = json.dumps(own, ensure_ascii=False)
    assert "17 rue Ancienne" not in raw and "2 rue Nouvelle" in raw
    assert len([c for c in own if c["kind"] == "vehicle_place" and c["id"] == vid]) == 1


def test_a_deleted_review_is_gone_and_its_tombstone_says_nothing(feed: LiveFeed) -> None:
    venue_id = next(c["id"] for c in _public(feed) if c["kind"] == "venue")
    author, other = feed.register(), feed.register()
    r = feed.http.post(
        f"{feed.url}/v1/venues/{venue_id}/reviews",
        json={"criteria": {"overall": 1}, "comment": "I went there for my dialysis"},
        headers=author.headers,
    )
    review_id = r.json()["review"]["id"]
    url = f"{feed.url}/v1/reviews/{review_id}"
    refused = feed.http.delete(url, headers=other.headers)
    assert refused.status_code == 403 and error_of(refused)["code"] == "not_author"
    assert feed.http.delete(url, headers=author.headers).status_code == 204
    missing = feed.http.delete(url, headers=author.headers)
    assert missing.status_code == 404 and error_of(missing)["code"] == "review_not_found"

    for changes in (_public(feed), feed.all_changes(who=author)[0]):
        assert "dialysis" not in json.dumps(changes)
        about = [c for c in changes if c["id"] == review_id]
        assert about == [
            {"kind": "review", "id": review_id, "op": "delete", "data": {"id": review_id}}
        ]


def test_a_renter_gets_the_exact_place_only_while_confirmed_in_their_own_feed(
    feed: LiveFeed,
) -> None:
    owner, renter, stranger = feed.register(), feed.register(), feed.register()
    vid = _vehicle(feed, owner, 45.74, 4.84, "5 impasse du Domicile")
    booking = feed.book(renter, vid, at(3), at(4)).json()["booking"]

    def renter_sees() -> list[dict[str, Any]]:
        mine, _ = feed.all_changes(who=renter)
        return [c["data"] for c in mine if c["id"] == booking["id"]]

    assert [b["pickup"] for b in renter_sees()] == [None]
    assert feed.act(owner, booking["id"], "accept").status_code == 200
    [confirmed] = renter_sees()
    assert confirmed["pickup"]["address"] == "5 impasse du Domicile"
    assert (confirmed["pickup"]["lat"], confirmed["pickup"]["lon"]) == (45.74, 4.84)
    for outsider in (_public(feed), feed.all_changes(who=stranger)[0]):
        assert "5 impasse du Domicile" not in json.dumps(outsider)
    # The owner moves the vehicle: the renter is told the new place.
    moved = {"lat": 45.73, "lon": 4.82, "city": "Lyon", "address": "9 rue Neuve"}
    url = f"{feed.url}/v1/vehicles/{vid}"
    feed.http.patch(url, json={"location": moved}, headers=owner.headers).raise_for_status()
    [after_move] = renter_sees()
    assert after_move["pickup"]["address"] == "9 rue Neuve"
    # Cancelled: the address leaves the renter's feed, earlier versions included.
    assert feed.act(renter, booking["id"], "cancel").status_code == 200
    [cancelled] = renter_sees()
    assert cancelled["status"] == "cancelled" and cancelled["pickup"] is None
    assert "9 rue Neuve" not in json.dumps(feed.all_changes(who=renter)[0])


def test_a_cursor_older_than_expired_tombstones_is_told_to_start_again(feed: LiveFeed) -> None:
    _, old_cursor = feed.all_changes()
    venue_id = next(c["id"] for c in _public(feed) if c["kind"] == "venue")
    author = feed.register()
    r = feed.http.post(
        f"{feed.url}/v1/venues/{venue_id}/reviews",
        json={"criteria": {"overall": 3}},
        headers=author.headers,
    )
    feed.http.delete(
        f"{feed.url}/v1/reviews/{r.json()['review']['id']}", headers=author.headers
    ).raise_for_status()
    feed.create_vehicle(feed.register())  # the log goes on after the tombstone
    _, recent_cursor = feed.all_changes()
    with feed.db.write() as s:
        assert changelog.prune_tombstones(s, clock.now() + timedelta(seconds=1)) >= 1
    gone = feed.http.get(f"{feed.url}/v1/changes", params={"since": old_cursor})
    assert gone.status_code == 410, gone.text
    assert error_of(gone)["code"] == "cursor_expired"
    # A client that had read past the tombstone carries on.
    fine = feed.http.get(f"{feed.url}/v1/changes", params={"since": recent_cursor})
    assert fine.status_code == 200
    # So does one that starts now, whatever position it pages through.
    assert feed.all_changes()[0]
    # Nothing left in any feed is a deletion older than the limit.
    assert not [c for c in _public(feed) if c["op"] == "delete" and c["kind"] == "review"]
