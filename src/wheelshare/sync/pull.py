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
  local is deleted, since absence from a fresh feed proves nothing;
* a cursor the feed says has *expired* (``cursor_expired``: it removed
  tombstones this client had not read yet) is the same feed, compacted: the
  stream is read again from the start into one plan, and that plan is applied
  in one transaction that also drops the cached records of the stream's kinds
  the feed no longer has. Until that transaction commits nothing changes (a
  cancelled or failed re-read leaves the old cursor, and the next sync starts
  it again), and a re-read that brings no records at all deletes nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from wheelshare.sync import snapshot, store
from wheelshare.sync.client import FeedClient, FeedResponse
from wheelshare.sync.cursor_guard import CursorGuard
from wheelshare.sync.errors import BadResponseError, CursorLoopError, RejectedError
from wheelshare.sync.progress import CancelToken, SyncProgress
from wheelshare.sync.records import Change, MalformedPageError, Page, Skipped, parse_page

# Told of the changes of each page once they are applied (notifications).
Observer = Callable[[list[Change]], None]

PAGE_LIMIT = 1000
# What a snapshot stores first, on its own: what the app's first screen lists.
LISTED_FIRST = frozenset({"vehicle", "availability"})
# Error codes a feed uses for a cursor it did not hand out (or no longer knows).
UNKNOWN_CURSOR_CODES = frozenset({"invalid_cursor", "unknown_cursor", "cursor_expired"})
# ...of which these mean "the same feed, compacted past your cursor": a re-read
# from the start is then the whole truth, and what it lacks was deleted.
EXPIRED_CURSOR_CODES = frozenset({"cursor_expired"})
# The kinds of record each stream is the source of.
STREAM_KINDS = {
    "public": ("vehicle", "availability", "venue", "review", "photo"),
    "me": (
        "booking",
        "vehicle_place",
        "contribution",
        "report",
        "message",
        "conversation",
        "handover_report",
        "damage_report",
    ),
}


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
    # Cached records dropped because a full re-read (expired cursor) lacked them.
    dropped: int = 0
    # The stream started from the feed's snapshot (see snapshot.py).
    from_snapshot: bool = False

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
    pages_per_transaction: int = 1,
    defer_indexes: bool = False,
    observe: Observer | None = None,
    use_snapshot: bool = False,
) -> StreamResult:
    """Pulls one stream to its end (or until cancelled between pages).

    ``observe`` hears the changes of each page once the page is applied, but
    only when the stream continues from a cursor: a first read, or a re-read
    from the start, brings everything there is, nothing that just happened.

    While a page is being applied, the next one is already being fetched (one
    request ahead, on a helper thread): the feed's work and the network overlap
    with the cache's. Pages are still applied strictly in order.

    ``pages_per_transaction`` > 1 applies that many consecutive pages in one
    transaction, with the cursor of the last: still no gap and no duplicate
    after a crash (the next sync refetches at most that many pages), and a
    first sync into an empty cache lets the cache load its tables in bulk.
    Pages already received are committed before an error or a cancel ends
    the pull, so nothing fetched is thrown away.

    ``defer_indexes``: when the stream starts from scratch, the cache's empty
    venue and vehicle tables go without their search indexes while the pages
    are stored, each page still committed with its cursor; the indexes are
    built once when the pull ends, however it ends (and, after a kill, when
    the cache is next opened).

    ``use_snapshot``: the public stream, never read before, starts from the
    feed's snapshot when it has a usable one (snapshot.py), stored in one
    transaction with its cursor; the pages after that cursor follow.
    """
    state = store.stream_state(cache, stream)
    boot: StreamResult | None = None
    if use_snapshot and stream == "public" and state.cursor is None:
        page = snapshot.fetch(cache, client, cancel)
        if page is not None:
            boot = StreamResult(stream, from_snapshot=True)
            first = [c for c in page.changes if c.kind in LISTED_FIRST]
            if first and len(first) < len(page.changes):
                # The vehicles are committed on their own, so the app lists them
                # while the rest (venues, places) is stored; without the cursor,
                # so a kill in between reads the snapshot again.
                head = replace(page, changes=first, skipped=[])
                _apply(cache, stream, head, None, None, boot, pages=0, hold_cursor=True)
                done = done_before + boot.applied
                total = done_before + len(page.changes)
                message = f"{done} records applied, more to come"
                progress(SyncProgress("pull", done, total, message, listable=True))
                rest = [c for c in page.changes if c.kind not in LISTED_FIRST]
                page = replace(page, changes=rest)
            _apply(cache, stream, page, None, None, boot)
            done = done_before + boot.applied
            progress(SyncProgress("pull", done, done, f"{done} records applied, more to come"))
            state = store.stream_state(cache, stream)
            done_before = done
    deferring = defer_indexes and state.cursor is None
    try:
        result = _pull(
            cache,
            client,
            stream,
            state,
            progress=progress,
            cancel=cancel,
            done_before=done_before,
            limit=limit,
            pages_per_transaction=pages_per_transaction,
            defer_indexes=deferring,
            observe=observe if state.cursor is not None else None,
        )
    except BaseException:
        if deferring:
            # The error that ended the pull matters more; should this fail
            # too, the next Cache.open finishes the job.
            with contextlib.suppress(Exception):
                store.finish_deferred(cache)
        raise
    if deferring:
        store.finish_deferred(cache)
    if boot is not None:
        result.from_snapshot = True
        result.pages += boot.pages
        result.applied += boot.applied
        result.upserted += boot.upserted
        result.skipped[:0] = boot.skipped
    return result


