"""Conversations per booking: messages, each party's read mark, the owner's phone.

Revision ID: 0010
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wheelshare.feed.columns import UtcDateTime

revision = "0010"
down_revision = "0011"  # after the snapshots (0011)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("booking_id", sa.String(64), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sent_at", UtcDateTime(), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.UniqueConstraint("booking_id", "number"),
        sa.UniqueConstraint("author_id", "idempotency_key"),
    )
    op.create_index("ix_messages_author_sent", "messages", ["author_id", "sent_at"])
    op.create_table(
        "conversation_reads",
        sa.Column("booking_id", sa.String(64), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column("user_id", sa.String(64), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("read_through", sa.Integer(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", "user_id"),
    )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("phone", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("phone")
    op.drop_table("conversation_reads")
    op.drop_index("ix_messages_author_sent", table_name="messages")
    op.drop_table("messages")
