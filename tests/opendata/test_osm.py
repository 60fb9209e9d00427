"""OpenStreetMap import: the real Helsinki extract and hand-made bad input."""

from __future__ import annotations

import bz2
import gzip
import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import osmium
import pytest

from wheelshare.domain import Venue, WheelchairGrade
from wheelshare.opendata.osm import OsmFileError, parse_osm
from wheelshare.opendata.result import ParseResult, Problem

WriteXml = Callable[..., Path]

# The extract's README states these; the independent count below must agree first.
README_WHEELCHAIR = {"yes": 317, "limited": 88, "no": 79}
A11Y_KEYS = (
    "wheelchair",
    "toilets:wheelchair",
    "wheelchair:description",
    "ramp",
    "ramp:wheelchair",
    "step_count",
    "automatic_door",
    "door:width",
    "capacity:disabled",
    "elevator",
    "hearing_loop",
    "induction_loop",
)


class RawCounter(osmium.SimpleHandler):
    """Counts raw tags with a plain pyosmium pass, without the importer's mapper."""

    def __init__(self) -> None:
        super().__init__()
        self.all_wheelchair: Counter[str] = Counter()
        self.venue_grades: Counter[str] = Counter()
        self.toilets: Counter[str] = Counter()
        self.named_wheelchair = 0

    def _count(
        self, o: osmium.osm.Node | osmium.osm.Way | osmium.osm.Relation, is_place: bool
    ) -> None:
        tags = {t.k: t.v for t in o.tags}
        if "wheelchair" in tags:
            self.all_wheelchair[tags["wheelchair"]] += 1
            self.named_wheelchair += bool(tags.get("name"))
        if "toilets:wheelchair" in tags:
            self.toilets[tags["toilets:wheelchair"]] += 1
        if is_place and tags.get("name") and any(k in tags for k in A11Y_KEYS):
            self.venue_grades[tags.get("wheelchair", "absent")] += 1

    def node(self, n: osmium.osm.Node) -> None:
        self._count(n, True)

    def way(self, w: osmium.osm.Way) -> None:
        self._count(w, True)

    def relation(self, r: osmium.osm.Relation) -> None:
        # Routes (a bus line tagged wheelchair=yes) are not places.
        self._count(r, r.tags.get("type") in ("multipolygon", "building", "site"))


@pytest.fixture(scope="module")
def raw(helsinki_pbf: Path) -> RawCounter:
    counter = RawCounter()
    counter.apply_file(str(helsinki_pbf))
    return counter


@pytest.fixture(scope="module")
def helsinki(helsinki_pbf: Path) -> ParseResult:
    return parse_osm(helsinki_pbf)


def test_independent_count_matches_the_extracts_readme(raw: RawCounter) -> None:
    assert dict(raw.all_wheelchair) == README_WHEELCHAIR
    assert raw.named_wheelchair == 444
    assert dict(raw.toilets) == {"yes": 23, "no": 9}


def test_helsinki_counts_by_grade(helsinki: ParseResult, raw: RawCounter) -> None:
    grades = helsinki.by_grade()
    assert grades[WheelchairGrade.FULLY] == raw.venue_grades["yes"] + raw.venue_grades["designated"]
    assert grades[WheelchairGrade.PARTIALLY] == raw.venue_grades["limited"]
    assert grades[WheelchairGrade.NOT] == raw.venue_grades["no"]
    assert grades[WheelchairGrade.UNKNOWN] == raw.venue_grades["absent"]
    assert len(helsinki.venues) == sum(raw.venue_grades.values())
    assert helsinki.problems == []
    # Ids are unique and stable: one venue per OSM object.
    assert len({v.id for v in helsinki.venues}) == len(helsinki.venues)


def test_toilets_counted_from_the_file(helsinki: ParseResult, raw: RawCounter) -> None:
    toilets = Counter(v.accessibility.toilet_accessible for v in helsinki.venues)
    # Every toilets:wheelchair object in this extract is also a named venue.
    assert toilets[True] == raw.toilets["yes"]
    assert toilets[False] == raw.toilets["no"]


def _venue(result: ParseResult, osm_ref: str) -> Venue:
    (venue,) = [v for v in result.venues if v.source.id == osm_ref]
    return venue


