"""The app's connection to its data: which feed, the local cache, sync state.

A :class:`Session` owns the backend objects (cache, feed, the embedded demo
feed) and runs everything slow on the worker. Screens read its state and
listen to its signals; they never talk to the network themselves.

With no feed configured, the reference feed server runs inside the app on a
loopback port, on files of its own under ``<data dir>/demo/``, seeded with
the demo data; a demo renter is signed in and the cache syncs from it. Its
cache lives there too, so pointing the app at a real feed later never mixes
demo records with real ones.

Screens read through :meth:`Session.query` and change through
:meth:`Session.run_action`; both always answer, through ``on_done`` or
``on_error``. Before the cache is open (the app is starting, or switching
feeds), ``on_error`` receives :class:`DataNotReady`, whose words a screen
shows; ``is_ready`` tells a screen to show "loading" instead of asking.

Signals (always on the GUI thread):

- ``state_changed(SyncState)`` — last sync, pending actions, offline, demo …
- ``data_changed()`` — the cache has new data: refresh what you show
- ``ready()`` — the cache is open (first run: after the demo feed came up)
- ``message(Notice)`` — something the whole app should hear of (a problem, kept
  as a code so its words follow the language; see :class:`Notice`)
- ``sync_finished(SyncReport)`` — a sync ended (gone through or not)

Why something is not sent is kept as a problem (``SyncState.problem``), not a
sentence: every place that shows it words it in the language of the moment.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from wheelshare.domain import clock
from wheelshare.domain.problems import Problem, ProblemCode, problem_of
from wheelshare.private_files import make_private_dir
from wheelshare.ui import embedded_process
from wheelshare.ui.problems import describe, headline
from wheelshare.ui.progress import ProgressTracker
from wheelshare.ui.remedies import Remedy
from wheelshare.ui.settings import FEED_URL, Settings
from wheelshare.ui.tr import QT_TRANSLATE_NOOP
from wheelshare.ui.worker import TaskContext, TaskHandle, Worker

if TYPE_CHECKING:
    # Only for types: the data layer is imported on the worker (see WORKER_IMPORTS).
    from wheelshare.cache import Cache
    from wheelshare.notify.notices import Notice as Notification
    from wheelshare.sync.account import User
    from wheelshare.sync.client import FeedClient
    from wheelshare.sync.syncer import SyncReport
    from wheelshare.ui.embedded_process import DemoFeed

T = TypeVar("T")
DEMO_DIR = embedded_process.DEMO_DIR
# cache.plain.FILE_NAME, named here so that the UI thread imports nothing of
# the data layer.
CACHE_FILE_NAME = "cache.sqlite"
SYNC_PAGE = 250

CACHE_MODULES = (
    "wheelshare.cache.database",
    "wheelshare.cache.models",
    "wheelshare.cache.lookups",
    "wheelshare.cache.search",
    "wheelshare.cache.store",
    "wheelshare.cache.conversations",
)
# What the background tasks use. Two threads making the first import of a
# package together can see it half initialised ("cannot import name ... from
# partially initialized module"), so the session's first task imports them all,
# on the worker (the window never waits), before any other task can run; the
# main window imports the screens' code only once the session is ready.
WORKER_IMPORTS = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    # The package loads its names on demand: its modules, one by one.
    *CACHE_MODULES,
    "wheelshare.sync.store",
    "wheelshare.sync.syncer",
    "wheelshare.notify.notices",
    "wheelshare.sync.outbox",
    "wheelshare.sync.actions",
    "wheelshare.sync.account",
    "wheelshare.sync.client",
    "wheelshare.sync.errors",
    "wheelshare.sync.progress",
    "wheelshare.sync.moderation",
    "wheelshare.sync.photo_cache",  # the galleries' disk cache (ui/photo_source.py)
    "wheelshare.sync.handover_photos",
    # The screens' cache queries, which their pages import where they run.
    "wheelshare.ui.find.data",
    "wheelshare.ui.bookings.data",
    "wheelshare.ui.trips.data",
    "wheelshare.ui.messages.data",  # with the handover reports' queries it shows
)
# The frozen app runs the demo feed in-process (see embedded_process).
FROZEN_DEMO_IMPORTS = ("wheelshare.feed.embedded",)
# Enough to open the cache and list what it holds: a later start on the demo
# shows its records before the rest (the sync engine, HTTP) is imported.
OPENING_IMPORTS = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    # The package loads its names on demand: its modules, one by one.
    *CACHE_MODULES,
    "wheelshare.sync.store",
    "wheelshare.ui.find.data",
    "wheelshare.ui.bookings.data",
    "wheelshare.ui.trips.data",
)


# One thread at a time makes these first imports: the first results read
# before the cache opens (ui/find/early.py) import on another pool thread.
_FIRST_IMPORTS = threading.Lock()


def import_worker_modules(demo: bool, names: tuple[str, ...] = WORKER_IMPORTS) -> None:
    if demo and getattr(sys, "frozen", False):
        names += FROZEN_DEMO_IMPORTS
    with _FIRST_IMPORTS:
        for name in names:
            importlib.import_module(name)


def import_on_worker(name: str) -> ModuleType:
    """Imports ``name`` on a worker thread, never alongside the session's own
    first imports."""
    with _FIRST_IMPORTS:
        return importlib.import_module(name)


class DataNotReady(Exception):
    """Asked of the cache before it is open: the app is starting or switching feeds."""

    problem = Problem(ProblemCode.DATA_NOT_READY)

    def __str__(self) -> str:
        return "the cache is not open yet"


@dataclass(frozen=True)
class SyncState:
    feed_url: str = ""
    demo: bool = False  # running on the built-in demo feed
    ready: bool = False  # the cache is open and can be queried
    syncing: bool = False
    last_sync: datetime | None = None
    pending: int = 0  # actions waiting in the outbox
    offline: bool = False
    signed_in_as: str = ""  # display name or email; empty when signed out
    user_id: str = ""
    # Why the last sync (or the opening) did not go through; None when it did.
    problem: Problem | None = None
    demo_owner: bool = False  # the demo is tried as its owner, not its renter
    # The feed says the signed-in person is a moderator (asked at each sync).
    moderator: bool = False
    # The demo feed serves its vehicles first: its venues and trips are still
    # on their way (loaded by the feed, then synced).
    demo_rest_due: bool = False

    @property
    def error(self) -> str:
        """The problem in words, in the language in use now; empty when none."""
        return describe(self.problem) if self.problem is not None else ""

    @property
    def sign_in_needed(self) -> bool:
        """Someone signed in before, but the feed needs a new sign-in (the sign-in
        expired, or without a keyring it was not kept from the last run)."""
        return self.problem is not None and self.problem.code is ProblemCode.SIGN_IN_NEEDED

    @property
    def up_to_date(self) -> bool:
        """The last sync went through and nothing waits to be sent."""
        return (
            self.ready
            and not self.syncing
            and self.last_sync is not None
            and self.problem is None
            and self.pending == 0
        )

    @property
    def first_sync_running(self) -> bool:
        """The very first sync is under way: the cache is still filling, and its
        search indexes are built only when it ends, so searches find little yet.
        Also while the demo's venues and trips are still on their way (its feed
        serves the vehicles first)."""
        return (self.syncing and self.last_sync is None) or self.demo_rest_due


# Said before the problem's own sentence when the data could not be opened.
_OPEN_FAILED = QT_TRANSLATE_NOOP("Session", "wheelshare could not open its data: {problem}")


@dataclass(frozen=True)
class Notice:
    """Something the whole app should hear of, kept as a problem, so that it is
    worded when shown, in the language of that moment."""

    problem: Problem
    # About reaching the feed: it is withdrawn once a sync goes through with
    # nothing left waiting, instead of lingering after the fact.
    about_sync: bool = False
    opening: bool = False  # the data could not be opened

    def text(self) -> str:
        words = describe(self.problem)
        if self.opening:
            return QCoreApplication.translate("Session", _OPEN_FAILED).format(problem=words)
        return words

    def headline(self) -> str:
        """Its short form, or "" when the whole sentence is to be shown."""
        return "" if self.opening else headline(self.problem)


@dataclass
class _Opened:
    feed_url: str
    cache_dir: Path
    cache: Cache
    embedded: DemoFeed | None
    user: User | None
    pending: int
    problem: Problem | None
    # The sign-in could not go to a keyring: it lasts until the app closes.
    keyring_problem: Problem | None = None
    # A later start on the demo: the cache is open, the demo feed not started yet.
    feed_pending: bool = False


@dataclass
class _FeedUp:
    """The demo feed started after the cache was shown, and its renter signed in."""

    embedded: DemoFeed
    user: User | None
    problem: Problem | None
    keyring_problem: Problem | None
    pending: int = 0


@dataclass
class _Synced:
    report: SyncReport
    pending: int
    user: User | None
    # Someone was signed in, but no sign-in is kept for them any more.
    sign_in_lost: bool = False
    # What the private feed brought, and the calendar, worth telling (notify/).
    notices: list[Notification] = field(default_factory=list)
    # Whether the feed calls this person a moderator; None when it could not say.
    moderator: bool | None = None


class Session(QObject):
    state_changed = Signal(object)
    data_changed = Signal()
    ready = Signal()
    message = Signal(object)  # a Notice
    # The person asked for what fixes a problem elsewhere in the window (a Remedy):
    # the main window opens the sign-in form or the feed settings.
    remedy_wanted = Signal(object)
    sync_finished = Signal(object)  # the SyncReport
    # After a sync: list[Notification], what it brought that the person should hear of.
    notices_found = Signal(object)
    # From the sync's thread: the first records of a first sync can be listed.
    _listable = Signal()
    # From the demo feed's thread: the rest of its demo set is in (venues, trips).
    _demo_complete = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        worker: Worker,
        progress: ProgressTracker,
        feed_override: str | None = None,
        parent: QObject | None = None,
        allow_insecure_feed: bool = False,
    ) -> None:
        super().__init__(parent)
        # --insecure-feed: plain http to a feed on another machine (the client warns).
        self.allow_insecure_feed = allow_insecure_feed
        self.data_dir = data_dir
        self.settings = settings
        self.worker = worker
        self.progress = progress
        self.feed_override = feed_override
        configured = feed_override or settings.get(FEED_URL)
        self.state = SyncState(feed_url=configured, demo=not configured)
        self.cache: Cache | None = None
        self.cache_dir: Path = data_dir if configured else data_dir / DEMO_DIR
        self.embedded: DemoFeed | None = None
        self._opening: TaskHandle[_Opened] | None = None
        self._feed_started: list[DemoFeed] = []
        # The demo feed starting after the cache was shown (a later start).
        self._feed_starting: TaskHandle[_FeedUp] | None = None
        self._sync: TaskHandle[_Synced] | None = None
        self._sync_again = False
        self._forget_private = False  # the next sync first drops the private records
        self._closed = False
        # "Your sign-in is kept only until the app closes" is said once a run.
        self._keyring_told = False
        self._listable.connect(self._records_listable)
        self._demo_complete.connect(self._demo_set_complete)
        self._demo_rest_in = False  # the demo feed said its whole set is in
        self._sync_brings_rest = False  # the running sync started after that

    def _set_state(self, state: SyncState) -> None:
        self.state = state
        self.state_changed.emit(state)

    @property
    def is_ready(self) -> bool:
        return self.cache is not None

    def early_cache_dir(self) -> Path | None:
        """Where a screen may read the cache file with ``sqlite3`` alone
        (``cache.plain``) before the cache is open: the folder the opening
        will hand over as it is. None once the cache is open, when there is no
        file yet, or when the demo feed is to be seeded anew (its old copy
        would be discarded)."""
        if self.cache is not None or self._closed:
            return None
        if not (self.cache_dir / CACHE_FILE_NAME).is_file():
            return None
        if self.state.demo:
            from wheelshare.ui import embedded_process

            if not embedded_process.current_on_disk(self.cache_dir):
                return None
        return self.cache_dir

    # ------------------------------------------------------------ opening
    def start(self, sync: bool = True) -> TaskHandle[_Opened] | None:
        """Opens the cache and the feed in the background; the window is already shown."""
        if self._opening is not None or self.cache is not None:
            return self._opening
        configured = self.feed_override or self.settings.get(FEED_URL)
        data_dir = self.data_dir
        demo = not configured
        insecure = self.allow_insecure_feed

        def open_in_background(ctx: TaskContext) -> _Opened:
            # The first task, so no other task imports the data layer meanwhile;
            # on the worker, so the window never waits for these imports.
            import_worker_modules(demo=demo, names=OPENING_IMPORTS)
            opened = _open(data_dir, configured, ctx, insecure)
            if not opened.feed_pending:
                # Else the demo feed's task imports them, before its first sync.
                import_worker_modules(demo=demo)
            return opened

        handle = self.worker.submit(
            open_in_background,
            on_done=lambda opened: self._opened(opened, sync),
            on_error=self._open_failed,
            name="open",
        )
        self._opening = handle
        text = (
            QCoreApplication.translate("Session", "Starting the demo feed")
            if not configured
            else QCoreApplication.translate("Session", "Opening your data")
        )
        self.progress.track(handle, text)
        return handle

    def _opened(self, opened: _Opened, sync: bool) -> None:
        self._opening = None
        if self._closed:
            _close(opened.cache, opened.embedded)
            return
        self.cache = opened.cache
        self.cache_dir = opened.cache_dir
        self._follow_demo(opened.embedded)
        self._set_state(
            replace(
                self.state,
                feed_url=opened.feed_url,
                demo=opened.embedded is not None or opened.feed_pending,
                ready=True,
                pending=opened.pending,
                signed_in_as=_user_name(opened.user),
                user_id=opened.user.id if opened.user is not None else "",
                problem=opened.problem,
                last_sync=_last_sync(opened.cache),
            )
        )
        self.ready.emit()
        self.data_changed.emit()
        # A sign-in to renew is said by the status bar, with its Sign in button,
        # and by Account: not a third time above the screens.
        if opened.problem is not None and not self.state.sign_in_needed:
            self.message.emit(Notice(opened.problem, about_sync=True))
        if opened.keyring_problem is not None:
            self.keyring_unavailable(opened.keyring_problem)
        if opened.feed_pending:
            self._start_demo_feed(opened.cache, opened.cache_dir, sync)
        elif sync:
            self.sync_now()

    def _start_demo_feed(self, cache: Cache, cache_dir: Path, sync: bool) -> None:
        """A later start on the demo: its cached records are listed already; the
        feed starts now, in the background, and the first sync follows it."""
        started: list[DemoFeed] = []

        def start_feed(ctx: TaskContext) -> _FeedUp:
            # Screens are warmed only once this ends (the state says syncing):
            # two threads must not make the same first import together.
            import_worker_modules(demo=True)
            return _start_demo_feed(cache, cache_dir, started, ctx)

        def up(result: _FeedUp) -> None:
            self._feed_starting = None
            if self._closed:
                result.embedded.stop()
                return
            if result.embedded.fresh:
                # Seeded anew between our look at its age and its start (the
                # day turned): the copy just shown is of the old demo.
                self._restart_on_fresh_demo(result.embedded)
                return
            self._follow_demo(result.embedded)
            self._set_state(
                replace(
                    self.state,
                    syncing=False,
                    pending=result.pending,
                    feed_url=result.embedded.url,
                    signed_in_as=_user_name(result.user),
                    user_id=result.user.id if result.user is not None else "",
                    problem=result.problem,
                )
            )
            if result.problem is not None:
                self.message.emit(Notice(result.problem, about_sync=True))
            if result.keyring_problem is not None:
                self.keyring_unavailable(result.keyring_problem)
            if sync or self._sync_again:
                self._sync_again = False
                self.sync_now()

        def failed(error: BaseException) -> None:
            self._feed_starting = None
            for feed in started:
                feed.stop()
            # What is cached stays listed; the problem is the sync's (Try again).
            problem = problem_of(error)
            self._set_state(replace(self.state, syncing=False, problem=problem))
            self.message.emit(Notice(problem, about_sync=True))

        handle = self.worker.submit(start_feed, on_done=up, on_error=failed, name="demo feed")
        self._feed_starting = handle
        # Its first sync follows at once: said as one piece of work.
        self._set_state(replace(self.state, syncing=True))
        self._feed_started = started
        self.progress.track(handle, QCoreApplication.translate("Session", "Starting the demo feed"))

    def _restart_on_fresh_demo(self, embedded: DemoFeed) -> None:
        cache, cache_dir = self.cache, self.cache_dir
        self.cache = None
        self._set_state(replace(self.state, ready=False))
        self.data_changed.emit()

        def close_and_discard(_ctx: TaskContext) -> None:
            from wheelshare.sync import store

            _close(cache, embedded)
            store.discard_cache(cache_dir)

        def reopen(_closed: None) -> None:
            self.start()

        self.worker.submit(close_and_discard, on_done=reopen, name="close")

    def keyring_unavailable(self, problem: Problem) -> None:
        """A sign-in could only be kept in memory: said once a run, in the message bar."""
        if self._keyring_told:
            return
        self._keyring_told = True
        self.message.emit(Notice(problem))

    def _open_failed(self, error: BaseException) -> None:
        self._opening = None
        problem = problem_of(error)
        self._set_state(replace(self.state, problem=problem))
        self.message.emit(Notice(problem, opening=True))

    # -------------------------------------------------------------- syncing
    def sync_now(self) -> TaskHandle[_Synced] | None:
        """Starts a sync; while one runs, another follows it (new actions were queued)."""
        if self.cache is None or self._closed:
            return None
        if self._feed_starting is not None:
            self._sync_again = True  # once the demo feed is up
            return None
        if self.state.demo and self.embedded is None:
            # The demo feed did not start after a later start showed the cache.
            self._start_demo_feed(self.cache, self.cache_dir, sync=True)
            return None
        if self._sync is not None:
            self._sync_again = True
            return self._sync
        cache, cache_dir, feed_url = self.cache, self.cache_dir, self.state.feed_url
        forget, self._forget_private = self._forget_private, False
        insecure = self.allow_insecure_feed
        handle = self.worker.submit(
            lambda ctx: _run_sync(
                cache,
                cache_dir,
                feed_url,
                ctx,
                forget_private=forget,
                allow_insecure=insecure,
                listable=self._listable.emit,
            ),
            on_done=self._synced,
            on_error=self._sync_failed,
            on_cancelled=self._sync_cancelled,
            name="sync",
        )
        self._sync = handle
        self._sync_brings_rest = self._demo_rest_in
        self._set_state(replace(self.state, syncing=True))
        self.progress.track(handle, QCoreApplication.translate("Session", "Syncing"))
        return handle

    def _synced(self, result: _Synced) -> None:
        self._sync = None
        report = result.report
        error = report.error
        offline = error is not None and error.transient
        problem = error.problem if error is not None else None
        if problem is None and result.sign_in_lost:
            problem = Problem(ProblemCode.SIGN_IN_NEEDED)
        state = replace(
            self.state, syncing=False, pending=result.pending, offline=offline, problem=problem
        )
        if result.user is not None:
            state = replace(state, signed_in_as=_user_name(result.user), user_id=result.user.id)
            if result.moderator is not None:
                state = replace(state, moderator=result.moderator)
        else:
            state = replace(state, moderator=False)
        if result.sign_in_lost:
            # Remembered, but without a sign-in the feed accepts: nobody is signed in.
            state = replace(state, signed_in_as="", user_id="")
        if report.ok:
            state = replace(state, last_sync=clock.now())
            if self._sync_brings_rest:
                state = replace(state, demo_rest_due=False)
        self._set_state(state)
        self.sync_finished.emit(report)
        self.data_changed.emit()
        if result.notices:
            self.notices_found.emit(result.notices)
        self._follow_up()

    def _sync_failed(self, error: BaseException) -> None:
        self._sync = None
        problem = problem_of(error)
        self._set_state(replace(self.state, syncing=False, problem=problem))
        self.message.emit(Notice(problem, about_sync=True))
        self._follow_up()

    def _sync_cancelled(self) -> None:
        self._sync = None
        self._set_state(replace(self.state, syncing=False))
        self.data_changed.emit()  # a cancelled sync keeps the pages it applied

    def _follow_demo(self, embedded: DemoFeed | None) -> None:
        self.embedded = embedded
        if embedded is not None and not embedded.complete:
            # It serves the vehicles first and loads the rest afterwards: the
            # sync that brings the rest follows its word that it is in.
            self._demo_rest_in = False
            self.state = replace(self.state, demo_rest_due=True)
            embedded.when_complete(self._demo_complete.emit)

    def _demo_set_complete(self) -> None:
        if self.embedded is not None and not self._closed:
            self._demo_rest_in = True
            self.sync_now()

    def _records_listable(self) -> None:
        if self.cache is not None and self._sync is not None:
            self.data_changed.emit()

    def _follow_up(self) -> None:
        if self._sync_again:
            self._sync_again = False
            self.sync_now()

    @property
    def syncing(self) -> bool:
        return self._sync is not None

    def apply_remedy(self, remedy: Remedy) -> None:
        """Does what fixes a problem: syncs again, or asks the window to open the
        place where the person can fix it (sign in, feed settings)."""
        if remedy is Remedy.TRY_AGAIN:
            self.sync_now()
        else:
            self.remedy_wanted.emit(remedy)

    # -------------------------------------------------------------- actions
    def run_action(
        self,
        fn: Callable[[Cache], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        sync: bool = True,
    ) -> TaskHandle[tuple[T, int]]:
        """Queues an outbox action on the worker (``fn(cache)``), then syncs to send it.

        ``on_error`` receives a ValidationError naming the field when the action
        is refused before anything is queued, and :class:`DataNotReady` while the
        cache is not open (without ``on_error``, the message bar shows it).
        """
        if self.cache is None:
            # Answered like a real task, so nothing waits for an answer forever.
            return self.worker.submit(_not_ready, on_error=on_error or self._report, name="action")
        cache = self.cache

        def task(ctx: TaskContext) -> tuple[T, int]:
            result = fn(cache)
            return result, _pending(cache)

        def done(value: tuple[T, int]) -> None:
            result, pending = value
            self._set_state(replace(self.state, pending=pending))
            self.data_changed.emit()
            if on_done is not None:
                on_done(result)
            if sync:
                self.sync_now()

        return self.worker.submit(
            task, on_done=done, on_error=on_error or self._report, name="action"
        )

    def query(
        self,
        fn: Callable[[Cache], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle[T]:
        """Runs a read ``fn(cache)`` on the worker. ``on_error`` (else the message
        bar) hears of a failure, and of :class:`DataNotReady` while the cache is
        not open: check :attr:`is_ready` first to show "loading" instead."""
        if self.cache is None:
            return self.worker.submit(_not_ready, on_error=on_error or self._report, name="query")
        cache = self.cache
        return self.worker.submit(
            lambda ctx: fn(cache), on_done=on_done, on_error=on_error or self._report, name="query"
        )

    def call_feed(
        self,
        fn: Callable[[FeedClient], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Runs ``fn`` on the worker with a client signed in as the person, for
        what is done online only (moderation); a sign-in needed is an error."""
        feed_url, cache_dir = self.state.feed_url, self.cache_dir
        insecure = self.allow_insecure_feed
        if not feed_url:
            QTimer.singleShot(0, self, lambda: on_error(DataNotReady()))
            return
        self.worker.submit(
            lambda _ctx: _signed_in_call(feed_url, cache_dir, insecure, fn),
            on_done=on_done,
            on_error=on_error,
            name="feed call",
        )

    def _report(self, error: BaseException) -> None:
        self.message.emit(Notice(problem_of(error)))

    def refresh_account(self) -> None:
        """After a sign-in elsewhere: sync as the new user (whose sync drops
        another person's cached bookings)."""
        self.sync_now()

    def signed_out(self) -> None:
        """After a sign-out elsewhere: the signed-out person's bookings and
        requests leave the cache (before the next sync, which follows at once)."""
        self._forget_private = True
        self._set_state(replace(self.state, signed_in_as="", user_id="", moderator=False))
        self.sync_now()

    # ------------------------------------------------------------ switching
    def switch_demo_role(self, owner: bool, on_error: Callable[[str], None]) -> bool:
        """On the demo feed: signs in as its owner (vehicles, requests waiting)
        or back as its renter, then syncs as them. False, with nothing done, off
        the demo or while actions wait to be sent (they would go as the other
        person); ``on_error`` hears why a sign-in failed."""
        embedded, cache_dir = self.embedded, self.cache_dir
        if embedded is None or self.cache is None or self.state.pending:
            return False
        email = embedded.owner_email if owner else embedded.renter_email
        password, url = embedded.password, embedded.url

        cache = self.cache

        def sign_in(_ctx: TaskContext) -> User:
            from wheelshare.sync import outbox
            from wheelshare.sync.account import Accounts
            from wheelshare.sync.client import FeedClient

            # Read marks are not counted as waiting, so they did not stop the
            # switch; they must not go out as the other person.
            outbox.drop_read_marks(cache)

            client = FeedClient(url, connect_timeout=5.0, read_timeout=30.0)
            try:
                return Accounts(client, cache_dir).sign_in(email, password).user
            finally:
                client.close()

        def signed_in(user: User) -> None:
            # The other person's bookings leave the cache before theirs arrive.
            self._forget_private = True
            self._set_state(
                replace(
                    self.state,
                    signed_in_as=_user_name(user),
                    user_id=user.id,
                    demo_owner=owner,
                    problem=None,
                )
            )
            self.sync_now()

        self.worker.submit(
            sign_in, on_done=signed_in, on_error=lambda e: on_error(describe(e)), name="demo role"
        )
        return True

    def switch_feed(self, url: str) -> None:
        """Stores ``url`` (empty: the demo feed) and reconnects to it."""
        self.settings.set(FEED_URL, url)
        self.feed_override = None
        self._reopen()

    def _reopen(self) -> None:
        if self._sync is not None:
            self._sync.cancel()
            self._sync = None
        cache, embedded = self.cache, self.embedded
        self.cache = None
        self.embedded = None
        configured = self.settings.get(FEED_URL)
        self.cache_dir = self.data_dir if configured else self.data_dir / DEMO_DIR
        self.state = SyncState(feed_url=configured, demo=not configured)
        self.state_changed.emit(self.state)
        self.data_changed.emit()

        def reopen(_closed: None) -> None:
            self.start()

        self.worker.submit(lambda ctx: _close(cache, embedded), on_done=reopen, name="close")

    def shutdown(self) -> None:
        """Stops background work and the embedded feed; called when the app quits."""
        self._closed = True
        for handle in (self._sync, self._opening, self._feed_starting):
            if handle is not None:
                handle.cancel()
        self.worker.shutdown()
        if self.state.demo and not getattr(sys, "frozen", False):
            from wheelshare.ui import embedded_process

            embedded_process.discard_prestarted()  # never taken up (closed early)
        if self._feed_starting is not None:
            # Started while the app was closing: its answer will not be heard.
            for feed in self._feed_started:
                feed.stop()
        _close(self.cache, self.embedded)
        self.cache = None
        self.embedded = None


