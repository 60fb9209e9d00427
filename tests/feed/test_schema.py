"""The database: migrations match the models, constraints exist, seeding is idempotent."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from wheelshare.feed import changelog
from wheelshare.feed.columns import RawJson, dump_json
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.models import Base, BookingRow, ChangeRow, User, VehicleRow
from wheelshare.feed.seed import seed_demo
from wheelshare.feed.testing import TEST_KDF, LiveFeed

from .helpers import at


def test_migrations_create_exactly_the_models(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if backend == "postgres":
        from .conftest import PgDatabases

        dbs: PgDatabases = request.getfixturevalue("pg_databases")
        db = Database(dbs.create())
    else:
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


def test_the_database_itself_refuses_overlapping_confirmed_bookings(feed: LiveFeed) -> None:
    """Bypassing the server's own check: the constraint (PostgreSQL) or the
    triggers (SQLite) still refuse the second confirmed booking."""
    owner, renter = feed.register(), feed.register()
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(60)
    r = feed.book(renter, v["id"], start, start + timedelta(days=2))
    assert r.status_code == 201
    first = r.json()["booking"]

    def row(booking_id: str, status: str, shift: timedelta) -> BookingRow:
        return BookingRow(
            id=booking_id,
            vehicle_id=v["id"],
            renter_id=renter.id,
            owner_id=owner.id,
            start_at=start + shift,
            end_at=start + shift + timedelta(days=1),
            status=status,
            idempotency_key=booking_id,
            data=first,
            created_at=start,
            updated_at=start,
        )

    with pytest.raises(IntegrityError, match="bookings_no_overlap"), feed.db.write() as s:
        s.add(row("sneaky", "confirmed", timedelta(days=1)))
    # A request may overlap; confirming it may not.
    with feed.db.write() as s:
        s.add(row("hopeful", "requested", timedelta(days=1)))
    with pytest.raises(IntegrityError, match="bookings_no_overlap"), feed.db.write() as s:
        hopeful = s.get(BookingRow, "hopeful")
        assert hopeful is not None
        hopeful.status = "confirmed"
    # Back to back is not an overlap.
    with feed.db.write() as s:
        s.add(row("next", "confirmed", timedelta(days=2)))


def test_bulk_change_bodies_match_the_regular_ones() -> None:
    data = {"id": "v1", "title": "Fourgon « TPMR », 2 places", "rating": {"average": None}}
    regular = changelog.encode_change("vehicle", "v1", "upsert", data)
    bulk = changelog.encode_change_raw("vehicle", "v1", "upsert", RawJson(dump_json(data)))
    assert bulk == regular
    assert json.loads(bulk)["data"] == data
