"""Where each page of one query ended, so the next page is asked after a key.

A paged table asks for "the rows from offset n" as the view scrolls. The
cache answers such a request fastest when told the sort key the previous
page ended with (keyset paging): an offset makes it walk every earlier row
again, so a page deep in a long list would cost more and more. One
``PageKeys`` per query remembers, for each offset a page ended at, the key
the cache returned with it; an offset it has no key for (none yet) is still
read by offset, so the result is the same either way.
"""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

K = TypeVar("K")


class PageKeys(Generic[K]):
    """Keys of page ends by offset; safe to use from the worker's threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ends: dict[int, K] = {}

    def at(self, offset: int) -> K | None:
        """The key the page ending at ``offset`` ended with, if known."""
        with self._lock:
            return self._ends.get(offset)

    def note(self, offset: int, count: int, key: K | None) -> None:
        """A page of ``count`` rows read from ``offset`` ended with ``key``."""
        if key is None or count == 0:
            return
        with self._lock:
            self._ends[offset + count] = key
