"""The app's connection to its data: which feed, the local cache, sync state.

A :class:`Session` owns the backend objects (cache, feed client, syncer, the
embedded demo feed) and runs everything slow on the worker. Screens read its
state and listen to its signals; they never talk to the network themselves.

Signals (always on the GUI thread):

- ``state_changed(SyncState)`` — last sync, pending actions, offline, demo …
- ``data_changed()`` — a sync brought new data: refresh what you show
- ``ready()`` — the cache is open (first run: after the demo feed came up)
- ``message(str)`` — something went wrong, in words, with what to do next
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wheelshare.ui.progress import ProgressTracker
from wheelshare.ui.settings import FEED_URL, Settings
from wheelshare.ui.worker import Worker


@dataclass(frozen=True)
class SyncState:
    feed_url: str = ""
    demo: bool = False  # running on the built-in demo feed
    ready: bool = False  # the cache is open and can be queried
    syncing: bool = False
    last_sync: datetime | None = None
    pending: int = 0  # actions waiting in the outbox
    offline: bool = False
    signed_in_as: str = ""
    error: str = ""  # the last problem, in words


class Session(QObject):
    state_changed = Signal(object)
    data_changed = Signal()
    ready = Signal()
    message = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        worker: Worker,
        progress: ProgressTracker,
        feed_override: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.worker = worker
        self.progress = progress
        self.feed_override = feed_override
        self.state = SyncState(feed_url=feed_override or settings.get(FEED_URL))
        self.cache: Any = None

    def _update(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.state_changed.emit(self.state)

    def start(self, sync: bool = True) -> None:
        """Opens the cache and the feed in the background; the window is already shown."""

    def sync_now(self) -> None:
        """Starts a sync unless one is running."""

    def shutdown(self) -> None:
        """Stops background work and the embedded feed; called when the window closes."""
