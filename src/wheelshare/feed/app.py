"""The feed server's FastAPI application."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from wheelshare.feed import (
    companions,
    fastpath,
    openapi,
    renter_reviews,
    routes_account_rights,
    routes_accounts,
    routes_bookings,
    routes_changes,
    routes_companions,
    routes_contributions,
    routes_handover,
    routes_messages,
    routes_moderation,
    routes_ops,
    routes_photos,
    routes_renter_reviews,
    routes_reviews,
    routes_vehicles,
    snapshot,
)
from wheelshare.feed.bookings import sweep_due
from wheelshare.feed.db import Database
from wheelshare.feed.errors import FeedError
from wheelshare.feed.hashing import HashingPool
from wheelshare.feed.http import (
    BodyLimit,
    FeedContext,
    on_database_unavailable,
    on_feed_error,
    on_http_error,
    on_unexpected,
    on_validation_error,
)
from wheelshare.feed.metrics import FeedMetrics, RequestTimer
from wheelshare.feed.photo_storage import open_storage
from wheelshare.feed.proxies import TrustedProxies
from wheelshare.feed.settings import FeedSettings
from wheelshare.feed.tombstones import prune_tombstones
from wheelshare.feed.wakeups import Wakeups, listen

log = logging.getLogger(__name__)


class _Sweeper:
    """Expires unanswered requests and completes ended bookings every so often,
    so they show in the change feeds even when nobody touches them."""

    def __init__(
        self, db: Database, interval: float, tombstone_ttl: timedelta, snapshot_every: timedelta
    ) -> None:
        self._db = db
        self._snapshot_every = snapshot_every
        self._interval = interval
        self._tombstone_ttl = tombstone_ttl
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="feed-sweep", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                sweep_due(self._db)
                companions.sweep_due(self._db)
                renter_reviews.sweep_due(self._db)
                prune_tombstones(self._db, self._tombstone_ttl)
                snapshot.rebuild_if_due(self._db, self._snapshot_every)
            except Exception:  # keep sweeping; the next round retries
                log.exception("the booking sweep failed")


def create_app(settings: FeedSettings) -> FastAPI:
    db = Database(settings.db_url, pool_size=settings.pool_size)
    wakeups = Wakeups(per_account=settings.waits_per_account, overall=settings.waits_per_process)
    # This process's own commits wake its waiters at once; on PostgreSQL the
    # other processes' commits arrive through LISTEN (a read-only process on a
    # replica hears nothing: its waits end at their time limit).
    db.on_private_changes = wakeups.wake
    head = fastpath.head_watch(settings.db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sweeper = None
        if settings.background_sweep and not settings.read_only:
            sweeper = _Sweeper(
                db,
                settings.sweep_interval.total_seconds(),
                settings.tombstone_ttl,
                settings.snapshot_interval,
            )
            sweeper.start()
        listener = None
        if db.is_postgres and not settings.read_only:
            listener = asyncio.create_task(listen(settings.db_url, wakeups))
        try:
            yield
        finally:
            if listener is not None:
                listener.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await listener
            if sweeper is not None:
                sweeper.stop()
            if head is not None:
                head.close()
            db.dispose()

    app = FastAPI(
        title="wheelshare feed",
        version="2",
        summary="Adapted vehicles to rent from their owners, and accessible venues.",
        lifespan=lifespan,
    )
    hashing = HashingPool(
        settings.hash_workers, settings.hash_queue, settings.hash_wait.total_seconds()
    )
    metrics = FeedMetrics(db) if settings.metrics else None
    storage = open_storage(settings.photo_store, s3_endpoint_url=settings.s3_endpoint_url)
    context = FeedContext(
        settings,
        db,
        TrustedProxies(settings.trusted_proxies),
        hashing,
        wakeups,
        metrics=metrics,
        photo_storage=storage,
    )
    app.state.feed = context
    routers = [
        module.router
        for module in (
            routes_accounts,
            routes_account_rights,
            routes_changes,
            routes_vehicles,
            routes_bookings,
            routes_reviews,
            routes_renter_reviews,
            routes_contributions,
            routes_moderation,
            routes_companions,
            routes_messages,
            routes_photos,
            routes_handover,
        )
    ]
    for router in routers:
        app.include_router(router)
    # Probes and metrics: for operators, not in the protocol's document.
    app.include_router(routes_ops.router)
    openapi.install(app, routers)
    app.add_exception_handler(FeedError, on_feed_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(OperationalError, on_database_unavailable)
    app.add_exception_handler(Exception, on_unexpected)
    # Innermost, so the GZip and body-limit layers and the metrics treat its
    # answers as the route's.
    app.add_middleware(
        fastpath.PublicPages,
        head=head,
        pages=context.pages,
        default_limit=settings.default_page_size,
        max_limit=settings.max_page_size,
        route=next(
            r
            for r in routes_changes.router.routes
            if getattr(r, "path", None) == fastpath.PATH and "GET" in getattr(r, "methods", ())
        ),
    )
    # zlib's default level: on change pages level 9 (Starlette's default) takes about
    # six times as long for 6 % fewer bytes.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    # A photo upload may be as large as a photo, plus its form's few other fields.
    upload_limit = settings.max_photo_bytes + 64 * 1024
    app.add_middleware(
        BodyLimit,
        limit=settings.max_body_bytes,
        larger=[
            (routes_photos.UPLOAD_PATH, upload_limit),
            (routes_handover.UPLOAD_PATH, upload_limit),
        ],
    )
    if metrics is not None:
        app.add_middleware(RequestTimer, metrics=metrics)
    return app
