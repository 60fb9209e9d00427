"""Hearing of changes within seconds: one long poll on the private feed.

While the app is open and someone is signed in, :class:`LiveWatch` keeps one
``GET /v1/me/changes?wait=…`` open. When it returns changes it calls
``on_changes`` (the app then runs its normal sync, which applies them) and
asks again from the cursor it was given, so it never reports the same changes
twice. It applies nothing itself: the sync stays the only writer of the cache.

Plain blocking Python, run on a thread of its own; ``cancel`` ends it at
once: the waiting request's connection is hung up, so the feed frees its
wait too instead of holding it for an app that has gone. After an error it
waits 1, 2, 4 … up to 60 seconds before asking again; a refused sign-in ends it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wheelshare.cancel import Cancelled, CancelToken
from wheelshare.sync import store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.errors import AuthNeededError, RejectedError, SyncError
from wheelshare.sync.records import MalformedPageError, parse_page

log = logging.getLogger(__name__)

# Seconds the feed may hold each request (it accepts up to 30).
WAIT_SECONDS = 25
# How often to look whether a first sync has given the private feed a cursor.
NO_CURSOR_SECONDS = 2.0


@dataclass
class Backoff:
    """Waits that double after each failure, from ``first`` up to ``most`` seconds."""

    first: float = 1.0
    most: float = 60.0
    failures: int = 0

    def next(self) -> float:
        self.failures += 1
        return float(min(self.most, self.first * 2 ** (self.failures - 1)))

    def reset(self) -> None:
        self.failures = 0


class LiveWatch:
    def __init__(
        self,
        feed_url: str,
        cache: store.CacheLike,
        cache_dir: Path,
        on_changes: Callable[[], None],
        *,
        wait: int = WAIT_SECONDS,
        allow_insecure: bool = False,
        backoff: Backoff | None = None,
    ) -> None:
        self.feed_url = feed_url
        self.cache = cache
        self.cache_dir = cache_dir
        self.on_changes = on_changes
        self.wait = wait
        self.allow_insecure = allow_insecure
        self.backoff = backoff or Backoff()

    def run(self, cancel: CancelToken) -> None:
        """Watches until cancelled or the sign-in is refused."""
        # One attempt per request: this loop does its own, slower, retrying.
        client = FeedClient(
            self.feed_url,
            read_timeout=self.wait + 15.0,
            allow_insecure=self.allow_insecure,
            retry=RetryPolicy(attempts=1),
        )
        cancel.on_cancel(client.hang_up)
        try:
            if Accounts(client, self.cache_dir).restore() is None:
                return
            self._watch(client, cancel)
        except Cancelled:
            pass
        finally:
            client.close()

    def _watch(self, client: FeedClient, cancel: CancelToken) -> None:
        cursor: str | None = None
        while not cancel.cancelled:
            if cursor is None:
                # Start where the last sync stopped; before any, let it run first.
                cursor = store.stream_state(self.cache, "me").cursor
                if cursor is None:
                    cancel.wait(NO_CURSOR_SECONDS)
                    continue
            try:
                resp = client.changes("me", cursor, limit=100, wait=self.wait, cancel=cancel)
                page = parse_page(resp.data, validate=False)
            except AuthNeededError:
                return  # signed out elsewhere: the session stops or restarts us
            except (SyncError, MalformedPageError) as e:
                if isinstance(e, RejectedError):
                    cursor = None  # e.g. an expired cursor: the sync sorts it out
                pause = self.backoff.next()
                log.info("waiting for changes failed (%s); again in %.0f s", e, pause)
                cancel.wait(pause)
                continue
            self.backoff.reset()
            if cancel.cancelled:
                return
            if page.changes or page.skipped:
                self.on_changes()
            cursor = page.cursor