# ---------------------------------------------------------------- worker side
# Everything below runs on a worker thread: plain Python, no widgets.


def _not_ready(_ctx: TaskContext) -> NoReturn:
    raise DataNotReady()


def _user_name(user: User | None) -> str:
    if user is None:
        return ""
    return user.display_name or user.email


def _open(
    data_dir: Path, configured: str, ctx: TaskContext, allow_insecure: bool = False
) -> _Opened:
    from wheelshare.sync import store
    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient
    from wheelshare.sync.errors import SyncError

    embedded = None
    early: Cache | None = None
    problem: Problem | None = None
    keyring_problem: Problem | None = None
    if configured:
        feed_url, cache_dir = configured, data_dir
    else:
        from wheelshare.ui import embedded_process

        ctx.progress(
            0,
            0,
            QCoreApplication.translate("Session", "preparing the demo data (only the first time)"),
        )
        cache_dir = data_dir / DEMO_DIR
        make_private_dir(cache_dir)
        if embedded_process.current_on_disk(cache_dir):
            # A later start: what is cached is shown at once; the feed starts
            # afterwards (Session._start_demo_feed), and syncs once it is up.
            cache = store.open_cache(cache_dir)
            # What waits in the outbox is counted with the feed's start (the
            # outbox brings the HTTP client's imports).
            return _Opened("", cache_dir, cache, None, None, 0, None, None, True)
        if not store.cache_exists(cache_dir):
            # A first run: no older copy to discard, so the new cache is made
            # while the demo feed seeds.
            early = store.open_cache(cache_dir)
        try:
            embedded = embedded_process.start(cache_dir)
        except BaseException:
            if early is not None:
                store.close_cache(early)
            raise
        feed_url = embedded.url
        if embedded.fresh and early is None:
            # A new demo set (first run, or the old one had drifted into the
            # past): a copy of an older one would show bookings it no longer has.
            store.discard_cache(cache_dir)
    ctx.token.raise_if_cancelled()
    ctx.progress(0, 0, QCoreApplication.translate("Session", "opening the local data"))
    cache = early or store.open_cache(cache_dir)
    user = None
    try:
        # A refused address (plain http elsewhere) is a problem to show, not a
        # failure to open: what is cached stays browsable.
        client = FeedClient(
            feed_url, connect_timeout=5.0, read_timeout=30.0, allow_insecure=allow_insecure
        )
    except SyncError as e:
        return _Opened(feed_url, cache_dir, cache, embedded, None, _pending(cache), e.problem)
    try:
        accounts = Accounts(client, cache_dir)
        if embedded is not None:
            ctx.progress(0, 0, QCoreApplication.translate("Session", "signing in the demo renter"))
            signed = accounts.sign_in(embedded.renter_email, embedded.password)
            user = signed.user
            if signed.keyring_problem is not None:
                keyring_problem = signed.keyring_problem.problem
        else:
            user = accounts.restore()
            if user is None and accounts.current_user() is not None:
                # Remembered, but its sign-in was not kept (no keyring last time).
                problem = Problem(ProblemCode.SIGN_IN_NEEDED)
    except SyncError as e:
        problem = e.problem
    finally:
        client.close()
    return _Opened(
        feed_url, cache_dir, cache, embedded, user, _pending(cache), problem, keyring_problem
    )


