"""Giving accepted wheelchair facts back to OpenStreetMap as an osmChange file.

An osmChange ``<modify>`` carries the whole element (every tag, its version,
its position or its nodes): OpenStreetMap replaces the element with it. The
feed keeps only a venue's wheelchair facts, so the elements are read from the
extract the venues were imported from, their tags merged with the changed
ones, and written back with the version they had, so that JOSM (or the API)
sees a conflict if someone edited the element since.

Tags, as the OpenStreetMap wiki defines them: ``wheelchair`` (yes, limited,
no), ``toilets:wheelchair`` (yes, no), ``door:width`` (metres), ``step_count``,
``ramp:wheelchair``, ``automatic_door``, ``elevator``, ``hearing_loop``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_GRADE_TAG = {"fully": "yes", "partially": "limited", "not": "no"}
_YES_NO_TAGS = {
    "toilet_accessible": "toilets:wheelchair",
    "has_ramp": "ramp:wheelchair",
    "automatic_door": "automatic_door",
    "elevator": "elevator",
    "hearing_loop": "hearing_loop",
}
GENERATOR = "wheelshare"


def tags_for(facts: Mapping[str, Any]) -> dict[str, str]:
    """The OSM tags that say ``facts`` (fact name → value); unknown values
    (``None``, grade ``unknown``) say nothing and are left out."""
    tags: dict[str, str] = {}
    for fact, value in facts.items():
        if value is None:
            continue
        if fact == "wheelchair_grade" and value in _GRADE_TAG:
            tags["wheelchair"] = _GRADE_TAG[value]
        elif fact in _YES_NO_TAGS and isinstance(value, bool):
            tags[_YES_NO_TAGS[fact]] = "yes" if value else "no"
        elif fact == "door_width_cm" and isinstance(value, int):
            tags["door:width"] = f"{value / 100:g}"
        elif fact == "step_count" and isinstance(value, int):
            tags["step_count"] = str(value)
    return tags


@dataclass
class Element:
    """An OSM element as an osmChange needs it."""

    kind: str  # node, way, relation
    id: int
    version: int
    tags: dict[str, str]
    lat: float = 0.0
    lon: float = 0.0
    nodes: list[int] = field(default_factory=list)
    members: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.kind}/{self.id}"


def read_elements(path: Path, refs: Iterable[str]) -> dict[str, Element]:
    """The elements ``refs`` ("node/1", "way/2"…) as the extract has them."""
    import osmium  # in the server extra, as for the import

    wanted = set(refs)
    found: dict[str, Element] = {}
    for o in osmium.FileProcessor(str(path)):
        element: Element
        if isinstance(o, osmium.osm.Node):
            element = Element("node", o.id, o.version, {t.k: t.v for t in o.tags})
            element.lat, element.lon = o.location.lat, o.location.lon
        elif isinstance(o, osmium.osm.Way):
            element = Element("way", o.id, o.version, {t.k: t.v for t in o.tags})
            element.nodes = [n.ref for n in o.nodes]
        elif isinstance(o, osmium.osm.Relation):
            element = Element("relation", o.id, o.version, {t.k: t.v for t in o.tags})
            element.members = [(m.type, m.ref, m.role) for m in o.members]
        else:
            continue
        if element.ref in wanted:
            found[element.ref] = element
    return found


_MEMBER_TYPES = {"n": "node", "w": "way", "r": "relation"}


def osmchange(edits: Iterable[tuple[Element, Mapping[str, str]]]) -> bytes:
    """An osmChange document modifying each element with the given tags set."""
    root = ET.Element("osmChange", version="0.6", generator=GENERATOR)
    modify = ET.SubElement(root, "modify")
    for element, changed in edits:
        tags = {**element.tags, **changed}
        attrs = {"id": str(element.id), "version": str(element.version)}
        if element.kind == "node":
            attrs.update(lat=f"{element.lat:.7f}", lon=f"{element.lon:.7f}")
        node = ET.SubElement(modify, element.kind, attrs)
        for ref in element.nodes:
            ET.SubElement(node, "nd", ref=str(ref))
        for mtype, mref, role in element.members:
            kind = _MEMBER_TYPES.get(mtype, mtype)
            ET.SubElement(node, "member", type=kind, ref=str(mref), role=role)
        for k in sorted(tags):
            ET.SubElement(node, "tag", k=k, v=tags[k])
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"
