"""One sync, as the app and ``wheelshare sync`` run it: push the outbox, then pull.

Pushing first means the person's own actions reach the feed before we read
back what changed, so the pull already carries their consequences (a booking
confirmed, a review counted in a venue's rating).

``Syncer.run`` is plain blocking Python; the UI runs it in a worker thread,
forwards ``progress`` as a signal and calls ``cancel.cancel()`` to stop it
between pages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from wheelshare.cancel import Cancelled
from wheelshare.sync import store
from wheelshare.sync.client import FeedClient
from wheelshare.sync.errors import AuthNeededError, SyncError
from wheelshare.sync.outbox import OutboxItem, push
from wheelshare.sync.progress import CancelToken, SyncProgress, no_progress
from wheelshare.sync.pull import PAGE_LIMIT, Observer, StreamResult, pull_stream
from wheelshare.sync.records import Skipped

# How long accepted actions stay listed ("accepted by the feed") before pruning.
DONE_KEPT_SECONDS = 7 * 24 * 3600


@dataclass
class SyncReport:
    """What one sync did, in numbers and in words (``summary``)."""

    pushed: int = 0
    accepted: list[OutboxItem] = field(default_factory=list)
    refused: list[OutboxItem] = field(default_factory=list)
    still_waiting: int = 0
    streams: list[StreamResult] = field(default_factory=list)
    error: SyncError | None = None
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def applied(self) -> int:
        return sum(s.applied for s in self.streams)

    @property
    def skipped(self) -> list[Skipped]:
        return [k for s in self.streams for k in s.skipped]

    @property
    def malformed(self) -> list[Skipped]:
        return [k for s in self.streams for k in s.malformed]

    @property
    def ok(self) -> bool:
        """True when everything went through (refusals are answers, not failures)."""
        return self.error is None and not self.cancelled

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.pushed or self.still_waiting:
            out.append(
                f"Sent {self.pushed} action(s): {len(self.accepted)} accepted, "
                f"{len(self.refused)} refused"
                + (f"; {self.still_waiting} still waiting" if self.still_waiting else "")
                + "."
            )
        for item in self.refused:
            out.append(f"  Refused — {item.label} ({item.target_id}): {item.describe_state}")
        for s in self.streams:
            name = "public feed" if s.stream == "public" else "your bookings"
            if s.not_modified or (not s.applied and not s.skipped and not s.restarted):
                out.append(f"{name.capitalize()}: already up to date.")
                continue
            text = (
                f"{name.capitalize()}: {s.applied} record(s) applied "
                f"({s.upserted} updated, {s.deleted} removed) in {s.pages} page(s)"
            )
            if s.from_snapshot:
                text += ", starting from the feed's snapshot"
            if s.restarted:
                text += "; the feed no longer knew where we left off, so it was read again"
            out.append(text + ".")
        malformed = self.malformed
        if malformed:
            out.append(f"Skipped {len(malformed)} record(s) the feed sent malformed:")
            out.extend(f"  {k.describe()}" for k in malformed[:20])
            if len(malformed) > 20:
                out.append(f"  … and {len(malformed) - 20} more")
        unknown = [k for k in self.skipped if k.unknown_kind]
        if unknown:
            kinds = ", ".join(sorted({k.kind for k in unknown}))
            out.append(
                f"Ignored {len(unknown)} record(s) of kinds this version does not know ({kinds})."
            )
        if self.cancelled:
            out.append("Cancelled; what was applied before the cancel is kept.")
        if self.error is not None:
            out.append(f"Sync failed: {self.error}")
        if not out:
            out.append("Nothing to do.")
        return out

    @property
    def summary(self) -> str:
        return "\n".join(self.lines())


class Syncer:
    """Runs syncs of one cache against one feed client."""

    def __init__(
        self,
        cache: store.CacheLike,
        client: FeedClient,
        *,
        user_id: str | None = None,
        page_limit: int = PAGE_LIMIT,
        pages_per_transaction: int = 1,
        defer_indexes: bool = True,
        observe_private: Observer | None = None,
        use_snapshot: bool = False,
    ):
        """``user_id``: who the client's token belongs to. When given, and someone
        else's private records are cached, those are removed before pulling.

        ``defer_indexes``: a stream pulled from scratch into empty venue and
        vehicle tables stores its pages without their search indexes and
        builds them once at its end (each page is still committed with its
        cursor); the records show in searches when the pull ends."""
        self.cache = cache
        self.client = client
        self.user_id = user_id
        self.page_limit = page_limit
        # 1: every page is its own transaction. More: fewer, larger transactions
        # (a faster first sync; a crash then refetches up to that many pages).
        self.pages_per_transaction = pages_per_transaction
        self.defer_indexes = defer_indexes
        # Hears what the private feed brought since the last sync (pull.py).
        self.observe_private = observe_private
        # An empty cache starts from the feed's snapshot when it has one.
        self.use_snapshot = use_snapshot

    def run(
        self,
        progress: Callable[[SyncProgress], None] = no_progress,
        cancel: CancelToken | None = None,
    ) -> SyncReport:
        """Push, then pull each stream. Never raises a SyncError: it is in the report."""
        cancel = cancel or CancelToken()
        report = SyncReport()
        started = time.perf_counter()
        try:
            with self.client.sync_deadline():
                self._push(report, progress, cancel)
                self._pull(report, progress, cancel)
        except Cancelled:
            report.cancelled = True
        except SyncError as e:
            report.error = e
        finally:
            report.seconds = time.perf_counter() - started
        for s in ("public", "me"):
            if any(r.stream == s for r in report.streams) or report.error is not None:
                store.set_stream_error(
                    self.cache, s, None if report.error is None else str(report.error)
                )
        return report

    def _push(
        self, report: SyncReport, progress: Callable[[SyncProgress], None], cancel: CancelToken
    ) -> None:
        store.prune_done(self.cache, DONE_KEPT_SECONDS)
        if self.client.token and self.user_id is not None:
            # Before anything is sent: another person's records leave the cache,
            # and their waiting actions stay theirs.
            store.claim_private_stream(self.cache, self.user_id)
        result = push(
            self.cache, self.client, progress=progress, cancel=cancel, user_id=self.user_id
        )
        report.pushed = result.sent
        report.accepted = result.done
        report.refused = result.rejected
        report.still_waiting = result.waiting
        if result.stopped_by is not None:
            if isinstance(result.stopped_by, AuthNeededError):
                # Public records need no account: pull them anyway, say so at the end.
                report.error = result.stopped_by
                return
            raise result.stopped_by

    def _pull(
        self, report: SyncReport, progress: Callable[[SyncProgress], None], cancel: CancelToken
    ) -> None:
        streams = ["public"]
        if self.client.token:
            streams.append("me")
            if self.user_id is not None:
                store.claim_private_stream(self.cache, self.user_id)
        for stream in streams:
            result = pull_stream(
                self.cache,
                self.client,
                stream,
                progress=progress,
                cancel=cancel,
                done_before=report.applied,
                limit=self.page_limit,
                pages_per_transaction=self.pages_per_transaction,
                defer_indexes=self.defer_indexes,
                observe=self.observe_private if stream == "me" else None,
                use_snapshot=self.use_snapshot,
            )
            report.streams.append(result)
