"""Whose data the places come from, for the About box."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Attribution:
    what: str  # what the data is used for, in a few words
    text: str  # the notice the licence asks for
    url: str


GEONAMES = Attribution(
    "Offline place names",
    "Place names from GeoNames (geonames.org), licensed under CC BY 4.0",
    "https://creativecommons.org/licenses/by/4.0/",
)
OPENSTREETMAP = Attribution(
    "Venue accessibility and online place search",
    "© OpenStreetMap contributors, data available under the Open Database License (ODbL 1.0)",
    "https://www.openstreetmap.org/copyright",
)

ATTRIBUTIONS: tuple[Attribution, ...] = (GEONAMES, OPENSTREETMAP)
