"""Search indexes left to build: what a first sync dropped, durably noted.

A first sync into an empty cache commits page after page without the venue
and vehicle tables' triggers and secondary indexes, and builds them once at
its end (``cache/bulkload.py``). This table holds, for as long as that is
pending, the SQL of every trigger and index dropped; a cache opened with
rows here finishes the job first, so a sync killed halfway leaves nothing
half-indexed for long.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deferred_indexes",
        sa.Column("name", sa.String, primary_key=True),
        sa.Column("tbl", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("sql", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("deferred_indexes")
