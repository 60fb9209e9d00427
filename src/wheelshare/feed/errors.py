"""The feed server's errors: each maps to one HTTP status and a stable code.

Every 4xx answer has the contract's shape
``{"error": {"code": ..., "message": ..., "fields": {...}}}``.
"""

from __future__ import annotations


class FeedError(Exception):
    status = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.fields = dict(fields or {})
        self.headers = dict(headers or {})

    def body(self) -> dict[str, object]:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


class BadRequest(FeedError):
    status = 400
    code = "bad_request"


class Unauthorized(FeedError):
    status = 401
    code = "unauthorized"

    def __init__(self, message: str = "sign in first", *, code: str | None = None) -> None:
        super().__init__(message, code=code, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(FeedError):
    status = 403
    code = "forbidden"


class NotFound(FeedError):
    status = 404
    code = "not_found"


class Conflict(FeedError):
    status = 409
    code = "conflict"


class Gone(FeedError):
    status = 410
    code = "gone"


class RangeNotSatisfiable(FeedError):
    status = 416
    code = "range_not_satisfiable"


class Invalid(FeedError):
    status = 422
    code = "invalid"


class RateLimited(FeedError):
    status = 429
    code = "rate_limited"

    def __init__(
        self,
        message: str,
        retry_after: int,
        *,
        code: str | None = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        super().__init__(
            message, code=code, fields=fields, headers={"Retry-After": str(max(1, retry_after))}
        )
        self.retry_after = max(1, retry_after)


class Busy(FeedError):
    """A temporary refusal: the server is at its limit for this kind of work."""

    status = 503
    code = "busy"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message, headers={"Retry-After": str(max(1, retry_after))})
        self.retry_after = max(1, retry_after)


class SetupError(Exception):
    """The server cannot start as configured (bad database URL, missing module…)."""


# What pyproject.toml's "server" extra brings: PostgreSQL and the OpenStreetMap
# import. The desktop app and its built-in demo feed run without them, so a
# command that needs one says how to get it rather than showing a traceback.
SERVER_EXTRA_MODULES = frozenset({"psycopg", "psycopg_binary", "osmium"})
SERVER_EXTRA_HINT = "install wheelshare with its server extra: pip install 'wheelshare[server]'"
