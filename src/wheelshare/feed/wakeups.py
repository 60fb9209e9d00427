"""Waking the long polls of ``GET /v1/me/changes?wait=N`` when a person's feed changes.

A waiting request costs one asyncio event, not a thread: the route awaits it
with a timeout. Writes run on worker threads and commit there; after the
commit, :class:`Wakeups` is told whose private feeds changed and sets those
people's events on their event loops (``call_soon_threadsafe``).

That covers one server process. Several processes on one PostgreSQL database
hear of each other's commits through LISTEN/NOTIFY: the writing transaction
sends ``pg_notify(CHANNEL, user_id)`` before it commits (PostgreSQL delivers
it only if the transaction commits, and only after), and every process keeps
one connection listening on the channel (:func:`listen`). A process whose
listening connection drops wakes every waiter, so nobody sleeps through a
change it missed, and listens again after a pause.

Limits: a person may hold only a few waits at once, and a process only so
many in all; beyond them the route answers 429 or 503 with Retry-After.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from wheelshare.feed.changelog import NOTIFY_CHANNEL as CHANNEL

log = logging.getLogger(__name__)


@dataclass(eq=False, slots=True)
class Waiter:
    user_id: str
    loop: asyncio.AbstractEventLoop
    event: asyncio.Event


class TooManyWaiting(Exception):
    """No room for one more wait; ``per_account`` says which limit was reached."""

    def __init__(self, *, per_account: bool) -> None:
        super().__init__("per account" if per_account else "in all")
        self.per_account = per_account


class Wakeups:
    """The waiting requests of one server process, by person. Thread-safe."""

    def __init__(self, *, per_account: int, overall: int) -> None:
        self.per_account = per_account
        self.overall = overall
        self._lock = threading.Lock()
        self._waiting: dict[str, set[Waiter]] = {}
        self._count = 0

    @property
    def count(self) -> int:
        return self._count

    def add(self, user_id: str) -> Waiter:
        """A new waiter (call on the event loop that will await it)."""
        waiter = Waiter(user_id, asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            mine = self._waiting.setdefault(user_id, set())
            if len(mine) >= self.per_account:
                raise TooManyWaiting(per_account=True)
            if self._count >= self.overall:
                raise TooManyWaiting(per_account=False)
            mine.add(waiter)
            self._count += 1
        return waiter

    def remove(self, waiter: Waiter) -> None:
        with self._lock:
            mine = self._waiting.get(waiter.user_id)
            if mine is None or waiter not in mine:
                return
            mine.discard(waiter)
            self._count -= 1
            if not mine:
                del self._waiting[waiter.user_id]

    def wake(self, user_ids: Iterable[str]) -> None:
        """Wakes everyone waiting on these people's feeds; from any thread."""
        with self._lock:
            found = [w for u in set(user_ids) for w in self._waiting.get(u, ())]
        self._set(found)

    def wake_all(self) -> None:
        with self._lock:
            found = [w for mine in self._waiting.values() for w in mine]
        self._set(found)

    @staticmethod
    def _set(waiters: list[Waiter]) -> None:
        for w in waiters:
            # A closed loop: its request is gone already.
            with contextlib.suppress(RuntimeError):
                w.loop.call_soon_threadsafe(w.event.set)


def _conninfo(db_url: str) -> str:
    """The SQLAlchemy URL as a libpq one (psycopg's async connection takes those)."""
    url = make_url(db_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


async def listen(db_url: str, wakeups: Wakeups, *, retry_seconds: float = 2.0) -> None:
    """Wakes this process's waiters for the changes any process commits; runs
    until cancelled, reconnecting after a lost connection."""
    import psycopg  # the server extra: only PostgreSQL feeds come here

    conninfo = _conninfo(db_url)
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                await conn.execute(f"LISTEN {CHANNEL}")
                # Whatever was committed while nobody listened: re-read it.
                wakeups.wake_all()
                async for note in conn.notifies():
                    wakeups.wake((note.payload,))
        except asyncio.CancelledError:
            raise
        except Exception:
            log.warning("listening for changes failed; retrying", exc_info=True)
        wakeups.wake_all()
        await asyncio.sleep(retry_seconds)
