"""Venue counts per area cell, so a results header counts a dense area fast.

``venue_cells`` holds, for every grid cell of several sizes, how many venues
of each grade and each set of yes/no criteria lie in it. Triggers keep it in
step with ``venues`` inside the writing transaction; the upgrade fills it
from the rows already cached. ``cache/areacounts.py`` explains the grid and
how counts use it; the expressions below must stay equal to its own.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Cells of 2^-k degrees for each k; a cell's key is (k << 42) | (row << 21) | column.
_LEVELS = (2, 4, 6, 8, 10)
_FINEST = 10
_CRITERIA = (
    "step_free",
    "has_ramp",
    "automatic_door",
    "toilet_accessible",
    "parking_accessible",
    "elevator",
    "hearing_loop",
)


def _mask(row: str) -> str:
    return "(" + " | ".join(f"(({row}.{c} IS 1) << {n})" for n, c in enumerate(_CRITERIA)) + ")"


def _key(row: str, level: int) -> str:
    shift = _FINEST - level
    i = f"(CAST(({row}.lat + 90.0) * {2**_FINEST} AS INTEGER) >> {shift})"
    j = f"(CAST(({row}.lon + 180.0) * {2**_FINEST} AS INTEGER) >> {shift})"
    return f"(({level} << 42) | ({i} << 21) | {j})"


def _add(row: str) -> str:
    return "\n".join(
        f"    INSERT INTO venue_cells (cell, grade, mask, n)"  # noqa: S608 - constants only
        f" VALUES ({_key(row, k)}, {row}.grade, {_mask(row)}, 1)"
        " ON CONFLICT (cell, grade, mask) DO UPDATE SET n = n + 1;"
        for k in _LEVELS
    )


def _remove(row: str) -> str:
    keys = ", ".join(_key(row, k) for k in _LEVELS)
    match = f"cell IN ({keys}) AND grade = {row}.grade AND mask = {_mask(row)}"
    return (
        f"    UPDATE venue_cells SET n = n - 1 WHERE {match};\n"  # noqa: S608 - constants only
        f"    DELETE FROM venue_cells WHERE {match} AND n <= 0;"
    )


_TRIGGERS = (
    f"CREATE TRIGGER venues_cells_ai AFTER INSERT ON venues BEGIN\n{_add('new')}\nEND",
    f"CREATE TRIGGER venues_cells_ad AFTER DELETE ON venues BEGIN\n{_remove('old')}\nEND",
    # Only a move to another finest cell, or a changed grade or criterion, counts.
    "CREATE TRIGGER venues_cells_au AFTER UPDATE OF lat, lon, grade, "
    + ", ".join(_CRITERIA)
    + f" ON venues WHEN {_key('old', _FINEST)} != {_key('new', _FINEST)}"
    f" OR old.grade != new.grade OR {_mask('old')} != {_mask('new')} BEGIN\n"
    f"{_remove('old')}\n{_add('new')}\nEND",
)


def upgrade() -> None:
    op.create_table(
        "venue_cells",
        sa.Column("cell", sa.Integer, primary_key=True),
        sa.Column("grade", sa.Integer, primary_key=True),
        sa.Column("mask", sa.Integer, primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    levels = " UNION ALL ".join(f"SELECT {k} AS k" for k in _LEVELS)
    i = f"CAST((v.lat + 90.0) * {2**_FINEST} AS INTEGER)"
    j = f"CAST((v.lon + 180.0) * {2**_FINEST} AS INTEGER)"
    op.execute(
        "INSERT INTO venue_cells (cell, grade, mask, n)"  # noqa: S608 - constants only
        f" SELECT (l.k << 42) | ((f.i >> ({_FINEST} - l.k)) << 21) | (f.j >> ({_FINEST} - l.k))"
        " AS c,"
        " f.grade, f.mask, sum(f.n)"
        f" FROM (SELECT {i} AS i, {j} AS j, v.grade AS grade, {_mask('v')} AS mask,"
        " count(*) AS n FROM venues v GROUP BY 1, 2, 3, 4) f"
        f" CROSS JOIN ({levels}) l GROUP BY c, f.grade, f.mask"
    )
    for statement in _TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS venues_cells_{suffix}")
    op.drop_table("venue_cells")
