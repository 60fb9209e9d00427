"""Waiting for the whole demo set: the demo feed serves the vehicles before it
has loaded the rest (see ``feed.embedded``), and the app syncs again once it
has. Plain threading only: the app imports this without the server."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Completion:
    """Who waits for the whole demo set to be in: called once it is (at once
    when it already is), on the thread that learns it."""

    def __init__(self, done: bool = False) -> None:
        self._lock = threading.Lock()
        self._done = done
        self._waiting: list[Callable[[], None]] = []

    @property
    def done(self) -> bool:
        return self._done

    def add(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if not self._done:
                self._waiting.append(callback)
                return
        callback()

    def set(self) -> None:
        with self._lock:
            self._done = True
            waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
