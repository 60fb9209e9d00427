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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wheelshare import demo
from wheelshare.feed import demo_age, snapshot
from wheelshare.feed.app import create_app
from wheelshare.feed.db import Database
from wheelshare.feed.demo_handover import seed_demo_handover
from wheelshare.feed.demo_photos import seed_demo_photos
from wheelshare.feed.migrate import migrate
from wheelshare.feed.photo_storage import LocalPhotoStorage
from wheelshare.feed.seed import seed_demo, seeded_on
from wheelshare.feed.server_thread import RunningServer, serve_in_thread
from wheelshare.feed.settings import FeedSettings, KdfCost
from wheelshare.private_files import make_private_dir, make_private_sqlite_file, remove_sqlite_file

DB_NAME = demo_age.DB_NAME
PHOTOS_DIR = "embedded-feed-photos"
REFRESH_AFTER = demo_age.REFRESH_AFTER
QUIT_GRACE_S = 1
# The demo accounts share the one published demo password, so their hash
# protects nothing; at full cost, checking it at each start's sign-in took
# 64 MiB in the demo feed's process (its peak). Accounts a person creates in
# the demo feed are hashed at the feed's own cost (FeedSettings.kdf).
DEMO_KDF = KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@dataclass
class EmbeddedFeed:
    url: str
    db_path: Path
    renter_email: str = demo.DEMO_RENTER_EMAIL
    owner_email: str = demo.DEMO_OWNER_EMAIL
    password: str = demo.DEMO_PASSWORD
    fresh: bool = False  # seeded by this start: any client copy of an older demo is stale
    _server: RunningServer | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self._server is not None:
            # Its one client is the app, which is quitting: its long poll, left
            # waiting, would otherwise hold the quit for a real server's 5 s grace.
            self._server.stop(grace_s=QUIT_GRACE_S)
            self._server = None


@dataclass(frozen=True, slots=True)
class Prepared:
    url: str
    fresh: bool  # the demo set was loaded by this call (first run, or refreshed)


def prepare(
    db_path: Path,
    *,
    vehicles: int = 700,
    venues: int = 20_000,
    photos_dir: Path | None = None,
) -> Prepared:
    """Creates or updates the database file and seeds it once, or again when its
    demo set has drifted into the past; with ``photos_dir``, the demo photos too."""
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
        fresh = seed_demo(db, vehicles=vehicles, venues=venues, kdf=DEMO_KDF).seeded
        if fresh:
            # Once, so that the app's first sync loads the demo in one go.
            snapshot.build(db)
        if photos_dir is not None:
            seed_demo_photos(db, LocalPhotoStorage(photos_dir))
            seed_demo_handover(db, LocalPhotoStorage(photos_dir))
    finally:
        db.dispose()
    return Prepared(url, fresh)


def _stale(db_path: Path) -> bool:
    db = Database(f"sqlite:///{db_path}")
    try:
        migrate(db)
        day = seeded_on(db)
    finally:
        db.dispose()
    return demo_age.is_stale(day)


def start_embedded(data_dir: Path) -> EmbeddedFeed:
    db_path = data_dir / DB_NAME
    prepared = prepare(db_path, photos_dir=data_dir / PHOTOS_DIR)
    settings = FeedSettings(db_url=prepared.url, photo_store=str(data_dir / PHOTOS_DIR))
    server = serve_in_thread(create_app(settings))
    return EmbeddedFeed(url=server.url, db_path=db_path, fresh=prepared.fresh, _server=server)
