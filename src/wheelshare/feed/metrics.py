"""Prometheus metrics of a feed process (``GET /metrics``, off unless asked for).

Only when ``FeedSettings.metrics`` is on is prometheus-client (the ``server``
extra) imported; the app's embedded demo feed never is. What is measured:

* ``wheelshare_feed_request_seconds{route, method, status}``: latency of each
  answer, by route template (``/v1/vehicles/{vehicle_id}``, never an id);
* ``wheelshare_feed_bookings_total{outcome}``: booking requests placed
  (``created``) or answered again for a resent request (``repeated``);
* ``wheelshare_feed_rate_limited_total``: answers 429 (sign-in and
  registration attempt limits);
* ``wheelshare_feed_newest_change_age_seconds``: how old the newest entry of
  the change log is, read at each scrape. On a read replica it bounds how far
  the change feed it serves lags behind (when the primary writes often).

Several worker processes each count their own requests; for one view of them
set ``PROMETHEUS_MULTIPROC_DIR`` (prometheus-client's multiprocess mode) to an
empty folder before starting the server (docs/deploy.md).
"""

from __future__ import annotations

import os
import time
from typing import Any

from sqlalchemy import func, select
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wheelshare.domain import clock
from wheelshare.feed.db import Database
from wheelshare.feed.models import ChangeRow


class FeedMetrics:
    """The metrics of one process, registered in a registry of its own."""

    def __init__(self, db: Database) -> None:
        from prometheus_client import CollectorRegistry, Counter, Histogram
        from prometheus_client.core import GaugeMetricFamily

        self._db = db
        self.registry = CollectorRegistry()
        self.requests = Histogram(
            "wheelshare_feed_request_seconds",
            "Time to answer a request, by route template",
            ["route", "method", "status"],
            registry=self.registry,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        )
        self.bookings = Counter(
            "wheelshare_feed_bookings",
            "Booking requests placed (created) or answered again (repeated)",
            ["outcome"],
            registry=self.registry,
        )
        self.rate_limited = Counter(
            "wheelshare_feed_rate_limited",
            "Answers 429: too many sign-in or registration attempts",
            registry=self.registry,
        )
        metrics = self

        class _Lag:
            def collect(self) -> Any:
                gauge = GaugeMetricFamily(
                    "wheelshare_feed_newest_change_age_seconds",
                    "Age of the newest change-log entry (the change feed's lag on a replica)",
                )
                gauge.add_metric([], metrics.newest_change_age())
                yield gauge

        self.registry.register(_Lag())

    def newest_change_age(self) -> float:
        with self._db.read() as s:
            newest = s.scalar(select(func.max(ChangeRow.created_at)))
        return 0.0 if newest is None else max(0.0, (clock.now() - newest).total_seconds())

    def exposition(self) -> tuple[bytes, str]:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import CollectorRegistry, multiprocess

            merged = CollectorRegistry()
            multiprocess.MultiProcessCollector(merged)  # type: ignore[no-untyped-call]
            return generate_latest(merged), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class RequestTimer:
    """ASGI middleware: times every HTTP answer into ``FeedMetrics.requests``."""

    def __init__(self, app: ASGIApp, metrics: FeedMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def timed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, timed)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.requests.labels(template, scope["method"], str(status)).observe(
                time.perf_counter() - started
            )
