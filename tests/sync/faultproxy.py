"""A fault-injecting HTTP proxy on real loopback sockets.

It sits between the feed client and a real feed server and, on command,
misbehaves the way networks and servers do: answers late, resets the
connection half way through a body, cuts a body short, or answers 500/429/503
itself. Every connection carries one request (the proxy forces
``Connection: close`` both ways), which keeps the byte-level faults exact.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from dataclasses import dataclass, field

Fault = str  # "delay" | "reset" | "truncate" | "truncate_fixed" | "status" | "drop_request"


@dataclass
class Rule:
    """Apply ``fault`` to the next ``times`` requests whose path starts with ``path``."""

    fault: Fault
    times: int = 1
    path: str = ""
    method: str = ""
    status: int = 500
    retry_after: str | None = None
    seconds: float = 0.0
    # Where to cut the body: this fraction of its length.
    at: float = 0.5
    body: bytes = b""


@dataclass
class Seen:
    method: str
    path: str
    fault: str | None
    upstream: bool  # whether the request reached the server


@dataclass
class FaultProxy:
    upstream_port: int
    upstream_host: str = "127.0.0.1"
    rules: list[Rule] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)
        self._workers: list[threading.Thread] = []
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- commands -----------------------------------------------------------

    def inject(self, fault: Fault, **kwargs: object) -> Rule:
        rule = Rule(fault, **kwargs)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def requests_to(self, path: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.path.startswith(path)]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._listener.close()
        for w in self._workers:
            w.join(5)

    # -- the loop -----------------------------------------------------------

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            t = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._workers = [w for w in self._workers if w.is_alive()]
            self._workers.append(t)
            t.start()

    def _take_rule(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if path.startswith(rule.path) and (not rule.method or rule.method == method):
                    rule.times -= 1
                    if rule.times <= 0:
                        self.rules.remove(rule)
                    return rule
        return None

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            try:
                request = _read_request(conn)
            except (OSError, ValueError):
                return
            if request is None:
                return
            method, path, raw = request
            rule = self._take_rule(method, path)
            fault = rule.fault if rule else None
            if rule is not None and rule.fault == "status":
                self._record(method, path, fault, upstream=False)
                _send_status(conn, rule)
                return
            if rule is not None and rule.fault == "drop_request":
                self._record(method, path, fault, upstream=False)
                _reset(conn)
                return
            try:
                response = _forward(raw, self.upstream_host, self.upstream_port)
            except OSError:
                self._record(method, path, "upstream_down", upstream=False)
                _reset(conn)
                return
            self._record(method, path, fault, upstream=True)
            try:
                self._reply(conn, response, rule)
            except OSError:
                return

    def _record(self, method: str, path: str, fault: str | None, *, upstream: bool) -> None:
        with self._lock:
            self.seen.append(Seen(method, path, fault, upstream))

    def _reply(self, conn: socket.socket, response: bytes, rule: Rule | None) -> None:
        head, _, body = response.partition(b"\r\n\r\n")
        head = _force_close(head)
        if rule is None:
            conn.sendall(head + b"\r\n\r\n" + body)
            return
        if rule.fault == "delay":
            time.sleep(rule.seconds)
            conn.sendall(head + b"\r\n\r\n" + body)
            return
        cut = body[: int(len(body) * rule.at)]
        if rule.fault == "reset":
            conn.sendall(head + b"\r\n\r\n" + cut)
            _reset(conn)
        elif rule.fault == "truncate":
            # Content-Length still promises the whole body; the stream just ends.
            conn.sendall(head + b"\r\n\r\n" + cut)
            conn.shutdown(socket.SHUT_WR)
        elif rule.fault == "truncate_fixed":
            # A short body whose length header agrees: only the JSON shows the damage.
            head = _set_header(head, b"content-length", str(len(cut)).encode())
            conn.sendall(head + b"\r\n\r\n" + cut)
        else:
            raise ValueError(f"unknown fault {rule.fault}")


def _read_request(conn: socket.socket) -> tuple[str, str, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    method, target, _version = lines[0].decode("latin-1").split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    head = _force_close(head)
    return method, target, head + b"\r\n\r\n" + body


def _forward(raw: bytes, host: str, port: int) -> bytes:
    with socket.create_connection((host, port), timeout=30) as up:
        up.sendall(raw)
        chunks = []
        while True:
            chunk = up.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def _set_header(head: bytes, name: bytes, value: bytes) -> bytes:
    lines = head.split(b"\r\n")
    out = [lines[0]]
    for line in lines[1:]:
        if line.split(b":", 1)[0].strip().lower() != name:
            out.append(line)
    out.append(name + b": " + value)
    return b"\r\n".join(out)


def _force_close(head: bytes) -> bytes:
    lines = [
        line
        for line in head.split(b"\r\n")
        if line.split(b":", 1)[0].strip().lower() not in (b"connection", b"keep-alive")
    ]
    return b"\r\n".join([*lines, b"Connection: close"])


def _send_status(conn: socket.socket, rule: Rule) -> None:
    body = rule.body or (b'{"error":{"code":"injected","message":"injected failure","fields":{}}}')
    reason = {500: "Internal Server Error", 429: "Too Many Requests", 503: "Unavailable"}
    head = [
        f"HTTP/1.1 {rule.status} {reason.get(rule.status, 'Error')}".encode(),
        b"Content-Type: application/json",
        f"Content-Length: {len(body)}".encode(),
        b"Connection: close",
    ]
    if rule.retry_after is not None:
        head.append(f"Retry-After: {rule.retry_after}".encode())
    conn.sendall(b"\r\n".join(head) + b"\r\n\r\n" + body)


def _reset(conn: socket.socket) -> None:
    """Close with RST instead of FIN: what a dropped connection looks like."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
