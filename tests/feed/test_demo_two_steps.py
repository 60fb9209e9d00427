"""The demo set seeded in two steps (what the first screen lists, then the rest)
is the same set as seeded in one: record for record, change for change; and a
feed stopped between the steps, or during the second, loads the rest at its
next start."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from wheelshare import demo
from wheelshare.domain import clock
from wheelshare.feed import areas, seed
from wheelshare.feed.db import Database
from wheelshare.feed.embedded import complete, prepare
from wheelshare.feed.migrate import migrate
from wheelshare.feed.models import (
    AvailabilityRow,
    BookingRow,
    ChangeRow,
    CompanionOfferRow,
    Meta,
    ReviewRow,
    TripRow,
    User,
    VehicleRow,
    VenueRow,
)
from wheelshare.feed.testing import SMALL_TRIPS, TEST_KDF

SIZE = {"vehicles": 12, "venues": 80, "trips": SMALL_TRIPS}
# Frozen, so that both ways of seeding stamp the same times.
MOMENT = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def _database(path: Path) -> Database:
    db = Database(f"sqlite:///{path}")
    migrate(db)
    # Each feed draws its own secret for the vehicles' approximate places: the
    # two compared here share one, so their public vehicles can be compared.
    with db.write() as s:
        row = s.get(Meta, areas.AREA_KEY)
        assert row is not None
        row.value = "00" * 32
    return db


def _content(db: Database) -> dict[str, list[Any]]:
    with db.read() as s:
        out: dict[str, list[Any]] = {
            "users": sorted(s.execute(select(User.id, User.email, User.display_name)).all()),
            "changes": sorted(
                (c.visible_to or "", c.kind, c.record_id, c.op, c.body)
                for c in s.scalars(select(ChangeRow))
            ),
        }
        for name, model in (
            ("vehicles", VehicleRow),
            ("availability", AvailabilityRow),
            ("bookings", BookingRow),
            ("venues", VenueRow),
            ("reviews", ReviewRow),
            ("trips", TripRow),
            ("offers", CompanionOfferRow),
        ):
            out[name] = sorted(str(row.data) for row in s.scalars(select(model)))
    return out


def test_the_demo_seeded_in_two_steps_is_the_demo_seeded_in_one(tmp_path: Path) -> None:
    whole, parts = _database(tmp_path / "whole.sqlite3"), _database(tmp_path / "parts.sqlite3")
    try:
        with clock.pinned(MOMENT):
            seed.seed_demo(whole, kdf=TEST_KDF, **SIZE)
            first = seed.seed_demo(parts, kdf=TEST_KDF, first_only=True, **SIZE)
            # The first step: the vehicles and what lists them, no venue, no trip.
            early = _content(parts)
            assert first.seeded and seed.rest_due(parts)
            assert len(early["vehicles"]) == 12 and early["venues"] == early["trips"] == []
            assert {u[1] for u in early["users"]} >= {
                demo.DEMO_RENTER_EMAIL,
                demo.DEMO_OWNER_EMAIL,
            }
            assert seed.seed_demo_rest(parts)
        assert not seed.rest_due(parts) and not seed.seed_demo_rest(parts)
        assert _content(parts) == _content(whole)
        assert len(_content(parts)["venues"]) == 80
    finally:
        whole.dispose()
        parts.dispose()


def test_the_demo_renter_signs_in_without_argon2s_full_cost(tmp_path: Path) -> None:
    # The demo password is published: its stored hash guards nothing, and the
    # app's first run waits for that sign-in.
    db = _database(tmp_path / "feed.sqlite3")
    try:
        seed.seed_demo(db, first_only=True, **SIZE)
        with db.read() as s:
            stored = s.scalar(
                select(User.password_hash).where(User.email == demo.DEMO_RENTER_EMAIL)
            )
    finally:
        db.dispose()
    assert stored is not None and stored.startswith("$argon2id$v=19$m=8,t=1,p=1$")


def test_a_feed_stopped_between_the_steps_loads_the_rest_at_its_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.sqlite3"
    size = {"vehicles": 12, "venues": 80}
    first = prepare(path, first_only=True, **size)
    assert first.fresh and first.rest_due
    # Stopped there. The next start keeps the set (its dates are current) and
    # still owes the rest, which complete() then loads.
    again = prepare(path, first_only=True, **size)
    assert not again.fresh and again.rest_due
    assert complete(path)
    db = Database(f"sqlite:///{path}")
    try:
        assert not seed.rest_due(db)
        assert len(_content(db)["venues"]) == 80
    finally:
        db.dispose()
    assert not prepare(path, first_only=True, **size).rest_due


def test_a_rest_stopped_half_way_leaves_nothing_of_it_and_is_loaded_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _database(tmp_path / "feed.sqlite3")
    try:
        seed.seed_demo(db, kdf=TEST_KDF, first_only=True, **SIZE)
        before = _content(db)
        real = seed._insert

        def dies_after_the_venues(s: Any, model: Any, rows: list[dict[str, Any]]) -> None:
            real(s, model, rows)
            if model is VenueRow:
                raise KeyboardInterrupt  # the process killed mid-transaction

        monkeypatch.setattr(seed, "_insert", dies_after_the_venues)
        with pytest.raises(KeyboardInterrupt):
            seed.seed_demo_rest(db)
        assert _content(db) == before and seed.rest_due(db)
        monkeypatch.setattr(seed, "_insert", real)
        assert seed.seed_demo_rest(db)
        assert len(_content(db)["venues"]) == 80 and not seed.rest_due(db)
    finally:
        db.dispose()
