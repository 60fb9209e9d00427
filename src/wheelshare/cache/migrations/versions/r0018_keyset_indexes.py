"""Indexes that list vehicles by price and venues by name, ties by id.

Pages of a long list are read after the last row's (price, id) or
(name, id); with the id in the index, such a page starts right at that key
instead of sorting every vehicle of the same price again. Each replaces
the one-column index it starts with, so a table keeps as many indexes.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_vehicles_day_amount_id", "vehicles", ["day_amount", "id"])
    op.drop_index("ix_vehicles_day_amount", table_name="vehicles")
    op.create_index("ix_venues_name_id", "venues", ["name", "id"])
    op.drop_index("ix_venues_name", table_name="venues")


def downgrade() -> None:
    op.create_index("ix_venues_name", "venues", ["name"])
    op.drop_index("ix_venues_name_id", table_name="venues")
    op.create_index("ix_vehicles_day_amount", "vehicles", ["day_amount"])
    op.drop_index("ix_vehicles_day_amount_id", table_name="vehicles")
