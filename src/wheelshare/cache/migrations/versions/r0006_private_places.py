"""Feed protocol v2: my vehicles' exact places, and no review authors from before.

The public feed now shows a vehicle's approximate area and reviews without
their author's id; the exact place of my own vehicles comes from my own feed
into ``vehicle_places``. Authors' ids cached from the older feed are cleared
(my own come back from my feed), and both streams are read again from the
start, so what the cache holds takes the new shapes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vehicle_places",
        sa.Column("vehicle_id", sa.String, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.execute(
        "UPDATE reviews SET author_id = '', data = json_remove(data, '$.author_id')"
        " WHERE author_id != ''"
    )
    op.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE stream IN ('public', 'me')")


def downgrade() -> None:
    op.drop_table("vehicle_places")
