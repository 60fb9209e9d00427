"""Idempotent vehicle creation: remember which vehicle each owner's key created.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vehicle_creations",
        sa.Column("owner_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("vehicle_id", sa.String(64), sa.ForeignKey("vehicles.id"), nullable=False),
        sa.Column("body_digest", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("owner_id", "idempotency_key"),
    )


def downgrade() -> None:
    op.drop_table("vehicle_creations")
