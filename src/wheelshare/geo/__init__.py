"""Places: completion from the offline gazetteer, geocoding with Nominatim, distances.

No Qt here. Typical use::

    gazetteer = Gazetteer.open(data_dir)            # builds places.sqlite once
    gazetteer.complete("saint-e")                   # [Place(Saint-Étienne …), …]
    with Geocoder.open(data_dir, gazetteer) as geo: # cached, rate-limited, falls back
        answer = geo.search("Gare de Lyon")         # answer.source: who answered
    distance_km(place_a, place_b)
"""

from wheelshare.geo.attribution import ATTRIBUTIONS, GEONAMES, OPENSTREETMAP, Attribution
from wheelshare.geo.cache import GeocodeCache
from wheelshare.geo.distance import KM_PER_MILE, by_distance, display_distance, distance_km
from wheelshare.geo.errors import GazetteerError, GeoError
from wheelshare.geo.gazetteer import Gazetteer
from wheelshare.geo.geocoder import NO_NETWORK_ENV, USER_AGENT, GeocodeAnswer, Geocoder
from wheelshare.geo.place import Place, PlaceSource, combine, fold

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
