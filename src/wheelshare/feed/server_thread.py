"""A real uvicorn server in a background thread on a loopback port.

Used by the desktop app's embedded demo feed and by tests: the app and the tests
talk HTTP to it exactly as they would to a remote feed.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field

import uvicorn
from fastapi import FastAPI


@dataclass
class RunningServer:
    url: str
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def stop(self, *, grace_s: int | None = None) -> None:
        """Stops serving; requests in flight get ``grace_s`` seconds to finish
        (default: the 5 s of a real server going down), then are cancelled.
        (uvicorn counts the grace in whole seconds.)"""
        if grace_s is not None:
            self._server.config.timeout_graceful_shutdown = grace_s
        self._server.should_exit = True
        self._thread.join(timeout=15)


def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Starts ``app`` and returns once it accepts connections.

    With ``port=0`` the system picks a free port; the socket is bound here, before
    the thread starts, so the port cannot be taken in between.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=5,
        # The app decides whom to believe about forwarded addresses (proxies.py).
        proxy_headers=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"feed-{bound_port}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the feed server stopped while starting; see the log")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the feed server did not start within 30 seconds")
        time.sleep(0.01)
    return RunningServer(f"http://{host}:{bound_port}", server, thread)
