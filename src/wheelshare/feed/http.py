"""HTTP plumbing shared by the routes: error answers, body limit, who is asking."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wheelshare.feed import sweeps
from wheelshare.feed.db import Database
from wheelshare.feed.errors import BadRequest, FeedError, RateLimited, Unauthorized
from wheelshare.feed.hashing import HashingPool
from wheelshare.feed.metrics import FeedMetrics
from wheelshare.feed.pagecache import PageCache
from wheelshare.feed.photo_storage import PhotoStorage
from wheelshare.feed.proxies import TrustedProxies
from wheelshare.feed.schemas import PATTERN_MESSAGES
from wheelshare.feed.settings import FeedSettings
from wheelshare.feed.snapshot import SnapshotStore
from wheelshare.feed.wakeups import Wakeups

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FeedContext:
    """What every route needs: the settings and the database of this app."""

    settings: FeedSettings
    db: Database
    proxies: TrustedProxies = field(default_factory=TrustedProxies)
    hashing: HashingPool = field(default_factory=lambda: HashingPool(1, 0, 10.0))
    # The long polls waiting in this process (GET /v1/me/changes?wait=N).
    wakeups: Wakeups = field(default_factory=lambda: Wakeups(per_account=4, overall=5000))
    snapshots: SnapshotStore = field(default_factory=SnapshotStore)
    pages: PageCache = field(default_factory=PageCache)
    # Prometheus metrics, when FeedSettings.metrics is on (metrics.py).
    metrics: FeedMetrics | None = None
    photo_storage: PhotoStorage | None = None

    @property
    def photos(self) -> PhotoStorage:
        assert self.photo_storage is not None, "create_app() gives every feed its storage"
        return self.photo_storage

    def sweep_if_due(self) -> None:
        """Expires and completes due bookings, and shows the reviews whose blind
        period is over, first, so the answer reflects them (never on a
        read-only process: the primary's processes do it)."""
        if not self.settings.read_only:
            sweeps.sweep_if_due(self.db)


def context(request: Request) -> FeedContext:
    ctx: FeedContext = request.app.state.feed
    return ctx


# Declares the bearer scheme in the OpenAPI document, on every route that needs a
# token; the 401 itself is ours (the contract's error body), hence auto_error=False.
_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    description="the access_token of POST /v1/auth/token, as 'Authorization: Bearer <token>'",
)


