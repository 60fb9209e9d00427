"""The demo as a person meets it on any day: its bookings are ahead of today on the
first run, and again when the app is opened weeks later (the demo feed is seeded
anew around the new day, and the app's copy of the old demo goes with it)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import requests
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.domain import clock
from wheelshare.domain.wire import format_time
from wheelshare.sync.credentials import TokenStore
from wheelshare.ui.bookings.entries import BookingEntry
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow

from .conftest import close_app
from .helpers import wait_synced

pytestmark = [pytest.mark.slow, pytest.mark.dates]

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """As on a desktop with no keyring service: sign-ins live in memory for the run."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        TokenStore._memory.clear()


def _entries(window: MainWindow) -> list[BookingEntry]:
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    return page.model.rows()


def _request_a_vehicle(url: str) -> str:
    """The demo renter asks for a vehicle two months ahead, through the feed's API."""
    http = requests.Session()
    token = http.post(
        f"{url}/v1/auth/token",
        json={"email": demo.DEMO_RENTER_EMAIL, "password": demo.DEMO_PASSWORD},
        timeout=30,
    ).json()["access_token"]
    page = http.get(f"{url}/v1/changes", params={"limit": 200}, timeout=30).json()
    start = (clock.now() + timedelta(days=60)).replace(hour=9, minute=0, second=0, microsecond=0)
    for change in page["changes"]:
        data = change.get("data") or {}
        if change["kind"] != "vehicle" or data.get("owner_id") == demo.DEMO_RENTER_ID:
            continue
        r = http.post(
            f"{url}/v1/bookings",
            json={
                "vehicle_id": change["id"],
                "start": format_time(start),
                "end": format_time(start + timedelta(days=1)),
            },
            headers={
                "Authorization": f"Bearer {token}",
                "Idempotency-Key": f"demo-days-{change['id']}",
            },
            timeout=30,
        )
        if r.status_code == 201:
            return str(r.json()["booking"]["id"])
    raise AssertionError("no demo vehicle took a request two months ahead")


@pytest.mark.usefixtures("no_keyring")
def test_the_demo_has_bookings_ahead_on_the_first_run_and_weeks_later(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), start=True)
    wait_synced(qtbot, ctx, timeout=120_000)
    now = clock.now()
    window.show_page("bookings")
    qtbot.waitUntil(lambda: any(e.period.start > now for e in _entries(window)), timeout=20_000)

    # Something the person did in this demo: a request of their own.
    mine = _request_a_vehicle(ctx.session.state.feed_url)
    ctx.session.sync_now()
    qtbot.waitUntil(lambda: any(e.key == mine for e in _entries(window)), timeout=30_000)
    close_app(ctx, window)

    # Five weeks later the old demo's bookings are all over: the app opens on a
    # demo laid out around the new day, with none of the old one left.
    later = now + timedelta(weeks=5)
    monkeypatch.setenv(clock.NOW_VAR, later.isoformat())
    monkeypatch.setenv(clock.SINCE_VAR, repr(time.time()))
    ctx, window = make_app("--data-dir", str(data_dir), start=True)
    wait_synced(qtbot, ctx, timeout=120_000)
    window.show_page("bookings")
    qtbot.waitUntil(lambda: any(e.period.start > later for e in _entries(window)), timeout=20_000)
    entries = _entries(window)
    assert not [e for e in entries if e.key == mine], "a booking of the old demo is still listed"
    assert all(e.period.end > later - timedelta(days=120) for e in entries)
