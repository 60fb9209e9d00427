"""A place a person can search for: a city, a station, an address."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from wheelshare.domain.values import Location, check_coordinates

# Who answered: the offline gazetteer, the online geocoder, or the local copy
# of an earlier online answer.
PlaceSource = Literal["gazetteer", "nominatim", "cache"]

_WORD = re.compile(r"\w+")
# About 2 km of latitude; longitude gets twice that (degrees shrink towards the poles).
_SAME_PLACE_DEG = 0.02


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Saint-Étienne" → "saint etienne"."""
    if text.isascii():
        return " ".join(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_WORD.findall(bare))


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str = ""  # ISO 3166-1 alpha-2, upper case ("FR"); "" when unknown
    admin: str = ""  # region or state, when known
    population: int = 0  # 0 for places that are not cities, or unknown
    source: PlaceSource = "gazetteer"
    kind: str = "city"  # city | station | airport | whatever the online geocoder says
    address: str = ""  # the online geocoder's full address line, when it gave one

    def __post_init__(self) -> None:
        check_coordinates(self.lat, self.lon, "place")

    @property
    def label(self) -> str:
        """One line for a completion list: "Lille, Hauts-de-France, FR"."""
        if self.address:
            return self.address
        return ", ".join(p for p in (self.name, self.admin, self.country) if p)

    def location(self) -> Location:
        """The domain's location for this place (e.g. a search centre)."""
        return Location(self.lat, self.lon, city=self.name, address=self.address)

    def answered_by(self, source: PlaceSource) -> Place:
        return replace(self, source=source)


def combine(first: Iterable[Place], then: Iterable[Place], limit: int = 10) -> list[Place]:
    """``first`` (e.g. instant offline completions), then the places of ``then``
    (e.g. the online answer) that are not already there, up to ``limit``.

    A place counts as already there when one with the same folded name lies
    within about 2 km: the gazetteer's "Lille" and Nominatim's "Lille" are one.
    """
    out: list[Place] = []
    for place in [*first, *then]:
        if len(out) >= limit:
            break
        name = fold(place.name)
        if any(
            fold(p.name) == name
            and abs(p.lat - place.lat) < _SAME_PLACE_DEG
            and abs(p.lon - place.lon) < _SAME_PLACE_DEG * 2
            for p in out
        ):
            continue
        out.append(place)
    return out
