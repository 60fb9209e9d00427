"""The feed server for benchmarks: ``wheelshare-feed serve`` as its own process,
and the instant-book van the booking benchmarks list and book."""

from __future__ import annotations

import collections
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from typing import IO


def start_feed_server(db_url: str, workers: int = 1) -> tuple[subprocess.Popen[str], str]:
    """Serve the (already migrated) feed database ``db_url`` on a free loopback port,
    with ``workers`` server processes.

    Returns the process, for the caller to terminate, and the server's base URL.
    """
    port = 0
    if workers > 1:
        # Several workers share a socket uvicorn binds to the port it is given:
        # it must be a real one to be found in its log.
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "wheelshare.feed.cli", "--db", db_url),
            *("serve", "--port", str(port), "--no-migrate", "--log-level", "info"),
            *("--workers", str(workers)),
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stderr is not None
    last: collections.deque[str] = collections.deque(maxlen=20)
    for line in proc.stderr:
        m = re.search(r"running on (http://127\.0\.0\.1:\d+)", line)
        if m:
            # Keep reading the log so the server never blocks on a full pipe.
            threading.Thread(target=_drain, args=(proc.stderr,), daemon=True).start()
            _wait_ready(m.group(1))
            return proc, m.group(1)
        last.append(line)
    proc.wait(timeout=30)
    raise SystemExit(f"the feed server exited with {proc.returncode}:\n{''.join(last)}")


def _wait_ready(url: str, timeout: float = 60.0) -> None:
    """Until the server answers (with several workers, the port is announced
    before they have started)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.1)


def _drain(stream: IO[str]) -> None:
    for _line in stream:
        pass


def van_listing(title: str) -> dict[str, object]:
    """The body of ``POST /v1/vehicles`` for an instant-book van in Paris."""
    return {
        "title": title,
        "location": {"lat": 48.85, "lon": 2.35, "city": "Paris"},
        "prices": {
            "half_day": {"amount": 3000},
            "day": {"amount": 5000},
            "week": {"amount": 25000},
        },
        "instant_book": True,
    }