def test_node_venue_field_by_field(helsinki: ParseResult) -> None:
    v = _venue(helsinki, "node/256199043")
    assert v.id == "osm-node-256199043"
    assert v.name == "Hard Rock Cafe Helsinki"
    assert v.category == "restaurant"
    assert v.location.lat == pytest.approx(60.1689067)
    assert v.location.lon == pytest.approx(24.9414031)
    assert v.location.city == "Helsinki"
    assert v.location.address == "Aleksanterinkatu 21"
    a = v.accessibility
    assert a.wheelchair_grade is WheelchairGrade.FULLY
    assert a.toilet_accessible is True
    assert a.parking_accessible is None and a.elevator is None and a.hearing_loop is None
    assert a.description == {}
    assert v.source.name == "OpenStreetMap"
    assert v.source.url == "https://www.openstreetmap.org/node/256199043"
    assert v.updated_at is not None and v.updated_at.tzinfo is not None


def test_limited_pub_with_description(helsinki: ParseResult) -> None:
    v = _venue(helsinki, "node/60072323")
    assert (v.name, v.category) == ("Juttutupa", "pub")
    assert v.accessibility.wheelchair_grade is WheelchairGrade.PARTIALLY
    assert v.accessibility.description == {
        "und": "There is a wheelchair accessible entrance to the pub."
    }
    assert v.location.address == "Säästöpankinranta 6"


def test_fast_food_without_accessible_toilet(helsinki: ParseResult) -> None:
    v = _venue(helsinki, "node/324164750")
    assert v.name == "Pikku-Jaskan Grilli"
    assert v.category == "fast_food"
    assert v.accessibility.wheelchair_grade is WheelchairGrade.FULLY
    assert v.accessibility.toilet_accessible is False


def test_building_way_at_its_centroid(helsinki: ParseResult) -> None:
    v = _venue(helsinki, "way/8033120")
    assert v.id == "osm-way-8033120"
    assert v.name == "Ateneum"
    assert v.category == "museum"
    # The Ateneum art museum faces the railway square; its footprint's centre:
    assert v.location.lat == pytest.approx(60.1703, abs=0.0005)
    assert v.location.lon == pytest.approx(24.9444, abs=0.001)
    assert v.accessibility.wheelchair_grade is WheelchairGrade.FULLY
    assert v.accessibility.toilet_accessible is True
    assert v.accessibility.description["und"].startswith("Esteetön sisäänkäynti")


def test_multipolygon_relation_at_the_centre_of_its_members(helsinki: ParseResult) -> None:
    v = _venue(helsinki, "relation/5608")
    assert v.id == "osm-relation-5608"
    assert v.name == "Marski by Scandic"
    assert v.category == "hotel"
    assert v.location.address == "Mannerheimintie 10"
    assert v.location.lat == pytest.approx(60.1675, abs=0.001)
    assert v.location.lon == pytest.approx(24.9410, abs=0.001)
    assert v.accessibility.wheelchair_grade is WheelchairGrade.PARTIALLY
    assert v.source.url == "https://www.openstreetmap.org/relation/5608"


def test_routes_and_unnamed_objects_are_not_venues(helsinki: ParseResult) -> None:
    names = {v.name for v in helsinki.venues}
    assert "Helsinki - Turku" not in names  # a train route tagged wheelchair=yes
    assert helsinki.skipped_without_name > 0
    assert all(v.name.strip() for v in helsinki.venues)


def test_parsing_twice_gives_the_same_venues(helsinki: ParseResult, helsinki_pbf: Path) -> None:
    assert parse_osm(helsinki_pbf).venues == helsinki.venues


# -- hand-written extracts -----------------------------------------------------------


def _node(node_id: int, tags: dict[str, str], lat: float = 48.85, lon: float = 2.35) -> str:
    body = "".join(f'<tag k="{k}" v="{v}"/>' for k, v in tags.items())
    return f'<node id="{node_id}" version="1" lat="{lat}" lon="{lon}">{body}</node>'


def test_every_mapped_tag(write_osm_xml: WriteXml) -> None:
    path = write_osm_xml(
        _node(
            1,
            {
                "name": "Café des Rampes",
                "amenity": "cafe",
                "wheelchair": "designated",
                "toilets:wheelchair": "yes",
                "ramp:wheelchair": "yes",
                "ramp": "no",
                "step_count": "0",
                "automatic_door": "button",
                "door:width": "0.9",
                "capacity:disabled": "2",
                "elevator": "no",
                "induction_loop": "yes",
                "wheelchair:description": "Rampe côté cour",
                "wheelchair:description:en": "Ramp in the courtyard",
                "addr:housenumber": "3",
                "addr:street": "Rue de Rivoli",
                "addr:city": "Paris",
            },
        )
    )
    result = parse_osm(path)
    assert result.problems == []
    (v,) = result.venues
    a = v.accessibility
    assert a.wheelchair_grade is WheelchairGrade.FULLY
    assert a.toilet_accessible is True
    assert a.entrance.has_ramp is True  # ramp:wheelchair wins over ramp
    assert a.entrance.step_count == 0 and a.entrance.step_free is True
    assert a.entrance.automatic_door is True
    assert a.entrance.door_width_cm == 90
    assert a.parking_accessible is True
    assert a.elevator is False
    assert a.hearing_loop is True
    assert a.description == {"und": "Rampe côté cour", "en": "Ramp in the courtyard"}
    assert (v.location.city, v.location.address) == ("Paris", "Rue de Rivoli 3")


