"""Handover reports (start and end of a rental) and damage reports.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import Json, UtcDateTime

revision = "0013"
down_revision = "0012"  # after the renter reviews (0012), which reached main first
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_reports",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("booking_id", sa.String(64), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column("moment", sa.String(10), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("booking_id", "moment"),
    )
    op.create_table(
        "damage_reports",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "booking_id", sa.String(64), sa.ForeignKey("bookings.id"), nullable=False, unique=True
        ),
        sa.Column("opened_by", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("damage_reports")
    op.drop_table("handover_reports")
