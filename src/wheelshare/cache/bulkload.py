"""Filling an empty venue or vehicle table fast, inside the writer's transaction.

Row by row, the triggers of the schema keep the FTS5 index, the R*Tree and
the place counts in step, and every secondary index takes each row in turn:
most of the cost of a first large load. When a write transaction starts
storing a large batch into an *empty* table, the store instead:

1. drops that table's maintenance triggers and secondary indexes (their SQL
   is kept exactly as ``sqlite_master`` holds it);
2. stores the rows, in as many ``upsert_records`` / ``delete_records`` calls
   as the transaction makes;
3. just before the transaction commits, builds the derived data from the
   rows in one pass each (FTS5 ``'rebuild'``, the R*Tree's nodes written
   packed by ``rtreepack``, the place counts and the venues' area counts
   grouped), recreates the indexes
   (one sort each) and the triggers.

All of it is one SQLite transaction, DDL included: a rollback or a crash
leaves the table, its triggers and its indexes as they were, and readers in
other connections never see the table without them (WAL gives them the last
committed state). Inside the loading transaction itself, searches do not see
the new rows until the commit; the store is the only writer of these tables.

A table whose triggers are not exactly the ones known here (a later
migration added one, say) is never loaded this way: the known set is what
step 3 rebuilds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session

from wheelshare.cache import areacounts, rtreepack

# A batch smaller than this goes row by row: the fixed cost of steps 1 and 3
# (rebuilding an index, recreating triggers) is not worth it.
MIN_ROWS = 1000
# When the R*Tree cannot be written packed (``rtreepack``), it is filled in
# strips of a quarter degree of latitude, west to east: neighbouring entries
# go into the same few nodes while those are in the page cache. In the order
# of the rows, a million venues spread over France evict and rewrite nodes all
# the time (measured: 37 s against 20 s).
_RTREE_ORDER = "ORDER BY CAST((lat + 90) * 4 AS INTEGER), lon"


@dataclass(frozen=True)
class _Derived:
    table: str
    fts: str
    rtree: str
    triggers: frozenset[str]


def _derived(table: str, *extra: str) -> _Derived:
    return _Derived(
        table,
        f"{table}_fts",
        f"{table}_rtree",
        frozenset(
            f"{table}_{what}_{when}"
            for what in ("rtree", "fts", "places", *extra)
            for when in ("ai", "au", "ad")
        ),
    )


DERIVED = {
    "vehicles": _derived("vehicles"),
    "venues": _derived("venues", "cells"),
}

_STATE = "wheelshare.bulkload"  # key in Session.info: table -> the SQL to recreate


@dataclass
class _Dropped:
    triggers: list[tuple[str, str]]  # (name, sql)
    indexes: list[tuple[str, str]]


def _schema(raw: sqlite3.Connection, kind: str, table: str) -> list[tuple[str, str]]:
    return [
        (str(name), str(sql))
        for name, sql in raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ?"
            " AND sql IS NOT NULL ORDER BY name",
            (kind, table),
        )
    ]


def _exists(raw: sqlite3.Connection, kind: str, name: str) -> bool:
    return (
        raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
        ).fetchone()
        is not None
    )


def prepare(session: Session, raw: sqlite3.Connection, table: str, incoming: int) -> None:
    """Starts a bulk load of ``table`` when it is empty and ``incoming`` rows are many.

    Does nothing for other tables, small batches, a table that has rows, or
    one already being loaded by this transaction.
    """
    derived = DERIVED.get(table)
    if derived is None:
        return
    state: dict[str, _Dropped] = session.info.setdefault(_STATE, {})
    if table in state:
        if not _exists(raw, "trigger", next(iter(derived.triggers))):
            return  # still loading
        # A rollback to a savepoint restored the triggers: row by row again.
        del state[table]
    if incoming < MIN_ROWS:
        return
    # Table names come from DERIVED, never from input.
    if raw.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:  # noqa: S608
        return
    triggers = _schema(raw, "trigger", table)
    if {name for name, _ in triggers} != derived.triggers:
        return
    indexes = _schema(raw, "index", table)
    for name, _ in triggers:
        raw.execute(f'DROP TRIGGER "{name}"')
    for name, _ in indexes:
        raw.execute(f'DROP INDEX "{name}"')
    state[table] = _Dropped(triggers, indexes)
    if not event.contains(session, "before_commit", _finish):
        event.listen(session, "before_commit", _finish)
        event.listen(session, "after_rollback", _forget)


def _raw(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _forget(session: Session) -> None:
    # The rollback undid the load, DDL included.
    session.info.pop(_STATE, None)


def _finish(session: Session) -> None:
    state: dict[str, _Dropped] = session.info.pop(_STATE, {})
    if not state:
        return
    raw = _raw(session)
    for table, dropped in state.items():
        finish_table(raw, DERIVED[table], dropped)


def finish_table(raw: sqlite3.Connection, d: _Derived, dropped: _Dropped) -> None:
    """Builds the derived data of a bulk-loaded table and puts its schema back."""
    missing = [(n, sql) for n, sql in dropped.triggers if not _exists(raw, "trigger", n)]
    if missing:
        # The table was empty when the load started, so every derived entry
        # comes from the rows now in it. Names come from DERIVED.
        t = d.table
        raw.execute(f"DELETE FROM {d.rtree}")  # noqa: S608
        points = raw.execute(f"SELECT pk, lat, lon FROM {t}").fetchall()  # noqa: S608
        if not rtreepack.fill(raw, d.rtree, points):
            raw.execute(
                f"INSERT INTO {d.rtree} (pk, min_lat, max_lat, min_lon, max_lon) "  # noqa: S608
                f"SELECT pk, lat, lat, lon, lon FROM {t} {_RTREE_ORDER}"
            )
        raw.execute(f"INSERT INTO {d.fts} ({d.fts}) VALUES ('rebuild')")  # noqa: S608
        raw.execute(
            "INSERT INTO places (city_key, city, n, lat_sum, lon_sum) "  # noqa: S608
            f"SELECT city_key, city, count(*), sum(lat), sum(lon) FROM {t} WHERE city != '' "
            "GROUP BY city_key, city "
            "ON CONFLICT (city_key, city) DO UPDATE SET n = n + excluded.n, "
            "lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum"
        )
        if t == "venues":
            areacounts.rebuild(raw)
    for name, sql in dropped.indexes:
        if not _exists(raw, "index", name):
            raw.execute(sql)
    for _name, sql in missing:
        raw.execute(sql)


# -- deferred across transactions ---------------------------------------------------
#
# A first sync commits page after page (each with its cursor, so a kill
# loses at most the page in flight), which row by row would pay every
# table's search indexes for every row. ``defer`` instead drops the triggers
# and secondary indexes of the empty venue and vehicle tables in the first
# page's transaction and notes their SQL in ``deferred_indexes``, in that
# same transaction; later pages store bare rows; ``finish_deferred`` builds
# the derived data once from the rows and puts the schema back, in one
# transaction. Until then the noted rows say so durably: a cache opened with
# any (a sync killed halfway) finishes first (``Cache.open``). In between,
# other connections see the committed rows in their tables but not yet in
# the search indexes: a first sync shows its results at its end.


def defer(session: Session) -> bool:
    """Drops the search indexes of each empty venue or vehicle table, noting them
    durably (inside the session's transaction). True when any are deferred now."""
    raw = _raw(session)
    loading: dict[str, _Dropped] = session.info.get(_STATE, {})
    pending = {str(t) for (t,) in raw.execute("SELECT DISTINCT tbl FROM deferred_indexes")}
    for table, derived in DERIVED.items():
        if table in pending or table in loading:
            continue
        # Table names come from DERIVED, never from input.
        if raw.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:  # noqa: S608
            continue
        triggers = _schema(raw, "trigger", table)
        if {name for name, _ in triggers} != derived.triggers:
            continue
        noted = [("trigger", n, sql) for n, sql in triggers]
        noted += [("index", n, sql) for n, sql in _schema(raw, "index", table)]
        raw.executemany(
            "INSERT INTO deferred_indexes (name, tbl, type, sql) VALUES (?, ?, ?, ?)",
            [(name, table, kind, sql) for kind, name, sql in noted],
        )
        for kind, name, _sql in noted:
            raw.execute(f'DROP {kind.upper()} "{name}"')
        pending.add(table)
    return bool(pending)


def has_deferred(raw: sqlite3.Connection) -> bool:
    return bool(raw.execute("SELECT EXISTS (SELECT 1 FROM deferred_indexes)").fetchone()[0])


def finish_deferred(raw: sqlite3.Connection) -> bool:
    """Builds what ``defer`` left out and restores the schema (inside the caller's
    write transaction). False when nothing was pending."""
    by_table: dict[str, _Dropped] = {}
    for table, kind, name, sql in raw.execute(
        "SELECT tbl, type, name, sql FROM deferred_indexes ORDER BY tbl, type, name"
    ):
        dropped = by_table.setdefault(str(table), _Dropped([], []))
        (dropped.triggers if kind == "trigger" else dropped.indexes).append((str(name), str(sql)))
    for table, dropped in by_table.items():
        finish_table(raw, DERIVED[table], dropped)
    raw.execute("DELETE FROM deferred_indexes")
    return bool(by_table)
