"""What every screen is given: the data dir, settings, the worker and the session.

Screens receive one :class:`AppContext` in their constructor instead of
reaching for globals; tests build one around a temporary data dir.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wheelshare.ui.settings import Settings
from wheelshare.ui.worker import Worker

if TYPE_CHECKING:
    from wheelshare.ui.live import LiveUpdates
    from wheelshare.ui.notifications.center import NotificationCenter
    from wheelshare.ui.progress import ProgressTracker
    from wheelshare.ui.session import Session


@dataclass
class AppContext:
    data_dir: Path
    settings: Settings
    worker: Worker
    session: Session
    # Shows long work (over half a second) with a progress bar and Cancel.
    progress: ProgressTracker
    # Changes as they happen, and what the person is told of them; the app
    # has both, a screen built alone in a test need not.
    live: LiveUpdates | None = None
    notifications: NotificationCenter | None = None
