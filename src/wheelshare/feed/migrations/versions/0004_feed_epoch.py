"""The feed's epoch: a random id in every cursor, so that a cursor from another
database (the feed was reset or replaced) is refused instead of misread.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_META = sa.table("feed_meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    # Drawn here, not fixed in the migration: every database gets its own.
    op.execute(_META.insert().values(key="feed_epoch", value=secrets.token_hex(8)))


def downgrade() -> None:
    op.execute(_META.delete().where(_META.c.key == "feed_epoch"))
