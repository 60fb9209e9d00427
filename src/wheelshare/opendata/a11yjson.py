"""Venues as A11yJSON ``PlaceInfo`` features, and back.

A11yJSON (https://sozialhelden.github.io/a11yjson/) describes a place as a
GeoJSON Feature whose ``properties`` hold ``name``, ``category`` and an
``accessibility`` object. The mapping:

==============================  =====================================================
venue                           PlaceInfo
==============================  =====================================================
location lat/lon                ``geometry`` Point ``[lon, lat]``
location city / address         ``properties.address.city`` / ``.full``
wheelchair_grade                ``accessibility.wheelchairAccessibilityGrade``, and the
                                older ``accessibleWith.wheelchair`` /
                                ``partiallyAccessibleWith.wheelchair`` (both read and written)
entrance.step_free              ``accessibility.entrances[0].isLevel``
entrance.has_ramp               ``….entrances[0].hasFixedRamp``
entrance.step_count             ``….entrances[0].stairs.count``
entrance.step_height_cm         ``….entrances[0].stairs.stepHeight`` (cm)
entrance.door_width_cm          ``….entrances[0].door.width`` (cm)
entrance.automatic_door         ``….entrances[0].door.isAutomatic``
toilet_accessible               ``accessibility.restrooms[0].isAccessibleWithWheelchair``
parking_accessible              ``accessibility.parking.forWheelchairUsers``
hearing_loop                    ``accessibility.hasInductionLoop``
description                     ``properties.description`` (localized string)
source id / url                 ``properties.originalId`` / ``properties.infoPageUrl``
==============================  =====================================================

Every way the specification lets a source say whether a wheelchair user can
use the place is read: the grade (``fully``, ``partially``, ``not``) first; else
the deprecated personal profiles that older sources (accessibility.cloud,
Wheelmap) still send — ``accessibleWith.wheelchair: true`` is fully,
``partiallyAccessibleWith.wheelchair: true`` partially, and
``accessibleWith.wheelchair: false`` without the partial one is not accessible.
Entrances and restrooms are read from ``accessibility`` or, in that older
layout, from its first ``areas`` entry; a restroom (a Room) says
``isAccessibleWithWheelchair``. The export writes the grade and, for readers
that know only the profiles, the profiles that say the same.

A11yJSON has no place-level lift, so ``elevator`` travels, with the venue's
id, source name and update time, in a ``properties.wheelshare`` object that
other readers ignore. Ratings are the feed's own and are not exported.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from wheelshare.domain.errors import ValidationError, WheelshareError
from wheelshare.domain.values import Location
from wheelshare.domain.venue import Accessibility, Entrance, Source, Venue
from wheelshare.domain.vocabulary import WheelchairGrade
from wheelshare.domain.wire import format_time, parse_time
from wheelshare.opendata.result import UNDETERMINED_LANGUAGE, ParseResult, Problem

DEFAULT_SOURCE_NAME = "A11yJSON"
EXTENSION = "wheelshare"

_CM_PER_UNIT = {
    "m": 100.0,
    "meter": 100.0,
    "meters": 100.0,
    "metre": 100.0,
    "cm": 1.0,
    "centimeter": 1.0,
    "centimeters": 1.0,
    "mm": 0.1,
    "in": 2.54,
    "inch": 2.54,
    "inches": 2.54,
    "ft": 30.48,
    "foot": 30.48,
    "feet": 30.48,
}
_QUANTITY = re.compile(r"^\s*(?:[<>]=?|==?|~=?)?\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)?\s*$")
_GRADES = {g.value for g in WheelchairGrade} - {WheelchairGrade.UNKNOWN.value}


class A11yJsonError(WheelshareError):
    """The document as a whole is not A11yJSON (not a FeatureCollection of places)."""


# -- export ----------------------------------------------------------------------


def _length(cm: int) -> dict[str, Any]:
    return {"value": cm, "unit": "cm"}


def _entrance(e: Entrance) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if e.step_free is not None:
        out["isLevel"] = e.step_free
    if e.has_ramp is not None:
        out["hasFixedRamp"] = e.has_ramp
    stairs: dict[str, Any] = {}
    if e.step_count is not None:
        stairs["count"] = e.step_count
    if e.step_height_cm is not None:
        stairs["stepHeight"] = _length(e.step_height_cm)
    if stairs:
        out["stairs"] = stairs
    door: dict[str, Any] = {}
    if e.door_width_cm is not None:
        door["width"] = _length(e.door_width_cm)
    if e.automatic_door is not None:
        door["isAutomatic"] = e.automatic_door
    if door:
        out["door"] = door
    return out


def _accessibility(a: Accessibility) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if a.wheelchair_grade is not WheelchairGrade.UNKNOWN:
        out["wheelchairAccessibilityGrade"] = a.wheelchair_grade.value
        # What readers of the older profiles (Wheelmap's) look for.
        out["accessibleWith"] = {"wheelchair": a.wheelchair_grade is WheelchairGrade.FULLY}
        out["partiallyAccessibleWith"] = {
            "wheelchair": a.wheelchair_grade is WheelchairGrade.PARTIALLY
        }
    entrance = _entrance(a.entrance)
    if entrance:
        out["entrances"] = [entrance]
    if a.toilet_accessible is not None:
        out["restrooms"] = [{"isAccessibleWithWheelchair": a.toilet_accessible}]
    if a.parking_accessible is not None:
        # null: there is no parking for wheelchair users.
        out["parking"] = {
            "forWheelchairUsers": {"isAvailable": True} if a.parking_accessible else None
        }
    if a.hearing_loop is not None:
        out["hasInductionLoop"] = a.hearing_loop
    return out


def place_info(venue: Venue) -> dict[str, Any]:
    """One venue as an A11yJSON PlaceInfo GeoJSON feature."""
    loc = venue.location
    props: dict[str, Any] = {"name": venue.name, "category": venue.category}
    address = {k: v for k, v in (("full", loc.address), ("city", loc.city)) if v}
    if address:
        props["address"] = address
    if venue.accessibility.description:
        props["description"] = dict(venue.accessibility.description)
    props["accessibility"] = _accessibility(venue.accessibility)
    if venue.source.id:
        props["originalId"] = venue.source.id
    if venue.source.url:
        props["infoPageUrl"] = venue.source.url
    ext: dict[str, Any] = {"id": venue.id, "sourceName": venue.source.name}
    if venue.accessibility.elevator is not None:
        ext["elevator"] = venue.accessibility.elevator
    if venue.updated_at is not None:
        ext["updatedAt"] = format_time(venue.updated_at)
    props[EXTENSION] = ext
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": props,
    }


def to_a11yjson(venues: Iterable[Venue]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of PlaceInfo features, ready for ``json.dump``."""
    return {"type": "FeatureCollection", "features": [place_info(v) for v in venues]}


