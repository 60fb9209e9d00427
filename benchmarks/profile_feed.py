"""Where a change-feed request's time goes, profiled with pyinstrument.

    python benchmarks/profile_feed.py [--venues 20000] [--rounds 3] [--html DIR]

Seeds the demo set into a SQLite file and drives the feed's ASGI app from this
thread (httpx's ASGI transport; FastAPI's thread pool is replaced by a direct
call, so the sampling profiler sees the whole request: routing, dependencies,
the route, the database and the GZip middleware). Times, as medians:

* ``page``: reading the public feed from the start to the end, 200 changes a
  page, as a client with an empty cache without snapshot does;
* ``304``: an up-to-date client asking again with its ETag;
* ``noop``: ``GET /v1/policy``, a small constant answer: the cost of a
  request that does almost nothing, as the baseline;
* ``booking`` (``--bookings N``): ``POST /v1/bookings`` answered 201 (instant
  booking), from demo renters in turn over 32 vans of the demo owner, as
  ``feed_bench.py`` sends them: token lookup, checks, quote, insert, change
  log, availability, commit.

in CPU time of this process (client and server are both in it, in one
thread: on a shared, loaded machine wall time measures the neighbours), then
prints the profile of the two feed loops (``--html DIR`` also writes them
as HTML). Run it with ``PYTHONPATH`` pointing at another checkout's ``src`` to
compare two versions in the same session.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import fastapi.dependencies.utils
import fastapi.routing
import httpx
from _feed_server import van_listing
from pyinstrument import Profiler

from wheelshare import demo
from wheelshare.domain.wire import format_time
from wheelshare.feed.app import create_app
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.seed import seed_demo
from wheelshare.feed.settings import FeedSettings


async def _inline(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return func(*args, **kwargs)


def _in_this_thread() -> None:
    fastapi.routing.run_in_threadpool = _inline  # type: ignore[attr-defined]
    fastapi.dependencies.utils.run_in_threadpool = _inline  # type: ignore[attr-defined]


async def _read_feed(client: httpx.AsyncClient) -> tuple[int, str, str]:
    since, pages = None, 0
    while True:
        params = {"limit": "200"} | ({"since": since} if since else {})
        r = await client.get("/v1/changes", params=params)
        r.raise_for_status()
        pages += 1
        page = r.json()
        since = page["cursor"]
        if not page["has_more"]:
            return pages, since, r.headers["ETag"]


async def _bookers(client: httpx.AsyncClient, vans: int = 32, renters: int = 8) -> Any:
    """A function that sends the next booking request (each a 201)."""

    async def sign_in(email: str) -> dict[str, str]:
        r = await client.post(
            "/v1/auth/token", json={"email": email, "password": demo.DEMO_PASSWORD}
        )
        r.raise_for_status()
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    owner = await sign_in(demo.DEMO_OWNER_EMAIL)
    people = [await sign_in(demo.DEMO_RENTER_EMAIL)]
    people += [
        await sign_in(f"user{i + 100:04d}@demo.wheelshare.invalid") for i in range(1, renters)
    ]
    ids = []
    for i in range(vans):
        body = van_listing(f"Profiled van {i}")
        r = await client.post("/v1/vehicles", json=body, headers=owner)
        r.raise_for_status()
        ids.append(r.json()["vehicle"]["id"])
    base = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    count = itertools.count()

    async def book() -> None:
        k = next(count)
        start = base + timedelta(days=k // vans)
        r = await client.post(
            "/v1/bookings",
            json={
                "vehicle_id": ids[k % vans],
                "start": format_time(start),
                "end": format_time(start + timedelta(hours=20)),
            },
            headers={**people[(k // vans) % renters], "Idempotency-Key": str(uuid.uuid4())},
        )
        assert r.status_code == 201, r.text

    return book


async def measure(url: str, rounds: int, polls: int, html: Path | None, bookings: int = 0) -> None:
    app = create_app(FeedSettings(db_url=url, background_sweep=False))
    transport = httpx.ASGITransport(app=app)
    headers = {"Accept-Encoding": "gzip"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://feed", headers=headers
    ) as client:
        # The same in every version: a small constant answer.
        noop_path = "/v1/policy"
        pages, end, _ = await _read_feed(client)  # warm: imports, caches of SQLAlchemy
        # The ETag of "nothing after the end", as an up-to-date client holds it.
        tail = await client.get("/v1/changes", params={"limit": "200", "since": end})
        etag = tail.headers["ETag"]
        page_times, poll_times, noop_times = [], [], []

        async def poll() -> None:
            r = await client.get(
                "/v1/changes",
                params={"limit": "200", "since": end},
                headers={"If-None-Match": etag},
            )
            assert r.status_code == 304, r.status_code

        # Timed first, without the profiler (its sampling thread costs CPU too).
        for _ in range(rounds):
            t0 = time.process_time()
            await _read_feed(client)
            page_times.append((time.process_time() - t0) / pages)
        for _ in range(polls):
            t0 = time.process_time()
            await poll()
            poll_times.append(time.process_time() - t0)
        pages_profile = Profiler(interval=0.0005)
        with pages_profile:
            for _ in range(rounds):
                await _read_feed(client)
        polls_profile = Profiler(interval=0.0002)
        with polls_profile:
            for _ in range(polls):
                await poll()
        for _ in range(polls):
            t0 = time.process_time()
            await client.get(noop_path)
            noop_times.append(time.process_time() - t0)
        booking_times = []
        if bookings:
            book = await _bookers(client)
            for _ in range(bookings):
                t0 = time.process_time()
                await book()
                booking_times.append(time.process_time() - t0)
            bookings_profile = Profiler(interval=0.0002)
            with bookings_profile:
                for _ in range(bookings):
                    await book()
    med = statistics.median
    print(f"pages in the feed:  {pages}")
    print(
        f"page of 200:        {med(page_times) * 1000:.2f} ms  ({1 / med(page_times):,.0f} pages/s)"
    )
    print(
        f"304:                {med(poll_times) * 1000:.3f} ms  ({1 / med(poll_times):,.0f} req/s)"
    )
    print(f"noop {noop_path}: {med(noop_times) * 1000:.3f} ms  (baseline)")
    print(
        f"ratios to noop:     page {med(page_times) / med(noop_times):.1f}x, "
        f"304 {med(poll_times) / med(noop_times):.2f}x"
    )
    if booking_times:
        print(
            f"booking (201):      {med(booking_times) * 1000:.2f} ms"
            f"  ({1 / med(booking_times):,.0f} req/s,"
            f" {med(booking_times) / med(noop_times):.1f}x noop)"
        )
    print("\n--- reading the feed, page by page ---")
    print(pages_profile.output_text(unicode=False, color=False, show_all=False)[:6000])
    print("\n--- 304s ---")
    print(polls_profile.output_text(unicode=False, color=False, show_all=False)[:4000])
    if booking_times:
        print("\n--- bookings ---")
        print(bookings_profile.output_text(unicode=False, color=False, show_all=False)[:8000])
    if html is not None:
        html.mkdir(parents=True, exist_ok=True)
        (html / "pages.html").write_text(pages_profile.output_html(), encoding="utf-8")
        (html / "polls.html").write_text(polls_profile.output_html(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vehicles", type=int, default=700)
    parser.add_argument("--venues", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--polls", type=int, default=500)
    parser.add_argument("--bookings", type=int, default=0, help="booking requests to time")
    parser.add_argument("--html", type=Path)
    args = parser.parse_args()
    _in_this_thread()
    path = Path(tempfile.mkdtemp(prefix="wheelshare-profile-")) / "feed.sqlite3"
    url = f"sqlite:///{path}"
    db = Database(url)
    migrate(db)
    seed_demo(db, vehicles=args.vehicles, venues=args.venues)
    db.dispose()
    asyncio.run(measure(url, args.rounds, args.polls, args.html, args.bookings))


if __name__ == "__main__":
    main()
