"""Read OpenStreetMap extracts into domain venues.

A pure parser: it reads a ``.osm.pbf``, ``.osm`` XML or Overpass JSON file
and returns venues plus one :class:`Problem` per tag it could not make sense
of. It never touches a database; the feed's importer stores what it returns.
Only ``.osm.pbf`` and ``.osm`` XML need osmium, a server dependency: it is
imported by the functions that read them, so Overpass JSON and the tag mapping
work without it.
The whole file is read before anything is returned, so a truncated file
raises :class:`OsmFileError` and nothing is half-imported.

Tag mapping (https://wiki.openstreetmap.org/wiki/Key:wheelchair and friends):

==========================================  ==========================================
``wheelchair``                              grade: yes/designated → fully,
                                            limited → partially, no → not
``toilets:wheelchair``                      toilet_accessible
``wheelchair:description[:<lang>]``         description (``und`` when no language)
``ramp:wheelchair``, ``ramp``               entrance.has_ramp
``step_count``                              entrance.step_count (0 → step-free)
``automatic_door``                          entrance.automatic_door
``door:width``; ``width`` on an entrance    entrance.door_width_cm
``capacity:disabled``                       parking_accessible (> 0)
``elevator``                                elevator
``hearing_loop``, ``induction_loop``        hearing_loop
``entrance``/``door`` nodes on a building   fill the entrance facts the venue lacks
==========================================  ==========================================
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wheelshare.domain.errors import ValidationError, WheelshareError
from wheelshare.domain.values import Location
from wheelshare.domain.venue import Accessibility, Entrance, Source, Venue
from wheelshare.domain.vocabulary import VENUE_INT_CRITERIA, VenueCriterion, WheelchairGrade
from wheelshare.opendata.result import UNDETERMINED_LANGUAGE, ParseResult, Problem

SOURCE_NAME = "OpenStreetMap"
ATTRIBUTION = (
    "Venue data © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0)"
)
ATTRIBUTION_URL = "https://www.openstreetmap.org/copyright"

# Keys that, by themselves, say something about wheelchair access. ``width``,
# ``door`` and ``entrance`` are mapped too but do not qualify an object alone:
# a named street has a width without being a venue.
ACCESSIBILITY_KEYS = (
    "wheelchair",
    "toilets:wheelchair",
    "wheelchair:description",
    "ramp:wheelchair",
    "ramp",
    "step_count",
    "automatic_door",
    "door:width",
    "capacity:disabled",
    "elevator",
    "hearing_loop",
    "induction_loop",
)
CATEGORY_KEYS = ("amenity", "shop", "tourism", "leisure", "healthcare", "public_transport")
# Used only when none of CATEGORY_KEYS is present (a bus stop, a metro entrance, an office).
FALLBACK_CATEGORY_KEYS = (
    "highway",
    "railway",
    "aeroway",
    "office",
    "craft",
    "historic",
    "building",
)
# Relations that stand for a place; a bus route tagged wheelchair=yes is not a venue.
PLACE_RELATION_TYPES = frozenset({"multipolygon", "building", "site"})

_GRADES = {
    "yes": WheelchairGrade.FULLY,
    "designated": WheelchairGrade.FULLY,
    "limited": WheelchairGrade.PARTIALLY,
    "no": WheelchairGrade.NOT,
}
_YES = frozenset({"yes", "designated"})
_AUTOMATIC = frozenset({"yes", "button", "motion", "floor", "continuous", "slowdown_button"})
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_LENGTH = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(m|cm|mm|in|ft|\"|')?\s*$")
_FEET_INCHES = re.compile(r"^\s*(\d+)\s*'\s*(\d+(?:\.\d+)?)\s*\"\s*$")
_CM_PER_UNIT = {None: 100.0, "m": 100.0, "cm": 1.0, "mm": 0.1, "in": 2.54, '"': 2.54, "ft": 30.48}
_CM_PER_UNIT["'"] = 30.48


class OsmFileError(WheelshareError):
    """The file is not a readable OpenStreetMap extract (truncated, corrupt, or another format)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path.name} is not a readable OpenStreetMap file: {reason}")


# -- tag values ----------------------------------------------------------------


