"""Conversations: the messages of my bookings and my read marks, from my own feed.

Revision ID: 0015
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0009"  # after the companions (0009)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("booking_id", sa.String, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_messages_booking_number", "messages", ["booking_id", "number"])
    op.create_table(
        "conversations",
        sa.Column("booking_id", sa.String, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    # The private stream is read again from the start, so messages already
    # sent before this version reach the cache.
    op.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE stream = 'me'")


def downgrade() -> None:
    op.drop_table("conversations")
    op.drop_index("ix_messages_booking_number", table_name="messages")
    op.drop_table("messages")
