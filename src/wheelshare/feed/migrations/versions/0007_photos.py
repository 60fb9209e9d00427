"""Photos of vehicles and venues, and the stored files each is served as.

Revision ID: 0007
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import Json, UtcDateTime

revision = "0007"
down_revision = "0010"  # after the conversations (0010)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("target_kind", sa.String(20), nullable=False),
        sa.Column("target_id", sa.String(64), nullable=False),
        sa.Column("uploader_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("uploader_id", "idempotency_key"),
    )
    op.create_index("ix_photos_target", "photos", ["target_kind", "target_id"])
    op.create_index("ix_photos_uploader_id", "photos", ["uploader_id"])
    op.create_table(
        "photo_files",
        sa.Column("photo_id", sa.String(64), sa.ForeignKey("photos.id"), primary_key=True),
        sa.Column("digest", sa.String(64), primary_key=True),
    )
    op.create_index("ix_photo_files_digest", "photo_files", ["digest"])


def downgrade() -> None:
    op.drop_table("photo_files")
    op.drop_table("photos")
