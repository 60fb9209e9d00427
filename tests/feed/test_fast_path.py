"""Public change pages answered before the framework (feed/fastpath.py): the
same bytes as the route's, never a page that a new change has made stale, and
no database session for an up-to-date client's poll."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from starlette.types import Message

from wheelshare.feed import changelog
from wheelshare.feed.app import create_app
from wheelshare.feed.fastpath import head_watch
from wheelshare.feed.testing import LiveFeed

Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveFeed]:
    with LiveFeed(tmp_path_factory.mktemp("fast-path")) as f:
        yield f


class Direct:
    """A feed app of its own on the same database, called without HTTP, so its
    answers can be compared byte for byte; counts the statements its database
    engine runs (the fast path runs none)."""

    def __init__(self, feed: LiveFeed) -> None:
        self.app = create_app(feed.settings)
        self.statements: list[str] = []
        engine = self.app.state.feed.db._read_engine
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.split()[0].upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            self.statements.append(statement)

    def get(self, query: str = "", **headers: str) -> Answer:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": "/v1/changes",
            "raw_path": b"/v1/changes",
            "root_path": "",
            "query_string": query.encode(),
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
        }
        sent: list[Message] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Message) -> None:
            sent.append(message)

        asyncio.run(self.app(scope, receive, send))
        start = sent[0]
        body = b"".join(m.get("body", b"") for m in sent[1:])
        return start["status"], list(start["headers"]), body


@pytest.fixture
def direct(feed: LiveFeed) -> Direct:
    return Direct(feed)


def _etag(answer: Answer) -> str:
    return dict(answer[1])[b"etag"].decode()


def _json(answer: Answer) -> Any:
    return json.loads(answer[2])


@pytest.mark.parametrize(
    "headers",
    [{"Accept-Encoding": "gzip, deflate"}, {"Accept-Encoding": "identity"}, {}],
    ids=["gzip", "identity", "no-accept-encoding"],
)
def test_a_page_from_the_fast_path_is_the_routes_answer_byte_for_byte(
    direct: Direct, headers: dict[str, str]
) -> None:
    query = "limit=50"
    for _ in range(2):  # the first page, then the second
        direct.statements.clear()
        first = direct.get(query, **headers)  # read through the route, then cached
        assert direct.statements, "the first answer is the route's"
        direct.statements.clear()
        again = direct.get(query, **headers)
        assert direct.statements == [], "the second comes from the fast path"
        assert first[0] == 200
        assert again == first
        plain = direct.get("limit=50", **{"Accept-Encoding": ""})
        query = "limit=50&since=" + _json(plain)["cursor"]


def test_an_up_to_date_clients_poll_is_a_304_without_a_session(direct: Direct) -> None:
    cursor = _json(direct.get("limit=1000"))["cursor"]
    while _json(page := direct.get(f"limit=1000&since={cursor}"))["has_more"]:
        cursor = _json(page)["cursor"]
    end = _json(page)["cursor"]
    tail = direct.get(f"limit=1000&since={end}")
    direct.statements.clear()
    polls = [direct.get(f"limit=1000&since={end}", **{"If-None-Match": _etag(tail)})]
    polls += [direct.get(f"limit=1000&since={end}", **{"If-None-Match": _etag(tail)})]
    assert direct.statements == []
    assert polls[0] == polls[1]
    status, headers, body = polls[0]
    assert status == 304 and body == b""
    assert dict(headers)[b"etag"].decode() == _etag(tail)
    assert dict(headers)[b"cache-control"] == b"no-cache"


def test_a_new_change_turns_the_cached_304_into_a_200_with_it(
    feed: LiveFeed, direct: Direct
) -> None:
    cursor = ""
    while True:
        page = _json(direct.get(f"limit=1000&since={cursor}"))
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    tail = direct.get(f"limit=1000&since={cursor}")
    wanted = {"If-None-Match": _etag(tail)}
    assert direct.get(f"limit=1000&since={cursor}", **wanted)[0] == 304
    first_page = direct.get("limit=50")
    # Written by another process on the same database (the live server).
    vehicle = feed.create_vehicle(feed.owner())
    after = direct.get(f"limit=1000&since={cursor}", **wanted)
    assert after[0] == 200
    assert vehicle["id"] in {c["id"] for c in _json(after)["changes"]}
    # The pages before it did not change: the same answer, from the cache again.
    direct.get("limit=50")
    direct.statements.clear()
    assert direct.get("limit=50") == first_page
    assert direct.statements == []


def test_a_removed_change_is_not_served_from_the_cache(feed: LiveFeed, direct: Direct) -> None:
    first = _json(direct.get("limit=20"))
    kind, gone = first["changes"][0]["kind"], first["changes"][0]["id"]
    direct.get("limit=20")
    with feed.db.write() as s:
        changelog.forget_record(s, kind, gone)
        changelog.record(s, kind, gone, "delete", {"id": gone})
    again = _json(direct.get("limit=20"))
    assert gone not in {c["id"] for c in again["changes"]}


def test_what_the_fast_path_cannot_answer_gets_the_routes_error(direct: Direct) -> None:
    direct.get("limit=10")
    for query, status, code in [
        ("limit=0", 422, "invalid"),
        ("limit=%C2%B2", 422, "invalid"),
        ("limit=10&since=nonsense", 422, "invalid_cursor"),
        ("limit=10&since=0123456789abcdef.5", 422, "invalid_cursor"),
    ]:
        answer = direct.get(query)
        assert (answer[0], _json(answer)["error"]["code"]) == (status, code), query


def test_the_fast_path_does_not_open_a_database_that_is_not_there(tmp_path: Path) -> None:
    # A feed whose file was removed: the route's own error, no empty file made.
    watch = head_watch(f"sqlite:///{tmp_path / 'gone.sqlite3'}")
    assert watch is not None
    with pytest.raises(sqlite3.OperationalError):
        watch.get()
    assert not (tmp_path / "gone.sqlite3").exists()
    watch.close()


def test_a_page_a_new_change_left_as_it_was_is_still_a_304_then_from_the_fast_path(
    feed: LiveFeed, direct: Direct
) -> None:
    first = direct.get("limit=10")
    wanted = {"If-None-Match": _etag(first)}
    feed.create_vehicle(feed.owner())  # at the end of the log, not in the first page
    after = direct.get("limit=10", **wanted)
    assert after[0] == 304 and _etag(after) == _etag(first)
    direct.statements.clear()
    assert direct.get("limit=10", **wanted) == after
    assert direct.statements == []
