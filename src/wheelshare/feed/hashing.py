"""Password hashing within a fixed budget of memory and threads.

An argon2id hash takes tens of MiB of memory and most of a core for a good part
of a second: that is the point of it. It also makes registering and signing in
a lever: two hundred parallel registrations once took the server from 100 MiB
to 2.5 GiB and every other request to 20 s. So at most ``workers`` hashes run at
once (one per core by default), at most ``queue`` more requests wait for a turn,
each for at most ``wait`` seconds, and any further request is told at once to
come back later (503 ``busy`` with Retry-After) instead of holding a thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from wheelshare.feed.errors import Busy

RETRY_AFTER = 5


class HashingPool:
    def __init__(self, workers: int, queue: int, wait: float) -> None:
        self._slots = threading.BoundedSemaphore(max(1, workers))
        self._queue = max(0, queue)
        self._wait = wait
        self._lock = threading.Lock()
        self._waiting = 0
        self._running = 0
        self.peak = 0  # the most hashes that ever ran at once (tests, monitoring)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Holds one of the hashing slots for the block, or raises 503 ``busy``."""
        if not self._slots.acquire(blocking=False):
            with self._lock:
                if self._waiting >= self._queue:
                    raise _busy()
                self._waiting += 1
            try:
                acquired = self._slots.acquire(timeout=self._wait)
            finally:
                with self._lock:
                    self._waiting -= 1
            if not acquired:
                raise _busy()
        with self._lock:
            self._running += 1
            self.peak = max(self.peak, self._running)
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
            self._slots.release()


def _busy() -> Busy:
    return Busy(
        "the feed is busy checking other passwords; try again in a few seconds", RETRY_AFTER
    )
