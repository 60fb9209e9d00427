"""The desktop app's no-configuration feed: the reference server, on this machine.

A SQLite file in the app's data folder, migrated and loaded with the full demo
set on first run (kept afterwards, with whatever the user did in it), served on a
loopback port by a thread of the app's own process. The app then syncs with it
over HTTP exactly as with a remote feed.

The demo's bookings and free days are laid out around the day it was seeded. A
demo seeded :data:`REFRESH_AFTER` or more ago has drifted into the past (its
upcoming bookings are over, its owner's requests expired), so it is replaced by
a new one laid out around today; the result says so (``fresh``), and the app
then starts its own copy of the demo data afresh as well.

A first run waits for the demo feed, so it is seeded in two steps: what the
app's first screen lists (people, vehicles, availability, bookings) is loaded
and put in a snapshot before the server answers; the venues, trips, offers and
photos (the bulk) are loaded afterwards on a thread of their own, and the app
hears of it (``on_complete``) and syncs them through the change feed. A feed
stopped in between loads that rest at its next start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wheelshare import demo
from wheelshare.feed import demo_age, snapshot
from wheelshare.feed.app import create_app
from wheelshare.feed.db import Database
from wheelshare.feed.demo_completion import Completion
from wheelshare.feed.demo_handover import seed_demo_handover
from wheelshare.feed.demo_photos import seed_demo_photos
from wheelshare.feed.migrate import migrate
from wheelshare.feed.photo_storage import LocalPhotoStorage
from wheelshare.feed.seed import rest_due, seed_demo, seed_demo_rest, seeded_on
from wheelshare.feed.server_thread import RunningServer, serve_in_thread
from wheelshare.feed.settings import FeedSettings
from wheelshare.private_files import make_private_dir, make_private_sqlite_file, remove_sqlite_file

DB_NAME = demo_age.DB_NAME
PHOTOS_DIR = "embedded-feed-photos"
REFRESH_AFTER = demo_age.REFRESH_AFTER
QUIT_GRACE_S = 1
# The rest of a demo set is loaded once the app has fetched the snapshot of its
# first part (its first sync then needs no more of this process), or after this
# long when no app asks for one (a later start: its cache is not empty).
REST_WAITS_FOR_SNAPSHOT_S = 5.0

log = logging.getLogger(__name__)


@dataclass
class EmbeddedFeed:
    url: str
    db_path: Path
    renter_email: str = demo.DEMO_RENTER_EMAIL
    owner_email: str = demo.DEMO_OWNER_EMAIL
    password: str = demo.DEMO_PASSWORD
    fresh: bool = False  # seeded by this start: any client copy of an older demo is stale
    _server: RunningServer | None = field(default=None, repr=False)
    # The whole demo set is in (its rest is loaded after the server came up).
    completion: Completion = field(default_factory=Completion, repr=False)
    _completing: threading.Thread | None = field(default=None, repr=False)

    @property
    def complete(self) -> bool:
        return self.completion.done

    def when_complete(self, callback: Callable[[], None]) -> None:
        self.completion.add(callback)

    def wait_complete(self, timeout: float | None = None) -> bool:
        """Waits for the rest of the demo set to be loaded; False on timeout."""
        if self._completing is not None:
            self._completing.join(timeout)
            return not self._completing.is_alive()
        return True

    def stop(self) -> None:
        # The rest, if it is still loading, is not waited for: a quit must not
        # wait seconds for it. Stopped half-way (the process ends), its
        # transaction is rolled back and the next start loads it again.
        if self._server is not None:
            # Its one client is the app, which is quitting: its long poll, left
            # waiting, would otherwise hold the quit for a real server's 5 s grace.
            self._server.stop(grace_s=QUIT_GRACE_S)
            self._server = None


@dataclass(frozen=True, slots=True)
class Prepared:
    url: str
    fresh: bool  # the demo set was loaded by this call (first run, or refreshed)
    rest_due: bool = False  # its rest is still to load (complete())


def prepare(
    db_path: Path,
    *,
    vehicles: int = 700,
    venues: int = 20_000,
    photos_dir: Path | None = None,
    first_only: bool = False,
) -> Prepared:
    """Creates or updates the database file and seeds it once, or again when its
    demo set has drifted into the past; with ``photos_dir``, the demo photos too.

    ``first_only``: a new demo set gets only its first part (what the app's
    first screen lists) and a snapshot of it, and no photos: :func:`complete`
    loads the rest."""
    make_private_dir(db_path.parent)
    if db_path.exists():
        # The app's own file, with its users' password hashes: only the user may
        # read it, even if an older version made it readable by all. (A new one
        # is created private by the feed's engine.)
        make_private_sqlite_file(db_path, tighten=True)
        if _stale(db_path):
            remove_sqlite_file(db_path)
    url = f"sqlite:///{db_path}"
    db = Database(url)
    try:
        migrate(db)
        fresh = seed_demo(db, vehicles=vehicles, venues=venues, first_only=first_only).seeded
        if not first_only:
            fresh = seed_demo_rest(db) or fresh
        if fresh:
            # Once, so that the app's first sync loads the demo in one go.
            snapshot.build(db)
        if photos_dir is not None and not first_only:
            seed_demo_photos(db, LocalPhotoStorage(photos_dir))
            seed_demo_handover(db, LocalPhotoStorage(photos_dir))
        due = rest_due(db)
    finally:
        db.dispose()
    return Prepared(url, fresh, due)


def complete(
    db_path: Path,
    photos_dir: Path | None = None,
    on_loaded: Callable[[], None] | None = None,
) -> bool:
    """Loads what :func:`prepare` left for later (the rest of a demo set seeded
    ``first_only``, the demo photos) and then calls ``on_loaded``; answers
    whether the demo set's rest was loaded by this call. The newest snapshot
    is then rebuilt, so a client starting from it gets the whole set."""
    db = Database(f"sqlite:///{db_path}")
    try:
        loaded = seed_demo_rest(db)
        if photos_dir is not None:
            seed_demo_photos(db, LocalPhotoStorage(photos_dir))
            seed_demo_handover(db, LocalPhotoStorage(photos_dir))
        if on_loaded is not None:
            on_loaded()
        if loaded:
            snapshot.build(db)
    finally:
        db.dispose()
    return loaded


def _stale(db_path: Path) -> bool:
    db = Database(f"sqlite:///{db_path}")
    try:
        migrate(db)
        day = seeded_on(db)
    finally:
        db.dispose()
    return demo_age.is_stale(day)


def start_embedded(data_dir: Path, on_complete: Callable[[], None] | None = None) -> EmbeddedFeed:
    """Prepares the demo feed in ``data_dir`` and serves it on a loopback port.

    The server answers once the demo set's first part is in; the rest follows
    on a thread, and ``on_complete`` is called (on that thread) once the whole
    set is in, whether it was loaded now or before."""
    db_path = data_dir / DB_NAME
    photos = data_dir / PHOTOS_DIR
    prepared = prepare(db_path, first_only=True)
    settings = FeedSettings(db_url=prepared.url, photo_store=str(photos))
    app = create_app(settings)
    snapshots = app.state.feed.snapshots
    server = serve_in_thread(app)
    feed = EmbeddedFeed(
        url=server.url,
        db_path=db_path,
        fresh=prepared.fresh,
        completion=Completion(done=not prepared.rest_due),
        _server=server,
    )
    if on_complete is not None:
        feed.when_complete(on_complete)

    def load_the_rest() -> None:
        if not feed.complete:
            # Python threads share one interpreter lock: loading the rest now
            # would slow the sign-in and snapshot the app waits for.
            snapshots.sent.wait(REST_WAITS_FOR_SNAPSHOT_S)
        try:
            complete(db_path, photos, feed.completion.set)
        except Exception:
            # The vehicles stay served; the rest is loaded at the next start.
            log.exception("the demo feed could not load the rest of its demo set")

    feed._completing = threading.Thread(target=load_the_rest, name="demo rest", daemon=True)
    feed._completing.start()
    return feed