def _pull(
    cache: store.CacheLike,
    client: FeedClient,
    stream: str,
    state: store.StreamState,
    *,
    progress: Callable[[SyncProgress], None],
    cancel: CancelToken,
    done_before: int,
    limit: int,
    pages_per_transaction: int,
    defer_indexes: bool,
    observe: Observer | None = None,
) -> StreamResult:
    result = StreamResult(stream)
    # True while re-reading after an expired cursor: every page waits for the end.
    rereading = False
    guard = CursorGuard(client.base_url, limit)
    group: list[Page] = []
    # The cursor the first page of ``group`` was asked from, and the last ETag.
    group_from: str | None = state.cursor
    group_etag: str | None = None

    def fetch(since: str | None, etag: str | None) -> FeedResponse:
        return client.changes(stream, since, limit=limit, etag=etag, cancel=cancel)

    def flush(*, final: bool = False) -> None:
        nonlocal group, group_from
        if not group:
            return
        if rereading and not final:
            # An unfinished re-read is no plan: keep the cache and the old cursor.
            group = []
            return
        last = group[-1]
        merged = Page(
            [c for p in group for c in p.changes],
            [k for p in group for k in p.skipped],
            last.cursor,
            last.has_more,
            last.remaining,
        )
        _apply(
            cache,
            stream,
            merged,
            group_from,
            group_etag,
            result,
            pages=len(group),
            defer_indexes=defer_indexes,
            reconcile=STREAM_KINDS.get(stream, ()) if rereading else (),
        )
        if observe is not None and not result.restarted:
            observe(merged.changes)
        group, group_from = [], last.cursor
        done = done_before + result.applied
        if last.remaining is not None:
            estimated = done + last.remaining
        else:
            estimated = done + (limit if last.has_more else 0)
        progress(
            SyncProgress(
                "pull",
                done,
                estimated,
                f"{done} records applied" + (", more to come" if last.has_more else ""),
            )
        )

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="feed-prefetch") as pool:
        cursor = state.cursor
        # The ETag we hold belongs to "the page after ``cursor``": only then is it sent.
        etag = state.etag
        ahead: Future[FeedResponse] | None = None
        while True:
            if cancel.cancelled:
                flush()
                cancel.raise_if_cancelled()
            try:
                resp = ahead.result() if ahead is not None else fetch(cursor, etag)
            except RejectedError as e:
                if (
                    e.code in UNKNOWN_CURSOR_CODES
                    and cursor is not None
                    and not result.restarted
                    and not group
                ):
                    result.restarted = True
                    rereading = e.code in EXPIRED_CURSOR_CODES
                    cursor, etag, ahead, group_from = None, None, None, None
                    guard.reset()
                    continue
                flush()
                raise
            except BaseException:
                flush()
                raise
            ahead = None
            if resp.not_modified:
                flush()
                result.not_modified = result.pages == 0
                store.touch_stream(cache, stream)
                return result
            try:
                page = parse_page(resp.data, validate=False, clean=not resp.printable)
            except MalformedPageError as e:
                flush()
                raise BadResponseError(client.base_url, e.reason) from None
            if page.has_more and page.cursor == cursor:
                flush()
                raise BadResponseError(
                    client.base_url, "the feed says more changes follow but its cursor did not move"
                )
            try:
                guard.check(page, cursor)
            except CursorLoopError:
                flush()
                raise
            if page.has_more and not cancel.cancelled:
                ahead = pool.submit(fetch, page.cursor, None)
            group.append(page)
            group_etag = resp.etag
            cursor, etag = page.cursor, None
            if not page.has_more:
                flush(final=True)
            elif len(group) >= pages_per_transaction and not rereading:
                flush()
            if not page.has_more:
                return result


def _apply(
    cache: store.CacheLike,
    stream: str,
    page: Page,
    cursor: str | None,
    etag: str | None,
    result: StreamResult,
    *,
    pages: int = 1,
    defer_indexes: bool = False,
    reconcile: tuple[str, ...] = (),
    hold_cursor: bool = False,
) -> None:
    """Stores the page with its cursor (``hold_cursor``: the stream's cursor is
    left as it was, None)."""
    plan = plan_page(page)
    keep_only: dict[str, set[str]] = {}
    if reconcile and plan.upserts:
        # Everything the feed still has, including records skipped as malformed:
        # a bad record is not a deleted one.
        skipped = {(k.kind, k.id) for k in page.skipped}
        keep_only = {
            kind: set(plan.upserts.get(kind, {})) | {i for k, i in skipped if k == kind}
            for kind in reconcile
        }
    # Keep the ETag only for an empty page: then the next request (same cursor)
    # is the very one it describes, and a no-op sync costs one 304.
    empty = not page.changes and not page.skipped and page.cursor == cursor
    refused, dropped = store.apply_plan(
        cache,
        stream,
        plan.upserts,
        plan.deletes,
        None if hold_cursor else page.cursor,
        etag if empty else None,
        defer_indexes=defer_indexes,
        keep_only=keep_only,
    )
    result.dropped += dropped
    result.pages += pages
    result.applied += plan.size - len(refused)
    result.upserted += sum(len(v) for v in plan.upserts.values()) - len(refused)
    result.deleted += sum(len(v) for v in plan.deletes.values())
    result.skipped.extend(page.skipped)
    result.skipped.extend(Skipped(kind, rid, problem) for kind, rid, problem in refused)
