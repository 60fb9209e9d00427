"""A place a person can search for: a city, a station, an address."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from wheelshare.domain.values import Location, check_coordinates

# Who answered: the offline gazetteer, the online geocoder, or the local copy
# of an earlier online answer.
PlaceSource = Literal["gazetteer", "nominatim", "cache"]

_WORD = re.compile(r"\w+")


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
