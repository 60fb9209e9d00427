"""What a sync tells the person while it runs, and how they stop it.

Plain Python so that a Qt worker thread can wrap it: the worker passes a
callable that re-emits ``SyncProgress`` as a signal, and calls
``CancelToken.cancel()`` from the UI thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from wheelshare.sync.errors import CancelledError


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A snapshot: ``phase`` is "push" or "pull"; ``estimated`` is 0 when unknown."""

    phase: str
    done: int
    estimated: int
    message: str


class CancelToken:
    """Thread-safe "please stop": checked between pages and during retry waits."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()

    def wait(self, seconds: float) -> None:
        """Sleep up to ``seconds``; raise CancelledError as soon as cancel() is called."""
        if self._event.wait(max(0.0, seconds)):
            raise CancelledError()


def no_progress(_: SyncProgress) -> None:
    """A progress callback for callers that show nothing."""
