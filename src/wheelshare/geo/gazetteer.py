"""The offline gazetteer: place completion without network.

The shipped compact file (``resources/gazetteer/places.tsv.gz``, from
GeoNames) is loaded once into an SQLite FTS5 index in the data dir
(``places.sqlite``). The index remembers the checksum of the file it was
built from, so an app update with a new gazetteer rebuilds it and every
other start reuses it.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from wheelshare.geo.distance import great_circle_km
from wheelshare.geo.errors import GazetteerError
from wheelshare.geo.place import Place, fold
from wheelshare.geo.sqlite_files import SQLiteFile, open_rebuilding
from wheelshare.paths import resource
from wheelshare.private_files import make_private_dir, make_private_file

FILE_NAME = "places.sqlite"
# Bump when the index's layout changes: old indexes are rebuilt.
SCHEMA_VERSION = "5"
_COLUMNS = ("name", "country", "admin", "lat", "lon", "population", "kind", "weight", "alternates")
# Queries this short (after folding) take the weight-ordered path.
_SHORT_QUERY = 2
_SHORT_WINDOW = 3000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    admin TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL,
    kind TEXT NOT NULL,
    weight INTEGER NOT NULL,
    -- "|name|alternate|…|", folded: lets a name that starts with the query rank first
    folded TEXT NOT NULL
);
CREATE VIRTUAL TABLE places_fts USING fts5 (
    names,
    content = '',
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);
"""


# The biggest places (of a country, or anywhere), then those whose main name
# begins with the query; the scan stays inside the covering index.
_SHORT_IN_COUNTRY = """
    SELECT p.name, p.lat, p.lon, p.country, p.admin, p.population, p.kind FROM (
        SELECT id, weight FROM (
            SELECT id, weight, folded FROM places INDEXED BY places_country_weight
            WHERE country = ? ORDER BY weight DESC LIMIT ?
        ) WHERE folded LIKE ? ESCAPE '\\' ORDER BY weight DESC LIMIT ?
    ) AS top JOIN places AS p ON p.id = top.id ORDER BY top.weight DESC, p.id
"""
_SHORT_ANYWHERE = """
    SELECT p.name, p.lat, p.lon, p.country, p.admin, p.population, p.kind FROM (
        SELECT id, weight FROM (
            SELECT id, weight, folded FROM places INDEXED BY places_weight
            ORDER BY weight DESC LIMIT ?
        ) WHERE folded LIKE ? ESCAPE '\\' ORDER BY weight DESC LIMIT ?
    ) AS top JOIN places AS p ON p.id = top.id ORDER BY top.weight DESC, p.id
"""


# Made after the rows are in: building an index once is faster than keeping
# it up to date row by row.
_INDEXES = """
CREATE INDEX places_lat ON places (lat);
-- For one- and two-letter queries, which match thousands of names: walking
-- places from the biggest down finds the first ten at once.
-- They cover "folded", so the scan never leaves the index.
CREATE INDEX places_weight ON places (weight DESC, folded);
CREATE INDEX places_country_weight ON places (country, weight DESC, folded);
"""


def default_source() -> Path:
    """The gazetteer file shipped with the app."""
    return resource("gazetteer", "places.tsv.gz")


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(source: Path) -> Iterator[tuple[str, str, str, float, float, int, str, int, list[str]]]:
    with gzip.open(source, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != _COLUMNS:
            raise GazetteerError(f"{source} does not start with the gazetteer's header line")
        for line, row in enumerate(reader, start=2):
            try:
                name, country, admin, lat, lon, population, kind, weight, alternates = row
                yield (
                    name,
                    country,
                    admin,
                    float(lat),
                    float(lon),
                    int(population),
                    kind,
                    int(weight),
                    [a for a in alternates.split("|") if a],
                )
            except ValueError:
                raise GazetteerError(f"{source}, line {line}: not a gazetteer row") from None


def build_index(source: Path, target: Path) -> None:
    """Build the FTS5 index of ``source`` into ``target`` atomically (write, then rename)."""
    checksum = _checksum(source)
    make_private_dir(target.parent)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        # Like every file in the data dir, readable by the user only (the rename
        # keeps the mode).
        make_private_file(tmp, tighten=False)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a new scratch file: nothing to roll back
            conn.executescript(_SCHEMA)
            places = []
            names = []
            for i, (name, country, admin, lat, lon, pop, kind, weight, alts) in enumerate(
                _rows(source), start=1
            ):
                all_names = [name, *alts]
                folded = "|" + "|".join(fold(n) for n in all_names) + "|"
                places.append((i, name, country, admin, lat, lon, pop, kind, weight, folded))
                names.append((i, " ".join(all_names)))
            with conn:
                conn.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", places)
                conn.executemany("INSERT INTO places_fts (rowid, names) VALUES (?, ?)", names)
                conn.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [("schema", SCHEMA_VERSION), ("source_sha256", checksum)],
                )
            conn.executescript(_INDEXES)
            conn.execute("INSERT INTO places_fts (places_fts) VALUES ('optimize')")
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as err:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"could not build the place index {target}: {err}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # as_uri() escapes what SQLite's URI syntax would misread ("?", "#", "%").
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _index_matches(conn: sqlite3.Connection, checksum: str) -> bool:
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    return meta.get("schema") == SCHEMA_VERSION and meta.get("source_sha256") == checksum


