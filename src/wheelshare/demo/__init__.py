"""Demo data: a deterministic, realistic set of users, vehicles, venues, reviews and
bookings, for the built-in demo feed, the tests and the benchmarks.

A fixture generator, not part of the domain: it builds domain objects and
serialises them with ``domain.wire``, and the domain knows nothing of it.
``generator`` holds the code, ``tables`` what it draws from.
"""

from __future__ import annotations

from wheelshare.demo.generator import (
    DEMO_OWNER_EMAIL,
    DEMO_OWNER_ID,
    DEMO_PASSWORD,
    DEMO_RENTER_EMAIL,
    DEMO_RENTER_ID,
    DEMO_SEED,
    DemoData,
    DemoParts,
    DemoUser,
    default_start,
    generate,
    iter_vehicles,
    iter_venues,
)
from wheelshare.demo.tables import CITIES

__all__ = [
    "CITIES",
    "DEMO_OWNER_EMAIL",
    "DEMO_OWNER_ID",
    "DEMO_PASSWORD",
    "DEMO_RENTER_EMAIL",
    "DEMO_RENTER_ID",
    "DEMO_SEED",
    "DemoData",
    "DemoParts",
    "DemoUser",
    "default_start",
    "generate",
    "iter_vehicles",
    "iter_venues",
]
