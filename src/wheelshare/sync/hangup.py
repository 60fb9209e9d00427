"""A requests session whose open connections another thread can hang up.

A read blocked on a socket cannot be interrupted from Python, and closing the
session only drops the connections that are idle. The long poll waits up to
half a minute for an answer: when the app stops, it must not leave that
request open until then, holding one of the few waits the feed allows an
account. :func:`session_with_hangup` remembers every connection its session
opens; ``hang_up()`` shuts their sockets down, which ends a blocked read at
once with a lost connection and tells the feed the client is gone.
"""

from __future__ import annotations

import contextlib
import socket
import weakref
from collections.abc import Callable
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


def session_with_hangup() -> tuple[requests.Session, Callable[[], None]]:
    """A session, and the function that hangs up every connection it has open."""
    opened: weakref.WeakSet[HTTPConnection] = weakref.WeakSet()

    def remember(conn: Any) -> Any:
        if isinstance(conn, HTTPConnection):
            opened.add(conn)
        return conn

    class _Http(HTTPConnectionPool):
        def _new_conn(self) -> Any:
            return remember(super()._new_conn())

    class _Https(HTTPSConnectionPool):
        def _new_conn(self) -> Any:
            return remember(super()._new_conn())

    def hang_up() -> None:
        for conn in list(opened):
            sock = conn.sock
            if sock is None:
                continue
            # The plain socket's shutdown, also under TLS: the reading thread
            # keeps its TLS state, and its read returns at once.
            with contextlib.suppress(OSError):  # already closed: nothing to hang up
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    session = requests.Session()
    for prefix in ("http://", "https://"):
        adapter = HTTPAdapter()
        adapter.poolmanager.pool_classes_by_scheme = {"http": _Http, "https": _Https}
        session.mount(prefix, adapter)
    return session, hang_up
