"""The places layer's SQLite files: opened once, shared by threads, rebuilt when damaged.

Both files (the geocoder cache and the gazetteer index) only hold what can be
made again (online answers, the shipped gazetteer), so a damaged or outdated
file is replaced rather than refused.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self

from wheelshare.geo.errors import GeoError
from wheelshare.private_files import make_private_dir

_log = logging.getLogger(__name__)


def open_rebuilding(
    path: Path,
    *,
    what: str,
    connect: Callable[[Path], sqlite3.Connection],
    rebuild: Callable[[Path], None],
    usable: Callable[[sqlite3.Connection], bool] = lambda conn: True,
    error: type[GeoError] = GeoError,
) -> sqlite3.Connection:
    """``connect(path)``, after ``rebuild(path)`` if the file is missing, damaged or not ``usable``.

    ``what`` names the file for a person ("geocoder cache"). When the file
    cannot be opened even after rebuilding, raises ``error`` saying which file
    and why. Errors that ``rebuild`` raises itself go through unchanged.
    """
    try:
        make_private_dir(path.parent)
        conn: sqlite3.Connection | None = None
        try:
            conn = connect(path)
            if usable(conn):
                return conn
        except sqlite3.DatabaseError as err:
            if path.exists():
                _log.warning("The %s %s is damaged (%s); making it anew.", what, path, err)
        if conn is not None:
            conn.close()
        rebuild(path)
        return connect(path)
    except (OSError, sqlite3.Error) as err:
        raise error(f"cannot open the {what} {path}: {err}") from None


class SQLiteFile:
    """One connection to an SQLite file, used by one thread at a time.

    Subclasses run their queries under ``self._lock``; :meth:`close` (or the
    end of a ``with`` block) closes the connection.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
