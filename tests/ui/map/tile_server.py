"""A tile server on loopback for the map's tests: it draws each tile it is asked
for (one flat colour, so a test can find it on screen) and counts the requests
with their User-Agent. The tests never fetch tiles from the internet."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from struct import pack

import pytest

TILE_RGB = (0x30, 0x80, 0x50)  # a green no theme uses for its background


def png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A flat-coloured PNG, written by hand (no imaging library in the tests)."""
    row = b"\x00" + bytes(rgb) * size
    raw = zlib.compress(row * size)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return pack(">I", len(data)) + kind + data + pack(">I", zlib.crc32(kind + data))

    header = pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


class TileServer:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        self._tile = png(TILE_RGB)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(server._tile)))
                self.end_headers()
                self.wfile.write(server._tile)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._http.server_address[1]
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url_template(self) -> str:
        return f"http://127.0.0.1:{self.port}/%z/%x/%y.png"

    def close(self) -> None:
        self._http.shutdown()
        self._http.server_close()


@pytest.fixture
def tile_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[TileServer]:
    """The map's tiles from loopback (the suite otherwise turns tiles off)."""
    monkeypatch.delenv("WHEELSHARE_NO_NETWORK_TILES", raising=False)
    server = TileServer()
    yield server
    server.close()
