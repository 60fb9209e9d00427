"""While the app is open, the public feed is synced every few minutes (a
setting), and less often while the feed cannot be reached: 15 s, 30 s, 1 min…
up to the interval. The test fires the timer instead of waiting for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from wheelshare.sync.errors import AuthNeededError, OfflineError
from wheelshare.sync.syncer import SyncReport
from wheelshare.ui.live import LiveUpdates
from wheelshare.ui.settings import SYNC_INTERVAL_MINUTES

from .session_stand_in import StandInSession, fire

MINUTE = 60


def _seconds(live: LiveUpdates) -> int:
    assert live.timer.isActive()
    return live.timer.interval() // 1000


def test_the_feed_is_synced_on_its_interval_and_less_often_while_offline(
    qapp: QApplication, tmp_path: Path
) -> None:
    session = StandInSession(tmp_path)
    live = LiveUpdates(session.as_session())
    offline = SyncReport(error=OfflineError(session.state.feed_url))
    try:
        # Every 5 minutes by default, counted from the end of the last sync.
        session.sync_finished.emit(SyncReport())
        assert _seconds(live) == 5 * MINUTE
        fire(live.timer)
        assert session.syncs_asked == 1

        # Out of reach: tried again sooner, each wait twice the last, never
        # longer than the interval.
        waits = []
        for _ in range(7):
            session.sync_finished.emit(offline)
            waits.append(_seconds(live))
            fire(live.timer)
        assert waits == [15, 30, MINUTE, 2 * MINUTE, 4 * MINUTE, 5 * MINUTE, 5 * MINUTE]
        assert session.syncs_asked == 8

        # Back online: the interval again; a refusal is not tried again sooner.
        session.sync_finished.emit(SyncReport())
        assert _seconds(live) == 5 * MINUTE
        session.sync_finished.emit(SyncReport(error=AuthNeededError()))
        assert _seconds(live) == 5 * MINUTE

        # The setting changes the wait at once, and caps the waits while offline.
        session.settings.set(SYNC_INTERVAL_MINUTES, 20)
        assert _seconds(live) == 20 * MINUTE
        session.settings.set(SYNC_INTERVAL_MINUTES, 1)
        waits = []
        for _ in range(4):
            session.sync_finished.emit(offline)
            waits.append(_seconds(live))
        assert waits == [15, 30, MINUTE, MINUTE]
    finally:
        live.stop()
