"""Database engines and transactions for the feed server.

Every request is one transaction: :meth:`Database.read` for reads, :meth:`Database.write`
for anything that changes data. Writes collect their change-log entries on the
session and append them just before the commit (see :mod:`wheelshare.feed.changelog`).

SQLite: WAL mode so readers never wait for the writer; write transactions start
with ``BEGIN IMMEDIATE`` so a check ("is the vehicle free?") and the insert that
follows it happen under the database's single write lock, with nobody in between.
PostgreSQL: one engine; the no-overlap rule is the exclusion constraint created by
the migrations, and change-log appends are serialised with an advisory lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from wheelshare.domain import clock
from wheelshare.feed.changelog import append_pending
from wheelshare.feed.columns import dump_json
from wheelshare.feed.errors import SERVER_EXTRA_HINT, SERVER_EXTRA_MODULES, SetupError
from wheelshare.private_files import make_private_sqlite_file


def utcnow() -> datetime:
    return clock.now()


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": 60, "check_same_thread": False},
        json_serializer=dump_json,
    )
    path = make_url(url).database
    if path and path != ":memory:" and not path.startswith("file:"):

        @event.listens_for(engine, "do_connect")
        def _create_private(*_args: Any) -> None:
            # A new database file (password hashes, everyone's bookings) is
            # readable by its owner only, and so are the -wal and -shm files
            # SQLite makes with its permissions. An existing file keeps the
            # permissions its administrator gave it. When the file cannot be
            # made (no such folder), SQLite's own error says so next.
            with contextlib.suppress(OSError):
                make_private_sqlite_file(Path(path), tighten=False)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start,
        # instead of the sqlite3 module's implicit, deferred BEGIN.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """The engines for one database URL; thread-safe, one per server process."""

    def __init__(self, url: str, *, pool_size: int = 20) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise SetupError(f"{url!r} is not a database URL") from None
        self.url = url
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            self._read_engine = _sqlite_engine(url, immediate=False)
            self._write_engine = _sqlite_engine(url, immediate=True)
        elif self.dialect == "postgresql":
            if parsed.get_driver_name() != "psycopg":
                raise SetupError("use a postgresql+psycopg:// URL for PostgreSQL")
            # No pre-ping: it costs a round trip per request; a connection that
            # died with the server fails one request and SQLAlchemy then drops
            # the whole pool, so the next requests reconnect.
            try:
                engine = create_engine(
                    url,
                    pool_size=pool_size,
                    max_overflow=pool_size,
                    pool_recycle=1800,
                    json_serializer=dump_json,
                )
            except ModuleNotFoundError as e:
                if e.name not in SERVER_EXTRA_MODULES:
                    raise
                raise SetupError(f"PostgreSQL needs {e.name}: {SERVER_EXTRA_HINT}") from None
            self._read_engine = self._write_engine = engine
        else:
            raise SetupError(
                f"unsupported database {self.dialect!r}: use sqlite:///FILE "
                "or postgresql+psycopg://USER@HOST/DB"
            )
        self._read = sessionmaker(self._read_engine, expire_on_commit=False)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        # Told, after each commit, whose private feeds it changed (wakeups.py).
        self.on_private_changes: Callable[[frozenset[str]], None] | None = None

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def write_engine(self) -> Engine:
        return self._write_engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction; its change-log entries are appended at the end."""
        with self._write() as session:
            with session.begin():
                yield session
                changed = append_pending(session, postgres=self.is_postgres)
            if changed and self.on_private_changes is not None:
                self.on_private_changes(changed)

    def dispose(self) -> None:
        self._read_engine.dispose()
        if self._write_engine is not self._read_engine:
            self._write_engine.dispose()
