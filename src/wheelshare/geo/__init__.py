"""Places: completion from the offline gazetteer, geocoding with Nominatim, distances.

No Qt here. Typical use::

    gazetteer = Gazetteer.open(data_dir)            # builds places.sqlite once
    gazetteer.complete("saint-e")                   # [Place(Saint-Étienne …), …]
    with Geocoder.open(data_dir, gazetteer) as geo: # cached, rate-limited, falls back
        answer = geo.search("Gare de Lyon")         # answer.source: who answered
    distance_km(place_a, place_b)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wheelshare.geo.attribution import ATTRIBUTIONS, GEONAMES, OPENSTREETMAP, Attribution
    from wheelshare.geo.cache import GeocodeCache
    from wheelshare.geo.distance import KM_PER_MILE, by_distance, display_distance, distance_km
    from wheelshare.geo.errors import GazetteerError, GeoError
    from wheelshare.geo.gazetteer import Gazetteer
    from wheelshare.geo.geocoder import NO_NETWORK_ENV, USER_AGENT, GeocodeAnswer, Geocoder
    from wheelshare.geo.place import Place, PlaceSource, combine, fold

# Each name and the module that holds it, imported on first use: the window
# formats distances at start, and must not wait for the geocoder and geopy.
_WHERE: dict[str, str] = {
    **dict.fromkeys(("ATTRIBUTIONS", "GEONAMES", "OPENSTREETMAP", "Attribution"), "attribution"),
    "GeocodeCache": "cache",
    **dict.fromkeys(("KM_PER_MILE", "by_distance", "display_distance", "distance_km"), "distance"),
    **dict.fromkeys(("GazetteerError", "GeoError"), "errors"),
    "Gazetteer": "gazetteer",
    **dict.fromkeys(("NO_NETWORK_ENV", "USER_AGENT", "GeocodeAnswer", "Geocoder"), "geocoder"),
    **dict.fromkeys(("Place", "PlaceSource", "combine", "fold"), "place"),
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ATTRIBUTIONS",
    "GEONAMES",
    "KM_PER_MILE",
    "NO_NETWORK_ENV",
    "OPENSTREETMAP",
    "USER_AGENT",
    "Attribution",
    "Gazetteer",
    "GazetteerError",
    "GeoError",
    "GeocodeAnswer",
    "GeocodeCache",
    "Geocoder",
    "Place",
    "PlaceSource",
    "by_distance",
    "combine",
    "display_distance",
    "distance_km",
    "fold",
]
