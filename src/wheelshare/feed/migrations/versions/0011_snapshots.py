"""Snapshots of the public feed, for clients that start with an empty cache.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import SeqInt, UtcDateTime

revision = "0011"
down_revision = "0008"  # after the companions (0008), which reached main first
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_snapshots",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("seq", SeqInt, nullable=False),
        sa.Column("cursor", sa.String(80), nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_snapshots")
