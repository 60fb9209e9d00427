"""Each waiting action remembers whose it is.

On a computer shared by two people, an action queued while one was signed in
must never be sent with the other's sign-in. Actions already waiting belong to
the person whose private records the cache holds, if anyone's.

Revision ID: 0013
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("account_id", sa.String, nullable=True))
    op.execute(
        "UPDATE outbox SET account_id = ("
        "SELECT cursor FROM sync_state WHERE stream = 'me.owner')"
        " WHERE state IN ('pending', 'sending')"
    )


def downgrade() -> None:
    op.drop_column("outbox", "account_id")
