"""Telling a change stream that ends from one that never will.

A hostile or broken feed can answer every page with ``has_more`` and a new
cursor, forever. The protocol gives the client enough to notice:

* a cursor names a position; one that comes back in the same pull means the
  feed is going round in circles;
* the cursor advances only with a non-empty page, so an empty page with a new
  cursor is not a step forward;
* a page with more to come holds what was asked (a feed may serve fewer, but
  not a trickle): several pages in a row under a tenth of the limit are not
  paging, they are stalling;
* when the feed announces how many changes remain, it cannot need many more
  pages than that number divided by the page size.

What none of these catch, a feed sending full pages of new changes without
end, the sync's deadline ends (``client.Limits.sync_seconds``).
"""

from __future__ import annotations

import math

from wheelshare.sync.errors import CursorLoopError
from wheelshare.sync.records import Page

# Pages in a row under a tenth of the limit, with more to come, before giving up.
MAX_THIN_PAGES = 3
# Pages allowed beyond those the feed announced (changes made while paging).
ANNOUNCED_MARGIN_PAGES = 10


class CursorGuard:
    """Watches the pages of one pull; ``check`` raises CursorLoopError on an endless one."""

    def __init__(self, feed_url: str, limit: int) -> None:
        self.feed_url = feed_url
        self.limit = limit
        self.reset()

    def reset(self) -> None:
        """The stream starts again from the beginning: what was seen no longer counts."""
        self._seen: set[str] = set()
        self._thin = 0
        self._pages = 0
        self._allowed: int | None = None

    def check(self, page: Page, asked_from: str | None) -> None:
        self._pages += 1
        if not page.has_more:
            return
        if asked_from is not None:
            self._seen.add(asked_from)
        if page.cursor in self._seen:
            self._stop(f"its cursor came back to {page.cursor[:40]!r}")
        self._seen.add(page.cursor)
        size = len(page.changes) + len(page.skipped)
        if size == 0 and page.cursor != asked_from:
            self._stop("an empty page moved its cursor")
        self._thin = self._thin + 1 if size * 10 < self.limit else 0
        if self._thin > MAX_THIN_PAGES:
            self._stop(f"{self._thin} pages in a row held {size} change(s) or fewer")
        if self._allowed is None and page.remaining is not None:
            self._allowed = (
                self._pages
                + math.ceil(page.remaining / max(1, self.limit))
                + ANNOUNCED_MARGIN_PAGES
            )
        if self._allowed is not None and self._pages > self._allowed:
            self._stop(f"it sent more than the {self._allowed} pages it announced")

    def _stop(self, why: str) -> None:
        raise CursorLoopError(self.feed_url, f"the feed's changes do not come to an end: {why}")
