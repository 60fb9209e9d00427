"""The database: migrations match the models, constraints exist, seeding is idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.models import Base, ChangeRow, User, VehicleRow
from wheelshare.feed.seed import seed_demo
from wheelshare.feed.testing import TEST_KDF, LiveFeed


def test_migrations_create_exactly_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'schema.sqlite3'}")
    migrate(db)
    migrate(db)  # a second run changes nothing
    with db.write_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_seeding_twice_loads_once(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'seed.sqlite3'}")
    migrate(db)
    first = seed_demo(db, vehicles=12, venues=40, kdf=TEST_KDF)
    second = seed_demo(db, vehicles=12, venues=40, kdf=TEST_KDF)
    assert first.seeded and not second.seeded
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(VehicleRow)) == 12
        assert s.scalar(select(func.count()).select_from(User)) == first.users
        assert s.scalar(select(func.count()).select_from(ChangeRow)) > 52
    db.dispose()


@pytest.mark.postgres
def test_postgres_has_the_no_overlap_exclusion_constraint(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    from .conftest import PgDatabases

    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    with LiveFeed(tmp_path, db_url=dbs.create()) as feed:
        with feed.db.read() as s:
            definition = s.scalar(
                text(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE conname = 'bookings_no_overlap'"
                )
            )
        assert definition is not None
        assert "EXCLUDE USING gist" in definition
        assert "tstzrange" in definition and "confirmed" in definition
