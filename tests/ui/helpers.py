"""Helpers for the app's tests: acting on a real feed the way its users would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.feed.server_thread import serve_in_thread
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.ui.context import AppContext
from wheelshare.ui.widgets.place_field import PlaceField


def sign_in_renter(feed: LiveFeed, data_dir: Path) -> None:
    """Signs the demo renter in as the app would remember it (token in the keyring)."""
    with FeedClient(feed.url) as client:
        Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD)


def add_vehicle(
    feed: LiveFeed, *, city: str, lat: float, lon: float, instant: bool, day: int = 5000
) -> dict[str, Any]:
    """A vehicle of the demo owner alone at a place of its own, listed through the API."""
    owner = feed.owner()
    vehicle = feed.create_vehicle(
        owner,
        title=f"{city} van with rear ramp",
        location={"lat": lat, "lon": lon, "city": city, "address": ""},
        prices={
            "half_day": {"amount": day // 2, "currency": "EUR"},
            "day": {"amount": day, "currency": "EUR"},
            "week": {"amount": day * 5, "currency": "EUR"},
        },
    )
    if instant:
        r = feed.http.put(
            f"{feed.url}/v1/vehicles/{vehicle['id']}/availability",
            json={"blocks": [], "weekly": [], "timezone": "Europe/Paris", "instant_book": True},
            headers=owner.headers,
        )
        r.raise_for_status()
    return vehicle


def stop_server(feed: LiveFeed) -> int:
    """Stops the feed's HTTP server (its database stays); returns the port it used."""
    server = feed._server
    assert server is not None
    port = server.port
    server.stop()
    feed._server = None
    return port


def restart_server(feed: LiveFeed, port: int) -> None:
    feed._server = serve_in_thread(feed.app, port=port)


def wait_synced(qtbot: QtBot, ctx: AppContext, timeout: int = 30_000) -> None:
    qtbot.waitUntil(
        lambda: (
            ctx.session.state.ready
            and not ctx.session.syncing
            and ctx.session.state.last_sync is not None
        ),
        timeout=timeout,
    )


def offered(field: PlaceField) -> list[str]:
    """The places the field's completion list offers now, as written there."""
    model = field.place_completer.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]
