"""Storing records: upserts, deletes, validation and all-or-nothing batches."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.cache import (
    Cache,
    InvalidRecordError,
    VenueQuery,
    availability_for,
    bookings_for_user,
    cities,
    count_venues,
    delete_records,
    get_vehicle,
    get_venue,
    reviews_for,
    search_venues,
    upsert_records,
)
from wheelshare.domain import ValidationError
from wheelshare.domain.wire import Json


@pytest.fixture(scope="module")
def small() -> demo.DemoData:
    return demo.generate(11, vehicles=30, venues=200)


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
    finally:
        con.close()


def test_records_round_trip_through_the_cache(cache: Cache, small: demo.DemoData) -> None:
    with cache.transaction() as session:
        assert upsert_records(session, "vehicle", small.vehicles) == len(small.vehicles)
        upsert_records(session, "venue", small.venues)
        upsert_records(session, "review", small.reviews)
        upsert_records(session, "booking", small.bookings)
        upsert_records(session, "availability", list(small.availability.values()))
    v = small.vehicles[0]
    with cache.session() as session:
        vehicle = get_vehicle(session, v["id"])
        assert vehicle is not None and vehicle.title == v["title"]
        assert vehicle.prices.day.amount == v["prices"]["day"]["amount"]
        venue = get_venue(session, small.venues[5]["id"])
        assert venue is not None and venue.name == small.venues[5]["name"]
        assert get_vehicle(session, "no-such-vehicle") is None
        owner_bookings = bookings_for_user(session, demo.DEMO_OWNER_ID, "owner")
        assert owner_bookings
        assert all(b.owner_id == demo.DEMO_OWNER_ID for b in owner_bookings)
        starts = [b.period.start for b in owner_bookings]
        assert starts == sorted(starts)
        renter = bookings_for_user(session, demo.DEMO_RENTER_ID, "renter")
        assert {b.status.value for b in renter} >= {"requested", "confirmed", "completed"}
        reviewed = next(r for r in small.reviews if r["target_kind"] == "vehicle")
        got = reviews_for(session, "vehicle", reviewed["target_id"])
        assert reviewed["id"] in {r.id for r in got}
        blocked = next(k for k, a in small.availability.items() if a["blocks"] or a["weekly"])
        avail = availability_for(session, blocked)
        assert len(avail.blocks) == len(small.availability[blocked]["blocks"])
        assert len(avail.weekly) == len(small.availability[blocked]["weekly"])
        assert availability_for(session, "never-heard-of-it").blocks == ()


def test_an_upsert_replaces_the_record_and_its_search_entries(cache: Cache) -> None:
    venue = next(demo.iter_venues(5, 1))
    with cache.transaction() as session:
        upsert_records(session, "venue", [venue])
    moved = copy.deepcopy(venue)
    moved["name"] = "Bibliothèque Zola"
    moved["location"].update(lat=43.6047, lon=1.4442, city="Toulouse")
    with cache.transaction() as session:
        upsert_records(session, "venue", [moved])
    with cache.session() as session:
        assert count_venues(session, VenueQuery()) == 1
        assert [h.venue.name for h in search_venues(session, VenueQuery(text="zola")).items] == [
            "Bibliothèque Zola"
        ]
        assert search_venues(session, VenueQuery(text=venue["name"])).items == []
        near_toulouse = search_venues(session, VenueQuery(near=(43.6, 1.44), radius_km=2))
        assert [h.venue.id for h in near_toulouse.items] == [venue["id"]]
        old_place = (venue["location"]["lat"], venue["location"]["lon"])
        assert search_venues(session, VenueQuery(near=old_place, radius_km=1)).items == []
        assert [c.name for c in cities(session, "toul")] == ["Toulouse"]
        old_city = venue["location"]["city"]
        if old_city != "Toulouse":
            assert old_city not in [c.name for c in cities(session, old_city)]


def test_the_last_copy_of_a_record_in_a_batch_wins(cache: Cache) -> None:
    venue = next(demo.iter_venues(5, 1))
    renamed = {**venue, "name": "Second name"}
    with cache.transaction() as session:
        assert upsert_records(session, "venue", [venue, renamed]) == 1
    with cache.session() as session:
        got = get_venue(session, venue["id"])
        assert got is not None and got.name == "Second name"


def test_an_invalid_record_names_itself_and_nothing_of_the_batch_is_kept(
    cache: Cache, small: demo.DemoData
) -> None:
    bad: Json = copy.deepcopy(small.venues[7])
    bad["location"]["lat"] = 123.0
    batch = [*small.venues[:7], bad, *small.venues[8:]]
    with pytest.raises(InvalidRecordError) as info, cache.transaction() as session:
        upsert_records(session, "vehicle", small.vehicles)
        upsert_records(session, "venue", batch)
    err = info.value
    assert isinstance(err, ValidationError)
    assert (err.kind, err.record_id, err.field) == ("venue", bad["id"], "location.lat")
    assert bad["id"] in str(err) and "latitude 123.0" in str(err)
    assert _count(cache.path, "venues") == 0
    assert _count(cache.path, "vehicles") == 0  # the whole transaction went


@pytest.mark.parametrize(
    ("kind", "mutate", "field"),
    [
        ("vehicle", lambda r: r["prices"]["day"].update(amount=-100), "prices.day"),
        ("vehicle", lambda r: r["adaptations"].update(jetpack=True), "adaptations.jetpack"),
        ("vehicle", lambda r: r.pop("id"), "id"),
        ("booking", lambda r: r.update(end=r["start"]), "end"),
        ("booking", lambda r: r.update(status="maybe"), "status"),
        ("review", lambda r: r["criteria"].update(overall=9), "criteria.overall"),
        ("availability", lambda r: r.update(timezone="Mars/Olympus"), "timezone"),
    ],
)
def test_every_kind_is_validated(
    cache: Cache, small: demo.DemoData, kind: str, mutate: object, field: str
) -> None:
    source = {
        "vehicle": small.vehicles,
        "booking": small.bookings,
        "review": [r for r in small.reviews if r["target_kind"] == "vehicle"],
        "availability": list(small.availability.values()),
    }[kind]
    record = copy.deepcopy(source[0])
    mutate(record)  # type: ignore[operator]
    with pytest.raises(ValidationError) as info, cache.transaction() as session:
        upsert_records(session, kind, [record])
    assert info.value.field == field or field in info.value.errors


def test_unknown_kinds_are_refused(cache: Cache) -> None:
    unknown = pytest.raises(ValidationError, match="unknown record kind 'spaceship'")
    with unknown, cache.transaction() as session:
        upsert_records(session, "spaceship", [])
    with pytest.raises(ValidationError, match="unknown record kind"), cache.transaction() as s:
        delete_records(s, "spaceships", ["x"])


def test_deletes_remove_records_their_indexes_and_a_vehicles_availability(
    cache: Cache, small: demo.DemoData
) -> None:
    with cache.transaction() as session:
        upsert_records(session, "vehicle", small.vehicles)
        upsert_records(session, "venue", small.venues)
        upsert_records(session, "availability", list(small.availability.values()))
    blocked = next(k for k, a in small.availability.items() if a["blocks"])
    doomed = [v["id"] for v in small.venues[:50]]
    with cache.transaction() as session:
        assert delete_records(session, "venue", [*doomed, "unknown-id"]) == 50
        assert delete_records(session, "vehicle", [blocked]) == 1
    assert _count(cache.path, "venues") == len(small.venues) - 50
    assert _count(cache.path, "venues_rtree") == len(small.venues) - 50
    assert _count(cache.path, "availability_blocks") == sum(
        len(a["blocks"]) for k, a in small.availability.items() if k != blocked
    )
    with cache.session() as session:
        assert get_venue(session, doomed[0]) is None
        name = small.venues[0]["name"]
        assert doomed[0] not in {
            h.venue.id for h in search_venues(session, VenueQuery(text=name, limit=500)).items
        }
        assert get_vehicle(session, blocked) is None
        assert availability_for(session, blocked).blocks == ()


def test_new_availability_replaces_the_old_blocks(cache: Cache, small: demo.DemoData) -> None:
    vid, record = next((k, a) for k, a in small.availability.items() if a["blocks"])
    with cache.transaction() as session:
        upsert_records(session, "availability", [record])
        upsert_records(session, "availability", [{"id": vid, "blocks": [], "weekly": []}])
    with cache.session() as session:
        assert availability_for(session, vid).blocks == ()
    assert _count(cache.path, "availability_blocks") == 0