def test_nonsense_values_become_problems_and_stay_unknown(write_osm_xml: WriteXml) -> None:
    path = write_osm_xml(
        _node(
            7,
            {
                "name": "Le Large",
                "shop": "bakery",
                "entrance": "main",
                "wheelchair": "yes",
                "width": "wide",
            },
        )
        + _node(8, {"name": "Les Marches", "amenity": "bar", "step_count": "-3"})
        + _node(9, {"name": "Le Doute", "amenity": "bar", "wheelchair": "maybe", "elevator": "yes"})
        + _node(10, {"name": "Bien", "amenity": "bar", "wheelchair": "yes"})
    )
    result = parse_osm(path)
    assert [v.name for v in result.venues] == ["Le Large", "Les Marches", "Le Doute", "Bien"]
    by_id = {v.source.id: v for v in result.venues}
    assert by_id["node/7"].accessibility.entrance.door_width_cm is None
    assert by_id["node/8"].accessibility.entrance.step_count is None
    assert by_id["node/9"].accessibility.wheelchair_grade is WheelchairGrade.UNKNOWN
    assert by_id["node/9"].accessibility.elevator is True  # the rest of the object still counts
    assert [(p.object_id, p.field) for p in result.problems] == [
        ("node/7", "width"),
        ("node/8", "step_count"),
        ("node/9", "wheelchair"),
    ]
    assert "'wide' is not a length" in result.problems[0].message
    assert "-3" in result.problems[1].message
    assert str(result.problems[2]).startswith("node/9: wheelchair: 'maybe'")
    assert "3 problems" in result.summary()


def test_width_of_a_road_is_not_a_door_width(write_osm_xml: WriteXml) -> None:
    path = write_osm_xml(
        _node(1, {"name": "Quai", "highway": "bus_stop", "wheelchair": "yes", "width": "10"})
    )
    result = parse_osm(path)
    assert result.problems == []
    assert result.venues[0].accessibility.entrance.door_width_cm is None
    assert result.venues[0].category == "bus_stop"


def test_door_widths_in_other_units(write_osm_xml: WriteXml) -> None:
    path = write_osm_xml(
        _node(1, {"name": "A", "amenity": "bar", "door:width": "85 cm"})
        + _node(2, {"name": "B", "amenity": "bar", "door:width": "3'"})
        + _node(3, {"name": "C", "amenity": "bar", "door:width": "1,2 m"})
        + _node(4, {"name": "D", "amenity": "bar", "door:width": "80"})  # 80 metres
    )
    result = parse_osm(path)
    widths = [v.accessibility.entrance.door_width_cm for v in result.venues]
    assert widths == [85, 91, 120, None]
    assert [p.object_id for p in result.problems] == ["node/4"]
    assert "8000 cm" in result.problems[0].message


def test_objects_without_name_or_accessibility_are_left_out(write_osm_xml: WriteXml) -> None:
    path = write_osm_xml(
        _node(1, {"amenity": "cafe", "wheelchair": "yes"})
        + _node(2, {"name": "Sans info", "amenity": "cafe"})
        + _node(3, {"name": "Avec", "amenity": "cafe", "toilets:wheelchair": "no"})
    )
    result = parse_osm(path)
    assert [v.name for v in result.venues] == ["Avec"]
    assert result.venues[0].accessibility.wheelchair_grade is WheelchairGrade.UNKNOWN
    assert (result.skipped_without_name, result.skipped_without_accessibility) == (1, 1)