def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The bearer token of the request; 401 before anything else when there is none."""
    token = credentials.credentials.strip() if credentials is not None else ""
    if not token:
        raise Unauthorized("sign in first: this needs 'Authorization: Bearer <token>'")
    return token


def idempotency_key_from(header: str | None, what: str) -> str:
    """The ``Idempotency-Key`` a creating POST must carry, or 400 saying so."""
    key = (header or "").strip()
    if not key or len(key) > 200:
        raise BadRequest(
            f"send an Idempotency-Key header (a fresh UUID per {what})",
            code="idempotency_key_required",
            fields={"Idempotency-Key": "required, at most 200 characters"},
        )
    return key


def client_address(request: Request) -> str:
    """Who is asking, for the per-address attempt limits (see proxies.py). Only
    routes that count attempts depend on it, so the OpenAPI document gives
    exactly those a 429 (openapi.py)."""
    peer = request.client.host if request.client else "unknown"
    return context(request).proxies.client(peer, request.headers.getlist("x-forwarded-for"))


def hashing_pool(request: Request) -> HashingPool:
    """The password-hashing slots (503 ``busy`` when all are taken). Routes that
    hash a password take it as a dependency, so the document gives them the 503."""
    return context(request).hashing


def error_response(
    status: int,
    code: str,
    message: str,
    fields: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "fields": fields or {}}}
    return JSONResponse(body, status_code=status, headers=headers)


async def on_feed_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, FeedError)
    metrics = context(request).metrics
    if metrics is not None and isinstance(exc, RateLimited):
        metrics.rate_limited.inc()
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers or None)


_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "body_too_large",
    415: "unsupported_media_type",
}


async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "error")
    if exc.status_code == 404:
        message = f"there is nothing at {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    return error_response(exc.status_code, code, message, headers=dict(exc.headers or {}))


def _field(loc: Sequence[Any]) -> str:
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif p in ("function-after", "constrained-str"):
            continue
        else:
            out += ("." if out else "") + str(p)
    return out or str(loc[0] if loc else "body")


def _message(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required"
    if kind == "timezone_aware":
        return "the date and time needs an offset (e.g. Z)"
    if kind == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern", "")
        return PATTERN_MESSAGES.get(pattern, "the text has characters not allowed here")
    return str(err.get("msg", "invalid value"))


async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        detail = next(e for e in errors if e.get("type") == "json_invalid")
        ctx = detail.get("ctx") or {}
        return error_response(
            400,
            "malformed_json",
            f"the request body is not valid JSON ({ctx.get('error', 'parse error')})",
        )
    fields: dict[str, str] = {}
    for e in errors:
        # Union types report one error per alternative; keep the first per field.
        path = [p for p in e.get("loc", ()) if not _is_union_tag(p)]
        fields.setdefault(_field(path), _message(e))
    return error_response(422, "invalid", "some fields need fixing", fields)


def _is_union_tag(part: object) -> bool:
    return isinstance(part, str) and (
        part in ("bool", "int", "float", "str", "none")
        or part.startswith(("function-", "constrained"))
    )


async def on_database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    """The database cannot be reached or opened: a temporary failure, says 503."""
    log.warning("database unavailable: %s", exc)
    return error_response(
        503,
        "database_unavailable",
        "the feed cannot reach its database just now; try again in a moment",
        headers={"Retry-After": "5"},
    )


async def on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error", exc_info=exc)
    return error_response(500, "internal_error", "the feed failed to answer; this is a bug")


class _BodyTooLarge(StarletteHTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit} bytes")


# How much of an over-long body is still read (and thrown away) before the 413.
# Closing a connection with unread data makes the kernel send a reset, and the
# client would then see "connection reset" instead of the answer.
DRAIN_FACTOR = 16


async def _drain(receive: Receive, budget: int) -> None:
    """Reads and discards the rest of a request body, up to ``budget`` bytes."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class BodyLimit:
    """Refuses bodies over ``limit`` bytes with 413: at once when the Content-Length
    says so, or as soon as a streamed body passes the limit. The rest of the body
    is read and discarded first (up to DRAIN_FACTOR × limit) so the client can
    read the answer.

    ``larger``: (path pattern, limit) for the few routes that take more (photo
    uploads); a POST whose path matches one gets its limit instead. The limit
    still holds while the body arrives, so an upload is never read past it."""

    def __init__(
        self, app: ASGIApp, limit: int, larger: Sequence[tuple[re.Pattern[str], int]] = ()
    ) -> None:
        self.app = app
        self.default_limit = limit
        self.larger = tuple(larger)

    def _limit_for(self, scope: Scope) -> int:
        if scope.get("method") == "POST":
            path = str(scope.get("path", ""))
            for pattern, limit in self.larger:
                if pattern.fullmatch(path):
                    return limit
        return self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_large = int(value) > limit
                except ValueError:
                    too_large = False
                if too_large:
                    await _drain(receive, limit * DRAIN_FACTOR)
                    await self._refuse(send, limit)
                    return
        received = 0
        done = False

        async def limited() -> Message:
            nonlocal received, done
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                done = not message.get("more_body", False)
                if received > limit:
                    if not done:
                        await _drain(receive, limit * DRAIN_FACTOR)
                    raise _BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)

    async def _refuse(self, send: Send, limit: int) -> None:
        body = json.dumps(
            {
                "error": {
                    "code": "body_too_large",
                    "message": f"the request body is larger than {limit} bytes",
                    "fields": {},
                }
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


Ctx = Annotated[FeedContext, Depends(context)]
BearerToken = Annotated[str, Depends(bearer_token)]
ClientAddress = Annotated[str, Depends(client_address)]
Hashing = Annotated[HashingPool, Depends(hashing_pool)]
