"""SQLite: refuse overlapping confirmed bookings in the database itself.

PostgreSQL has had the exclusion constraint since 0001. On SQLite the server's
check-and-insert runs in one BEGIN IMMEDIATE transaction, which already makes it
atomic; these triggers make the database refuse an overlap whatever wrote it
(another tool, a future code path), as PostgreSQL's constraint does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CHECK = """
    SELECT RAISE(ABORT, 'bookings_no_overlap: the vehicle has a confirmed booking then')
    WHERE EXISTS (
        SELECT 1 FROM bookings AS b
        WHERE b.vehicle_id = NEW.vehicle_id AND b.status = 'confirmed' AND b.id != NEW.id
          AND b.start_at < NEW.end_at AND b.end_at > NEW.start_at
    );
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings "
        f"WHEN NEW.status = 'confirmed' BEGIN {_CHECK} END"
    )
    op.execute(
        "CREATE TRIGGER bookings_no_overlap_update "
        "BEFORE UPDATE OF status, vehicle_id, start_at, end_at ON bookings "
        f"WHEN NEW.status = 'confirmed' BEGIN {_CHECK} END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS bookings_no_overlap_insert")
    op.execute("DROP TRIGGER IF EXISTS bookings_no_overlap_update")
