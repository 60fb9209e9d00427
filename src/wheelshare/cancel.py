"""One way to ask running work to stop, for the sync engine and the UI's worker alike.

Plain Python with no imports from the data layer, so that the UI thread can
make tokens before the data layer is first imported (on a worker thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside work that noticed its token was cancelled."""


class CancelToken:
    """Thread-safe "please stop": polled between pages, during retry waits and by
    every task the worker runs."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Also cancel something else (another layer's token); at once if already cancelled."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        # Lets a token be passed wherever a ``cancel: Callable[[], bool]`` is expected.
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> None:
        """Sleep up to ``seconds``; raise :class:`Cancelled` as soon as cancel() is called."""
        if self._event.wait(max(0.0, seconds)):
            raise Cancelled()
