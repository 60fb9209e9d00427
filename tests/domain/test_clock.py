"""The project's clock: one "now" for the app, the feed and the rules, that a test can pin."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta

import pytest

from wheelshare.domain import ValidationError, clock

pytestmark = pytest.mark.dates


def test_the_suite_runs_on_the_pinned_day_not_the_machines() -> None:
    # tests/conftest.py pins the clock; the real date never leaks through.
    pinned = clock.parse_instant(clock_env("WHEELSHARE_NOW"))
    assert abs(clock.now() - pinned) < timedelta(minutes=30)


def test_a_pinned_clock_runs_on_at_real_speed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.NOW_VAR, "2031-07-14T10:00:00+02:00")
    monkeypatch.setenv(clock.SINCE_VAR, repr(time.time()))
    first = clock.now()
    assert datetime(2031, 7, 14, 8, tzinfo=UTC) <= first < datetime(2031, 7, 14, 8, 1, tzinfo=UTC)
    time.sleep(0.05)
    assert clock.now() - first >= timedelta(seconds=0.05)
    assert clock.now().tzinfo is UTC


def test_every_process_of_a_run_reads_the_same_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # The demo feed runs in a process of its own: it must agree with the app.
    since = time.time() - 3600  # the run started an hour ago
    monkeypatch.setenv(clock.NOW_VAR, "2030-01-01T00:00:00Z")
    monkeypatch.setenv(clock.SINCE_VAR, repr(since))
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from wheelshare.domain import clock; print(clock.now().isoformat())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = datetime.fromisoformat(child.stdout.strip())
    assert abs(theirs - clock.now()) < timedelta(seconds=10)
    assert datetime(2030, 1, 1, 1, tzinfo=UTC) <= theirs < datetime(2030, 1, 1, 1, 1, tzinfo=UTC)


def test_today_is_the_day_in_france_by_default() -> None:
    # 23:30 UTC on New Year's Eve is already New Year's Day in Paris.
    with clock.pinned(datetime(2027, 12, 31, 23, 30, tzinfo=UTC)):
        assert clock.today() == date(2028, 1, 1)
        assert clock.today(UTC) == date(2027, 12, 31)


def test_pinned_freezes_or_runs_and_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    before = clock.now()
    moment = datetime(2029, 3, 25, 0, 59, tzinfo=UTC)
    with clock.pinned(moment):
        time.sleep(0.01)
        assert clock.now() == moment
        with clock.pinned(moment, frozen=False):
            time.sleep(0.01)
            assert moment < clock.now() < moment + timedelta(seconds=5)
        assert clock.now() == moment
    assert abs(clock.now() - before) < timedelta(minutes=1)
    with pytest.raises(ValueError), clock.pinned(datetime(2029, 1, 1)):
        pass


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("next tuesday", "not an ISO 8601"),
        ("2027-12-06T09:00:00", "needs an offset"),
    ],
)
def test_a_bad_pinned_instant_says_what_is_wrong(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    monkeypatch.setenv(clock.NOW_VAR, value)
    with pytest.raises(ValidationError, match=expected) as err:
        clock.now()
    assert err.value.field == clock.NOW_VAR and err.value.code == "bad_instant"


def test_without_the_variables_it_is_the_systems_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.NOW_VAR)
    monkeypatch.delenv(clock.SINCE_VAR)
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


def clock_env(name: str) -> str:
    import os

    return os.environ[name]
