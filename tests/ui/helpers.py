"""Helpers for the app's tests: acting on a real feed the way its users would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
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


def owner_bookings_of(feed: LiveFeed, vehicle_id: str) -> dict[str, str]:
    """The bookings of ``vehicle_id`` as its owner sees them on the feed: id → status."""
    changes, _ = feed.all_changes(who=feed.owner())
    return {
        c["id"]: c["data"]["status"]
        for c in changes
        if c["kind"] == "booking" and c["data"]["vehicle_id"] == vehicle_id
    }


@dataclass(frozen=True)
class DialogSeen:
    kind: type[QWidget]
    text: str  # every label it shows
    focused_button: str  # the button Enter or Space would press first, if one has the focus
    default_button: str


def keys_in_next_dialog(
    qtbot: QtBot,
    keys: list[tuple[Qt.Key, Qt.KeyboardModifier]],
    seen: list[DialogSeen] | None = None,
    timeout: float = 15.0,
) -> None:
    """When the next modal dialog opens, presses ``keys`` in it, where its keyboard
    focus is, as a person would; ``seen`` collects each dialog met."""
    import time

    deadline = time.monotonic() + timeout

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(50, press)
            return
        if not box.isActiveWindow() and time.monotonic() < deadline:
            # A person's keys reach the dialog once it has the keyboard.
            box.activateWindow()
            QTimer.singleShot(50, press)
            return
        if seen is not None:
            texts = [label.text() for label in box.findChildren(QLabel) if label.isVisible()]
            focus = QApplication.focusWidget()
            default = [b.text() for b in box.findChildren(QPushButton) if b.isDefault()]
            seen.append(
                DialogSeen(
                    type(box),
                    "\n".join(texts),
                    focus.text() if isinstance(focus, QPushButton) else "",
                    default[0] if default else "",
                )
            )
        for key, modifier in keys:
            target = QApplication.focusWidget()
            if target is None or not box.isAncestorOf(target):
                target = box
            qtbot.keyClick(target, key, modifier)

    QTimer.singleShot(50, press)


def book_through_review(qtbot: QtBot, find: Any, summaries: list[str] | None = None) -> None:
    """Presses *Request booking* / *Book now*, then *Confirm* in the review step."""
    confirm_next_review(find, summaries)
    qtbot.mouseClick(find.detail.book_button, Qt.MouseButton.LeftButton)


def confirm_next_review(find: Any, summaries: list[str] | None = None) -> None:
    """Presses *Confirm* in the next review step the Find screen opens."""

    def opened(dialog: Any) -> None:
        find.dialog_opened.disconnect(opened)

        def confirm() -> None:
            if summaries is not None:
                summaries.append(dialog.summary.text())
            dialog.confirm_button.click()

        QTimer.singleShot(0, confirm)

    find.dialog_opened.connect(opened)
