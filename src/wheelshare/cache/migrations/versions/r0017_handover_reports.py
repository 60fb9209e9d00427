"""Handover and damage reports of my bookings, from my own feed.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"  # after the renter reviews (0016), which reached main first
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_reports",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("booking_id", sa.String, nullable=False),
        sa.Column("moment", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_handover_reports_booking", "handover_reports", ["booking_id"])
    op.create_table(
        "damage_reports",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("booking_id", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_damage_reports_booking", "damage_reports", ["booking_id"])
    # The private stream is read again from the start, so reports the feed
    # already has reach the cache.
    op.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE stream = 'me'")


def downgrade() -> None:
    op.drop_table("damage_reports")
    op.drop_table("handover_reports")
