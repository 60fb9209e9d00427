"""Switching accounts in the app: one person's bookings never show for the next."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from wheelshare.cache import lookups
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.ui.account.page import AccountPage
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow

from .helpers import sign_in_renter, wait_synced

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


def cached_bookings_of(ctx: AppContext, user_id: str) -> int:
    with ctx.session.cache.transaction() as s:
        return len(lookups.bookings_for_user(s, user_id, "renter"))


def test_signing_out_and_in_as_someone_else_drops_the_first_persons_bookings(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    renter = live_feed.renter()  # the demo renter has bookings in every state
    other = live_feed.register("Bea Other")
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    window.show_page("bookings")
    bookings = window.page("bookings")
    assert isinstance(bookings, BookingsPage)
    qtbot.waitUntil(lambda: bookings.model.rowCount() > 0, timeout=10_000)
    assert cached_bookings_of(ctx, renter.id) > 0

    window.show_page("account")
    account = window.page("account")
    assert isinstance(account, AccountPage)
    qtbot.waitUntil(lambda: account.user is not None, timeout=10_000)
    synced_before = ctx.session.state.last_sync
    account.dialog_opened.connect(
        lambda box: QTimer.singleShot(
            0, lambda: next(b for b in box.buttons() if b.text() == "Sign &out").click()
        )
    )
    account.sign_out_button.click()
    qtbot.waitUntil(lambda: account.user is None, timeout=15_000)
    qtbot.waitUntil(
        lambda: not ctx.session.syncing and ctx.session.state.last_sync != synced_before,
        timeout=15_000,
    )
    assert ctx.session.state.signed_in_as == ""
    window.show_page("bookings")
    qtbot.waitUntil(lambda: bookings.model.rowCount() == 0, timeout=10_000)
    assert cached_bookings_of(ctx, renter.id) == 0

    window.show_page("account")
    qtbot.keyClicks(account.email, other.email)
    qtbot.keyClicks(account.password, other.password)
    account.sign_in_button.click()
    qtbot.waitUntil(lambda: ctx.session.state.signed_in_as == "Bea Other", timeout=15_000)
    wait_synced(qtbot, ctx)
    window.show_page("bookings")
    qtbot.waitUntil(lambda: bookings._task is None, timeout=10_000)
    assert bookings.model.rowCount() == 0
    assert cached_bookings_of(ctx, renter.id) == 0


def test_someone_else_signed_in_between_two_runs_does_not_see_the_first_persons_bookings(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    renter = live_feed.renter()
    other = live_feed.register("Bea Other")
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    assert cached_bookings_of(ctx, renter.id) > 0
    window.close()
    ctx.session.shutdown()  # the app quits; the fixture frees it at the end

    # As with ``wheelshare sync --email``: another person signs in on this computer.
    with FeedClient(live_feed.url) as client:
        Accounts(client, data_dir).sign_in(other.email, other.password)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    assert ctx.session.state.signed_in_as == "Bea Other"
    assert cached_bookings_of(ctx, renter.id) == 0
