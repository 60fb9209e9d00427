"""My contributions to venues and my reports, as my own feed sends them.

A venue I added or a correction I proposed waits for a moderator and only I
see it until then; a report I made follows its decision. Both come from the
private stream, which is read again from the start so those already on the
feed arrive.

Revision ID: 0010
Revises: 0013
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contributions",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("venue_id", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_contributions_venue_id", "contributions", ["venue_id"])
    op.create_table(
        "reports",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE stream = 'me'")


def downgrade() -> None:
    op.drop_table("reports")
    op.drop_index("ix_contributions_venue_id", "contributions")
    op.drop_table("contributions")
