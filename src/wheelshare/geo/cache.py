"""The local copy of every online geocoder answer, so a query never goes out twice."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from wheelshare.domain.errors import ValidationError
from wheelshare.geo.errors import GeoError
from wheelshare.geo.place import Place

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


class GeocodeCache:
    """Answers by (kind, query), kept in an SQLite file in the data dir."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._conn = self._connect(path)
            except sqlite3.DatabaseError:
                # Damaged (or not a database): it only holds copies of online
                # answers, so start afresh rather than refuse to geocode.
                path.unlink()
                self._conn = self._connect(path)
        except (OSError, sqlite3.Error) as err:
            raise GeoError(f"cannot open the geocoder cache {path}: {err}") from None
        self._lock = threading.Lock()
        self.path = path

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, check_same_thread=False)
        try:
            with conn:
                conn.execute(_SCHEMA)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

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
        now = datetime.now(UTC).isoformat()
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

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> GeocodeCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
