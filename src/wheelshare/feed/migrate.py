"""Bringing a feed database's schema up to date with the Alembic migrations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from wheelshare.feed.db import Database
from wheelshare.migration_head import head_from_files

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def migrate(db: Database) -> None:
    """Apply every migration not yet applied; a no-op on an up-to-date database."""
    if at_head(db):
        return  # alembic is not even imported (the demo feed starts with each app)
    from alembic import command

    cfg = alembic_config()
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def at_head(db: Database) -> bool:
    """The database says it is at the head revision of the migration files."""
    head = head_from_files(MIGRATIONS / "versions")
    if head is None:
        return False
    with db.write_engine.connect() as conn:
        try:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
            return False  # a new database: no table yet
        finally:
            conn.rollback()
    return [tuple(row) for row in stored] == [(head,)]