class _TagProblem(ValueError):
    """A tag value that means nothing for its key; becomes a Problem."""


def _yes_no(value: str, yes: frozenset[str] = _YES) -> bool:
    v = value.strip().lower()
    if v in yes:
        return True
    if v == "no":
        return False
    expected = "/".join(sorted(yes)) + "/no"
    raise _TagProblem(f"{value!r} is not one of {expected}")


def parse_length_cm(value: str) -> int:
    """An OSM length in whole centimetres; a bare number is metres, as OSM says."""
    m = _FEET_INCHES.match(value)
    if m:
        cm = int(m.group(1)) * 30.48 + float(m.group(2)) * 2.54
    else:
        m = _LENGTH.match(value)
        if not m:
            raise _TagProblem(f"{value!r} is not a length; expected metres such as 0.9 or 90 cm")
        cm = float(m.group(1).replace(",", ".")) * _CM_PER_UNIT[m.group(2)]
    return round(cm)


def _in_range(value: int, criterion: VenueCriterion, what: str) -> int:
    low, high = VENUE_INT_CRITERIA[criterion]
    if not low <= value <= high:
        raise _TagProblem(f"{value} is not a sensible {what}; expected {low} to {high}")
    return value


def _door_width(value: str) -> int:
    cm = parse_length_cm(value)
    low, high = VENUE_INT_CRITERIA[VenueCriterion.DOOR_WIDTH_CM]
    if not low <= cm <= high:
        raise _TagProblem(
            f"{value!r} gives a door {cm} cm wide; expected {low} to {high} cm "
            "(a bare number is metres)"
        )
    return cm


def _step_count(value: str) -> int:
    v = value.strip()
    if not re.fullmatch(r"-?\d+", v):
        raise _TagProblem(f"{value!r} is not a number of steps")
    return _in_range(int(v), VenueCriterion.STEP_COUNT, "number of steps")


def _disabled_capacity(value: str) -> bool:
    v = value.strip().lower()
    if v in ("yes", "no"):
        return v == "yes"
    if not re.fullmatch(r"\d+", v):
        raise _TagProblem(f"{value!r} is not a number of disabled parking spaces")
    return int(v) > 0


@dataclass(slots=True)
class _Facts:
    """Accessibility facts for one object, filled tag by tag."""

    grade: WheelchairGrade = WheelchairGrade.UNKNOWN
    step_free: bool | None = None
    step_count: int | None = None
    has_ramp: bool | None = None
    door_width_cm: int | None = None
    automatic_door: bool | None = None
    toilet_accessible: bool | None = None
    parking_accessible: bool | None = None
    elevator: bool | None = None
    hearing_loop: bool | None = None
    description: dict[str, str] = field(default_factory=dict)

    def fill_entrance_from(self, other: _Facts) -> None:
        """Take what an entrance node says about fields this object leaves unknown."""
        if self.step_count is None and other.step_count is not None:
            self.step_count = other.step_count
            self.step_free = other.step_free
        for name in ("has_ramp", "door_width_cm", "automatic_door"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))

    def entrance_known(self) -> bool:
        return any(
            v is not None
            for v in (self.step_count, self.has_ramp, self.door_width_cm, self.automatic_door)
        )

    def accessibility(self) -> Accessibility:
        return Accessibility(
            wheelchair_grade=self.grade,
            entrance=Entrance(
                step_free=self.step_free,
                step_count=self.step_count,
                has_ramp=self.has_ramp,
                door_width_cm=self.door_width_cm,
                automatic_door=self.automatic_door,
            ),
            toilet_accessible=self.toilet_accessible,
            parking_accessible=self.parking_accessible,
            elevator=self.elevator,
            hearing_loop=self.hearing_loop,
            description=dict(self.description),
        )


def _is_entrance(tags: Mapping[str, str]) -> bool:
    return "entrance" in tags or "door" in tags


