"""A hostile feed on loopback: answers chosen routes with redirects, records everything.

``HostileFeed`` is a tiny ``http.server`` in a thread (optionally behind TLS).
Requests whose path starts with a key of ``redirects`` get that redirect;
every other request gets a 200 that would satisfy a client looking for a
sign-in token or a page of changes, so a client that follows a redirect to it
"succeeds" and the test can see what it handed over. Every request is recorded
with its headers and body.
"""

from __future__ import annotations

import json
import ssl
import threading
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
