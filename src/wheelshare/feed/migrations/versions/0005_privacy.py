"""Protocol v2: the area key, and a compacted log in the new record shapes.

Draws the secret behind vehicles' approximate areas, indexes the log by record
(each new version removes the earlier ones), and rebuilds the log from the
tables: one version per record, nothing public that says where someone lives
or which reviews they wrote. Every cursor handed out before is then expired.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from wheelshare.feed.areas import AREA_KEY, new_area_key
from wheelshare.feed.relog import rebuild_log

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_META = sa.table("feed_meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    op.execute(_META.insert().values(key=AREA_KEY, value=new_area_key()))
    op.create_index("ix_changes_kind_record", "changes", ["kind", "record_id"])
    bind = op.get_bind()
    session = Session(bind=bind)
    rebuild_log(session, postgres=bind.dialect.name == "postgresql")
    session.flush()
    session.close()


def downgrade() -> None:
    op.drop_index("ix_changes_kind_record", table_name="changes")
    op.execute(_META.delete().where(_META.c.key.in_((AREA_KEY, "tombstones_pruned_through"))))
