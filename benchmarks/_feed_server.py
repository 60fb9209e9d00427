"""The feed server for benchmarks: ``wheelshare-feed serve`` as its own process."""

from __future__ import annotations

import collections
import os
import re
import subprocess
import sys
import threading
from typing import IO


def start_feed_server(db_url: str) -> tuple[subprocess.Popen[str], str]:
    """Serve the (already migrated) feed database ``db_url`` on a free loopback port.

    Returns the process, for the caller to terminate, and the server's base URL.
    """
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "wheelshare.feed.cli", "--db", db_url),
            *("serve", "--port", "0", "--no-migrate", "--log-level", "info"),
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
            return proc, m.group(1)
        last.append(line)
    proc.wait(timeout=30)
    raise SystemExit(f"the feed server exited with {proc.returncode}:\n{''.join(last)}")


def _drain(stream: IO[str]) -> None:
    for _line in stream:
        pass
