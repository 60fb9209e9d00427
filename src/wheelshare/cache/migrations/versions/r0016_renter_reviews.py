"""Reviews between renters and owners, and the standing of renters who asked me.

Revision ID: 0016
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renter_reviews",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("booking_id", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_renter_reviews_booking_id", "renter_reviews", ["booking_id"])
    op.create_table(
        "renter_standings",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    # The private stream is read again from the start, so the standing of
    # renters whose requests wait reaches the cache.
    op.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE stream = 'me'")


def downgrade() -> None:
    op.drop_table("renter_standings")
    op.drop_index("ix_renter_reviews_booking_id", table_name="renter_reviews")
    op.drop_table("renter_reviews")
