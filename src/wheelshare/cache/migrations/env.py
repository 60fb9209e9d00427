"""Alembic environment for the cache: runs on the connection the cache hands it.

The cache applies migrations itself when it opens a file (``Cache.open``), so
no ``alembic.ini`` is needed at run time. A schema change is a new file in
``versions/`` (next number, ``down_revision`` the previous one); a committed
revision is never edited.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from wheelshare.cache.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("the cache's migrations run only from wheelshare.cache")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
