"""Owners review renters, double-blind with the renter's review of the vehicle.

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import Json, UtcDateTime

revision = "0012"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renter_reviews",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("booking_id", sa.String(64), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column("author_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("subject_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("care", sa.Integer(), nullable=False),
        sa.Column("punctuality", sa.Integer(), nullable=False),
        sa.Column("communication", sa.Integer(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("visible_at", UtcDateTime(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("booking_id"),
    )
    op.create_index("ix_renter_reviews_published", "renter_reviews", ["published", "visible_at"])
    op.create_index("ix_renter_reviews_author_id", "renter_reviews", ["author_id"])
    op.create_index("ix_renter_reviews_subject_id", "renter_reviews", ["subject_id"])
    # Reviews written before this version were shown at once, and stay so.
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("booking_id", sa.String(64), nullable=True))
        batch.add_column(
            sa.Column("published", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(sa.Column("visible_at", UtcDateTime(), nullable=True))
    op.create_index("ix_reviews_booking_id", "reviews", ["booking_id"])


def downgrade() -> None:
    op.drop_index("ix_reviews_booking_id", table_name="reviews")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("visible_at")
        batch.drop_column("published")
        batch.drop_column("booking_id")
    op.drop_index("ix_renter_reviews_subject_id", table_name="renter_reviews")
    op.drop_index("ix_renter_reviews_author_id", table_name="renter_reviews")
    op.drop_index("ix_renter_reviews_published", table_name="renter_reviews")
    op.drop_table("renter_reviews")
