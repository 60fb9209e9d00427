"""Small helpers shared by the feed tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from typing import IO, Any

import requests

from wheelshare.domain import clock
from wheelshare.domain.wire import format_time


def at(days: float, hours: float = 0) -> datetime:
    """A moment ``days`` from now, to the second."""
    moment = clock.now() + timedelta(days=days, hours=hours)
    return moment.replace(microsecond=0)


def error_of(response: requests.Response) -> dict[str, Any]:
    """The contract's error object; fails when the body does not have its shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    err: dict[str, Any] = body["error"]
    assert set(err) == {"code", "message", "fields"}, err
    assert isinstance(err["message"], str) and err["message"]
    return err


def period(start: datetime, end: datetime) -> dict[str, str]:
    return {"start": format_time(start), "end": format_time(end)}


def _drain(stream: IO[str]) -> None:
    with stream:
        for _line in stream:
            pass


def start_server_process(db_url: str) -> tuple[subprocess.Popen[str], str]:
    """A feed server in a process of its own on ``db_url``; and its address."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wheelshare.feed.cli",
            "--db",
            db_url,
            "serve",
            "--port",
            "0",
            "--no-migrate",
            "--log-level",
            "info",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        m = re.search(r"running on (http://127\.0\.0\.1:\d+)", line)
        if m:
            # Keep reading the log so the process never blocks on a full pipe,
            # and close it once the process is gone.
            threading.Thread(target=_drain, args=(proc.stderr,), daemon=True).start()
            return proc, m.group(1)
    proc.wait(timeout=10)
    proc.stderr.close()
    raise AssertionError(f"the feed server exited with {proc.returncode} before listening")
