"""The built-in demo feed in a process of its own.

The reference server encodes JSON and, on the first run, seeds its database:
Python work that, in the app's own process, competes with the UI thread for
the interpreter lock and makes the window stutter while the first sync runs.
In a child process it only shares the machine. The child serves until its
standard input closes, which also happens when the app dies, so no server is
ever left behind.

Frozen bundles cannot start a module with ``-m``; there the feed runs in the
app's process as before (``wheelshare.feed.embedded.start_embedded``).
No Qt here: this runs on the worker, and the child never imports Qt.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from wheelshare.feed.demo_completion import Completion
from wheelshare.private_files import make_private_dir

LOG_NAME = "embedded-feed.log"
# The demo's folder in the app's data dir: its feed's database and the app's cache.
DEMO_DIR = "demo"


class EmbeddedFeedError(RuntimeError):
    """The demo feed did not start; the message says why, in words."""


class DemoFeed(Protocol):
    """A running demo feed, in a child process or (frozen app) in this one."""

    @property
    def url(self) -> str: ...
    @property
    def renter_email(self) -> str: ...
    @property
    def owner_email(self) -> str: ...
    @property
    def password(self) -> str: ...
    @property
    def fresh(self) -> bool: ...
    @property
    def complete(self) -> bool:
        """The whole demo set is in (its rest is loaded after the feed is up)."""
        ...

    def when_complete(self, callback: Callable[[], None]) -> None:
        """Calls ``callback``, on some thread, once the whole demo set is in."""
        ...

    def stop(self) -> None: ...


@dataclass
class EmbeddedProcess:
    url: str
    renter_email: str
    owner_email: str
    password: str
    fresh: bool = False  # the demo set was (re)loaded by this start
    _proc: subprocess.Popen[str] | None = field(default=None, repr=False)
    completion: Completion = field(default_factory=lambda: Completion(done=True), repr=False)
    # Reads what the process says after its first line (the rest is in).
    _follower: threading.Thread | None = field(default=None, repr=False)

    @property
    def complete(self) -> bool:
        return self.completion.done

    def when_complete(self, callback: Callable[[], None]) -> None:
        self.completion.add(callback)

    def follow(self) -> None:
        """Listens, on a thread, for the process saying the rest of the demo set is in."""
        proc = self._proc
        if proc is None or proc.stdout is None or self.completion.done:
            return
        out, completion = proc.stdout, self.completion

        def listen() -> None:
            with contextlib.suppress(OSError, ValueError):
                for line in out:
                    with contextlib.suppress(ValueError):
                        if json.loads(line).get("complete"):
                            completion.set()

        self._follower = threading.Thread(target=listen, name="demo feed", daemon=True)
        self._follower.start()

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if self._follower is not None:
            # The process has ended, so its output has too.
            self._follower.join(timeout=5)
            self._follower = None
        if proc.stdout is not None:
            proc.stdout.close()


def current_on_disk(data_dir: Path) -> bool:
    """The demo feed in ``data_dir`` exists and will start without being seeded
    anew: the app's copy of it can be shown before the feed is up. Asked of a
    prestarted feed, the answer is the one from before its process began (it
    may be replacing the file by now)."""
    if data_dir in _current_before:
        return _current_before[data_dir]
    from wheelshare.feed import demo_age

    return demo_age.current_on_disk(data_dir / demo_age.DB_NAME)


# Processes started ahead of start() (prestart), by data dir, and what
# current_on_disk() said before each began.
_early: dict[Path, subprocess.Popen[str]] = {}
_current_before: dict[Path, bool] = {}


def prestart(data_dir: Path) -> None:
    """When the demo in ``data_dir`` is to be seeded (a first run, or a demo
    gone stale), starts the demo feed's process now; the next
    ``start(data_dir)`` takes it up. The app calls it as it starts, so that the
    child's imports and seeding overlap the window's construction. Otherwise it
    does nothing: a later start lists the cache first, and a child competing
    for the cores would only delay that. A process never taken up is stopped by
    :func:`discard_prestarted` (or when the app's end of its pipe closes)."""
    if getattr(sys, "frozen", False) or data_dir in _early:
        return
    make_private_dir(data_dir)
    current = current_on_disk(data_dir)
    if current:
        return
    _current_before[data_dir] = current
    _early[data_dir] = _spawn(data_dir)


def discard_prestarted() -> None:
    _current_before.clear()
    while _early:
        _, proc = _early.popitem()
        EmbeddedProcess("", "", "", "", False, proc).stop()


def _spawn(data_dir: Path) -> subprocess.Popen[str]:
    # The server's own messages go to a file: a full pipe would block it.
    with (data_dir / LOG_NAME).open("w", encoding="utf-8") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "wheelshare.ui.embedded_process", str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )


def start(data_dir: Path, timeout: float = 300.0) -> DemoFeed:
    """Starts the demo feed on ``data_dir`` (or takes up the one prestarted there)."""
    if getattr(sys, "frozen", False):
        from wheelshare.feed.embedded import start_embedded

        return start_embedded(data_dir)
    log_path = data_dir / LOG_NAME
    _current_before.pop(data_dir, None)
    proc = _early.pop(data_dir, None) or _spawn(data_dir)
    out = proc.stdout
    assert out is not None
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(out.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not line or not line[0].strip():
        EmbeddedProcess("", "", "", "", False, proc).stop()
        lines = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        detail = lines[-1] if lines else "it stopped without saying why"
        raise EmbeddedFeedError(
            f"the built-in demo feed did not start: {detail} (details in {log_path})"
        )
    info = json.loads(line[0])
    feed = EmbeddedProcess(
        info["url"],
        info["renter_email"],
        info["owner_email"],
        info["password"],
        bool(info.get("fresh")),
        proc,
        Completion(done=bool(info.get("complete", True))),
    )
    feed.follow()
    return feed


def _serve(data_dir: Path) -> int:
    from wheelshare.feed.embedded import start_embedded

    feed = start_embedded(data_dir)
    complete = feed.complete
    print(
        json.dumps(
            {
                "url": feed.url,
                "renter_email": feed.renter_email,
                "owner_email": feed.owner_email,
                "password": feed.password,
                "fresh": feed.fresh,
                "complete": complete,
            }
        ),
        flush=True,
    )
    if not complete:
        # Said after the first line, which the app reads first.
        feed.when_complete(lambda: print(json.dumps({"complete": True}), flush=True))
    try:
        sys.stdin.read()  # until the app closes our input (or dies)
    finally:
        feed.stop()
    return 0


if __name__ == "__main__":
    sys.exit(_serve(Path(sys.argv[1])))
