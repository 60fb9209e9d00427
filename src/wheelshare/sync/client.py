"""The feed client: HTTP to a protocol v1 feed, with retries and readable errors.

One ``requests.Session`` (connection reuse matters when paging thousands of
changes); explicit connect and read timeouts on every call; TLS verification
always on (a custom CA bundle may be given, never ``verify=False``).

Transport rules: a feed that is not on this computer must use https (plain
http only for loopback, or with ``allow_insecure``, which logs a warning each
time). Redirects are never followed by ``requests``: the client follows a
redirect itself only for a read (GET/HEAD) to the same origin (scheme, host
and port), at most ``MAX_REDIRECTS`` times, so a body, a password or a token
is never sent anywhere but the feed's own address.

Limits (``Limits``): each request has a total deadline, headers to last byte,
checked between the chunks of the body (a socket read timeout alone never ends
a feed that sends a byte every few seconds); a whole sync has one too
(``sync_deadline``); an answer is read in chunks and refused as soon as it
grows, decompressed, past ``max_answer_bytes``, so a small gzip bomb never
inflates in memory.

Retries use exponential backoff with full jitter, on connection failures,
5xx and 429 (``Retry-After`` honoured). A request that could change
something on the server is retried only when that is safe: reads, PUT/DELETE,
and POSTs that carry an ``Idempotency-Key``; other POSTs only when the
request provably never reached the server (connect failure) or the server
said it did not process it (429/503).
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import json
import logging
import random
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
import urllib3.exceptions
from urllib3 import encode_multipart_formdata

from wheelshare import __version__
from wheelshare.domain import clock
from wheelshare.domain.text import json_is_printable
from wheelshare.sync import fastjson
from wheelshare.sync.errors import (
    AnswerTooLargeError,
    AnswerTooSlowError,
    AuthNeededError,
    BadResponseError,
    ConnectionLostError,
    FeedAddressError,
    FeedRedirectError,
    FeedTimeoutError,
    InsecureFeedError,
    OfflineError,
    RejectedError,
    ServerError,
    SyncError,
    SyncTooLongError,
    TlsError,
)
from wheelshare.sync.hangup import session_with_hangup
from wheelshare.sync.progress import CancelToken

Stream = str  # "public" or "me"
STREAM_PATHS: dict[str, str] = {"public": "/v1/changes", "me": "/v1/me/changes"}
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Same-origin redirects of a read followed before giving up.
MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Bytes asked of the socket at a time: one read returns what has arrived, so the
# deadline is checked at least once per read timeout.
_CHUNK = 64 * 1024

log = logging.getLogger(__name__)


def is_loopback_host(host: str | None) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1: a feed on this computer."""
    if not host:
        return False
    host = host.lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(parts: SplitResult) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in."""
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").rstrip("."), port or _DEFAULT_PORTS.get(scheme)


def _plain_netloc(netloc: str) -> bool:
    """No user info and nothing two URL parsers could read differently."""
    return not any(c in netloc for c in "@\\") and netloc.isprintable() and " " not in netloc


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: ``attempts`` in total, waits of ``base * 2**n`` seconds (jittered)."""

    attempts: int = 4
    base: float = 0.5
    max_wait: float = 20.0
    # A Retry-After longer than this is not waited out: the sync ends with a
    # ServerError telling the person when to try again.
    max_retry_after: float = 60.0

    def wait(self, attempt: int, rng: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(max_wait, base * 2**attempt)]."""
        return float(rng()) * min(self.max_wait, self.base * float(2**attempt))


@dataclass(frozen=True, slots=True)
class Limits:
    """What one feed may make the client spend, whatever it sends."""

    # One request, from sending it to the last byte of the answer.
    request_seconds: float = 120.0
    # A whole sync (push and pull), retries and waits included.
    sync_seconds: float = 30 * 60.0
    # One answer once decompressed. A page of 1000 changes is about 2 MiB.
    max_answer_bytes: int = 16 * 2**20


@dataclass(frozen=True, slots=True)
class FeedResponse:
    status: int
    data: Any
    etag: str | None
    headers: Mapping[str, str] = field(default_factory=dict)
    # The body holds no text that printable() would change (json_is_printable):
    # a page's records need no cleaning one by one.
    printable: bool = False

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²".isdigit() is True, float("²") fails
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or clock.now())).total_seconds())


# 429 codes that limit one thing a person changes (docs/feed-protocol.md): the
# answer is about that field, so it is a refusal to show there, not a busy feed
# to try again soon (its Retry-After is hours away).
_LIMITS_OF_ONE_CHANGE = frozenset({"name_changes_limited", "phone_changes_limited"})


def _limit_of_one_change(content: bytes) -> bool:
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False
    error = body.get("error") if isinstance(body, dict) else None
    return isinstance(error, dict) and error.get("code") in _LIMITS_OF_ONE_CHANGE


def _rejection(resp: requests.Response, content: bytes | None = None) -> RejectedError:
    """The server's error body (contract shape, or FastAPI's ``detail``) as an exception."""
    code, message, fields = f"http_{resp.status_code}", resp.reason or "", {}
    try:
        body = json.loads(resp.content if content is None else content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        body = None
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            code = str(err.get("code") or code)
            message = str(err.get("message") or message)
            raw_fields = err.get("fields")
            if isinstance(raw_fields, dict):
                fields = {str(k): str(v) for k, v in raw_fields.items()}
        elif "detail" in body:
            detail = body["detail"]
            if isinstance(detail, str):
                message = detail
            elif isinstance(detail, list):
                for item in detail:
                    if isinstance(item, dict):
                        loc = ".".join(str(p) for p in item.get("loc", []) if p != "body")
                        fields[loc or "request"] = str(item.get("msg", "invalid"))
                message = message or "the request was not valid"
    if resp.status_code == 401:
        return AuthNeededError(message, code)
    return RejectedError(resp.status_code, code, message, fields)


class FeedClient:
    """Talks to one feed. Not thread-safe: one client per worker thread."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        ca_bundle: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        rng: Callable[[], float] = random.random,
        allow_insecure: bool = False,
        limits: Limits | None = None,
    ) -> None:
        parts = urlsplit(base_url)
        if (
            parts.scheme not in ("http", "https")
            or not parts.hostname
            or not _plain_netloc(parts.netloc)
        ):
            raise FeedAddressError(base_url)
        # Plain http to another machine: only on request, and never silently.
        self.insecure = parts.scheme == "http" and not is_loopback_host(parts.hostname)
        if self.insecure:
            if not allow_insecure:
                raise InsecureFeedError(base_url)
            log.warning(
                "The feed at %s is not encrypted (http://): passwords and sign-in "
                "tokens cross the network in clear. Use it only on a test network.",
                base_url,
            )
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeouts = (connect_timeout, read_timeout)
        self.retry = retry or RetryPolicy()
        self.limits = limits or Limits()
        # time.monotonic() when the current sync must end, or None outside a sync.
        self._sync_ends: float | None = None
        self._rng = rng
        self._session, self._hang_up = session_with_hangup()
        # True, or a CA bundle path: verification is never switched off. Passed on
        # every call, because a session-level value loses to REQUESTS_CA_BUNDLE.
        self._verify: bool | str = ca_bundle if ca_bundle else True
        self._session.headers.update(
            {
                "Accept": "application/json",
                "Accept-Encoding": "gzip",
                "User-Agent": f"wheelshare/{__version__}",
            }
        )
        self.requests_made = 0

    # -- lifecycle ----------------------------------------------------------

    def close(self) -> None:
        self._session.close()

    def hang_up(self) -> None:
        """Ends the request another thread is waiting on, at once (it fails as a
        lost connection); safe to call from any thread."""
        self._hang_up()

    def __enter__(self) -> FeedClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def sync_deadline(self) -> Iterator[None]:
        """Every request made inside ends by ``limits.sync_seconds`` from now."""
        self._sync_ends = time.monotonic() + self.limits.sync_seconds
        try:
            yield
        finally:
            self._sync_ends = None

    def _deadline(self) -> float:
        """When the request starting now must be over; SyncTooLongError if the sync is."""
        ends = time.monotonic() + self.limits.request_seconds
        if self._sync_ends is not None:
            if time.monotonic() >= self._sync_ends:
                raise SyncTooLongError(self.base_url, self.limits.sync_seconds)
            ends = min(ends, self._sync_ends)
        return ends

    # -- the one request loop ----------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        form: Mapping[str, str | tuple[str, bytes]] | None = None,
        params: Mapping[str, str | int] | None = None,
        auth: bool = False,
        etag: str | None = None,
        idempotency_key: str | None = None,
        cancel: CancelToken | None = None,
        raw: bool = False,
    ) -> FeedResponse:
        """One logical request, retried as the policy allows.

        Returns 2xx and 304 answers; raises a SyncError for everything else.
        With ``raw``, a 2xx answer's ``data`` is its body as bytes (a file),
        not parsed as JSON.
        """
        method = method.upper()
        url = self.base_url + path
        headers: dict[str, str] = {}
        if auth:
            if not self.token:
                error = AuthNeededError("you are not signed in")
                error.never_sent = True
                raise error
            headers["Authorization"] = f"Bearer {self.token}"
        if etag:
            headers["If-None-Match"] = etag
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        safe = method in _IDEMPOTENT_METHODS or idempotency_key is not None
        body = None
        if json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif form is not None:
            # A photo upload: text fields, and (file name, bytes) for the file.
            body, content_type = encode_multipart_formdata(dict(form))
            headers["Content-Type"] = content_type

        last: SyncError | None = None
        for attempt in range(self.retry.attempts):
            if attempt and last is not None:
                delay = self.retry.wait(attempt - 1, self._rng)
                if isinstance(last, ServerError) and last.retry_after is not None:
                    delay = max(delay, last.retry_after)
                if self._sync_ends is not None and time.monotonic() + delay >= self._sync_ends:
                    raise SyncTooLongError(self.base_url, self.limits.sync_seconds)
                if cancel is not None:
                    cancel.wait(delay)
                else:
                    time.sleep(delay)
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                return self._once(method, url, headers, body, params, self._deadline(), raw)
            except _Retryable as r:
                last = r.error
                if not (safe or r.not_processed):
                    raise r.error from None
                if isinstance(last, ServerError) and (last.retry_after or 0) > (
                    self.retry.max_retry_after
                ):
                    raise last from None
        assert last is not None
        raise last

    def _once(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        params: Mapping[str, str | int] | None,
        deadline: float,
        raw: bool = False,
    ) -> FeedResponse:
        resp, content = self._send(method, url, headers, body, params, deadline)
        # The address as sent (with its query): redirects resolve against it.
        url = resp.url or url
        seen = {url}
        hops = 0
        while resp.status_code in _REDIRECT_STATUSES:
            url = self._redirect_target(method, url, resp, hops, seen)
            hops += 1
            seen.add(url)
            # The query is in the followed address; ``params`` belonged to the first.
            resp, content = self._send(method, url, headers, None, None, deadline)
        return self._answer(resp, content, headers, raw)

    def _redirect_target(
        self, method: str, url: str, resp: requests.Response, hops: int, seen: set[str]
    ) -> str:
        """Where a redirect may be followed to, or the FeedRedirectError saying why not."""
        status = resp.status_code
        location = resp.headers.get("Location", "")
        target = urljoin(url, location.strip()) if location.strip() else ""
        parts = urlsplit(target)
        if parts.scheme.lower() not in ("http", "https"):
            raise FeedRedirectError(FeedRedirectError.BAD_SCHEME, self.base_url, target, status)
        if not _plain_netloc(parts.netloc) or _origin(parts) != _origin(urlsplit(url)):
            raise FeedRedirectError(FeedRedirectError.OTHER_ORIGIN, self.base_url, target, status)
        if method not in ("GET", "HEAD"):
            raise FeedRedirectError(FeedRedirectError.WRITE, self.base_url, target, status)
        if target in seen or hops >= MAX_REDIRECTS:
            raise FeedRedirectError(FeedRedirectError.LOOP, self.base_url, target, status)
        return target

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        params: Mapping[str, str | int] | None,
        deadline: float,
        *,
        read: bool = True,
    ) -> tuple[requests.Response, bytes]:
        """One HTTP exchange; redirects come back as answers, never followed here.
        ``read=False`` leaves the body unread (and the connection with it)."""
        self.requests_made += 1
        left = deadline - time.monotonic()
        if left <= 0:
            raise _Retryable(AnswerTooSlowError(self.base_url, self.limits.request_seconds))
        try:
            resp = self._session.request(
                method,
                url,
                headers=headers,
                data=body,
                params=params,
                # No single wait longer than what is left of the deadline.
                timeout=(min(self.timeouts[0], left), min(self.timeouts[1], left)),
                verify=self._verify,
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.SSLError as e:
            raise TlsError(self.base_url, _short(e)) from None
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema):
            raise FeedAddressError(self.base_url) from None
        except requests.exceptions.ConnectTimeout:
            raise _Retryable(
                FeedTimeoutError(self.base_url, self.timeouts[0]), not_processed=True
            ) from None
        except requests.exceptions.ReadTimeout:
            raise _Retryable(FeedTimeoutError(self.base_url, self.timeouts[1])) from None
        except requests.exceptions.ConnectionError as e:
            # A refused or unresolvable connection never reached the server.
            refused = _never_connected(e)
            raise _Retryable(
                OfflineError(self.base_url, _short(e)), not_processed=refused
            ) from None
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ) as e:
            if "reset by peer" in str(e) or "ConnectionResetError" in repr(e):
                raise _Retryable(ConnectionLostError(self.base_url, _short(e))) from None
            raise _Retryable(
                BadResponseError(self.base_url, f"the answer was cut off: {_short(e)}")
            ) from None
        if not read:
            return resp, b""
        try:
            content = self._read_body(resp, deadline)
        except BaseException:
            resp.close()  # the rest of the answer is not read: the connection goes
            raise
        resp.raw.release_conn()  # read to its end: the connection serves the next request
        return resp, content

    def _send_streamed(
        self, method: str, url: str, headers: dict[str, str], deadline: float
    ) -> tuple[requests.Response, bytes]:
        """An exchange whose body the caller reads (a file to store as it comes)."""
        return self._send(method, url, headers, None, None, deadline, read=False)

    def _read_body(self, resp: requests.Response, deadline: float) -> bytes:
        """The answer's body, decompressed, within the deadline and the size limit."""
        limit = self.limits.max_answer_bytes
        encoding = resp.headers.get("Content-Encoding", "").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
        elif encoding in ("", "identity"):
            inflater = None
        else:
            # Only gzip is asked for; anything else is not read at all.
            raise BadResponseError(self.base_url, f"an answer encoded as {encoding[:30]!r}")
        body = bytearray()
        started = False
        try:
            while True:
                raw = resp.raw.read1(_CHUNK, decode_content=False)
                if not raw:
                    if inflater is not None and started and not inflater.eof:
                        raise _Retryable(BadResponseError(self.base_url, "the answer was cut off"))
                    return bytes(body)
                started = True
                if inflater is None:
                    body += raw
                else:
                    # At most one byte past the limit is ever inflated; what is
                    # left (``unconsumed_tail``) is dropped with the answer.
                    body += inflater.decompress(raw, limit + 1 - len(body))
                    if inflater.eof and inflater.unused_data:
                        raise BadResponseError(self.base_url, "data after the compressed answer")
                if len(body) > limit:
                    raise AnswerTooLargeError(self.base_url, limit)
                if time.monotonic() > deadline:
                    raise _Retryable(AnswerTooSlowError(self.base_url, self.limits.request_seconds))
        except urllib3.exceptions.ReadTimeoutError:
            raise _Retryable(FeedTimeoutError(self.base_url, self.timeouts[1])) from None
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.SSLError) as e:
            if "reset by peer" in str(e) or "ConnectionResetError" in repr(e):
                raise _Retryable(ConnectionLostError(self.base_url, _short(e))) from None
            raise _Retryable(
                BadResponseError(self.base_url, f"the answer was cut off: {_short(e)}")
            ) from None
        except zlib.error as e:
            raise _Retryable(
                BadResponseError(self.base_url, f"the answer could not be unpacked: {e}")
            ) from None

    def _answer(
        self, resp: requests.Response, content: bytes, headers: dict[str, str], raw: bool = False
    ) -> FeedResponse:
        status = resp.status_code
        etag = resp.headers.get("ETag")
        if status == 304:
            return FeedResponse(304, None, etag or headers.get("If-None-Match"), resp.headers)
        if status == 429 and _limit_of_one_change(content):
            raise _rejection(resp, content)
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            err = ServerError(status, self.base_url, retry_after)
            raise _Retryable(err, not_processed=status in (429, 503))
        if status >= 400:
            raise _rejection(resp, content)
        if raw:
            return FeedResponse(status, content, etag, resp.headers)
        if not content:
            return FeedResponse(status, None, etag, resp.headers)
        try:
            data = fastjson.loads(content)
        except (ValueError, UnicodeDecodeError, RecursionError) as e:
            # Most often a body cut short by the network: worth another try.
            raise _Retryable(BadResponseError(self.base_url, f"invalid JSON: {e}")) from None
        return FeedResponse(status, data, etag, resp.headers, json_is_printable(content))

    # -- protocol helpers ---------------------------------------------------

    def file_bytes(self, path: str, *, auth: bool = False) -> bytes:
        """A file of the feed read whole (a photo), within the answer size limit.
        With ``auth`` the sign-in goes in the Authorization header only, and
        redirects are followed within the feed's own origin only, so the token
        never reaches another server."""
        answer = self.request("GET", path, auth=auth, raw=True)
        if not isinstance(answer.data, bytes) or not answer.data:
            raise BadResponseError(self.base_url, "the feed sent an empty file")
        return answer.data

    def download(
        self, path: str, dest: Path, *, max_bytes: int, cancel: CancelToken | None = None
    ) -> Download:
        """A file of the feed (the public snapshot) into ``dest``; see _download."""
        return _download(self, path, dest, max_bytes=max_bytes, cancel=cancel)

    def changes(
        self,
        stream: Stream,
        since: str | None,
        *,
        limit: int = 500,
        etag: str | None = None,
        cancel: CancelToken | None = None,
        wait: int = 0,
    ) -> FeedResponse:
        """One page of a change stream ("public" or "me") from ``since``; with
        ``wait`` (seconds, "me" only), the feed holds an empty answer until
        something changes or the time is up (give the client a longer read
        timeout than that)."""
        params: dict[str, str | int] = {"limit": limit}
        if since:
            params["since"] = since
        if wait:
            params["wait"] = wait
        return self.request(
            "GET",
            STREAM_PATHS[stream],
            params=params,
            auth=stream == "me",
            etag=etag,
            cancel=cancel,
        )


