"""A real feed server for tests of other parts (sync engine, UI).

``LiveFeed`` runs the reference server with uvicorn in a thread on a loopback
port, on its own SQLite file seeded with a small deterministic demo set, and
offers helpers to act as the demo renter, the demo owner or new users through
the HTTP API, as the app would::

    with LiveFeed(tmp_path) as feed:
        renter = feed.renter()
        feed.book(renter, vehicle_id, start, end)

The seeded file is made once per process and copied for each feed, so a new
feed costs a file copy and a server start, not a seed.
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

from wheelshare import demo
from wheelshare.domain.wire import format_time
from wheelshare.feed.app import create_app
from wheelshare.feed.bookings import sweep
from wheelshare.feed.changelog import set_new_epoch
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.seed import seed_demo
from wheelshare.feed.server_thread import RunningServer, serve_in_thread
from wheelshare.feed.settings import FeedSettings, KdfCost, RateLimit

# Cheap password hashing for tests: the same argon2id code, lower cost.
TEST_KDF = KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1)
SMALL_VEHICLES = 40
SMALL_VENUES = 300
# A few trips and offers, so screens and syncs meet them; tests post their own.
SMALL_TRIPS = 40

# How long a test's server waits for requests in flight when it stops. At the end
# of a test the app's long poll is still waiting (its client leaves without
# hanging up) and would hold every stop for the full grace of a real server; any
# other request finishes in milliseconds.
STOP_GRACE_S = 1

_templates: dict[tuple[int, int], Path] = {}
_templates_lock = threading.Lock()
_counter = itertools.count(1)


def _template(vehicles: int, venues: int) -> Path:
    with _templates_lock:
        path = _templates.get((vehicles, venues))
        if path is None or not path.exists():
            folder = Path(tempfile.mkdtemp(prefix="wheelshare-feed-template-"))
            path = folder / f"demo-{vehicles}-{venues}.sqlite3"
            db = Database(f"sqlite:///{path}")
            try:
                migrate(db)
                seed_demo(db, vehicles=vehicles, venues=venues, trips=SMALL_TRIPS, kdf=TEST_KDF)
            finally:
                db.dispose()
            _templates[(vehicles, venues)] = path
        return path


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    email: str
    password: str
    display_name: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


class LiveFeed:
    """A running feed server for one test; a context manager."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        db_url: str | None = None,
        vehicles: int = SMALL_VEHICLES,
        venues: int = SMALL_VENUES,
        seed: bool = True,
        **settings: Any,
    ) -> None:
        """``db_url``: use this (e.g. PostgreSQL) database instead of a SQLite copy;
        it is migrated and, with ``seed``, loaded with the small demo set.
        ``settings``: FeedSettings fields to override (e.g. request_expiry)."""
        self._own_folder = folder is None
        self.folder = folder or Path(tempfile.mkdtemp(prefix="wheelshare-live-feed-"))
        if db_url is None:
            path = self.folder / f"feed-{next(_counter)}.sqlite3"
            if seed:
                shutil.copyfile(_template(vehicles, venues), path)
            db_url = f"sqlite:///{path}"
        self.db = Database(db_url)
        migrate(self.db)
        if seed:
            # A copy of the template is a feed of its own: its own epoch, so a
            # client's cursor from one test feed is never taken by another.
            with self.db.write() as s:
                set_new_epoch(s)
        if seed:
            seed_demo(self.db, vehicles=vehicles, venues=venues, trips=SMALL_TRIPS, kdf=TEST_KDF)
        base = {
            "db_url": db_url,
            "kdf": TEST_KDF,
            "background_sweep": False,
            "pool_size": 10,
            "photo_store": str(self.folder / "photos"),
            # Tests make many accounts from this one address.
            "register_per_address": RateLimit(100_000, timedelta(hours=1)),
        }
        self.settings = dataclasses.replace(FeedSettings(), **{**base, **settings})
        self.app = create_app(self.settings)
        self._closed = False
        self._server: RunningServer | None = serve_in_thread(self.app)
        self.url = self._server.url
        self.http = requests.Session()

    # -- lifecycle ---------------------------------------------------------------

    def __enter__(self) -> LiveFeed:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._server is not None:
            self._server.stop(grace_s=STOP_GRACE_S)
            self._server = None
        self.http.close()
        self.db.dispose()
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def stop_server(self) -> int:
        """Stops only the HTTP server (the data stays), as when a client loses the
        feed; returns the port, for :meth:`restart_server`."""
        assert self._server is not None, "the server is not running"
        port = self._server.port
        self._server.stop(grace_s=STOP_GRACE_S)
        self._server = None
        return port

    def restart_server(self, port: int) -> None:
        """Serves the same data again, on ``port`` (the one it had, normally)."""
        assert self._server is None, "the server is running"
        self._server = serve_in_thread(self.app, port=port)
        self.url = self._server.url

    # -- accounts ----------------------------------------------------------------

    def sign_in(self, email: str, password: str) -> str:
        r = self.http.post(f"{self.url}/v1/auth/token", json={"email": email, "password": password})
        r.raise_for_status()
        token: str = r.json()["access_token"]
        return token

    def register(
        self, name: str = "", *, email: str = "", password: str = "correct horse battery"
    ) -> Account:
        """A new account, signed in."""
        n = uuid.uuid4().hex[:10]
        email = email or f"user-{n}@example.org"
        display = name or f"Tester {n}"
        r = self.http.post(
            f"{self.url}/v1/auth/register",
            json={"email": email, "password": password, "display_name": display},
        )
        r.raise_for_status()
        user = r.json()["user"]
        return Account(user["id"], email, password, display, self.sign_in(email, password))

    def _demo(self, email: str) -> Account:
        token = self.sign_in(email, demo.DEMO_PASSWORD)
        r = self.http.get(f"{self.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        user = r.json()["user"]
        return Account(user["id"], email, demo.DEMO_PASSWORD, user["display_name"], token)

    def renter(self) -> Account:
        """The demo renter, signed in (has bookings in every state)."""
        return self._demo(demo.DEMO_RENTER_EMAIL)

    def owner(self) -> Account:
        """The demo owner, signed in (owns the first vehicles; has requests waiting)."""
        return self._demo(demo.DEMO_OWNER_EMAIL)

    # -- acting through the API --------------------------------------------------

    def create_vehicle(self, owner: Account, **fields: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "title": "Test van with rear ramp",
            "location": {"lat": 48.8566, "lon": 2.3522, "city": "Paris", "address": ""},
            "adaptations": {"rear_ramp": True},
            "prices": {
                "half_day": {"amount": 3000, "currency": "EUR"},
                "day": {"amount": 5000, "currency": "EUR"},
                "week": {"amount": 25000, "currency": "EUR"},
            },
            **fields,
        }
        r = self.http.post(f"{self.url}/v1/vehicles", json=body, headers=owner.headers)
        r.raise_for_status()
        vehicle: dict[str, Any] = r.json()["vehicle"]
        return vehicle

    def book(
        self,
        renter: Account,
        vehicle_id: str,
        start: datetime,
        end: datetime,
        *,
        key: str | None = None,
    ) -> requests.Response:
        """Sends a booking request; returns the response (201, 409…) unchecked."""
        return self.http.post(
            f"{self.url}/v1/bookings",
            json={"vehicle_id": vehicle_id, "start": format_time(start), "end": format_time(end)},
            headers={**renter.headers, "Idempotency-Key": key or str(uuid.uuid4())},
        )

    def act(self, who: Account, booking_id: str, action: str) -> requests.Response:
        """``action``: accept, decline or cancel."""
        return self.http.post(f"{self.url}/v1/bookings/{booking_id}/{action}", headers=who.headers)

    def message(
        self, who: Account, booking_id: str, text: str, *, key: str | None = None
    ) -> requests.Response:
        """Sends a message in a booking's conversation; the response unchecked."""
        return self.http.post(
            f"{self.url}/v1/bookings/{booking_id}/messages",
            json={"text": text},
            headers={**who.headers, "Idempotency-Key": key or str(uuid.uuid4())},
        )

    def changes(self, since: str | None = None, *, who: Account | None = None) -> dict[str, Any]:
        path = "/v1/me/changes" if who else "/v1/changes"
        params = {"since": since} if since else {}
        r = self.http.get(f"{self.url}{path}", params=params, headers=who.headers if who else {})
        r.raise_for_status()
        page: dict[str, Any] = r.json()
        return page

    def all_changes(
        self, since: str | None = None, *, who: Account | None = None
    ) -> tuple[list[dict[str, Any]], str]:
        """Every change after ``since``, paging to the end; and the last cursor."""
        out: list[dict[str, Any]] = []
        while True:
            page = self.changes(since, who=who)
            out.extend(page["changes"])
            since = page["cursor"]
            if not page["has_more"]:
                return out, page["cursor"]

    def sweep(self) -> int:
        """Expires and completes due bookings now (normally periodic)."""
        with self.db.write() as s:
            return sweep(s)
