"""Photos of vehicles and venues, from the public feed.

The public stream is read again from the start, so photos the feed already
has arrive without waiting for each to change.

Revision ID: 0008
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0015"  # after the conversations (0015)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("target_kind", sa.String, nullable=False),
        sa.Column("target_id", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_photos_target", "photos", ["target_kind", "target_id", "position"])
    op.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE stream = 'public'")


def downgrade() -> None:
    op.drop_table("photos")