# -- import ----------------------------------------------------------------------


class _Reader:
    """Typed access to one feature's JSON, collecting every problem with its path."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def obj(self, value: object, path: str) -> Mapping[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self.errors.append((path, f"expected an object, got {_kind(value)}"))
            return None
        return value

    def bool(self, parent: Mapping[str, Any] | None, key: str, path: str) -> bool | None:
        if parent is None or parent.get(key) is None:
            return None
        value = parent[key]
        if not isinstance(value, bool):
            self.errors.append((f"{path}.{key}", f"expected true or false, got {_kind(value)}"))
            return None
        return value

    def count(self, parent: Mapping[str, Any] | None, key: str, path: str) -> int | None:
        if parent is None or parent.get(key) is None:
            return None
        value = parent[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            self.errors.append((f"{path}.{key}", f"expected a whole number, got {value!r}"))
            return None
        if value < 0:
            self.errors.append((f"{path}.{key}", f"{value} cannot be negative"))
            return None
        return int(value)

    def length_cm(self, parent: Mapping[str, Any] | None, key: str, path: str) -> int | None:
        """A11yJSON length: a number (metres), a string ("90cm") or {value, unit}."""
        if parent is None or parent.get(key) is None:
            return None
        value = parent[key]
        where = f"{path}.{key}"
        unit: str | None = "m"
        number: object = value
        if isinstance(value, str):
            m = _QUANTITY.match(value)
            if not m:
                self.errors.append((where, f"{value!r} is not a length such as 90cm"))
                return None
            number, unit = float(m.group(1)), m.group(2) or "m"
        elif isinstance(value, dict):
            number, unit = value.get("value"), value.get("unit") or "m"
        if isinstance(number, bool) or not isinstance(number, int | float):
            self.errors.append((where, f"{value!r} is not a length such as 90cm"))
            return None
        factor = _CM_PER_UNIT.get(str(unit).lower())
        if factor is None:
            self.errors.append((where, f"unknown length unit {unit!r}"))
            return None
        if not math.isfinite(number) or number < 0:
            self.errors.append((where, f"{number} is not a length"))
            return None
        return round(number * factor)

    def text(self, value: object, path: str) -> dict[str, str]:
        """A LocalizedString: a plain string, or {language: text}."""
        if value is None:
            return {}
        if isinstance(value, str):
            return {UNDETERMINED_LANGUAGE: value} if value.strip() else {}
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            return {k: v for k, v in value.items() if v.strip()}
        self.errors.append((path, "expected text, or an object of texts by language"))
        return {}


# Where a domain field that failed validation came from in the feature.
_E = "properties.accessibility.entrances[0]"
_DOMAIN_PATHS = {
    "step_count": f"{_E}.stairs.count",
    "step_height_cm": f"{_E}.stairs.stepHeight",
    "door_width_cm": f"{_E}.door.width",
    "name": "properties.name",
}


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), "a number" if isinstance(value, int | float) else repr(value)
    )


def _main(entrances: list[Any]) -> Any:
    for e in entrances:
        if isinstance(e, dict) and e.get("isMainEntrance") is True:
            return e
    return entrances[0]


def _pick_name(names: dict[str, str]) -> str:
    for lang in (UNDETERMINED_LANGUAGE, "en"):
        if lang in names:
            return names[lang]
    return next(iter(names.values()), "")


def _profile_grade(r: _Reader, a: Mapping[str, Any], a_path: str) -> WheelchairGrade:
    """The grade said by the deprecated ``accessibleWith`` / ``partiallyAccessibleWith``."""
    full_path, partial_path = f"{a_path}.accessibleWith", f"{a_path}.partiallyAccessibleWith"
    full = r.bool(r.obj(a.get("accessibleWith"), full_path), "wheelchair", full_path)
    partial = r.bool(
        r.obj(a.get("partiallyAccessibleWith"), partial_path), "wheelchair", partial_path
    )
    if full:
        return WheelchairGrade.FULLY
    if partial:
        return WheelchairGrade.PARTIALLY
    if full is False:
        return WheelchairGrade.NOT
    return WheelchairGrade.UNKNOWN


def _feature(feature: object, index: int) -> tuple[str, Venue | list[Problem]]:
    """One feature as a venue, or the problems that stop it validating."""
    label = f"features[{index}]"
    r = _Reader()
    f = r.obj(feature, label)
    if f is None:
        return label, [Problem(label, label, "expected a GeoJSON Feature object")]
    props = r.obj(f.get("properties"), "properties") or {}
    ext = r.obj(props.get(EXTENSION), f"properties.{EXTENSION}") or {}
    original = props.get("originalId")
    if isinstance(ext.get("id"), str) and ext["id"]:
        label = ext["id"]
    elif isinstance(original, str) and original:
        label = original

    if f.get("type") != "Feature":
        r.errors.append(("type", 'expected "Feature"'))
    geometry = r.obj(f.get("geometry"), "geometry")
    coords = geometry.get("coordinates") if geometry else None
    lat = lon = None
    if geometry is None or geometry.get("type") != "Point":
        r.errors.append(("geometry", "expected a GeoJSON Point"))
    elif (
        not isinstance(coords, list)
        or len(coords) < 2
        or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords[:2])
    ):
        r.errors.append(("geometry.coordinates", "expected [longitude, latitude]"))
    else:
        lon, lat = float(coords[0]), float(coords[1])

    names = r.text(props.get("name"), "properties.name")
    name = _pick_name(names).strip()
    if not name and "properties.name" not in dict(r.errors):
        r.errors.append(("properties.name", "a place needs a name"))
    category = props.get("category", "")
    if not isinstance(category, str):
        r.errors.append(("properties.category", "expected text"))
        category = ""
    address = r.obj(props.get("address"), "properties.address") or {}
    city = _str(address.get("city"))
    full = _str(address.get("full"))
    description = r.text(props.get("description"), "properties.description")

    a_path = "properties.accessibility"
    a = r.obj(props.get("accessibility"), a_path) or {}
    grade = WheelchairGrade.UNKNOWN
    raw_grade = a.get("wheelchairAccessibilityGrade")
    if raw_grade is not None:
        if raw_grade in _GRADES:
            grade = WheelchairGrade(raw_grade)
        else:
            r.errors.append(
                (
                    f"{a_path}.wheelchairAccessibilityGrade",
                    f"{raw_grade!r} is not one of fully, partially, not",
                )
            )
    if raw_grade is None:
        grade = _profile_grade(r, a, a_path)
    # The older layout puts entrances and restrooms in areas[0].
    areas = a.get("areas")
    if isinstance(areas, list) and areas and isinstance(areas[0], dict):
        a = {**areas[0], **a}
    entrance_raw: Mapping[str, Any] | None = None
    entrances = a.get("entrances")
    e_path = f"{a_path}.entrances[0]"
    if isinstance(entrances, list) and entrances:
        entrance_raw = r.obj(_main(entrances), e_path)
    elif entrances is not None and not isinstance(entrances, list):
        r.errors.append((f"{a_path}.entrances", "expected a list of entrances"))
    stairs = r.obj((entrance_raw or {}).get("stairs"), f"{e_path}.stairs")
    door = r.obj((entrance_raw or {}).get("door"), f"{e_path}.door")
    fixed = r.bool(entrance_raw, "hasFixedRamp", e_path)
    removable = r.bool(entrance_raw, "hasRemovableRamp", e_path)
    has_ramp = True if (fixed or removable) else fixed
    automatic = r.bool(door, "isAutomatic", f"{e_path}.door")
    if automatic is None:
        automatic = r.bool(door, "isAutomaticOrAlwaysOpen", f"{e_path}.door")

    toilet: bool | None = None
    restrooms = a.get("restrooms")
    if isinstance(restrooms, list):
        answers = [
            r.bool(r.obj(room, f"{a_path}.restrooms[{i}]"), "isAccessibleWithWheelchair", p)
            for i, room in enumerate(restrooms)
            for p in (f"{a_path}.restrooms[{i}]",)
        ]
        known = [x for x in answers if x is not None]
        toilet = any(known) if known else None
    elif restrooms is not None:
        r.errors.append((f"{a_path}.restrooms", "expected a list of restrooms"))

    parking_accessible: bool | None = None
    parking = r.obj(a.get("parking"), f"{a_path}.parking")
    if parking is not None and "forWheelchairUsers" in parking:
        wp_path = f"{a_path}.parking.forWheelchairUsers"
        wp = r.obj(parking["forWheelchairUsers"], wp_path)
        if parking["forWheelchairUsers"] is None:
            parking_accessible = False
        elif wp is not None:
            available = r.bool(wp, "isAvailable", wp_path)
            count = r.count(wp, "count", wp_path)
            if available is not None:
                parking_accessible = available
            elif count is not None:
                parking_accessible = count > 0
            else:
                parking_accessible = True  # described, so it exists

    hearing = r.bool(a, "hasInductionLoop", a_path)
    elevator = r.bool(ext, "elevator", f"properties.{EXTENSION}")
    updated_at: datetime | None = None
    if ext.get("updatedAt") is not None:
        try:
            updated_at = parse_time(ext["updatedAt"], f"properties.{EXTENSION}.updatedAt")
        except ValidationError as err:
            r.errors.append((err.field, err.message))

    step_free = r.bool(entrance_raw, "isLevel", e_path)
    step_count = r.count(stairs, "count", f"{e_path}.stairs")
    step_height_cm = r.length_cm(stairs, "stepHeight", f"{e_path}.stairs")
    door_width_cm = r.length_cm(door, "width", f"{e_path}.door")
    if r.errors:
        return label, [Problem(label, path, msg) for path, msg in r.errors]
    assert lat is not None and lon is not None
    source_name = _str(ext.get("sourceName"))
    source_id = _str(original)
    url = _str(props.get("infoPageUrl"))
    own_id = _str(ext.get("id"))
    if not source_id and not own_id:
        # No id in the file: one derived from what the place is, stable across re-imports.
        digest = hashlib.sha256(f"{name}|{lat:.6f}|{lon:.6f}".encode()).hexdigest()[:16]
        source_id = f"a11yjson-{digest}"
    venue_id = own_id or source_id
    try:
        venue = Venue(
            id=venue_id,
            name=name,
            category=category,
            location=Location(lat, lon, city=city, address=full),
            accessibility=Accessibility(
                wheelchair_grade=grade,
                entrance=Entrance(
                    step_free=step_free,
                    step_count=step_count,
                    step_height_cm=step_height_cm,
                    has_ramp=has_ramp,
                    door_width_cm=door_width_cm,
                    automatic_door=automatic,
                ),
                toilet_accessible=toilet,
                parking_accessible=parking_accessible,
                elevator=elevator,
                hearing_loop=hearing,
                description=description,
            ),
            source=Source(source_name or DEFAULT_SOURCE_NAME, source_id, url),
            updated_at=updated_at,
        )
    except ValidationError as err:
        return label, [Problem(label, _DOMAIN_PATHS.get(k, k), m) for k, m in err.errors.items()]
    return label, venue


def from_a11yjson(obj: object) -> ParseResult:
    """Venues from an A11yJSON FeatureCollection (or a list of PlaceInfo features).

    A feature that does not validate is left out with one Problem per fault
    (its id and the property path); the other features are imported. A
    document that is not a FeatureCollection at all raises A11yJsonError.
    """
    if isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
        features = obj.get("features")
    elif isinstance(obj, list):
        features = obj
    else:
        raise A11yJsonError(
            "not A11yJSON: expected a GeoJSON FeatureCollection of PlaceInfo features"
        )
    if not isinstance(features, list):
        raise A11yJsonError("not A11yJSON: the FeatureCollection's 'features' is not a list")
    venues: list[Venue] = []
    problems: list[Problem] = []
    invalid = 0
    for i, feature in enumerate(features):
        _label, outcome = _feature(feature, i)
        if isinstance(outcome, Venue):
            venues.append(outcome)
        else:
            problems.extend(outcome)
            invalid += 1
    return ParseResult(
        venues=venues, problems=problems, objects_read=len(features), skipped_invalid=invalid
    )


__all__ = [
    "DEFAULT_SOURCE_NAME",
    "A11yJsonError",
    "from_a11yjson",
    "place_info",
    "to_a11yjson",
]
