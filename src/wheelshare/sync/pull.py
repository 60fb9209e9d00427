"""Pull: page through the change streams and apply each page atomically.

For each page, first a *plan* is computed in memory (what to upsert and
delete, per kind, last change per record winning), then the plan and the
cursor advance are applied in ONE cache transaction. A crash at any moment
therefore leaves the cache at a page boundary, and the next sync resumes from
the stored cursor: no gap, no duplicate.

Safety rules:
* a malformed page (bad JSON, broken envelope) changes nothing and ends the pull
  with an error;
* a malformed record is skipped, counted and reported with its id;
* only explicit tombstones delete: a feed that suddenly returns nothing (an
  empty database, a server reset) never wipes what is cached;
* a cursor the feed no longer recognises (the server was reset or restored
  from a backup) restarts that stream from the beginning, once per sync:
  every record is fetched again and upserted over the cached copy; nothing
  local is deleted, since absence from a fresh feed proves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from wheelshare.sync import store
from wheelshare.sync.client import FeedClient, FeedResponse
from wheelshare.sync.errors import BadResponseError, RejectedError
from wheelshare.sync.progress import CancelToken, SyncProgress
from wheelshare.sync.records import MalformedPageError, Page, Skipped, parse_page

PAGE_LIMIT = 1000
# Error codes a feed uses for a cursor it did not hand out (or no longer knows).
UNKNOWN_CURSOR_CODES = frozenset({"invalid_cursor", "unknown_cursor", "cursor_expired"})


@dataclass
class Plan:
    """What one page does to the cache, per kind."""

    upserts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    deletes: dict[str, set[str]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.upserts.values()) + sum(
            len(v) for v in self.deletes.values()
        )


def plan_page(page: Page) -> Plan:
    """Changes in feed order; when one record changes twice in a page, the last wins."""
    plan = Plan()
    for change in page.changes:
        ups = plan.upserts.setdefault(change.kind, {})
        dels = plan.deletes.setdefault(change.kind, set())
        if change.op == "delete":
            ups.pop(change.id, None)
            dels.add(change.id)
        else:
            assert change.data is not None
            dels.discard(change.id)
            ups[change.id] = change.data
    plan.upserts = {k: v for k, v in plan.upserts.items() if v}
    plan.deletes = {k: v for k, v in plan.deletes.items() if v}
    return plan


@dataclass
class StreamResult:
    stream: str
    pages: int = 0
    applied: int = 0
    upserted: int = 0
    deleted: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    not_modified: bool = False
    restarted: bool = False

    @property
    def malformed(self) -> list[Skipped]:
        return [s for s in self.skipped if not s.unknown_kind]


def pull_stream(
    cache: store.CacheLike,
    client: FeedClient,
    stream: str,
    *,
    progress: Callable[[SyncProgress], None],
    cancel: CancelToken,
    done_before: int = 0,
    limit: int = PAGE_LIMIT,
) -> StreamResult:
    """Pulls one stream to its end (or until cancelled between pages).

    While a page is being applied, the next one is already being fetched (one
    request ahead, on a helper thread): the feed's work and the network overlap
    with the cache's. Pages are still applied strictly in order, each with its
    own cursor, so the guarantees above are unchanged.
    """
    result = StreamResult(stream)
    state = store.stream_state(cache, stream)

    def fetch(since: str | None, etag: str | None) -> FeedResponse:
        return client.changes(stream, since, limit=limit, etag=etag, cancel=cancel)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="feed-prefetch") as pool:
        cursor = state.cursor
        # The ETag we hold belongs to "the page after ``cursor``": only then is it sent.
        etag = state.etag
        ahead: Future[FeedResponse] | None = None
        while True:
            cancel.raise_if_cancelled()
            try:
                resp = ahead.result() if ahead is not None else fetch(cursor, etag)
            except RejectedError as e:
                if e.code in UNKNOWN_CURSOR_CODES and cursor is not None and not result.restarted:
                    result.restarted = True
                    cursor, etag, ahead = None, None, None
                    continue
                raise
            ahead = None
            if resp.not_modified:
                result.not_modified = result.pages == 0
                store.touch_stream(cache, stream)
                return result
            try:
                page = parse_page(resp.data, validate=False)
            except MalformedPageError as e:
                raise BadResponseError(client.base_url, e.reason) from None
            if page.has_more and page.cursor == cursor:
                raise BadResponseError(
                    client.base_url, "the feed says more changes follow but its cursor did not move"
                )
            if page.has_more and not cancel.cancelled:
                ahead = pool.submit(fetch, page.cursor, None)
            _apply(cache, stream, page, cursor, resp.etag, result)
            cursor = page.cursor
            etag = None
            done = done_before + result.applied
            if page.remaining is not None:
                estimated = done + page.remaining
            else:
                estimated = done + (limit if page.has_more else 0)
            progress(
                SyncProgress(
                    "pull",
                    done,
                    estimated,
                    f"{done} records applied" + (", more to come" if page.has_more else ""),
                )
            )
            if not page.has_more:
                return result


def _apply(
    cache: store.CacheLike,
    stream: str,
    page: Page,
    cursor: str | None,
    etag: str | None,
    result: StreamResult,
) -> None:
    plan = plan_page(page)
    # Keep the ETag only for an empty page: then the next request (same cursor)
    # is the very one it describes, and a no-op sync costs one 304.
    empty = not page.changes and not page.skipped and page.cursor == cursor
    refused = store.apply_page(
        cache, stream, plan.upserts, plan.deletes, page.cursor, etag if empty else None
    )
    result.pages += 1
    result.applied += plan.size - len(refused)
    result.upserted += sum(len(v) for v in plan.upserts.values()) - len(refused)
    result.deleted += sum(len(v) for v in plan.deletes.values())
    result.skipped.extend(page.skipped)
    result.skipped.extend(Skipped(kind, rid, problem) for kind, rid, problem in refused)
