"""When the app stops, its waiting request on the feed ends at once: the feed
frees the wait (it allows an account only a few) instead of holding it for an
app that is gone, and the app's watching thread is over."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from wheelshare.feed.testing import LiveFeed
from wheelshare.ui.live import LiveUpdates

from .conftest import LiveApp


def test_stopping_ends_the_waiting_request_on_the_feed_at_once(
    qtbot: QtBot, live_app: LiveApp, live_feed: LiveFeed, tmp_path: Path
) -> None:
    member = live_feed.register("Amélie")
    ctx = live_app.open(tmp_path / "app", member.email, member.password)
    wakeups = live_feed.app.state.feed.wakeups
    # Half a minute of waiting asked for: only hanging up ends it sooner.
    live = LiveUpdates(ctx.session, wait=30)
    try:
        qtbot.waitUntil(lambda: wakeups.count == 1, timeout=10_000)
        thread = live._thread
        assert thread is not None and thread.is_alive()
        stopped_at = time.monotonic()
    finally:
        live.stop()
    thread.join(timeout=5)
    assert not thread.is_alive(), "the app still waits for the feed's answer"
    qtbot.waitUntil(lambda: wakeups.count == 0, timeout=5_000)
    assert time.monotonic() - stopped_at < 5
