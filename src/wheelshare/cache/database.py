"""Opening the cache file: identity checks, pragmas, migrations, sessions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from wheelshare.cache import bulkload
from wheelshare.cache.errors import (
    CacheError,
    CacheTooNewError,
    CacheUnavailableError,
    NotACacheError,
    translate,
)

# Named here too, as before they moved to ``plain`` (read without SQLAlchemy).
from wheelshare.cache.plain import APPLICATION_ID as APPLICATION_ID
from wheelshare.cache.plain import FILE_NAME as FILE_NAME
from wheelshare.cache.plain import MIGRATIONS_DIR as MIGRATIONS_DIR
from wheelshare.cache.plain import ensure_math
from wheelshare.cache.plain import head_from_files as head_from_files
from wheelshare.paths import default_data_dir
from wheelshare.private_files import (
    make_private_dir,
    make_private_sqlite_file,
    remove_sqlite_file,
)

if TYPE_CHECKING:
    from alembic.config import Config


_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    # WAL: readers (the UI) never wait for the writer (sync), and a crash
    # mid-write leaves the last committed state.
    "PRAGMA journal_mode = WAL",
    # In WAL mode NORMAL loses at most the last commits on power loss, never
    # consistency; the cache can always be synced again.
    "PRAGMA synchronous = NORMAL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -32000",  # 32 MB of page cache
    "PRAGMA mmap_size = 268435456",
)


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def _stored_revision(engine: Engine) -> str | None:
    """The revision the file says it is at, read without alembic; None when it
    has none (a new file) or more than one."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        try:
            rows = raw.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError:
            rows = []
        conn.rollback()
    return str(rows[0][0]) if len(rows) == 1 else None


def _check_identity(path: Path) -> None:
    """Raises NotACacheError unless ``path`` is empty, new, or a wheelshare cache."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as e:
        raise translate(sqlite3.OperationalError(str(e))) or CacheError(str(e)) from e
    if header != b"SQLite format 3\x00":
        raise NotACacheError(path, "it is not an SQLite database")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise NotACacheError(path, f"SQLite cannot read it: {e}") from None
    finally:
        con.close()
    if app_id != APPLICATION_ID and tables:
        raise NotACacheError(path, "it holds another program's data")


class Cache:
    """One open cache file. Use ``Cache.open``; close it when done."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(wheelshare_begin="BEGIN IMMEDIATE")

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        busy_timeout_s: float = 5.0,
        revision: str = "head",
    ) -> Cache:
        """Opens (creating and migrating as needed) the cache.

        ``location`` is a directory to hold ``cache.sqlite`` (made if missing),
        or a cache file: an existing file, or a new path with a suffix;
        ``None`` means the user's data dir. ``busy_timeout_s`` is how long a
        write waits for another program's write to finish before giving up
        with "locked". ``revision`` is for tests of upgrades: it stops the
        migrations at an older revision.
        """
        path = Path(location) if location is not None else default_data_dir()
        is_file = location is not None and (path.is_file() or (not path.exists() and path.suffix))
        folder = path.parent if is_file else path
        try:
            make_private_dir(folder)
        except OSError as e:
            raise CacheUnavailableError(
                "read_only", f"cannot create the data folder {folder}: {e.strerror or e}"
            ) from e
        if not is_file:
            path = path / FILE_NAME
        _check_identity(path)
        try:
            # Only the user may read it (and SQLite's -wal and -shm files, which
            # take its permissions); a file an older version left readable by
            # all is tightened.
            make_private_sqlite_file(path, tighten=True)
        except OSError as e:
            raise CacheUnavailableError(
                "read_only", f"cannot create the cache file {path}: {e.strerror or e}"
            ) from e
        engine = _engine(path, int(busy_timeout_s * 1000))
        try:
            _migrate(engine, path, revision)
            cache = cls(path, engine)
            if revision == "head":
                # Another program writing (a first sync, say) keeps the lock:
                # it, or the next open, builds what is pending.
                with contextlib.suppress(CacheUnavailableError):
                    cache.finish_deferred()
        except BaseException:
            engine.dispose()
            raise
        return cache

    @staticmethod
    def discard(folder: str | Path) -> None:
        """Deletes the cache kept in ``folder`` (its file and SQLite's side files),
        when the feed it copied is gone for good; the next :meth:`open` starts
        an empty one."""
        remove_sqlite_file(Path(folder) / FILE_NAME)

    def finish_deferred(self) -> bool:
        """Builds the search indexes a first sync left to build, if any (one
        write transaction; ``bulkload``). True when there was something to do."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            pending = bulkload.has_deferred(raw)
            conn.rollback()
        if not pending:
            return False
        with self.transaction() as session:
            raw = session.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return bulkload.finish_deferred(raw)

    def close(self) -> None:
        try:
            # Lets SQLite refresh the statistics its query planner uses.
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
                conn.commit()
        except Exception:
            pass
        finally:
            self.engine.dispose()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (one consistent snapshot until it ends).

        Writes made in it are discarded; write with ``transaction()``.
        """
        session = Session(self.engine, expire_on_commit=False, autoflush=False)
        try:
            yield session
        except BaseException as e:
            session.rollback()
            mapped = translate(e)
            if mapped is not None and mapped is not e:
                raise mapped from e
            raise
        finally:
            session.rollback()
            session.close()

    def transaction(self) -> Transaction:
        """A write transaction: committed when the block ends, rolled back on error."""
        return Transaction(Session(self._writer, expire_on_commit=False, autoflush=False))

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()