def test_building_borrows_facts_from_its_entrance_node(write_osm_xml: WriteXml) -> None:
    square = [(1, 48.0, 2.0), (2, 48.0, 2.001), (3, 48.001, 2.001), (4, 48.001, 2.0)]
    nodes = "".join(_node(i, {}, lat, lon) for i, lat, lon in square[:3])
    nodes += _node(
        4,
        {"entrance": "main", "width": "0.95", "step_count": "2", "automatic_door": "no"},
        48.001,
        2.0,
    )
    way = (
        '<way id="50" version="1">'
        + "".join(f'<nd ref="{i}"/>' for i in (1, 2, 3, 4, 1))
        + '<tag k="name" v="Mairie"/><tag k="amenity" v="townhall"/>'
        + '<tag k="wheelchair" v="limited"/><tag k="ramp" v="yes"/></way>'
    )
    result = parse_osm(write_osm_xml(nodes + way))
    (v,) = result.venues
    assert v.id == "osm-way-50"
    assert v.location.lat == pytest.approx(48.0005)
    assert v.location.lon == pytest.approx(2.0005)
    e = v.accessibility.entrance
    assert (e.door_width_cm, e.step_count, e.step_free) == (95, 2, False)
    assert e.automatic_door is False
    assert e.has_ramp is True  # the building's own tag stays


def test_overpass_json(tmp_path: Path) -> None:
    doc = {
        "version": 0.6,
        "elements": [
            {
                "type": "node",
                "id": 11,
                "lat": 45.76,
                "lon": 4.86,
                "timestamp": "2024-05-01T10:00:00Z",
                "tags": {"name": "Gare", "public_transport": "station", "wheelchair": "yes"},
            },
            {"type": "node", "id": 12, "lat": 45.0, "lon": 4.0},
            {"type": "node", "id": 13, "lat": 45.0, "lon": 4.002},
            {"type": "node", "id": 14, "lat": 45.002, "lon": 4.002},
            {
                "type": "way",
                "id": 21,
                "nodes": [12, 13, 14, 12],
                "tags": {"name": "Musée", "tourism": "museum", "wheelchair": "no"},
            },
            {
                "type": "way",
                "id": 22,
                "center": {"lat": 46.5, "lon": 5.5},
                "tags": {"name": "Halle", "amenity": "marketplace", "wheelchair": "limited"},
            },
            {
                "type": "relation",
                "id": 31,
                "members": [{"type": "way", "ref": 21, "role": "outer"}],
                "tags": {
                    "type": "multipolygon",
                    "name": "Parc",
                    "leisure": "park",
                    "step_count": "many",
                },
            },
        ],
    }
    path = tmp_path / "overpass.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = parse_osm(path)
    by_id = {v.id: v for v in result.venues}
    assert set(by_id) == {"osm-node-11", "osm-way-21", "osm-way-22", "osm-relation-31"}
    assert by_id["osm-node-11"].updated_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert by_id["osm-way-21"].location.lat == pytest.approx(45.000667, abs=1e-5)
    assert by_id["osm-way-22"].location.lat == 46.5
    assert by_id["osm-relation-31"].location.lat == pytest.approx(45.000667, abs=1e-5)
    assert result.problems == [
        Problem("relation/31", "step_count", "'many' is not a number of steps")
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"hello world, this is not a map", "PBF error"),
        (b"<html><body>Not found</body></html>", "html"),
        (b'<?xml version="1.0"?><osm version="0.6"><node id="1" lat="1" lon="1">', "XML"),
        (b'{"features": []}', "elements"),
        (b'{"elements": [', "not valid JSON"),
    ],
)
def test_unreadable_files_are_a_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.osm.pbf"
    path.write_bytes(content)
    with pytest.raises(OsmFileError, match=reason) as info:
        parse_osm(path)
    assert "bad.osm.pbf is not a readable OpenStreetMap file" in str(info.value)


def test_truncated_extract_is_an_error_not_a_partial_result(
    tmp_path: Path, helsinki_pbf: Path
) -> None:
    path = tmp_path / "cut.osm.pbf"
    path.write_bytes(helsinki_pbf.read_bytes()[:300_000])
    with pytest.raises(OsmFileError, match="unexpected EOF"):
        parse_osm(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OsmFileError, match="No such file"):
        parse_osm(tmp_path / "nowhere.osm.pbf")


@pytest.mark.parametrize("suffix", [".osm.gz", ".osm.bz2"])
def test_compressed_xml(write_osm_xml: WriteXml, suffix: str) -> None:
    plain = write_osm_xml(_node(5, {"name": "Gare", "railway": "station", "wheelchair": "no"}))
    packed = plain.with_name("extract" + suffix)
    compress = gzip.compress if suffix.endswith("gz") else bz2.compress
    packed.write_bytes(compress(plain.read_bytes()))
    (v,) = parse_osm(packed).venues
    assert (v.id, v.category) == ("osm-node-5", "station")
    assert v.accessibility.wheelchair_grade is WheelchairGrade.NOT
