"""Changes as they happen: notification latency and 1,000 waiting clients.

    python benchmarks/live_bench.py [--pg postgresql+psycopg://…] [--rounds 15] [--clients 1000]

For SQLite and (with ``--pg`` or WHEELSHARE_TEST_PG_URL) PostgreSQL:

* **latency** — the renter's app (session, long poll, notification centre;
  offscreen Qt, no window) is open and signed in; the owner accepts a request
  over the API; timed from the owner's request being sent to the
  notification being in the renter's recent list. Median of ``--rounds``.
* **idle waiters** — ``--clients`` connections each hold a
  ``GET /v1/me/changes?wait=30`` of one account on a feed server of its own
  process; the server's resident memory and CPU time over 10 s of idling,
  then the time from one change to the last of them answered.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
import requests
from psycopg import sql

from wheelshare.domain import clock
from wheelshare.feed.testing import Account, LiveFeed

IDLE_SECONDS = 10.0
SETTLE_SECONDS = 10.0


# -- latency, through the app's own code ----------------------------------------


def latency(feed: LiveFeed, rounds: int, data_dir: Path) -> list[float]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient
    from wheelshare.ui.live import LiveUpdates
    from wheelshare.ui.notifications.center import NotificationCenter
    from wheelshare.ui.progress import ProgressTracker
    from wheelshare.ui.session import Session
    from wheelshare.ui.settings import Settings
    from wheelshare.ui.worker import Worker

    app = QApplication.instance() or QApplication([])

    def wait_until(done: object, timeout: float = 30.0) -> None:
        ends = time.monotonic() + timeout
        while not done():  # type: ignore[operator]
            if time.monotonic() > ends:
                raise SystemExit("timed out")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.002)

    owner, renter = feed.register("Owner"), feed.register("Renter")
    with FeedClient(feed.url) as client:
        Accounts(client, data_dir).sign_in(renter.email, renter.password)
    settings = Settings.in_data_dir(data_dir)
    worker = Worker()
    session = Session(data_dir, settings, worker, ProgressTracker(), feed_override=feed.url)
    session.start(sync=True)
    wait_until(lambda: session.state.ready and session.state.last_sync is not None)
    center = NotificationCenter(session, settings, use_tray=False)
    live = LiveUpdates(session, wait=25)
    times: list[float] = []
    start = clock.now().replace(microsecond=0) + timedelta(days=3)
    for n in range(rounds):
        begins = start + timedelta(days=2 * n)
        # A vehicle per round: one takes only a few bookings ahead per renter.
        vehicle = feed.create_vehicle(owner)
        booked = feed.book(renter, vehicle["id"], begins, begins + timedelta(days=1))
        booked.raise_for_status()
        wait_until(lambda: not session.syncing)
        wait_until(lambda: feed.app.state.feed.wakeups.count >= 1)
        before = len(center.entries)
        sent = time.perf_counter()
        feed.act(owner, booked.json()["booking"]["id"], "accept").raise_for_status()
        wait_until(lambda before=before: len(center.entries) > before)  # type: ignore[misc]
        times.append(time.perf_counter() - sent)
    live.stop()
    center.close()
    session.shutdown()
    worker.shutdown()
    QTimer.singleShot(0, app.quit)
    return times


# -- many idle waiters against a server process --------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


SERVER = """
import sys, uvicorn
from wheelshare.feed.app import create_app
from wheelshare.feed.settings import FeedSettings
settings = FeedSettings(db_url=sys.argv[1], waits_per_account=100_000, waits_per_process=100_000)
uvicorn.run(create_app(settings), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning", backlog=4096)
"""


def _proc_stats(pid: int) -> tuple[float, float]:
    """(resident MiB, CPU seconds so far) of a process, from /proc."""
    with open(f"/proc/{pid}/status") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return rss / 1024, (int(fields[11]) + int(fields[12])) / ticks


async def _hold(port: int, who: Account, since: str, answered: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        (
            f"GET /v1/me/changes?since={since}&wait=30 HTTP/1.1\r\nHost: bench\r\n"
            f"Authorization: Bearer {who.token}\r\nConnection: close\r\n\r\n"
        ).encode()
    )
    await writer.drain()
    status = await reader.readline()
    await reader.read()
    answered.append(time.perf_counter())
    writer.close()
    if b" 200 " not in status:
        raise SystemExit(f"a waiter was answered {status!r}")


def _create_vehicle(port: int, who: Account) -> None:
    body = {
        "title": "Van with a lift",
        "location": {"lat": 48.85, "lon": 2.35, "city": "Paris", "address": ""},
        "adaptations": {"rear_ramp": True},
        "prices": {
            "half_day": {"amount": 3000, "currency": "EUR"},
            "day": {"amount": 5000, "currency": "EUR"},
            "week": {"amount": 25000, "currency": "EUR"},
        },
    }
    r = requests.post(f"http://127.0.0.1:{port}/v1/vehicles", json=body, headers=who.headers)
    r.raise_for_status()


async def _waiters(feed: LiveFeed, port: int, pid: int, clients: int) -> dict[str, float]:
    who = feed.register("Busy account")
    _changes, since = feed.all_changes(who=who)
    answered: list[float] = []
    base_rss, _cpu = _proc_stats(pid)
    tasks = [asyncio.create_task(_hold(port, who, since, answered)) for _ in range(clients)]
    await asyncio.sleep(SETTLE_SECONDS)  # every connection made and waiting
    _rss, cpu0 = _proc_stats(pid)
    await asyncio.sleep(IDLE_SECONDS)
    rss1, cpu1 = _proc_stats(pid)
    assert not answered, "a waiter was answered before any change"
    changed = time.perf_counter()
    # Through the server process that holds the waits: on SQLite only its own
    # commits wake them (one process per SQLite feed).
    await asyncio.to_thread(_create_vehicle, port, who)
    await asyncio.gather(*tasks)
    return {
        "rss_before_mib": base_rss,
        "rss_waiting_mib": rss1,
        "cpu_idle_percent": 100 * (cpu1 - cpu0) / IDLE_SECONDS,
        "first_answer_s": min(answered) - changed,
        "all_answered_s": max(answered) - changed,
    }


def idle_waiters(feed: LiveFeed, db_url: str, clients: int) -> dict[str, float]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, db_url, str(port)])
    try:
        ends = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > ends:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.1)
        return asyncio.run(_waiters(feed, port, proc.pid, clients))
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# -- both databases -------------------------------------------------------------


def _pg_database(server_url: str) -> str:
    name = f"live_bench_{uuid.uuid4().hex[:8]}"
    plain = server_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return server_url.rsplit("/", 1)[0] + "/" + name


def run(label: str, db_url: str | None, rounds: int, clients: int, folder: Path) -> None:
    (folder / label).mkdir()
    with LiveFeed(folder / label, db_url=db_url) as feed:
        times = latency(feed, rounds, folder / f"{label}-app")
        print(
            f"{label}: change to notification, median {statistics.median(times) * 1000:.0f} ms"
            f" (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {len(times)} rounds)"
        )
        figures = idle_waiters(
            feed, db_url or f"sqlite:///{feed.db.url.split(':///', 1)[1]}", clients
        )
        print(
            f"{label}: {clients} waiting clients: server RSS {figures['rss_before_mib']:.0f} MiB"
            f" before, {figures['rss_waiting_mib']:.0f} MiB waiting;"
            f" CPU while idle {figures['cpu_idle_percent']:.1f} %;"
            f" one change answered the first in {figures['first_answer_s'] * 1000:.0f} ms,"
            f" all in {figures['all_answered_s'] * 1000:.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default=os.environ.get("WHEELSHARE_TEST_PG_URL"))
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--clients", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="live-bench-") as tmp:
        folder = Path(tmp)
        run("SQLite", None, args.rounds, args.clients, folder)
        if args.pg:
            run("PostgreSQL", _pg_database(args.pg), args.rounds, args.clients, folder)
        else:
            print("PostgreSQL: skipped (give --pg or set WHEELSHARE_TEST_PG_URL)")


if __name__ == "__main__":
    main()
