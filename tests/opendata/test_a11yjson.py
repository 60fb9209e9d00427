"""A11yJSON export and import: the round trip, and files that do not validate."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wheelshare.domain import Accessibility, Entrance, Location, Source, Venue, WheelchairGrade
from wheelshare.opendata.a11yjson import A11yJsonError, from_a11yjson, to_a11yjson
from wheelshare.opendata.osm import parse_osm

EVERYTHING = Venue(
    id="osm-node-42",
    name="Café des Rampes",
    category="cafe",
    location=Location(48.8606, 2.3376, city="Paris", address="3 rue de Rivoli"),
    accessibility=Accessibility(
        wheelchair_grade=WheelchairGrade.PARTIALLY,
        entrance=Entrance(
            step_free=False,
            step_count=2,
            step_height_cm=12,
            has_ramp=True,
            door_width_cm=85,
            automatic_door=False,
        ),
        toilet_accessible=True,
        parking_accessible=False,
        elevator=True,
        hearing_loop=False,
        description={"fr": "Rampe côté cour", "en": "Ramp in the courtyard"},
    ),
    source=Source("OpenStreetMap", "node/42", "https://www.openstreetmap.org/node/42"),
    updated_at=datetime(2026, 3, 1, 12, 30, tzinfo=UTC),
)
BARE = Venue(id="v-1", name="Nothing known", category="", location=Location(45.0, 5.0))


def _round_trip(venues: list[Venue]) -> list[Venue]:
    text = json.dumps(to_a11yjson(venues), ensure_ascii=False)
    result = from_a11yjson(json.loads(text))
    assert result.problems == []
    return result.venues


def test_round_trip_keeps_every_mapped_field() -> None:
    assert _round_trip([EVERYTHING, BARE]) == [EVERYTHING, BARE]


def test_round_trip_of_the_helsinki_import(helsinki_pbf: Path) -> None:
    venues = parse_osm(helsinki_pbf).venues
    assert _round_trip(venues) == venues


def test_export_is_placeinfo_geojson() -> None:
    doc = to_a11yjson([EVERYTHING])
    assert doc["type"] == "FeatureCollection"
    (feature,) = doc["features"]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [2.3376, 48.8606]}
    props = feature["properties"]
    assert (props["name"], props["category"]) == ("Café des Rampes", "cafe")
    assert props["address"] == {"full": "3 rue de Rivoli", "city": "Paris"}
    assert props["description"] == {"fr": "Rampe côté cour", "en": "Ramp in the courtyard"}
    assert props["originalId"] == "node/42"
    assert props["infoPageUrl"] == "https://www.openstreetmap.org/node/42"
    a = props["accessibility"]
    assert a["wheelchairAccessibilityGrade"] == "partially"
    assert a["entrances"] == [
        {
            "isLevel": False,
            "hasFixedRamp": True,
            "stairs": {"count": 2, "stepHeight": {"value": 12, "unit": "cm"}},
            "door": {"width": {"value": 85, "unit": "cm"}, "isAutomatic": False},
        }
    ]
    assert a["restrooms"] == [{"isAccessibleWithWheelchair": True}]
    assert a["parking"] == {"forWheelchairUsers": None}
    assert a["hasInductionLoop"] is False
    # Unknown facts are left out, never written as false.
    bare = to_a11yjson([BARE])["features"][0]["properties"]
    assert bare["accessibility"] == {}
    assert "description" not in bare and "address" not in bare


def test_import_of_a_file_written_elsewhere() -> None:
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [11.14204, 51.78911]},
                "properties": {
                    "category": "tourism",
                    "name": {"de": "Quedlinburg-Information", "en": "Quedlinburg information"},
                    "originalId": "qi-1",
                    "accessibility": {
                        "wheelchairAccessibilityGrade": "fully",
                        "parking": {"forWheelchairUsers": {"count": 2}},
                        "entrances": [
                            {"isLevel": False, "door": {"width": "70cm"}},
                            {
                                "isMainEntrance": True,
                                "isLevel": True,
                                "hasRemovableRamp": True,
                                "door": {"width": 0.9, "isAutomaticOrAlwaysOpen": True},
                            },
                        ],
                        "restrooms": [
                            {"isAccessibleWithWheelchair": False},
                            {"isAccessibleWithWheelchair": True},
                        ],
                    },
                    "description": "Eingang über den Markt",
                },
            }
        ],
    }
    result = from_a11yjson(doc)
    assert result.problems == []
    (v,) = result.venues
    assert v.name == "Quedlinburg information"
    assert (v.location.lat, v.location.lon) == (51.78911, 11.14204)
    a = v.accessibility
    assert a.wheelchair_grade is WheelchairGrade.FULLY
    assert a.entrance.step_free is True  # the main entrance, not the first listed
    assert a.entrance.has_ramp is True
    assert a.entrance.door_width_cm == 90  # a bare number is metres
    assert a.entrance.automatic_door is True
    assert a.toilet_accessible is True  # one accessible restroom is enough
    assert a.parking_accessible is True
    assert a.description == {"und": "Eingang über den Markt"}
    assert (v.source.name, v.source.id) == ("A11yJSON", "qi-1")
    # The same file gives the same ids, so a re-import updates in place.
    assert from_a11yjson(doc).venues[0].id == v.id


def test_without_any_id_the_ids_are_still_stable() -> None:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [2.0, 48.0]},
        "properties": {"name": "Sans id", "category": "shop"},
    }
    first = from_a11yjson([feature]).venues[0]
    assert first.id == from_a11yjson([feature]).venues[0].id
    assert first.source.id == first.id and first.id.startswith("a11yjson-")


def _feature(**props: object) -> dict[str, object]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
        "properties": {"name": "Place", "category": "cafe", **props},
    }


def test_features_that_do_not_validate_are_reported_and_the_rest_imported() -> None:
    good = _feature(originalId="good")
    doc = {
        "type": "FeatureCollection",
        "features": [
            good,
            {"type": "Feature", "properties": {"name": "Nowhere", "originalId": "no-geo"}},
            _feature(originalId="grade", accessibility={"wheelchairAccessibilityGrade": "great"}),
            _feature(
                originalId="door",
                accessibility={"entrances": [{"door": {"width": "wide"}}]},
            ),
            _feature(
                originalId="stairs",
                accessibility={"entrances": [{"stairs": {"count": -3}}]},
            ),
            _feature(originalId="huge", accessibility={"entrances": [{"door": {"width": 12}}]}),
            _feature(
                originalId="toilet",
                accessibility={"restrooms": [{"isAccessibleWithWheelchair": "yes"}]},
            ),
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [2, 48]},
                "properties": {"category": "cafe"},
            },
            "not a feature",
        ],
    }
    result = from_a11yjson(doc)
    assert [v.source.id for v in result.venues] == ["good"]
    assert result.objects_read == 9
    assert result.skipped_invalid == 8
    found = [(p.object_id, p.field) for p in result.problems]
    e = "properties.accessibility.entrances[0]"
    assert found == [
        ("no-geo", "geometry"),
        ("grade", "properties.accessibility.wheelchairAccessibilityGrade"),
        ("door", f"{e}.door.width"),
        ("stairs", f"{e}.stairs.count"),
        ("huge", f"{e}.door.width"),
        ("toilet", "properties.accessibility.restrooms[0].isAccessibleWithWheelchair"),
        ("features[7]", "properties.name"),
        ("features[8]", "features[8]"),
    ]
    messages = {p.object_id: p.message for p in result.problems}
    assert messages["grade"] == "'great' is not one of fully, partially, not"
    assert "'wide' is not a length" in messages["door"]
    assert messages["stairs"] == "-3 cannot be negative"
    assert "1200 is not sensible" in messages["huge"]


@pytest.mark.parametrize(
    "doc",
    [{"type": "Feature"}, {"features": []}, "text", 42, {"type": "FeatureCollection"}],
)
def test_a_document_that_is_not_a11yjson_is_an_error(doc: object) -> None:
    with pytest.raises(A11yJsonError, match="not A11yJSON"):
        from_a11yjson(doc)
