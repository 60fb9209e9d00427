"""How old the demo feed's data is, read without starting the feed.

The demo set is laid out around the day it was seeded and replaced once it
has drifted :data:`REFRESH_AFTER` into the past (see ``feed.embedded``). The
desktop app asks this before the demo feed is up, to show the copy it already
has at once: only plain ``sqlite3`` here, none of the server's imports.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from wheelshare.domain import clock

REFRESH_AFTER = timedelta(days=7)
# The demo feed's database, in the folder it is started on.
DB_NAME = "embedded-feed.sqlite3"
SEED_KEY = "demo_seed"
# The feed's own table for such facts (models.Meta).
_READ_SEED = "SELECT value FROM feed_meta WHERE key = ?"


def seed_day(value: str | None) -> date | None:
    """The day in a stored ``seed:vehicles:venues:day`` value; None when it has none
    (no demo set, or one from before seeds kept their day)."""
    parts = value.split(":") if value is not None else []
    if len(parts) < 4:
        return None
    try:
        return date.fromisoformat(parts[3])
    except ValueError:
        return None


def is_stale(day: date | None) -> bool:
    # A set from before seeds kept their day is stale too (it was laid out
    # around a fixed day, long past).
    return day is None or clock.today() - day >= REFRESH_AFTER


def current_on_disk(db_path: Path) -> bool:
    """The feed database at ``db_path`` holds a demo set that starting the feed
    will keep (it will not be seeded anew); False when in any doubt."""
    if not db_path.is_file():
        return False
    try:
        con = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            row = con.execute(_READ_SEED, (SEED_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return not is_stale(seed_day(row[0] if row else None))
