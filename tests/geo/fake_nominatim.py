"""A Nominatim stand-in on a loopback port: speaks its JSON, and can be slow or refuse."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    path: str
    params: dict[str, str]
    user_agent: str
    at: float


@dataclass
class FakeNominatim:
    domain: str = ""
    mode: str = "ok"  # ok | slow | rate-limited | broken
    slow_seconds: float = 2.0
    requests: list[Request] = field(default_factory=list)

    def answer(self, path: str, params: dict[str, str]) -> tuple[int, object, dict[str, str]]:
        if self.mode == "rate-limited":
            return 429, {"error": "Too Many Requests"}, {"Retry-After": "30"}
        if self.mode == "broken":
            return 500, {"error": "database gone"}, {}
        if self.mode == "slow":
            time.sleep(self.slow_seconds)
        if path == "/search":
            q = params.get("q", "").lower()
            if "gare de lyon" in q:
                return 200, [GARE_DE_LYON], {}
            return 200, [], {}
        if path == "/reverse":
            return 200, RIVOLI, {}
        return 404, {"error": "unknown endpoint"}, {}


GARE_DE_LYON = {
    "place_id": 1,
    "lat": "48.8448",
    "lon": "2.3735",
    "display_name": "Gare de Lyon, Place Louis-Armand, Paris 12e, Île-de-France, France",
    "class": "railway",
    "type": "station",
    "address": {"railway": "Gare de Lyon", "state": "Île-de-France", "country_code": "fr"},
}
RIVOLI = {
    "place_id": 2,
    "lat": "48.8606",
    "lon": "2.3376",
    "display_name": "3, Rue de Rivoli, Paris 4e, Île-de-France, France",
    "type": "house",
    "address": {"road": "Rue de Rivoli", "state": "Île-de-France", "country_code": "fr"},
}


@contextmanager
def fake_nominatim() -> Iterator[FakeNominatim]:
    fake = FakeNominatim()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            params = {k: v[0] for k, v in parse_qs(url.query).items()}
            fake.requests.append(
                Request(url.path, params, self.headers.get("User-Agent", ""), time.monotonic())
            )
            status, body, headers = fake.answer(url.path, params)
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting: that is the point of "slow"

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    fake.domain = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
