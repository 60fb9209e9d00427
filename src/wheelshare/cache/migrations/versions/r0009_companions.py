"""Travel companions: trips and offers (with the index the matching query
reads), my companionships and the ratings I can see.

Revision ID: 0009
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"  # after the contributions (0010), which reached main first
branch_labels = None
depends_on = None

# The matching query reads only these columns: the index covers it.
_MATCH = [
    "mode",
    "status",
    "from_ts",
    "until_ts",
    "o_lat",
    "o_lon",
    "d_lat",
    "d_lon",
    "mine",
    "rating",
]


def _posts(name: str) -> None:
    op.create_table(
        name,
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("mode", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("from_ts", sa.Integer, nullable=False),
        sa.Column("until_ts", sa.Integer, nullable=False),
        sa.Column("o_lat", sa.Float, nullable=False),
        sa.Column("o_lon", sa.Float, nullable=False),
        sa.Column("d_lat", sa.Float, nullable=False),
        sa.Column("d_lon", sa.Float, nullable=False),
        sa.Column("rating", sa.Float, nullable=True),
        sa.Column("mine", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index(f"ix_{name}_match", name, _MATCH)
    op.create_index(f"ix_{name}_mine", name, ["mine", "from_ts"])


def upgrade() -> None:
    _posts("trips")
    _posts("companion_offers")
    op.create_table(
        "companionships",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("trip_id", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("updated_at", sa.String),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_companionships_trip_id", "companionships", ["trip_id"])
    op.create_table(
        "companion_ratings",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("companionship_id", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index(
        "ix_companion_ratings_companionship_id", "companion_ratings", ["companionship_id"]
    )


def downgrade() -> None:
    for name in ("companion_ratings", "companionships", "companion_offers", "trips"):
        op.drop_table(name)
