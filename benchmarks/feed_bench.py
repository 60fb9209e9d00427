"""Feed server throughput on loopback: change pages and booking requests per second.

    python benchmarks/feed_bench.py [--pg postgresql+psycopg://…] [--rounds 5]

Loads the full demo set (700 vehicles, 20,000 venues) into a fresh SQLite file
and, when a PostgreSQL URL is given (or WHEELSHARE_TEST_PG_URL is set), into a
fresh PostgreSQL database; runs ``wheelshare-feed serve`` as its own process on
each; and measures from this process over HTTP, one request at a time:

* ``304``: an unchanged page asked again with If-None-Match — the baseline: the
  whole HTTP, routing and database round trip with nothing to send;
* ``page``: pages of 200 changes read from the start of the feed to its end,
  after the last round's bookings changed the log (read from the database);
* ``page again``: the same read once more (from the page cache);
* ``booking``: booking requests (201, instant booking, one transaction each with
  the overlap check, the change-log append and the availability refresh);
* ``booking x8``: the same from 8 client threads at once.

The timed requests go through ``http.client`` on kept-alive connections (one
per client thread), with gzip asked for and decoded and JSON parsed as a
sync client does; ``requests`` cost about a millisecond of the client's CPU
per request, as much as the server's own work on a 304. Each figure comes
with the CPU the client (this process) and the server (its processes) used
while it was measured, as a share of the wall time: on two shared cores
the client's share is CPU the server did not get. The server's CPU per
request, and the rate one core of its own would give, follow from them.

The bookings go to ``--vehicles`` instant-book vans from ``--renters`` demo
renters in turn, so that no renter holds more than the feed's limit of
bookings ahead on one vehicle (three) and no two bookings of a van overlap:
every request is a real 201, none a refusal.

Prints medians over the rounds, and each figure's ratio to the 304 baseline.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import psutil
import psycopg
import requests
from _feed_server import start_feed_server, van_listing
from psycopg import sql

from wheelshare import demo
from wheelshare.domain.wire import format_time
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.seed import seed_demo

PAGE = 200
# Booking requests per round: one client, then eight.
ONE, EIGHT = 100, 160
N304 = 1000
MAX_OPEN_PER_VEHICLE = 3  # FeedSettings.max_open_per_vehicle


class Client:
    """One kept-alive HTTP/1.1 connection, as light a client as the standard
    library has."""

    def __init__(self, base_url: str) -> None:
        host, port = base_url.removeprefix("http://").split(":")
        self._conn = http.client.HTTPConnection(host, int(port), timeout=60)

    def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None = None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        try:
            self._conn.request(
                method, path, body=body, headers={"Accept-Encoding": "gzip", **headers}
            )
            r = self._conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed the connection while it sat idle (uvicorn's
            # keep-alive timeout, between two measurements): open another.
            self._conn.close()
            self._conn.request(
                method, path, body=body, headers={"Accept-Encoding": "gzip", **headers}
            )
            r = self._conn.getresponse()
        data = r.read()
        if r.getheader("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        return r.status, r.headers, data

    def close(self) -> None:
        self._conn.close()


def _cpu(proc: psutil.Process) -> float:
    """CPU seconds of the server: its process and its workers."""
    total = 0.0
    for p in (proc, *proc.children(recursive=True)):
        try:
            t = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system
    return total


def rate(
    count: int, fn: Callable[[], None], server: psutil.Process, shares: list[tuple[float, float]]
) -> float:
    """Requests per second; appends (client, server) CPU as shares of the wall time."""
    c0, s0 = time.process_time(), _cpu(server)
    t0 = time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    shares.append(((time.process_time() - c0) / wall, (_cpu(server) - s0) / wall))
    return count / wall


def bench(
    name: str,
    db_url: str,
    rounds: int,
    vehicle_count: int = 64,
    renter_count: int = 8,
    workers: int = 1,
) -> dict[str, float]:
    needed = rounds * (ONE + EIGHT)
    if needed > vehicle_count * renter_count * MAX_OPEN_PER_VEHICLE:
        raise SystemExit(
            f"{needed} bookings need more than {vehicle_count} vans x {renter_count} renters"
            f" x {MAX_OPEN_PER_VEHICLE}: raise --vehicles or --renters"
        )
    t0 = time.perf_counter()
    db = Database(db_url)
    migrate(db)
    seed_demo(db)
    db.dispose()
    print(f"[{name}] migrated and seeded the full demo set in {time.perf_counter() - t0:.1f} s")
    proc, url = start_feed_server(db_url, workers)
    print(f"[{name}] serving with {workers} worker(s)")
    http = requests.Session()
    fast = Client(url)
    try:
        token = http.post(
            f"{url}/v1/auth/token",
            json={"email": demo.DEMO_OWNER_EMAIL, "password": demo.DEMO_PASSWORD},
        ).json()["access_token"]
        owner = {"Authorization": f"Bearer {token}"}
        renters = []
        for i in range(renter_count):
            email = (
                demo.DEMO_RENTER_EMAIL if i == 0 else f"user{i + 100:04d}@demo.wheelshare.invalid"
            )
            r = http.post(
                f"{url}/v1/auth/token", json={"email": email, "password": demo.DEMO_PASSWORD}
            )
            r.raise_for_status()
            renters.append({"Authorization": f"Bearer {r.json()['access_token']}"})
        vehicles = []
        for i in range(vehicle_count):
            body = van_listing(f"Benchmark van {i}")
            vehicles.append(
                http.post(f"{url}/v1/vehicles", json=body, headers=owner).json()["vehicle"]
            )
        first = http.get(f"{url}/v1/changes", params={"limit": PAGE})
        etag = first.headers["ETag"]
        total_pages = 0
        cursor = ""
        while True:
            page = http.get(f"{url}/v1/changes", params={"limit": PAGE, "since": cursor}).json()
            total_pages += 1
            cursor = page["cursor"]
            if not page["has_more"]:
                break

        def not_modified(n: int) -> Callable[[], None]:
            def run() -> None:
                for _ in range(n):
                    status, _, _ = fast.request(
                        "GET", f"/v1/changes?limit={PAGE}", {"If-None-Match": etag}
                    )
                    assert status == 304

            return run

        def read_all() -> None:
            since = ""
            while True:
                status, _, body = fast.request("GET", f"/v1/changes?limit={PAGE}&since={since}", {})
                assert status == 200
                page = orjson.loads(body)
                since = page["cursor"]
                if not page["has_more"]:
                    return

        day = [0]

        base = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
        lock = threading.Lock()

        def book_parallel(n: int, threads: int) -> Callable[[], None]:
            def one(_: int) -> None:
                client = Client(url)
                try:
                    for _ in range(n // threads):
                        with lock:
                            k = day[0]
                            day[0] += 1
                        # Van k mod V on day k div V, by renter (k div V) mod R:
                        # each renter at most ceil(N / (V R)) bookings on a van.
                        v = vehicles[k % len(vehicles)]
                        renter = renters[(k // len(vehicles)) % len(renters)]
                        start = base + timedelta(days=k // len(vehicles))
                        body = {
                            "vehicle_id": v["id"],
                            "start": format_time(start),
                            "end": format_time(start + timedelta(hours=20)),
                        }
                        status, _, text = client.request(
                            "POST",
                            "/v1/bookings",
                            {
                                **renter,
                                "Idempotency-Key": str(uuid.uuid4()),
                                "Content-Type": "application/json",
                            },
                            orjson.dumps(body),
                        )
                        assert status == 201, text
                finally:
                    client.close()

            def run() -> None:
                with ThreadPoolExecutor(threads) as pool:
                    list(pool.map(one, range(threads)))

            return run

        results: dict[str, list[float]] = {
            "304": [],
            "page": [],
            "page again": [],
            "booking": [],
            "booking x8": [],
        }
        shares: dict[str, list[tuple[float, float]]] = {k: [] for k in results}
        server = psutil.Process(proc.pid)
        for _ in range(rounds):
            results["304"].append(rate(N304, not_modified(N304), server, shares["304"]))
            # The first read after the last round's bookings: every page is read
            # from the database again (the page cache keys on the log's head);
            # the second read is served from the page cache.
            results["page"].append(rate(total_pages, read_all, server, shares["page"]))
            results["page again"].append(rate(total_pages, read_all, server, shares["page again"]))
            results["booking"].append(rate(ONE, book_parallel(ONE, 1), server, shares["booking"]))
            results["booking x8"].append(
                rate(EIGHT, book_parallel(EIGHT, 8), server, shares["booking x8"])
            )
        medians = {k: statistics.median(v) for k, v in results.items()}
        print(f"[{name}] {total_pages} pages of {PAGE} changes in the feed; {rounds} rounds")
        for k, v in medians.items():
            unit = "bookings/s" if k.startswith("booking") else "pages/s"
            ratio = v / medians["304"]
            client = statistics.median(c for c, _ in shares[k])
            served = statistics.median(s for _, s in shares[k])
            extra = f", {v * PAGE:,.0f} records/s" if k.startswith("page") else ""
            # The server's CPU per request: what a core of its own would allow,
            # whatever the machine's other work took from it during the run.
            per = served / v
            print(
                f"[{name}] {k:<11} {v:8.1f} {unit:<10}  ({ratio:.2f} x the 304 path{extra};"
                f" CPU: client {client:.0%}, server {served:.0%} of the wall time;"
                f" server {per * 1000:.2f} ms a request, {1 / per:,.0f}/s a core)"
            )
        return medians
    finally:
        fast.close()
        http.close()
        proc.terminate()
        proc.wait(timeout=30)


def fresh_pg_database(server_url: str) -> str:
    name = f"feed_bench_{uuid.uuid4().hex[:8]}"
    plain = server_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return server_url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WHEELSHARE_TEST_PG_URL"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--vehicles", type=int, default=64, help="instant-book vans to book")
    parser.add_argument("--renters", type=int, default=8, help="demo renters booking them")
    parser.add_argument(
        "--pg-workers", type=int, default=4, help="server processes on PostgreSQL (SQLite: 1)"
    )
    parser.add_argument("--skip-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    if not args.skip_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
            bench("sqlite", url, args.rounds, args.vehicles, args.renters)
    if args.pg:
        pg = fresh_pg_database(args.pg)
        bench("postgres", pg, args.rounds, args.vehicles, args.renters, args.pg_workers)
    else:
        print("[postgres] skipped: pass --pg URL or set WHEELSHARE_TEST_PG_URL")
    print(f"({os.cpu_count()} CPUs; client and server share them)")


if __name__ == "__main__":
    main()
