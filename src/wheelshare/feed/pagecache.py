"""Encoded pages of the public change feed, kept per process between requests.

Every client that starts from scratch asks the same pages (from the start, 200
at a time), and every client that is up to date asks "after the end" again and
again. Such a page's bytes, compressed or not, and its ETag depend only on
where it starts, its size and the public log; so a process keeps the finished
answers under the key ``(epoch, tombstone watermark, last public seq, since,
limit)``, read from the database by one cheap query per request.

That key changes whenever a page's content can: a public change is appended
with a higher ``seq`` than any before (compaction removes the earlier version
in the same transaction, so the last ``seq`` moves), expired tombstones move
the watermark, and a rebuilt log or a restored database moves the watermark or
the epoch. Because the key is read from the database, not remembered by the
process, several worker processes (or hosts) each keep their own copy and
never serve a page another one's write has made stale.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from dataclasses import dataclass

PageKey = tuple[str, int, int, int, int]

# Pages below this size are sent as they are (as the GZip middleware would).
_MIN_GZIP = 1024
# zlib's default level; see app.py for why not 9.
_LEVEL = 6


@dataclass(frozen=True, slots=True)
class EncodedPage:
    body: bytes
    gzipped: bytes | None
    etag: str


def encode(body: bytes, etag: str) -> EncodedPage:
    packed = gzip.compress(body, _LEVEL, mtime=0) if len(body) >= _MIN_GZIP else None
    return EncodedPage(body, packed, etag)


class PageCache:
    """The most recently used ``entries`` pages (a few MB at most: a page of 200
    changes is about 100 kB, a third of that compressed)."""

    def __init__(self, entries: int = 256) -> None:
        self._entries = entries
        self._pages: OrderedDict[PageKey, EncodedPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: PageKey) -> EncodedPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: PageKey, page: EncodedPage) -> None:
        if self._entries <= 0:
            return
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self._entries:
                self._pages.popitem(last=False)
