"""The embedded demo feed stays in the present: a demo seeded a week or more ago
is seeded again around today, so its bookings are upcoming again."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from wheelshare import demo
from wheelshare.domain import clock
from wheelshare.feed import demo_age
from wheelshare.feed.changelog import feed_epoch
from wheelshare.feed.cli import main
from wheelshare.feed.db import Database
from wheelshare.feed.embedded import DB_NAME, REFRESH_AFTER, prepare
from wheelshare.feed.models import BookingRow, Meta
from wheelshare.feed.seed import SEED_KEY, seeded_on

pytestmark = pytest.mark.dates

SIZE = {"vehicles": 40, "venues": 300}


def _facts(path: Path) -> tuple[str, list[datetime]]:
    """The feed's epoch, and the starts of the demo renter's upcoming confirmed bookings."""
    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            starts = list(
                s.scalars(
                    select(BookingRow.start_at).where(
                        BookingRow.renter_id == demo.DEMO_RENTER_ID,
                        BookingRow.status == "confirmed",
                        BookingRow.start_at > clock.now(),
                    )
                )
            )
            return feed_epoch(s), starts
    finally:
        db.dispose()


def _seeded_on(path: Path) -> object:
    db = Database(f"sqlite:///{path}")
    try:
        return seeded_on(db)
    finally:
        db.dispose()


def test_a_demo_is_kept_for_a_week_then_seeded_again_around_the_new_day(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    assert not demo_age.current_on_disk(path)
    first = prepare(path, **SIZE)
    assert first.fresh and _seeded_on(path) == clock.today()
    # What the app asks before the feed is up agrees with what starting it does.
    assert demo_age.current_on_disk(path)
    epoch, upcoming = _facts(path)
    assert upcoming, "a fresh demo has an upcoming booking for the demo renter"
    assert not prepare(path, **SIZE).fresh

    # Less than a week on (in days of the calendar in France, which a
    # daylight-saving change makes differ from 24-hour days): the same demo,
    # with whatever was done in it.
    six_days_on = clock.today() + REFRESH_AFTER - timedelta(days=1)
    with clock.pinned(datetime.combine(six_days_on, time(23, 59), clock.PARIS)):
        assert demo_age.current_on_disk(path)
        assert not prepare(path, **SIZE).fresh
        assert _facts(path)[0] == epoch

    # A month on, the old demo's bookings are all in the past: a new one, around
    # the new day, under a new epoch so every client reads it from its start.
    with clock.pinned(clock.now() + timedelta(days=30)):
        assert not demo_age.current_on_disk(path)
        again = prepare(path, **SIZE)
        assert again.fresh and _seeded_on(path) == clock.today()
        new_epoch, new_upcoming = _facts(path)
        assert new_epoch != epoch
        assert new_upcoming and min(new_upcoming) > clock.now()


def test_a_demo_seeded_before_seeds_kept_their_day_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    prepare(path, **SIZE)
    db = Database(f"sqlite:///{path}")
    try:
        with db.write() as s:
            row = s.get(Meta, SEED_KEY)
            assert row is not None
            row.value = "2026:40:300"  # as every demo feed before this change
    finally:
        db.dispose()
    assert _seeded_on(path) is None
    assert prepare(path, **SIZE).fresh
    assert _seeded_on(path) == clock.today()


def test_seed_demo_takes_the_day_to_lay_the_data_out_around(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feed.sqlite3"
    args = ["--db", f"sqlite:///{path}", "seed-demo", "--vehicles", "8", "--venues", "30"]
    assert main([*args, "--start", "2027-03-27"]) == 0
    assert "laid out around 2027-03-27" in capsys.readouterr().out
    assert _seeded_on(path) == date(2027, 3, 27)
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--start", "tomorrow"])
    assert exit_.value.code == 2
    assert "'tomorrow' is not a day as YYYY-MM-DD" in capsys.readouterr().err
