"""Is a point near a place where people live? The gazetteer's places, by cell.

Used to refuse a venue whose point is in the sea or the middle of nowhere
(usually a slip of the map, or latitude and longitude swapped). Reads the
shipped gazetteer file directly (no index, no data dir): the places' points
only, kept in memory by one-degree cell, about 54,000 of them.
"""

from __future__ import annotations

import csv
import functools
import gzip
import math
from collections import defaultdict
from pathlib import Path

from wheelshare.geo.distance import great_circle_km
from wheelshare.paths import resource

Cells = dict[tuple[int, int], list[tuple[float, float]]]


def _source() -> Path:
    return resource("gazetteer", "places.tsv.gz")


@functools.cache
def _cells() -> Cells:
    cells: Cells = defaultdict(list)
    with gzip.open(_source(), "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            lat, lon = float(row["lat"]), float(row["lon"])
            cells[(math.floor(lat), math.floor(lon))].append((lat, lon))
    return dict(cells)


def nearest_place_km(lat: float, lon: float, *, within_km: float) -> float | None:
    """The distance to the nearest gazetteer place, or ``None`` when there is
    none within ``within_km`` (at most a few hundred km: the search looks at
    the cells around the point, not the whole world)."""
    cells = _cells()
    reach_lat = math.ceil(within_km / 111.0)
    # A degree of longitude shrinks towards the poles.
    shrink = max(math.cos(math.radians(min(abs(lat), 89.0))), 0.01)
    reach_lon = min(math.ceil(within_km / (111.0 * shrink)), 180)
    best: float | None = None
    base_lat, base_lon = math.floor(lat), math.floor(lon)
    for dlat in range(-reach_lat, reach_lat + 1):
        for dlon in range(-reach_lon, reach_lon + 1):
            lon_cell = (base_lon + dlon + 180) % 360 - 180
            for point in cells.get((base_lat + dlat, lon_cell), ()):
                km = great_circle_km((lat, lon), point)
                if km <= within_km and (best is None or km < best):
                    best = km
    return best