class Transaction:
    """``with cache.transaction() as session:`` — all of it is written, or nothing.

    SQLite failures leave as CacheError subclasses: CacheUnavailableError
    for what a person can fix, CacheBugError for the rest. Other exceptions
    (a ValidationError, say) pass through unchanged after the rollback.
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def __enter__(self) -> Session:
        try:
            self.session.connection()  # BEGIN IMMEDIATE: take the write lock now
        except Exception as e:
            self.session.close()
            mapped = translate(e)
            if mapped is not None:
                raise mapped from e
            raise
        return self.session

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        try:
            if exc is None:
                try:
                    self.session.commit()
                except Exception as e:
                    self.session.rollback()
                    mapped = translate(e)
                    if mapped is not None:
                        raise mapped from e
                    raise
            else:
                self.session.rollback()
                mapped = translate(exc)
                if mapped is not None and mapped is not exc:
                    raise mapped from exc
        finally:
            self.session.close()


def _engine(path: Path, busy_timeout_ms: int) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event decide when a transaction starts
        # (the driver's own implicit BEGIN would leave DDL and reads outside).
        dbapi_connection.isolation_level = None
        for pragma in _PRAGMAS:
            dbapi_connection.execute(pragma)
        dbapi_connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms:d}")
        ensure_math(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("wheelshare_begin", "BEGIN"))

    return engine


def _migrate(engine: Engine, path: Path, revision: str) -> None:
    if revision == "head":
        with contextlib.suppress(sqlite3.Error):
            head = head_from_files()
            if head is not None and _stored_revision(engine) == head:
                return  # up to date: alembic is not even imported
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    target = script.get_current_head() if revision == "head" else revision

    def current_revision(conn: Connection) -> str | None:
        current = MigrationContext.configure(conn).get_current_revision()
        if current is not None:
            try:
                script.get_revision(current)
            except Exception:
                raise CacheTooNewError(path, current) from None
        return current

    try:
        with engine.connect() as conn:
            current = current_revision(conn)
            conn.rollback()
        if current == target:
            return
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            # Table rebuilds during a migration must not trip over foreign keys;
            # the pragma only takes effect outside a transaction.
            raw.execute("PRAGMA foreign_keys = OFF")
            conn = conn.execution_options(wheelshare_begin="BEGIN IMMEDIATE")
            with conn.begin():
                # Another process may have migrated while we waited for the lock.
                if current_revision(conn) != target:
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    command.upgrade(_alembic_config(conn), revision)
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise CacheError(f"migrating the cache broke {len(bad)} references")
            raw.execute("PRAGMA foreign_keys = ON")
    except CacheError:
        raise
    except Exception as e:
        mapped = translate(e)
        if mapped is not None:
            raise mapped from e
        raise
