"""The cache file read with ``sqlite3`` alone, before the database layer is loaded.

A later start lists what the cache holds while SQLAlchemy and the ORM (more
than half a second of imports on the machine the app is built for) are still
loading on the worker: the searches already run on the driver connection
(``search``), so the first page only needs a connection of its own, opened
read-only. Nothing here imports SQLAlchemy or alembic.

The file is read this way only when it is exactly what ``Cache.open`` would
hand over unchanged: a wheelshare cache at the shipped head revision, with no
search index left to build by a first sync cut short. Anything else waits for
``Cache.open``, which migrates, finishes or refuses it.
"""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from wheelshare import migration_head

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FILE_NAME = "cache.sqlite"
# PRAGMA application_id of every wheelshare cache ("WhSh"), so a cache can be
# told apart from any other SQLite file.
APPLICATION_ID = 0x57685368
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NotReadableYet(Exception):
    """The file cannot be read before ``Cache.open`` has seen to it."""


def head_from_files() -> str | None:
    """The cache's head revision, read from its migration files' own lines."""
    return migration_head.head_from_files(MIGRATIONS_DIR / "versions")


def ensure_math(con: sqlite3.Connection) -> None:
    """Distance filters use SQLite's math functions; older or minimal SQLite
    builds lack them, so provide the same functions from Python there."""
    try:
        con.execute("SELECT sin(0), cos(0), asin(0), sqrt(1), radians(0), power(2, 2)")
    except sqlite3.OperationalError:
        for name, fn in (
            ("sin", math.sin),
            ("cos", math.cos),
            ("asin", math.asin),
            ("sqrt", math.sqrt),
            ("radians", math.radians),
        ):
            con.create_function(name, 1, fn, deterministic=True)
        con.create_function("power", 2, math.pow, deterministic=True)


def raw_connection(session: Session) -> sqlite3.Connection:
    """The driver connection under ``session``, inside its transaction."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def open_read_only(folder: Path) -> sqlite3.Connection:
    """A read-only connection to the cache in ``folder``; raises
    :class:`NotReadableYet` unless the file is ready to be read as it is."""
    path = folder / FILE_NAME
    if not path.is_file() or path.stat().st_size == 0:
        raise NotReadableYet(f"no cache in {folder}")
    head = head_from_files()
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as e:
        raise NotReadableYet(str(e)) from e
    try:
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotReadableYet(f"{path} is not a wheelshare cache")
        stored = con.execute("SELECT version_num FROM alembic_version").fetchall()
        if head is None or stored != [(head,)]:
            raise NotReadableYet(f"{path} is not at revision {head}")
        if con.execute("SELECT EXISTS (SELECT 1 FROM deferred_indexes)").fetchone()[0]:
            raise NotReadableYet(f"{path} has search indexes still to build")
        ensure_math(con)
    except sqlite3.Error as e:
        con.close()
        raise NotReadableYet(str(e)) from e
    except NotReadableYet:
        con.close()
        raise
    return con