def read_facts(tags: Mapping[str, str], object_id: str, problems: list[Problem]) -> _Facts:
    """Map one object's tags; every unusable value becomes a Problem and stays unknown."""
    facts = _Facts()

    def take(key: str, parse: Callable[[str], Any], apply: Callable[[Any], None]) -> None:
        raw = tags.get(key)
        if raw is None:
            return
        try:
            apply(parse(raw))
        except _TagProblem as err:
            problems.append(Problem(object_id, key, str(err)))

    def set_grade(g: WheelchairGrade) -> None:
        facts.grade = g

    def grade(value: str) -> WheelchairGrade:
        g = _GRADES.get(value.strip().lower())
        if g is None:
            raise _TagProblem(f"{value!r} is not one of yes/designated/limited/no")
        return g

    def set_steps(n: int) -> None:
        facts.step_count = n
        facts.step_free = n == 0

    take("wheelchair", grade, set_grade)
    take("toilets:wheelchair", _yes_no, lambda b: setattr(facts, "toilet_accessible", b))
    # ramp:wheelchair is the more specific key; it wins over ramp.
    take("ramp", _yes_no, lambda b: setattr(facts, "has_ramp", b))
    take("ramp:wheelchair", _yes_no, lambda b: setattr(facts, "has_ramp", b))
    take("step_count", _step_count, set_steps)
    take(
        "automatic_door",
        lambda v: _yes_no(v, _AUTOMATIC),
        lambda b: setattr(facts, "automatic_door", b),
    )
    if _is_entrance(tags):
        take("width", _door_width, lambda cm: setattr(facts, "door_width_cm", cm))
    take("door:width", _door_width, lambda cm: setattr(facts, "door_width_cm", cm))
    take("capacity:disabled", _disabled_capacity, lambda b: setattr(facts, "parking_accessible", b))
    take("elevator", _yes_no, lambda b: setattr(facts, "elevator", b))
    take("induction_loop", _yes_no, lambda b: setattr(facts, "hearing_loop", b))
    take("hearing_loop", _yes_no, lambda b: setattr(facts, "hearing_loop", b))

    for key, text in tags.items():
        if key != "wheelchair:description" and not key.startswith("wheelchair:description:"):
            continue
        lang = key.removeprefix("wheelchair:description").removeprefix(":")
        if not lang:
            lang = UNDETERMINED_LANGUAGE
        elif not _LANG.match(lang):
            problems.append(Problem(object_id, key, f"{lang!r} is not a language code"))
            continue
        if text.strip():
            facts.description[lang] = text.strip()
    return facts


def has_accessibility_tag(tags: Mapping[str, str]) -> bool:
    return any(
        k in tags or (k == "wheelchair:description" and _has_prefixed_description(tags))
        for k in ACCESSIBILITY_KEYS
    )


def _has_prefixed_description(tags: Mapping[str, str]) -> bool:
    return any(k.startswith("wheelchair:description:") for k in tags)


def _is_place_relation(tags: Mapping[str, str]) -> bool:
    return tags.get("type", "") in PLACE_RELATION_TYPES


def _wanted_relation(tags: Mapping[str, str]) -> bool:
    return bool(tags.get("name")) and has_accessibility_tag(tags) and _is_place_relation(tags)


def category_of(tags: Mapping[str, str]) -> str:
    for keys in (CATEGORY_KEYS, FALLBACK_CATEGORY_KEYS):
        for key in keys:
            value = tags.get(key, "").strip()
            if value:
                # "shop=yes" says only that it is a shop.
                return key if value == "yes" else value.split(";")[0].strip()
    return ""


def _address(tags: Mapping[str, str]) -> str:
    if tags.get("addr:full"):
        return tags["addr:full"].strip()
    street = tags.get("addr:street", "").strip()
    number = tags.get("addr:housenumber", "").strip()
    return f"{street} {number}".strip()


