"""The feed's first schema: accounts, listings, bookings, reviews, change log.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from wheelshare.feed.columns import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
SeqInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "feed_meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=True),
    )
    op.create_index("ix_tokens_user_id", "tokens", ["user_id"])
    op.create_table(
        "sign_in_failures",
        sa.Column("id", SeqInt, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_sign_in_failures_key_at", "sign_in_failures", ["key", "at"])
    op.create_table(
        "vehicles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("owner_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=False),
        sa.Column("instant_book", sa.Boolean(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_vehicles_owner_id", "vehicles", ["owner_id"])
    op.create_table(
        "availability",
        sa.Column("vehicle_id", sa.String(64), sa.ForeignKey("vehicles.id"), primary_key=True),
        sa.Column("data", Json, nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "venues",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("source_name", sa.String(100), nullable=False),
        sa.Column("source_id", sa.String(200), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index(
        "ux_venues_source",
        "venues",
        ["source_name", "source_id"],
        unique=True,
        sqlite_where=sa.text("source_id != ''"),
        postgresql_where=sa.text("source_id != ''"),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("target_kind", sa.String(20), nullable=False),
        sa.Column("target_id", sa.String(64), nullable=False),
        sa.Column("author_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=True),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("target_kind", "target_id", "author_id"),
    )
    op.create_index("ix_reviews_target_id", "reviews", ["target_id"])
    op.create_index("ix_reviews_author_id", "reviews", ["author_id"])
    op.create_table(
        "bookings",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("vehicle_id", sa.String(64), sa.ForeignKey("vehicles.id"), nullable=False),
        sa.Column("renter_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("owner_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("start_at", UtcDateTime(), nullable=False),
        sa.Column("end_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=True),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("renter_id", "idempotency_key"),
    )
    op.create_index("ix_bookings_renter_id", "bookings", ["renter_id"])
    op.create_index("ix_bookings_owner_id", "bookings", ["owner_id"])
    op.create_index("ix_bookings_vehicle_status", "bookings", ["vehicle_id", "status"])
    op.create_index("ix_bookings_status_due", "bookings", ["status", "due_at"])
    if op.get_bind().dialect.name == "postgresql":
        # No two confirmed bookings of one vehicle may overlap: btree_gist lets one
        # GiST index combine equality on the vehicle with overlap of half-open ranges.
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist "
            "(vehicle_id WITH =, tstzrange(start_at, end_at, '[)') WITH &&) "
            "WHERE (status = 'confirmed')"
        )
    op.create_table(
        "changes",
        sa.Column("seq", SeqInt, primary_key=True, autoincrement=True),
        sa.Column("visible_to", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_changes_visible_to_seq", "changes", ["visible_to", "seq"])


def downgrade() -> None:
    for table in (
        "changes",
        "bookings",
        "reviews",
        "venues",
        "availability",
        "vehicles",
        "sign_in_failures",
        "tokens",
        "users",
        "feed_meta",
    ):
        op.drop_table(table)
