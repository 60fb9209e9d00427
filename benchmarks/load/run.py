"""The feed under load: many simulated people at once, on PostgreSQL, from one command.

    python benchmarks/load/run.py [--pg postgresql+psycopg://…] [--workers 4]
                                  [--users 40] [--run-time 60] [--vehicles 150]

Creates a fresh PostgreSQL database (on the server of ``--pg``, default
``$WHEELSHARE_TEST_PG_URL``, e.g. the throw-away one of
``eval "$(scripts/pg-test-server start)"``), migrates it and loads a demo set
(its people sign in with cheap test password hashes, so the load is the
feed's work, not argon2's), serves it with ``wheelshare-feed serve --workers
N`` on 127.0.0.1 only, and runs Locust headless against it for a bounded time
with a bounded number of people (``locustfile.py``: browsing the public feed,
quotes, booking requests, cancels, owners accepting and declining). Then it
prints throughput, p50/p95/p99 latency and errors per request kind and
overall, and counts the confirmed bookings of one vehicle that overlap: the
exclusion constraint must leave 0. Exits non-zero on errors or overlaps. The
database is dropped at the end (``--keep`` to keep it).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import requests
from psycopg import sql
from sqlalchemy import select

from wheelshare import demo
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.models import User, VehicleRow
from wheelshare.feed.seed import seed_demo
from wheelshare.feed.testing import TEST_KDF

HERE = Path(__file__).parent
OVERLAPS = """
SELECT count(*) FROM bookings a JOIN bookings b
  ON a.vehicle_id = b.vehicle_id AND a.id < b.id
 WHERE a.status = 'confirmed' AND b.status = 'confirmed'
   AND a.start_at < b.end_at AND b.start_at < a.end_at
"""


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def prepare(url: str, vehicles: int, folder: Path) -> Path:
    """Migrates and seeds the database; writes the plan the simulated people use."""
    db = Database(url)
    try:
        migrate(db)
        seed_demo(db, vehicles=vehicles, venues=2_000, kdf=TEST_KDF)
        with db.read() as s:
            listed = s.execute(
                select(VehicleRow.id, VehicleRow.owner_id).where(VehicleRow.listed.is_(True))
            ).all()
            users = s.execute(select(User.id, User.email)).all()
    finally:
        db.dispose()
    owner_ids = {o for _, o in listed}
    plan = {
        "password": demo.DEMO_PASSWORD,
        "vehicles": [v for v, _ in listed],
        "owners": [e for i, e in users if i in owner_ids],
        "renters": [e for i, e in users if i not in owner_ids],
    }
    path = folder / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def serve(url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "wheelshare.feed.cli", "serve", "--db", url),
            *("--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)),
            *("--no-migrate", "--log-level", "warning"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}/readyz", timeout=2).status_code == 200:
                return proc, base
        except requests.ConnectionError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"the feed server exited with {proc.returncode}")
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the feed server did not become ready within a minute")


def run_locust(base: str, plan: Path, folder: Path, users: int, seconds: int) -> Path:
    prefix = folder / "locust"
    subprocess.run(
        [
            *(sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py")),
            *("--headless", "--host", base, "--users", str(users)),
            *("--spawn-rate", str(max(1, users // 5)), "--run-time", f"{seconds}s"),
            *("--stop-timeout", "10", "--csv", str(prefix), "--only-summary"),
            *("--loglevel", "WARNING", "--exit-code-on-error", "0"),
        ],
        env={**os.environ, "WHEELSHARE_LOAD_PLAN": str(plan)},
        check=True,
        timeout=seconds + 120,
    )
    return Path(f"{prefix}_stats.csv")


def report(stats: Path, seconds: int) -> int:
    rows = list(csv.DictReader(stats.open(encoding="utf-8")))
    print(
        f"\n{'request':34} {'count':>7} {'errors':>6} {'req/s':>7} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
    )
    errors = 0
    for row in rows:
        name = row["Name"] if row["Type"] else "all requests"
        print(
            f"{(row['Type'] + ' ' + name).strip():34} {int(row['Request Count']):>7} "
            f"{int(row['Failure Count']):>6} {float(row['Requests/s']):>7.1f} "
            f"{row['50%']:>7} {row['95%']:>7} {row['99%']:>7}"
        )
        if row["Name"] == "Aggregated":
            errors = int(row["Failure Count"])
    print(f"(over {seconds} s; 409 and 403 answers are outcomes, not errors)")
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default=os.environ.get("WHEELSHARE_TEST_PG_URL"))
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--users", type=int, default=40, help="simulated people (at most 500)")
    parser.add_argument("--run-time", type=int, default=60, help="seconds (at most 900)")
    parser.add_argument("--vehicles", type=int, default=150)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    if not args.pg:
        raise SystemExit("needs PostgreSQL: --pg URL or $WHEELSHARE_TEST_PG_URL")
    # Bounded: a load test is not a way to hammer a machine for an afternoon.
    users, seconds = min(args.users, 500), min(args.run_time, 900)
    name = f"feed_load_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_plain(args.pg), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = args.pg.rsplit("/", 1)[0] + "/" + name
    folder = Path(tempfile.mkdtemp(prefix="wheelshare-load-"))
    try:
        plan = prepare(url, args.vehicles, folder)
        proc, base = serve(url, args.workers)
        try:
            print(f"{users} people for {seconds} s on {base} ({args.workers} workers)", flush=True)
            errors = report(run_locust(base, plan, folder, users, seconds), seconds)
        finally:
            proc.terminate()
            proc.wait(30)
        with psycopg.connect(_plain(url)) as conn:
            overlaps = conn.execute(OVERLAPS).fetchone()
            confirmed = conn.execute(
                "SELECT count(*) FROM bookings WHERE status = 'confirmed'"
            ).fetchone()
        found = overlaps[0] if overlaps else -1
        print(f"confirmed bookings: {confirmed[0] if confirmed else 0}; overlapping pairs: {found}")
    finally:
        if not args.keep:
            with psycopg.connect(_plain(args.pg), autocommit=True) as conn:
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
    if errors or found != 0:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
