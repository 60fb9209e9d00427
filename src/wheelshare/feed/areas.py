"""The approximate area the public feed shows for a vehicle instead of its address.

A private adapted car is usually parked at its owner's home, so the public
record carries a point between ``MIN_OFFSET_M`` and ``MAX_OFFSET_M`` from the
real place, and the town; the street address and the exact position travel
only in the owner's own feed, and in a renter's once a booking is confirmed.

How the point is made, and why (docs/security.md says it for readers):

* the real position is first snapped to a small grid cell (``CELL_DEG``,
  about 100 m), so that re-typing or re-geocoding the same address gives the
  same point, and moving within the cell moves nothing;
* the offset's bearing and length come from an HMAC of the owner's id and the
  cell under a secret kept in the database (``feed_meta``), so they are stable
  (no new random point at each edit that a reader could average over), the
  same for all of one owner's vehicles in one place (a fleet parked at one
  home does not give several samples around it), and different for another
  owner in the same cell (knowing one's own vehicle's offset tells nothing
  about a neighbour's);
* the result is rounded to three decimals: it has no more precision than it
  deserves.

The feed answers no distance queries (searches run in the app over the public
points), so there is no oracle to trilaterate against.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from typing import Any

from sqlalchemy.orm import Session

from wheelshare.feed.models import Meta

AREA_KEY = "area_key"
CELL_DEG = 0.001
MIN_OFFSET_M = 650.0
MAX_OFFSET_M = 950.0
_METRES_PER_DEGREE = 111_320.0


def new_area_key() -> str:
    return secrets.token_hex(32)


def area_key(session: Session) -> bytes:
    """The secret the offsets are derived from; drawn by migration 0005. A
    database that lacks it (made by hand) gets one in the current write."""
    row = session.get(Meta, AREA_KEY)
    if row is None:
        row = Meta(key=AREA_KEY, value=new_area_key())
        session.add(row)
    return bytes.fromhex(row.value)


def approximate_point(lat: float, lon: float, owner_id: str, key: bytes) -> tuple[float, float]:
    cell_lat, cell_lon = round(lat / CELL_DEG), round(lon / CELL_DEG)
    message = f"{owner_id}|{cell_lat}|{cell_lon}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    bearing = 2 * math.pi * int.from_bytes(digest[:8]) / 2**64
    length = MIN_OFFSET_M + (MAX_OFFSET_M - MIN_OFFSET_M) * int.from_bytes(digest[8:16]) / 2**64
    base_lat, base_lon = cell_lat * CELL_DEG, cell_lon * CELL_DEG
    out_lat = base_lat + length * math.cos(bearing) / _METRES_PER_DEGREE
    if out_lat > 90.0 or out_lat < -90.0:  # across a pole: go the other way
        out_lat = base_lat - length * math.cos(bearing) / _METRES_PER_DEGREE
    shrink = max(math.cos(math.radians(base_lat)), 1e-6)
    out_lon = base_lon + length * math.sin(bearing) / (_METRES_PER_DEGREE * shrink)
    out_lon = (out_lon + 180.0) % 360.0 - 180.0
    return round(max(-90.0, min(90.0, out_lat)), 3), round(out_lon, 3)


def public_location(location: dict[str, Any], owner_id: str, key: bytes) -> dict[str, Any]:
    lat, lon = approximate_point(float(location["lat"]), float(location["lon"]), owner_id, key)
    return {"lat": lat, "lon": lon, "city": location.get("city", ""), "approximate": True}


def public_vehicle(data: dict[str, Any], key: bytes) -> dict[str, Any]:
    """The vehicle as anyone may read it: its area, never its address."""
    return {**data, "location": public_location(data["location"], data["owner_id"], key)}


def vehicle_place(data: dict[str, Any]) -> dict[str, Any]:
    """The owner's own record of where the vehicle is (``vehicle_place``)."""
    loc = data["location"]
    return {
        "vehicle_id": data["id"],
        "location": {
            "lat": loc["lat"],
            "lon": loc["lon"],
            "city": loc.get("city", ""),
            "address": loc.get("address", ""),
        },
        "updated_at": data.get("updated_at"),
    }


def pickup(data: dict[str, Any]) -> dict[str, Any]:
    """The exact pick-up place a confirmed booking carries."""
    loc = data["location"]
    return {
        "lat": loc["lat"],
        "lon": loc["lon"],
        "city": loc.get("city", ""),
        "address": loc.get("address", ""),
    }
