"""Travel companions: trips, companions' offers, companionships and their ratings.

Revision ID: 0008
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import Json, UtcDateTime

revision = "0008"
down_revision = "0009"  # after moderation (0009), which reached main first
branch_labels = None
depends_on = None


def _journey_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("author_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("leaves_from", UtcDateTime(), nullable=False),
        sa.Column("leaves_until", UtcDateTime(), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("body_digest", sa.String(64), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("author_id", "idempotency_key"),
    )
    op.create_index(f"ix_{name}_author_status", name, ["author_id", "status"])
    op.create_index(f"ix_{name}_status_until", name, ["status", "leaves_until"])


def upgrade() -> None:
    _journey_table("trips")
    _journey_table("companion_offers")
    op.create_table(
        "companionships",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("trip_id", sa.String(64), sa.ForeignKey("trips.id"), nullable=False),
        sa.Column("offer_id", sa.String(64), sa.ForeignKey("companion_offers.id"), nullable=True),
        sa.Column("traveller_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("companion_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("over_at", UtcDateTime(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_companionships_trip_status", "companionships", ["trip_id", "status"])
    op.create_index("ix_companionships_status_over", "companionships", ["status", "over_at"])
    op.create_index("ix_companionships_traveller_id", "companionships", ["traveller_id"])
    op.create_index("ix_companionships_companion_id", "companionships", ["companion_id"])
    op.create_table(
        "companion_ratings",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "companionship_id",
            sa.String(64),
            sa.ForeignKey("companionships.id"),
            nullable=False,
        ),
        sa.Column("author_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("subject_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("of_companion", sa.Boolean(), nullable=False),
        sa.Column("stars", sa.Integer(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("visible_at", UtcDateTime(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("companionship_id", "author_id"),
    )
    op.create_index(
        "ix_companion_ratings_published", "companion_ratings", ["published", "visible_at"]
    )
    op.create_index("ix_companion_ratings_author_id", "companion_ratings", ["author_id"])
    op.create_index("ix_companion_ratings_subject_id", "companion_ratings", ["subject_id"])


def downgrade() -> None:
    op.drop_table("companion_ratings")
    op.drop_table("companionships")
    op.drop_table("companion_offers")
    op.drop_table("trips")