def _start_demo_feed(
    cache: Cache, cache_dir: Path, started: list[DemoFeed], ctx: TaskContext
) -> _FeedUp:
    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient
    from wheelshare.sync.errors import SyncError
    from wheelshare.ui import embedded_process

    embedded = embedded_process.start(cache_dir)
    started.append(embedded)
    user = None
    problem: Problem | None = None
    keyring_problem: Problem | None = None
    if embedded.fresh:
        return _FeedUp(embedded, None, None, None)
    ctx.progress(0, 0, QCoreApplication.translate("Session", "signing in the demo renter"))
    client = FeedClient(embedded.url, connect_timeout=5.0, read_timeout=30.0)
    try:
        signed = Accounts(client, cache_dir).sign_in(embedded.renter_email, embedded.password)
        user = signed.user
        if signed.keyring_problem is not None:
            keyring_problem = signed.keyring_problem.problem
    except SyncError as e:
        problem = e.problem
    finally:
        client.close()
    return _FeedUp(embedded, user, problem, keyring_problem, _pending(cache))


def _pending(cache: Cache) -> int:
    from wheelshare.sync import outbox

    return outbox.waiting_count(cache)


def _last_sync(cache: Cache) -> datetime | None:
    from wheelshare.sync import store

    return store.last_sync(cache)