def _match_expression(folded_query: str) -> str:
    """FTS5 query: every word typed so far, the last one as a prefix."""
    words = folded_query.split()
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


class Gazetteer(SQLiteFile):
    """Offline place search over the shipped gazetteer.

    Safe to share between threads (calls are serialised; each takes a few
    milliseconds). Use :meth:`open` to get the index in a data dir.
    """

    @classmethod
    def open(cls, data_dir: Path, source: Path | None = None) -> Gazetteer:
        """The gazetteer in ``data_dir``, built from ``source`` (the shipped file) when needed.

        The index is built again when it is missing, damaged, or made from
        another gazetteer file or by another version of the app.
        """
        source = source or default_source()
        target = Path(data_dir) / FILE_NAME
        try:
            checksum = _checksum(source)
        except OSError as err:
            raise GazetteerError(f"cannot read the gazetteer file {source}: {err}") from None
        conn = open_rebuilding(
            target,
            what="place index",
            connect=_connect_read_only,
            rebuild=lambda path: build_index(source, path),
            usable=lambda conn: _index_matches(conn, checksum),
            error=GazetteerError,
        )
        return cls(target, conn)

    def complete(self, prefix: str, limit: int = 10, *, prefer_country: str = "") -> list[Place]:
        """Places whose name (or another name) starts with the words typed.

        Accent- and case-insensitive ("saint-e" finds Saint-Étienne). Order:
        places whose main name begins with the query (or another name is
        exactly it), then those with another name (such as "Londres") that
        begins with it, then those where a later word does; within each, places in
        ``prefer_country`` (an ISO code such as "FR") first, then by population
        (or, for stations and airports, traffic). One- and two-letter queries
        look at main names only.
        """
        query = fold(prefix)
        if not query or limit <= 0:
            return []
        if len(query) <= _SHORT_QUERY:
            places = self._complete_short(query, limit, prefer_country.upper())
            if len(places) == limit:
                return places
        q = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = """
            SELECT p.name, p.lat, p.lon, p.country, p.admin, p.population, p.kind
            FROM places_fts JOIN places AS p ON p.id = places_fts.rowid
            WHERE places_fts MATCH ?
            ORDER BY
                CASE
                    WHEN p.folded LIKE ? ESCAPE '\\' OR p.folded LIKE ? ESCAPE '\\' THEN 0
                    WHEN p.folded LIKE ? ESCAPE '\\' THEN 1
                    ELSE 2
                END,
                p.country = ? DESC,
                p.weight DESC,
                p.id
            LIMIT ?
        """
        params = (
            _match_expression(query),
            f"|{q}%",  # the main name begins with the query
            f"%|{q}|%",  # or another name is exactly it ("München" for Munich)
            f"%|{q}%",  # another name begins with it ("Londres" for London)
            prefer_country.upper(),
            limit,
        )
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [_place(r) for r in rows]

    def _complete_short(self, query: str, limit: int, country: str) -> list[Place]:
        """The first rank of :meth:`complete` for a short query, or fewer than ``limit``
        places when this shortcut cannot tell (the caller then runs the full search).

        Looks only at the biggest places (of the preferred country, if any): if
        enough of them begin with the query, no smaller place can outrank them.
        """
        like = "|" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params: tuple[object, ...]
        if country:
            sql, params = _SHORT_IN_COUNTRY, (country, _SHORT_WINDOW, like, limit)
        else:
            sql, params = _SHORT_ANYWHERE, (_SHORT_WINDOW, like, limit)
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [_place(r) for r in rows]

    def nearest(
        self, lat: float, lon: float, *, kinds: tuple[str, ...] = ("city",)
    ) -> Place | None:
        """The closest place of one of ``kinds`` (cities by default), or None if there is none."""
        marks = ",".join("?" for _ in kinds)
        for window in (0.25, 1.0, 4.0, 16.0, 180.0):
            with self._lock:
                rows = self._conn.execute(
                    f"""
                    SELECT name, lat, lon, country, admin, population, kind FROM places
                    WHERE lat BETWEEN ? AND ? AND kind IN ({marks})
                    """,  # noqa: S608 -- only "?" placeholders are interpolated
                    (lat - window, lat + window, *kinds),
                ).fetchall()
            if not rows:
                continue
            best = min(rows, key=lambda r: great_circle_km((lat, lon), (r[1], r[2])))
            # A place outside the latitude band could be closer than one inside
            # it only if the best is farther than the band's half-width.
            if great_circle_km((lat, lon), (best[1], best[2])) <= window * 111.0 or window >= 180.0:
                return _place(best)
        return None

    def within(
        self, south: float, west: float, north: float, east: float, limit: int = 24
    ) -> list[Place]:
        """The most populous places inside a box (the map names them without tiles)."""
        with self._lock:
            rows = self._conn.execute(
                """
                SELECT name, lat, lon, country, admin, population, kind FROM places
                WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
                ORDER BY population DESC LIMIT ?
                """,
                (south, north, west, east, limit),
            ).fetchall()
        return [_place(r) for r in rows]

    def count(self) -> int:
        with self._lock:
            (n,) = self._conn.execute("SELECT count(*) FROM places").fetchone()
        return int(n)


def _place(row: tuple[str, float, float, str, str, int, str]) -> Place:
    name, lat, lon, country, admin, population, kind = row
    return Place(name, lat, lon, country, admin, population, "gazetteer", kind)


# csv needs a big enough field limit for the longest alternates list.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 20))
