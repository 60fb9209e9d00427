"""A stand-in for the app's session, for the parts that only follow its signals
(the interval sync, the notification center): the test says when a sync ended
and how, and counts the syncs asked for, with no feed, cache or worker."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from wheelshare.ui.session import Session, SyncState
from wheelshare.ui.settings import Settings


class StandInSession(QObject):
    state_changed = Signal(object)
    sync_finished = Signal(object)
    notices_found = Signal(object)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.settings = Settings.in_data_dir(data_dir)
        self.cache_dir = data_dir
        # Ready, nobody signed in: the long poll (which needs a cache) stays off.
        self.state = SyncState(feed_url="http://127.0.0.1:9", ready=True)
        self.cache = None
        self.allow_insecure_feed = False
        self.syncs_asked = 0

    def sync_now(self) -> None:
        self.syncs_asked += 1

    def as_session(self) -> Session:
        return cast(Session, self)


def fire(timer: QTimer) -> None:
    """What the timer does when its time comes, without waiting for it."""
    assert timer.isActive()
    timer.stop()
    timer.timeout.emit()