@dataclass(frozen=True, slots=True)
class Download:
    """A file fetched whole (possibly over several attempts) into ``path``."""

    path: Path
    etag: str | None
    # The ``Repr-Digest`` header as sent (``sha-256=:<base64>:``), if any.
    digest: str | None
    resumed: bool


def _download_etag(dest: Path) -> Path:
    return dest.with_name(dest.name + ".etag")


def _download(
    client: FeedClient,
    path: str,
    dest: Path,
    *,
    max_bytes: int,
    cancel: CancelToken | None = None,
) -> Download:
    """GET ``path`` into ``dest``, resuming what an earlier attempt left there.

    The ETag of a partial file is kept beside it; a resumed request sends
    ``Range: bytes=<size>-`` with ``If-Range: <ETag>``, so a feed whose file
    changed since sends it whole (200) and the partial one is replaced. The
    body is written as it arrives (a kill leaves what was received), within
    the request deadline and ``max_bytes``; nothing is retried here (the next
    sync resumes)."""
    url = client.base_url + path
    tag_file = _download_etag(dest)
    have = dest.stat().st_size if dest.exists() and tag_file.exists() else 0
    # Compressed files are sent as they are: no transfer encoding on top.
    headers = {"Accept-Encoding": "identity", "Accept": "application/gzip"}
    if have:
        headers["Range"] = f"bytes={have}-"
        headers["If-Range"] = tag_file.read_text(encoding="ascii").strip()
    deadline = client._deadline()
    try:
        resp, _ = client._send_streamed("GET", url, headers, deadline)
    except _Retryable as r:
        raise r.error from None
    try:
        status = resp.status_code
        if status == 416 and have:
            # The partial file is longer than the feed's: start again.
            dest.unlink(missing_ok=True)
            tag_file.unlink(missing_ok=True)
            resp.close()
            return _download(client, path, dest, max_bytes=max_bytes, cancel=cancel)
        if status == 429 or status >= 500:
            raise ServerError(
                status, client.base_url, parse_retry_after(resp.headers.get("Retry-After"))
            )
        if status >= 400 or status not in (200, 206):
            raise _rejection(resp, resp.raw.read(64 * 1024, decode_content=True))
        resumed = status == 206
        if resumed and not resp.headers.get("Content-Range", "").startswith(f"bytes {have}-"):
            raise BadResponseError(client.base_url, "the feed sent another part of the file")
        etag = resp.headers.get("ETag")
        if not resumed:
            dest.unlink(missing_ok=True)
            tag_file.unlink(missing_ok=True)
            if etag:
                tag_file.write_text(etag, encoding="ascii")
        written = have if resumed else 0
        with dest.open("ab" if resumed else "wb") as out:
            while True:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                try:
                    chunk = resp.raw.read1(_CHUNK, decode_content=False)
                except urllib3.exceptions.ReadTimeoutError:
                    raise FeedTimeoutError(client.base_url, client.timeouts[1]) from None
                except urllib3.exceptions.ProtocolError as e:
                    raise ConnectionLostError(client.base_url, _short(e)) from None
                if not chunk:
                    break
                written += len(chunk)
                if written > max_bytes:
                    raise AnswerTooLargeError(client.base_url, max_bytes)
                out.write(chunk)
                if time.monotonic() > deadline:
                    raise AnswerTooSlowError(client.base_url, client.limits.request_seconds)
        return Download(dest, etag, resp.headers.get("Repr-Digest"), resumed)
    finally:
        resp.close()


class _Retryable(Exception):
    """Internal: a failure the loop may retry; ``not_processed`` = server surely did nothing."""

    def __init__(self, error: SyncError, *, not_processed: bool = False) -> None:
        super().__init__(str(error))
        self.error = error
        self.not_processed = not_processed
        error.never_sent = not_processed


def _never_connected(e: requests.exceptions.ConnectionError) -> bool:
    text = repr(e)
    return any(
        marker in text
        for marker in ("NewConnectionError", "NameResolutionError", "Connection refused")
    )


def _short(e: BaseException) -> str:
    text = str(e)
    return text if len(text) <= 200 else text[:197] + "..."
