"""Keeping the app current while it is open, without anyone pressing Sync.

* The person's own feed: one long poll (sync/live.py) on a thread of its own
  while someone is signed in; when it brings changes, the normal sync runs and
  applies them. It stops at sign-out, on another feed, and when the app quits.
* The public feed: a sync every few minutes (the ``SYNC_INTERVAL_MINUTES``
  setting); while the feed cannot be reached, tries again after 15 s, 30 s,
  1 min … up to that interval.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from wheelshare.cancel import CancelToken
from wheelshare.ui.session import Session, SyncState
from wheelshare.ui.settings import SYNC_INTERVAL_MINUTES

if TYPE_CHECKING:
    from wheelshare.sync.syncer import SyncReport

log = logging.getLogger(__name__)

OFFLINE_FIRST_RETRY_MS = 15_000


class LiveUpdates(QObject):
    # Emitted from the watching thread; queued to the GUI thread.
    changes_waiting = Signal()

    def __init__(self, session: Session, *, wait: int = 25, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.wait = wait
        self._watching: tuple[str, str, str] | None = None  # feed, cache dir, user
        self._cancel: CancelToken | None = None
        self._thread: threading.Thread | None = None
        self._offline_retries = 0
        # The next interval sync (public so a test can fire it, not wait for it).
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(session.sync_now)
        self.changes_waiting.connect(session.sync_now)
        session.state_changed.connect(self._follow)
        session.sync_finished.connect(self._schedule)
        session.settings.changed.connect(self._setting_changed)
        self._follow(session.state)

    @property
    def watching(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def interval_ms(self) -> int:
        return self.session.settings.get(SYNC_INTERVAL_MINUTES) * 60_000

    # -- the private feed's long poll ----------------------------------------

    def _follow(self, state: SyncState) -> None:
        cache = self.session.cache
        wanted = None
        if state.ready and state.user_id and cache is not None:
            wanted = (state.feed_url, str(self.session.cache_dir), state.user_id)
        if wanted == self._watching and (wanted is None or self.watching):
            return
        self.stop()
        if wanted is None or cache is None:
            return
        from wheelshare.sync.live import LiveWatch

        watch = LiveWatch(
            state.feed_url,
            cache,
            self.session.cache_dir,
            self.changes_waiting.emit,
            wait=self.wait,
            allow_insecure=self.session.allow_insecure_feed,
        )
        cancel = CancelToken()

        def run() -> None:
            try:
                watch.run(cancel)
            except Exception:
                # The cache closing under it at shutdown is expected; anything
                # else is logged, and the interval sync still keeps things current.
                if not cancel.cancelled:
                    log.exception("waiting for changes stopped")

        self._watching, self._cancel = wanted, cancel
        # A daemon: a read blocked in a wait must not hold the app open.
        self._thread = threading.Thread(target=run, name="feed-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        self._cancel = self._thread = self._watching = None

    # -- the interval sync -----------------------------------------------------

    def _delay_ms(self) -> int:
        if not self._offline_retries:
            return self.interval_ms()
        backoff = OFFLINE_FIRST_RETRY_MS << (self._offline_retries - 1)  # doubles each time
        return min(self.interval_ms(), backoff)

    def _schedule(self, report: SyncReport) -> None:
        error = report.error
        if error is not None and error.transient:
            self._offline_retries += 1
        else:
            self._offline_retries = 0
        self.timer.start(self._delay_ms())

    def _setting_changed(self, key: str) -> None:
        # A shorter interval also caps the wait between tries while offline.
        if key == SYNC_INTERVAL_MINUTES.key and self.timer.isActive():
            self.timer.start(self._delay_ms())