# -- objects -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Object:
    """One OSM object reduced to what the mapper needs, whatever the file format."""

    kind: str  # node | way | relation
    id: int
    tags: Mapping[str, str]
    lat: float | None
    lon: float | None
    timestamp: datetime | None = None
    entrance_refs: tuple[int, ...] = ()  # for ways: node ids along the outline

    @property
    def ref(self) -> str:
        return f"{self.kind}/{self.id}"


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Centroid of a ring by area when it has one, else the mean of its points."""
    if not points:
        return None
    if len(points) >= 4 and points[0] == points[-1]:
        ring = points
        area2 = cx = cy = 0.0
        for (lat0, lon0), (lat1, lon1) in itertools.pairwise(ring):
            cross = lon0 * lat1 - lon1 * lat0
            area2 += cross
            cx += (lon0 + lon1) * cross
            cy += (lat0 + lat1) * cross
        if abs(area2) > 1e-18:
            return cy / (3.0 * area2), cx / (3.0 * area2)
        points = ring[:-1]
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return lat, lon


class _Mapper:
    """Turns objects into venues, collecting problems and counts as it goes."""

    def __init__(self) -> None:
        self.venues: list[Venue] = []
        self.problems: list[Problem] = []
        self.objects_read = 0
        self.skipped_without_name = 0
        self.skipped_without_accessibility = 0
        self.skipped_invalid = 0
        # Entrance nodes seen so far (node id → facts), to lend to buildings.
        self.entrances: dict[int, tuple[bool, _Facts]] = {}

    def note_entrance(self, node_id: int, tags: Mapping[str, str]) -> None:
        scratch: list[Problem] = []  # reported if the node becomes a venue itself
        facts = read_facts(tags, f"node/{node_id}", scratch)
        if facts.entrance_known():
            self.entrances[node_id] = (tags.get("entrance") == "main", facts)

    def skip(self, named: bool, described: bool) -> None:
        """Count an object that cannot be a venue, as :meth:`add` would."""
        self.objects_read += 1
        if not described:
            if named:
                self.skipped_without_accessibility += 1
        elif not named:
            self.skipped_without_name += 1

    def add(self, obj: _Object) -> None:
        self.objects_read += 1
        tags = obj.tags
        if not has_accessibility_tag(tags):
            if tags.get("name"):
                self.skipped_without_accessibility += 1
            return
        name = tags.get("name", "").strip()
        if not name:
            self.skipped_without_name += 1
            return
        if obj.lat is None or obj.lon is None:
            self.problems.append(Problem(obj.ref, "location", "none of its members has a location"))
            self.skipped_invalid += 1
            return
        facts = read_facts(tags, obj.ref, self.problems)
        if obj.entrance_refs:
            lent = [self.entrances[r] for r in obj.entrance_refs if r in self.entrances]
            # The main entrance first, then the others in outline order.
            for _main, entrance in sorted(lent, key=lambda e: not e[0]):
                facts.fill_entrance_from(entrance)
        try:
            venue = Venue(
                id=f"osm-{obj.kind}-{obj.id}",
                name=name,
                category=category_of(tags),
                location=Location(
                    lat=round(obj.lat, 7),
                    lon=round(obj.lon, 7),
                    city=tags.get("addr:city", "").strip(),
                    address=_address(tags),
                ),
                accessibility=facts.accessibility(),
                source=Source(SOURCE_NAME, obj.ref, f"https://www.openstreetmap.org/{obj.ref}"),
                updated_at=obj.timestamp,
            )
        except ValidationError as err:
            for key, message in err.errors.items():
                self.problems.append(Problem(obj.ref, key, message))
            self.skipped_invalid += 1
            return
        self.venues.append(venue)

    def result(self) -> ParseResult:
        return ParseResult(
            venues=self.venues,
            problems=self.problems,
            objects_read=self.objects_read,
            skipped_without_name=self.skipped_without_name,
            skipped_without_accessibility=self.skipped_without_accessibility,
            skipped_invalid=self.skipped_invalid,
        )


# -- file formats ----------------------------------------------------------------


def _sniff(path: Path) -> str:
    try:
        with path.open("rb") as f:
            head = f.read(512)
    except OSError as err:
        raise OsmFileError(path, err.strerror or str(err)) from None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text:
        raise OsmFileError(path, "the file is empty")
    if text.startswith(b"{"):
        return "json"
    if text.startswith(b"<"):
        return "xml"
    if path.name.endswith((".gz", ".bz2")):
        return "xml"  # compressed XML: osmium decompresses it
    return "pbf"


def parse_osm(path: Path) -> ParseResult:
    """Read an OSM extract (``.osm.pbf``, ``.osm`` XML or Overpass JSON) into venues.

    Raises :class:`OsmFileError` for a file that is missing, truncated or not
    OpenStreetMap; otherwise returns every venue it could map and one
    :class:`Problem` per unusable tag value.
    """
    path = Path(path)
    kind = _sniff(path)
    mapper = _Mapper()
    if kind == "json":
        _read_overpass_json(path, mapper)
    else:
        _read_with_osmium(path, kind, mapper)
    return mapper.result()


def _screen(tags: Any) -> tuple[bool, bool]:
    """(has a name, has an accessibility tag) straight from an osmium tag list,
    without copying it: most objects are neither and are skipped here."""
    named = bool(tags.get("name", "").strip())
    if any(k in tags for k in ACCESSIBILITY_KEYS):
        return named, True
    return named, named and any(t.k.startswith("wheelchair:description:") for t in tags)


def _osmium_file(path: Path, kind: str) -> Any:
    import osmium  # see the module docstring

    if path.name.endswith((".gz", ".bz2")):
        return str(path)  # osmium tells the compression from the name
    return osmium.io.File(str(path), "pbf" if kind == "pbf" else "osm")


def _read_with_osmium(path: Path, kind: str, mapper: _Mapper) -> None:
    import osmium  # see the module docstring

    try:
        member_nodes, member_ways = _relation_members(path, kind)
        node_locations: dict[int, tuple[float, float]] = {}
        way_centroids: dict[int, tuple[float, float]] = {}
        relations: list[tuple[_Object, list[tuple[str, int]]]] = []
        processor = osmium.FileProcessor(_osmium_file(path, kind)).with_locations()
        for o in processor:
            if isinstance(o, osmium.osm.Node):
                loc = o.location
                if not loc.valid():
                    continue
                if o.id in member_nodes:
                    node_locations[o.id] = (loc.lat, loc.lon)
                if not o.tags:
                    continue
                named, described = _screen(o.tags)
                entrance = "entrance" in o.tags or "door" in o.tags
                if not (entrance or (named and described)):
                    mapper.skip(named, described)
                    continue
                tags = {t.k: t.v for t in o.tags}
                if entrance:
                    mapper.note_entrance(o.id, tags)
                mapper.add(_Object("node", o.id, tags, loc.lat, loc.lon, _time(o)))
            elif isinstance(o, osmium.osm.Way):
                candidate = False
                if o.tags:
                    named, described = _screen(o.tags)
                    candidate = named and described
                    if not candidate:
                        mapper.skip(named, described)
                if not candidate and o.id not in member_ways:
                    continue  # most ways: streets, buildings without a name
                points = [(n.lat, n.lon) for n in o.nodes if n.location.valid()]
                centre = _centroid(points)
                if centre is not None and o.id in member_ways:
                    way_centroids[o.id] = centre
                if candidate:
                    tags = {t.k: t.v for t in o.tags}
                    lat, lon = centre if centre is not None else (None, None)
                    refs = tuple(n.ref for n in o.nodes)
                    mapper.add(_Object("way", o.id, tags, lat, lon, _time(o), refs))
            elif isinstance(o, osmium.osm.Relation):
                tags = {t.k: t.v for t in o.tags}
                if _wanted_relation(tags):
                    members = [(m.type, m.ref) for m in o.members]
                    relations.append(
                        (_Object("relation", o.id, tags, None, None, _time(o)), members)
                    )
                elif _is_place_relation(tags):
                    mapper.add(_Object("relation", o.id, tags, None, None))
                else:
                    mapper.objects_read += 1
    except RuntimeError as err:
        raise OsmFileError(path, str(err)) from None
    for obj, members in relations:
        points = [
            p
            for t, ref in members
            if (p := (node_locations if t == "n" else way_centroids).get(ref)) is not None
        ]
        centre = _centroid(points)  # members are not a ring: this is their mean
        lat, lon = centre if centre is not None else (None, None)
        mapper.add(_Object(obj.kind, obj.id, obj.tags, lat, lon, obj.timestamp))


def _relation_members(path: Path, kind: str) -> tuple[set[int], set[int]]:
    """Node and way ids that venue relations need located (a first, relations-only pass)."""
    import osmium  # see the module docstring

    nodes: set[int] = set()
    ways: set[int] = set()
    for r in osmium.FileProcessor(_osmium_file(path, kind), osmium.osm.RELATION):
        if not isinstance(r, osmium.osm.Relation):
            continue
        tags = {t.k: t.v for t in r.tags}
        if not _wanted_relation(tags):
            continue
        for m in r.members:
            if m.type == "n":
                nodes.add(m.ref)
            elif m.type == "w":
                ways.add(m.ref)
    return nodes, ways


def _time(o: Any) -> datetime | None:
    ts = getattr(o, "timestamp", None)
    if ts is None or not isinstance(ts, datetime) or ts.timestamp() <= 0:
        return None
    return ts.astimezone(UTC)


def _read_overpass_json(path: Path, mapper: _Mapper) -> None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise OsmFileError(path, f"not valid JSON ({err})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("elements"), list):
        raise OsmFileError(path, "JSON without an 'elements' list is not Overpass output")
    elements = [e for e in doc["elements"] if isinstance(e, dict)]
    for e in elements:
        if e.get("type") not in ("node", "way", "relation") or not isinstance(e.get("id"), int):
            raise OsmFileError(path, f"element {e!r:.80} has no OSM type and id")

    nodes: dict[int, tuple[float, float]] = {}
    for e in elements:
        if e["type"] == "node" and _is_number(e.get("lat")) and _is_number(e.get("lon")):
            nodes[e["id"]] = (float(e["lat"]), float(e["lon"]))
    way_centres: dict[int, tuple[float, float]] = {}
    for e in elements:
        if e["type"] == "way":
            centre = _json_centre(e) or _centroid([nodes[n] for n in _ints(e.get("nodes"))])
            if centre is not None:
                way_centres[e["id"]] = centre
    for e in _ordered(elements):
        tags = e.get("tags") or {}
        if not isinstance(tags, dict):
            continue
        tags = {str(k): str(v) for k, v in tags.items()}
        ts = _json_time(e.get("timestamp"))
        kind: str = e["type"]
        refs: tuple[int, ...] = ()
        if kind == "node":
            centre = nodes.get(e["id"])
            if _is_entrance(tags):
                mapper.note_entrance(e["id"], tags)
        elif kind == "way":
            centre = way_centres.get(e["id"])
            refs = tuple(_ints(e.get("nodes")))
        elif not _is_place_relation(tags):
            mapper.objects_read += 1
            continue
        else:
            members = e.get("members")
            if not isinstance(members, list):
                members = []
            pts: list[tuple[float, float]] = []
            for m in members:
                if not isinstance(m, dict) or not isinstance(m.get("ref"), int):
                    continue
                p = (nodes if m.get("type") == "node" else way_centres).get(m["ref"])
                if p is not None:
                    pts.append(p)
            centre = _json_centre(e) or _centroid(pts)
        lat, lon = centre if centre is not None else (None, None)
        mapper.add(_Object(kind, e["id"], tags, lat, lon, ts, refs))


def _ordered(elements: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Nodes, then ways, then relations: entrance nodes must be known before buildings."""
    for kind in ("node", "way", "relation"):
        yield from (e for e in elements if e["type"] == kind)


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _ints(v: object) -> Iterable[int]:
    return [x for x in v if isinstance(x, int)] if isinstance(v, list) else []


def _json_centre(e: Mapping[str, Any]) -> tuple[float, float] | None:
    """Overpass ``out center`` / ``out geom`` answers carry the location themselves."""
    c = e.get("center")
    if isinstance(c, dict) and _is_number(c.get("lat")) and _is_number(c.get("lon")):
        return float(c["lat"]), float(c["lon"])
    geom = e.get("geometry")
    if isinstance(geom, list):
        pts = [
            (float(g["lat"]), float(g["lon"]))
            for g in geom
            if isinstance(g, dict) and _is_number(g.get("lat")) and _is_number(g.get("lon"))
        ]
        return _centroid(pts)
    return None


def _json_time(v: object) -> datetime | None:
    if not isinstance(v, str):
        return None
    try:
        t = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.astimezone(UTC) if t.tzinfo else None


__all__ = [
    "ATTRIBUTION",
    "ATTRIBUTION_URL",
    "SOURCE_NAME",
    "UNDETERMINED_LANGUAGE",
    "OsmFileError",
    "ParseResult",
    "Problem",
    "category_of",
    "has_accessibility_tag",
    "parse_length_cm",
    "parse_osm",
    "read_facts",
]
