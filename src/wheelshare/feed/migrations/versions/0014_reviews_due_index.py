"""An index for the sweep's question "is a withheld review due?".

The sweep that runs before every booking write and every answer of a
person's own feed asks it of the reviews table too; without an index that
was a scan of every review on each of those requests.

Revision ID: 0014_reviews_due
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0014_reviews_due"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_reviews_published", "reviews", ["published", "visible_at"])


def downgrade() -> None:
    op.drop_index("ix_reviews_published", table_name="reviews")
