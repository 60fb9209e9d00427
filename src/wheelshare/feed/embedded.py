"""The desktop app's no-configuration feed: the reference server, on this machine.

A SQLite file in the app's data folder, migrated and loaded with the full demo
set on first run (kept afterwards, with whatever the user did in it), served on a
loopback port by a thread of the app's own process. The app then syncs with it
over HTTP exactly as with a remote feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wheelshare.domain import demo
from wheelshare.feed.app import create_app
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.seed import seed_demo
from wheelshare.feed.server_thread import RunningServer, serve_in_thread
from wheelshare.feed.settings import FeedSettings

DB_NAME = "embedded-feed.sqlite3"


@dataclass
class EmbeddedFeed:
    url: str
    db_path: Path
    renter_email: str = demo.DEMO_RENTER_EMAIL
    owner_email: str = demo.DEMO_OWNER_EMAIL
    password: str = demo.DEMO_PASSWORD
    _server: RunningServer | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


def prepare(db_path: Path, *, vehicles: int = 700, venues: int = 20_000) -> str:
    """Creates or updates the database file and seeds it once; returns its URL."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{db_path}"
    db = Database(url)
    try:
        migrate(db)
        seed_demo(db, vehicles=vehicles, venues=venues)
    finally:
        db.dispose()
    return url


def start_embedded(data_dir: Path) -> EmbeddedFeed:
    db_path = data_dir / DB_NAME
    url = prepare(db_path)
    server = serve_in_thread(create_app(FeedSettings(db_url=url)))
    return EmbeddedFeed(url=server.url, db_path=db_path, _server=server)
