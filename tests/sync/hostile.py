"""A hostile feed on loopback: answers chosen routes with redirects, records everything.

``HostileFeed`` is a tiny ``http.server`` in a thread (optionally behind TLS).
Requests whose path starts with a key of ``redirects`` get that redirect;
every other request gets a 200 that would satisfy a client looking for a
sign-in token or a page of changes, so a client that follows a redirect to it
"succeeds" and the test can see what it handed over. Every request is recorded
with its headers and body.

``answers`` maps a path prefix to a function that writes the whole answer
itself: the attacks on the client's limits (``drip``, ``gzip_bomb``,
``endless_cursor``, ``json_page``) are such functions.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

STOLEN_TOKEN = "token-from-the-wrong-server"

# Good enough for a sign-in (token + user) and for a change page.
BAIT: dict[str, Any] = {
    "access_token": STOLEN_TOKEN,
    "token_type": "bearer",
    "expires_at": "2099-01-01T00:00:00Z",
    "user": {"id": "u-wrong", "email": "wrong@example.org", "display_name": "Wrong"},
    "changes": [
        {
            "kind": "venue",
            "id": "planted",
            "op": "delete",
            "data": {"id": "planted"},
        }
    ],
    "cursor": "planted.1",
    "has_more": False,
}


Answer = Callable[[BaseHTTPRequestHandler], None]


def _send(handler: BaseHTTPRequestHandler, body: bytes, *extra: tuple[str, str]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in extra:
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def json_page(data: object, *, ascii_only: bool = True) -> Answer:
    """A plain 200 with ``data`` as its JSON body; ``ascii_only=False`` writes
    every character as itself (in UTF-8) instead of as a ``\\u`` escape."""
    body = json.dumps(data, ensure_ascii=ascii_only).encode()
    return lambda handler: _send(handler, body)


def drip(every: float, length: int = 1000) -> Answer:
    """Headers at once, then a body of ``length`` bytes, one byte every ``every`` seconds."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(length))
        handler.end_headers()
        with contextlib.suppress(OSError):  # the client gave up: what the test wants
            for _ in range(length):
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(every)

    return answer


def gzip_bomb(inflated: int) -> tuple[Answer, int]:
    """A gzip body that inflates to ``inflated`` bytes of spaces (the start of a JSON
    document), and its compressed size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b" " * 2**20
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    parts.append(packer.flush())
    body = b"".join(parts)

    def answer(handler: BaseHTTPRequestHandler) -> None:
        with contextlib.suppress(OSError):  # the client gave up: what the test wants
            _send(handler, body, ("Content-Encoding", "gzip"))

    return answer, len(body)


def endless_cursor(per_page: int = 1) -> Answer:
    """A change feed whose cursor moves on every page and which always has more."""
    counter = itertools.count(1)

    def answer(handler: BaseHTTPRequestHandler) -> None:
        n = next(counter)
        changes = [
            {"kind": "venue", "id": f"gone-{n}-{i}", "op": "delete"} for i in range(per_page)
        ]
        page = {"changes": changes, "cursor": f"c{n}", "has_more": True}
        _send(handler, json.dumps(page).encode())

    return answer


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HostileFeed:
    # path prefix -> (status, Location header value)
    redirects: dict[str, tuple[int, str]] = field(default_factory=dict)
    # path prefix -> a function writing the whole answer
    answers: dict[str, Answer] = field(default_factory=dict)
    tls: ssl.SSLContext | None = None

    def __post_init__(self) -> None:
        self.received: list[Received] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with owner._lock:
                    owner.received.append(
                        Received(self.command, self.path, dict(self.headers.items()), body)
                    )
                for prefix, write in owner.answers.items():
                    if self.path.startswith(prefix):
                        write(self)
                        return
                for prefix, (status, location) in owner.redirects.items():
                    if self.path.startswith(prefix):
                        self.send_response(status)
                        self.send_header("Location", location)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                payload = json.dumps(BAIT).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if self.tls is not None:
            self._server.socket = self.tls.wrap_socket(self._server.socket, server_side=True)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def got(self) -> list[Received]:
        with self._lock:
            return list(self.received)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
