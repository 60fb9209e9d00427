"""Migrations: a cache made by the first release upgrades without losing rows,
and the models describe exactly what the migrations create."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from wheelshare import demo
from wheelshare.cache import Cache, cities, head_revision, search_venues, upsert_records
from wheelshare.cache.models import Base
from wheelshare.cache.queries import VenueQuery
from wheelshare.domain.problems import Problem
from wheelshare.sync import store

FIRST = "0001"


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
            for t in ("vehicles", "venues", "reviews", "bookings", "availability", "outbox")
        }
    finally:
        con.close()


def test_upgrade_from_the_first_revision_keeps_every_row(data_dir: Path) -> None:
    data = demo.generate(3, vehicles=50, venues=300)
    old = Cache.open(data_dir, revision=FIRST)
    assert old.revision() == FIRST
    with old.transaction() as session:
        upsert_records(session, "vehicle", data.vehicles)
        upsert_records(session, "venue", data.venues)
        upsert_records(session, "review", data.reviews)
        upsert_records(session, "booking", data.bookings)
        upsert_records(session, "availability", list(data.availability.values()))
    old.close()
    con = sqlite3.connect(data_dir / "cache.sqlite")
    con.execute(
        "INSERT INTO outbox (idempotency_key, kind, target_id, payload, state, attempts,"
        " created_at, updated_at) VALUES ('k-1', 'booking.create', 'v-1', '{}', 'pending', 0,"
        " '2026-11-28T09:00:00+00:00', '2026-11-28T09:00:00+00:00')"
    )
    con.commit()
    con.close()
    before = _counts(data_dir / "cache.sqlite")

    with Cache.open(data_dir) as cache:
        assert cache.revision() == head_revision() != FIRST
        assert _counts(cache.path) == before
        with cache.session() as session:
            # What the upgrade added works on the old rows too.
            paris = [c for c in cities(session, "par") if c.name == "Paris"]
            expected = sum(
                1 for r in data.venues + data.vehicles if r["location"]["city"] == "Paris"
            )
            assert paris and paris[0].count == expected
            # And the old search indexes still find the old rows.
            page = search_venues(session, VenueQuery(near=(48.8566, 2.3522), radius_km=30))
            assert page.items


def test_models_match_the_migrated_schema(data_dir: Path) -> None:
    with Cache.open(data_dir) as cache, cache.engine.connect() as conn:
        ctx = MigrationContext.configure(conn)
        diff = compare_metadata(ctx, Base.metadata)
    # Virtual tables and their shadow tables are not modelled on purpose.
    diff = [
        d
        for d in diff
        if not (d[0] == "remove_table" and ("_rtree" in d[1].name or "_fts" in d[1].name))
    ]
    assert diff == []


def test_outbox_reasons_written_as_english_words_read_back_as_codes(data_dir: Path) -> None:
    # A cache from before reasons were codes: a class name, a feed code, and
    # anything else, each with its English words.
    old = Cache.open(data_dir, revision="0004")
    old.close()
    con = sqlite3.connect(data_dir / "cache.sqlite")
    for key, state, code in (
        ("k-offline", "pending", "OfflineError"),
        ("k-taken", "rejected", "dates_unavailable"),
        ("k-token", "pending", "bad_token"),
        ("k-odd", "rejected", "something_new"),
        ("k-none", "pending", None),
    ):
        con.execute(
            "INSERT INTO outbox (idempotency_key, kind, target_id, payload, state, attempts,"
            " error_code, error_message, created_at, updated_at) VALUES (?, 'request_booking',"
            " 'v-1', '{}', ?, 1, ?, 'You need to sign in', '2026-11-28T09:00:00+00:00',"
            " '2026-11-28T09:00:00+00:00')",
            (key, state, code),
        )
    con.commit()
    con.close()

    with Cache.open(data_dir) as cache:
        entries = {e.key: e for e in store.outbox_entries(cache, ("pending", "rejected"))}
    codes = {key: (e.error_code, e.error_message) for key, e in entries.items()}
    # The English words stay, for logs; the code is one the interface words.
    assert codes == {
        "k-offline": ("offline", "You need to sign in"),
        "k-taken": ("dates_unavailable", "You need to sign in"),
        "k-token": ("sign_in_needed", "You need to sign in"),
        "k-odd": ("earlier_problem", "You need to sign in"),
        "k-none": (None, "You need to sign in"),
    }
    for e in entries.values():
        if e.error_code is not None:
            assert Problem.stored(e.error_code, e.error_params).code.value == e.error_code