def _run_sync(
    cache: Cache,
    cache_dir: Path,
    feed_url: str,
    ctx: TaskContext,
    forget_private: bool = False,
    allow_insecure: bool = False,
    listable: Callable[[], None] | None = None,
) -> _Synced:
    from wheelshare.notify import notices
    from wheelshare.sync import moderation, store
    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient
    from wheelshare.sync.errors import SyncError
    from wheelshare.sync.progress import CancelToken, SyncProgress
    from wheelshare.sync.records import Change
    from wheelshare.sync.syncer import Syncer

    if forget_private:
        store.forget_private_records(cache)

    token = CancelToken()
    # Our token is polled by the progress callback; the sync checks its own between pages.
    ctx.token.on_cancel(token.cancel)

    def progress(p: SyncProgress) -> None:
        ctx.progress(p.done, p.estimated, p.message)
        if p.listable and listable is not None:
            listable()  # a signal: the screens query again on the UI thread

    client = FeedClient(
        feed_url, connect_timeout=5.0, read_timeout=30.0, allow_insecure=allow_insecure
    )
    user = None
    lost = False
    moderator: bool | None = None
    brought: list[Change] = []
    try:
        accounts = Accounts(client, cache_dir)
        try:
            user = accounts.restore()
        except SyncError:
            user = None
        lost = user is None and accounts.current_user() is not None
        # Pages of a few hundred changes: each JSON page is parsed in one go
        # while holding the interpreter lock, so big pages would stall the UI.
        # With user_id, another person's cached private records go first.
        report = Syncer(
            cache,
            client,
            user_id=None if user is None else user.id,
            page_limit=SYNC_PAGE,
            observe_private=brought.extend,
            use_snapshot=True,
        ).run(progress, token)
        if user is not None and report.error is None:
            try:
                moderator = moderation.is_moderator(client)
            except SyncError:
                moderator = None  # said at the next sync
    finally:
        client.close()
    found: list[Notification] = []
    if user is not None:
        found = notices.from_changes(brought, user.id) + _reminders(cache, user.id)
    return _Synced(report, _pending(cache), user, lost, found, moderator)


def _signed_in_call(
    feed_url: str, cache_dir: Path, allow_insecure: bool, fn: Callable[[FeedClient], T]
) -> T:
    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient, RetryPolicy
    from wheelshare.sync.errors import AuthNeededError

    # One attempt: a decision is sent once, and its answer shown.
    with FeedClient(
        feed_url,
        connect_timeout=5.0,
        read_timeout=30.0,
        retry=RetryPolicy(attempts=1),
        allow_insecure=allow_insecure,
    ) as client:
        if Accounts(client, cache_dir).restore() is None:
            raise AuthNeededError()
        return fn(client)


def _reminders(cache: Cache, user_id: str) -> list[Notification]:
    from wheelshare.cache import lookups
    from wheelshare.notify import notices

    with cache.session() as s:
        mine = {
            b.id: b
            for role in ("renter", "owner")
            for b in lookups.bookings_for_user(s, user_id, role)
        }
    return notices.reminders(mine.values(), user_id, clock.now().astimezone().date())


def _close(cache: Cache | None, embedded: DemoFeed | None) -> None:
    if cache is not None:
        from wheelshare.sync import store

        store.close_cache(cache)
    if embedded is not None:
        embedded.stop()
