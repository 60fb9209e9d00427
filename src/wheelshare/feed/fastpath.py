"""Public change pages answered from the page cache before the framework.

An up-to-date client's poll (a 304) and a page many clients read from the
start cost, through FastAPI, routing, dependency resolution, a thread hop and
a read session around one head query: about three quarters of the request's
work on the server. The answer depends only on the public log's head and on
``since`` and ``limit``, and the page cache (pagecache.py) already holds the
finished answer; this layer answers those requests from it directly.

Knowing that the head has not moved, without asking the database through a
session, is the whole trick. On SQLite, ``PRAGMA data_version`` on a
connection of this layer's own changes whenever any other connection (in
this process or another) commits, and costs microseconds; the head is read
again, on that connection, only after it changed. Anything this layer cannot
answer exactly as the route would (a cursor it does not know, a limit out of
range, a page not in the cache, any other database, any error) goes on to
the application untouched, and the route's answer fills the cache for the
next one. Both build the answer with :func:`page_response`, so they are the
same bytes.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

from sqlalchemy import select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import make_url
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from wheelshare.feed import changelog
from wheelshare.feed.errors import FeedError
from wheelshare.feed.pagecache import EncodedPage, PageCache

PATH = "/v1/changes"
_HEADERS = {"Cache-Control": "no-cache", "Vary": "Authorization, Accept-Encoding"}
# ASCII digits only (see routes_changes._WHOLE_NUMBER).
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")
_HEAD_SQL = str(
    select(*changelog.HEAD_COLUMNS).compile(
        dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
    )
)


def matches(wanted: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names this ETag."""
    return wanted is not None and etag in (t.strip() for t in wanted.split(","))


def page_response(page: EncodedPage, wanted: str | None, accept_encoding: str) -> Response:
    """The answer to a public page request, from the cached page: a 304 when
    ``wanted`` (If-None-Match) names its ETag, else the page, compressed when
    the client takes gzip (the same test as the GZip middleware's)."""
    headers = {**_HEADERS, "ETag": page.etag}
    if matches(wanted, page.etag):
        return Response(status_code=304, headers=headers)
    if page.gzipped is not None and "gzip" in accept_encoding:
        # Compressed once for every client that asks this page: the GZip
        # middleware passes an answer that has its Content-Encoding already.
        headers["Content-Encoding"] = "gzip"
        return Response(page.gzipped, media_type="application/json", headers=headers)
    return Response(page.body, media_type="application/json", headers=headers)


@dataclass(frozen=True, slots=True)
class _Head:
    version: int
    head: changelog.FeedHead


class SqliteHead:
    """The log's head, read again only when another connection has committed."""

    def __init__(self, path: str) -> None:
        # Opened on first use, from the event loop's thread, which alone uses it.
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._known: _Head | None = None

    def get(self) -> changelog.FeedHead:
        if self._conn is None:
            # Never creates the file (the feed's own engine makes it private).
            uri = Path(self._path).resolve().as_uri() + "?mode=rw"
            # Never waits long on the event loop: a busy database goes the slow way.
            conn = sqlite3.connect(uri, uri=True, timeout=0.1, check_same_thread=False)
            conn.isolation_level = None
            self._conn = conn
        # Read before the head: a commit in between only makes the next
        # request read the head again.
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        known = self._known
        if known is not None and known.version == version:
            return known.head
        row = self._conn.execute(_HEAD_SQL).fetchone()
        head = changelog.head_from_row(row)
        self._known = _Head(version, head)
        return head

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def head_watch(db_url: str) -> SqliteHead | None:
    """How this layer knows the head of ``db_url``'s log, or None when it
    cannot (PostgreSQL, an in-memory database): then every request goes on to
    the route."""
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite":
        return None
    path = url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return SqliteHead(path)


class PublicPages:
    """ASGI layer: ``GET /v1/changes`` from the page cache when it holds the
    answer; every other request, and every request it cannot answer, goes on
    to ``app``. ``route`` is the route it stands in for, so metrics still
    count the request under its path."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        head: SqliteHead | None,
        pages: PageCache,
        default_limit: int,
        max_limit: int,
        route: object = None,
    ) -> None:
        self.app = app
        self._head = head
        self._pages = pages
        self._default_limit = default_limit
        self._max_limit = max_limit
        self._route = route

    def _page(self, scope: Scope) -> EncodedPage | None:
        if self._head is None:
            return None
        params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), True))
        raw_limit = params.get("limit")
        if raw_limit is None:
            limit = self._default_limit
        elif _WHOLE_NUMBER.fullmatch(raw_limit) and 1 <= int(raw_limit) <= self._max_limit:
            limit = int(raw_limit)
        else:
            return None
        try:
            head = self._head.get()
            since = changelog.decode_cursor(params.get("since"), head.epoch, head.pruned)
            if since:
                changelog.check_known(since, head.last)
        except (FeedError, sqlite3.Error):
            return None  # the route says what is wrong, or reads the database itself
        return self._pages.get((head.epoch, head.pruned, head.last_public, since, limit))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"] != PATH
            or scope.get("root_path")
        ):
            await self.app(scope, receive, send)
            return
        page = self._page(scope)
        if page is None:
            await self.app(scope, receive, send)
            return
        wanted = accept = None
        for name, value in scope["headers"]:
            if name == b"if-none-match" and wanted is None:
                wanted = value.decode("latin-1")
            elif name == b"accept-encoding" and accept is None:
                accept = value.decode("latin-1")
        if self._route is not None:
            scope["route"] = self._route
        await page_response(page, wanted, accept or "")(scope, receive, send)
