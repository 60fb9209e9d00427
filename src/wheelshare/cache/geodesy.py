"""Exact geodesic distances, and the cheap bounds that let SQL shortlist for them.

Distances shown and sorted are geodesic on the WGS-84 ellipsoid
(``wheelshare.geo.distance_km``).

An exact geodesic costs tens of microseconds in Python, far too much to run
over every venue in a large cache. So SQL works with the great-circle
distance ``h`` on a sphere of radius ``EARTH_RADIUS_KM`` (haversine, a few
SQLite math functions per row), and we bound the geodesic ``g`` by it:

    lower * h  <=  g  <=  upper * h

Why this holds: in the same latitude/longitude chart, the ellipsoid's length
element is ``sqrt(M² dφ² + N² cos²φ dλ²)`` and the sphere's is
``R sqrt(dφ² + cos²φ dλ²)``, where M ≤ N are the ellipsoid's radii of
curvature at latitude φ. So any path's ellipsoidal length lies between
``M/R`` and ``N/R`` times its spherical length, taking the extreme M and N
over the latitudes the path visits. The ellipsoidal geodesic is at least
``lower`` times the spherical length of its own path, hence at least
``lower * h``; and the spherical great circle, measured on the ellipsoid, is
at most ``upper * h`` long, hence ``g ≤ upper * h``. Both paths stay within a
latitude band around their endpoints (``band()`` widens it generously), so
near the query point the two factors differ by a few thousandths only; where
the band is unknown the global extremes (equator's M, pole's N) still hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# The sphere SQL measures on.
from wheelshare.geo.distance import EARTH_RADIUS_KM as EARTH_RADIUS_KM

_A_KM = 6378.137  # WGS-84 semi-major axis
_E2 = 0.00669437999014  # WGS-84 first eccentricity squared
# Floating-point slack on the bounds: distances are in km, errors ~1e-12.
_SLACK = 1e-9

# Degrees of latitude per km, at least (the meridian is shortest at the equator).
_KM_PER_DEG_LAT_MIN = 6335.439 * math.pi / 180
# Length of a degree of longitude at the equator, in km (the most a degree spans).
_KM_PER_DEG_LON_EQUATOR = _A_KM * math.pi / 180


# The same distance as SQL computes it, from the point given as :p_lat and
# :p_lon (radians) and :p_cos (its latitude's cosine, see ``sql_point_params``)
# to the row aliased ``v``.
SPHERE_KM_SQL = (
    f"(2 * {EARTH_RADIUS_KM!r} * asin(min(1.0, sqrt("
    "power(sin((radians(v.lat) - :p_lat) / 2), 2)"
    " + :p_cos * cos(radians(v.lat)) * power(sin((radians(v.lon) - :p_lon) / 2), 2)))))"
)


def sql_point_params(lat: float, lon: float) -> dict[str, object]:
    """The parameters ``SPHERE_KM_SQL`` measures from."""
    return {
        "p_lat": math.radians(lat),
        "p_lon": math.radians(lon),
        "p_cos": math.cos(math.radians(lat)),
    }


def _radii(lat_deg: float) -> tuple[float, float]:
    s2 = math.sin(math.radians(lat_deg)) ** 2
    w = 1 - _E2 * s2
    return _A_KM * (1 - _E2) / w**1.5, _A_KM / math.sqrt(w)


@dataclass(frozen=True, slots=True)
class Bounds:
    """``lower * h <= geodesic <= upper * h`` for paths within a latitude band."""

    lower: float
    upper: float


def band_bounds(lat_min: float, lat_max: float) -> Bounds:
    """Bounds for paths whose latitudes stay within ``[lat_min, lat_max]``."""
    lat_min, lat_max = max(-90.0, lat_min), min(90.0, lat_max)
    nearest_equator = 0.0 if lat_min <= 0.0 <= lat_max else min(abs(lat_min), abs(lat_max))
    farthest = max(abs(lat_min), abs(lat_max))
    m_min, _ = _radii(nearest_equator)  # M grows away from the equator
    _, n_max = _radii(farthest)  # so does N, and M <= N everywhere
    return Bounds(m_min / EARTH_RADIUS_KM * (1 - _SLACK), n_max / EARTH_RADIUS_KM * (1 + _SLACK))


def bounds_near(lat: float, radius_km: float) -> Bounds:
    """Bounds valid between ``lat`` and any point within ``radius_km`` of it.

    The band is widened by twice the radius in latitude: once for the far
    point, once more (very generously) for the poleward bulge of great circles.
    """
    spread = 2 * radius_km / _KM_PER_DEG_LAT_MIN + 0.01
    return band_bounds(lat - spread, lat + spread)


@dataclass(frozen=True, slots=True)
class Box:
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def bounding_box(lat: float, lon: float, radius_km: float) -> Box:
    """A box holding every point within geodesic ``radius_km`` of (lat, lon).

    Conservative: latitude per degree is never shorter than at the equator's
    meridian, and a degree of longitude never longer than at the equator times
    cos(latitude) at the box's most poleward edge. Near a pole or across the
    antimeridian the box takes every longitude.
    """
    dlat = radius_km / _KM_PER_DEG_LAT_MIN
    min_lat, max_lat = lat - dlat, lat + dlat
    if min_lat <= -90.0 or max_lat >= 90.0:
        return Box(max(-90.0, min_lat), min(90.0, max_lat), -180.0, 180.0)
    poleward = max(abs(min_lat), abs(max_lat))
    cos_lat = math.cos(math.radians(poleward))
    dlon = radius_km / (_KM_PER_DEG_LON_EQUATOR * cos_lat) if cos_lat > 1e-9 else 360.0
    if dlon >= 180.0 or lon - dlon < -180.0 or lon + dlon > 180.0:
        return Box(min_lat, max_lat, -180.0, 180.0)
    return Box(min_lat, max_lat, lon - dlon, lon + dlon)


def annulus_boxes(
    lat: float, lon: float, h_min_km: float, h_max_km: float, bands: int = 16
) -> list[Box] | None:
    """Boxes holding every point whose great-circle distance from (lat, lon), as
    SQL measures it, lies between ``h_min_km`` and ``h_max_km``: a ring cut into
    ``bands`` strips of latitude, each with the part of its longitudes that can
    reach the ring (two boxes where the middle is surely nearer than
    ``h_min_km``). None where the ring reaches a pole or the antimeridian.

    The haversine formula is bounded term by term over a strip, as for the
    area cells: ``hav(h/R) = sin²(Δφ/2) + cos φ0 cos φ sin²(Δλ/2)``. A point
    of the strip can be within ``h_max`` only if ``sin²(Δλ/2)`` is at most
    ``(hav(D) - sin²(least Δφ/2)) / (cos φ0 · least cos φ)``, and is surely
    nearer than ``h_min`` if it is below the same with the greatest Δφ and
    the greatest cos φ.
    """
    big = h_max_km / EARTH_RADIUS_KM
    small = max(0.0, h_min_km / EARTH_RADIUS_KM)
    if not 0.0 < big < math.pi / 2:
        return None
    phi0, reach = math.radians(lat), big * (1 + _SLACK)
    if phi0 - reach <= -math.pi / 2 or phi0 + reach >= math.pi / 2:
        return None
    hav_big, hav_small = math.sin(big / 2) ** 2, math.sin(small / 2) ** 2
    cos0 = math.cos(phi0)
    out: list[Box] = []
    step = 2 * reach / bands
    for i in range(bands):
        lo, hi = phi0 - reach + i * step, phi0 - reach + (i + 1) * step
        nearest = 0.0 if lo <= phi0 <= hi else min(abs(lo - phi0), abs(hi - phi0))
        farthest = max(abs(lo - phi0), abs(hi - phi0))
        cos_least = min(math.cos(lo), math.cos(hi))
        cos_most = 1.0 if lo <= 0.0 <= hi else max(math.cos(lo), math.cos(hi))
        room = (hav_big - math.sin(nearest / 2) ** 2) / (cos0 * cos_least)
        if room < 0.0:
            continue  # no point of this strip is within h_max
        if room >= 1.0:
            return None
        dlon_out = math.degrees(2 * math.asin(math.sqrt(room))) * (1 + _SLACK) + 1e-9
        if lon - dlon_out < -180.0 or lon + dlon_out > 180.0:
            return None
        lat_lo, lat_hi = math.degrees(lo) - 1e-9, math.degrees(hi) + 1e-9
        inside = (hav_small - math.sin(farthest / 2) ** 2) / (cos0 * cos_most)
        if inside <= 0.0:
            out.append(Box(lat_lo, lat_hi, lon - dlon_out, lon + dlon_out))
            continue
        dlon_in = math.degrees(2 * math.asin(min(1.0, math.sqrt(inside)))) * (1 - _SLACK) - 1e-9
        if dlon_in <= 0.0:
            out.append(Box(lat_lo, lat_hi, lon - dlon_out, lon + dlon_out))
            continue
        out.append(Box(lat_lo, lat_hi, lon - dlon_out, lon - dlon_in))
        out.append(Box(lat_lo, lat_hi, lon + dlon_in, lon + dlon_out))
    return out
