"""The local copy of every online geocoder answer, so a query never goes out twice."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from wheelshare.domain import clock
from wheelshare.domain.errors import ValidationError
from wheelshare.geo.errors import GeoError
from wheelshare.geo.place import Place
from wheelshare.geo.sqlite_files import SQLiteFile, open_rebuilding
from wheelshare.private_files import make_private_sqlite_file

FILE_NAME = "geocoder-cache.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    kind TEXT NOT NULL,        -- "search" or "reverse"
    query TEXT NOT NULL,       -- the normalised query
    places TEXT NOT NULL,      -- JSON list of places; [] is a valid answer ("nothing found")
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (kind, query)
)
"""


class GeocodeCache(SQLiteFile):
    """Answers by (kind, query), kept in an SQLite file in the data dir.

    A damaged file is started afresh: it only holds copies of online answers,
    so losing them is better than refusing to geocode.
    """

    def __init__(self, path: Path) -> None:
        conn = open_rebuilding(
            path, what="geocoder cache", connect=_connect, rebuild=_start_afresh, error=GeoError
        )
        super().__init__(path, conn)

    def get(self, kind: str, query: str) -> list[Place] | None:
        """The stored answer (places marked as coming from the cache), or None if never asked."""
        with self._lock:
            row = self._conn.execute(
                "SELECT places FROM answers WHERE kind = ? AND query = ?", (kind, query)
            ).fetchone()
        if row is None:
            return None
        try:
            return [Place(**{**p, "source": "cache"}) for p in json.loads(row[0])]
        except (ValueError, TypeError, ValidationError):
            return None  # a damaged entry is as good as none: ask again

    def put(self, kind: str, query: str, places: list[Place]) -> None:
        payload = json.dumps([asdict(p) for p in places], ensure_ascii=False)
        now = clock.now().isoformat()
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO answers (kind, query, places, fetched_at)"
                " VALUES (?, ?, ?, ?)",
                (kind, query, payload, now),
            )

    def __len__(self) -> int:
        with self._lock:
            (n,) = self._conn.execute("SELECT count(*) FROM answers").fetchone()
        return int(n)


def _connect(path: Path) -> sqlite3.Connection:
    # What the person searched for is theirs: only they may read the cache.
    make_private_sqlite_file(path, tighten=True)
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        with conn:
            conn.execute(_SCHEMA)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _start_afresh(path: Path) -> None:
    path.unlink(missing_ok=True)
