"""Cursors carry the database's epoch: a cursor from another database (a reset,
a replacement, a restored backup given a new epoch) is refused, not misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from wheelshare.feed.cli import main as feed_cli
from wheelshare.feed.migrate import migrate
from wheelshare.feed.testing import LiveFeed

from .conftest import make_feed
from .helpers import error_of


def _refused(feed: LiveFeed, cursor: str, *, path: str = "/v1/changes") -> None:
    r = feed.http.get(f"{feed.url}{path}", params={"since": cursor})
    assert r.status_code == 422, r.text
    err = error_of(r)
    assert err["code"] == "invalid_cursor"
    assert "start again without 'since'" in err["message"]
    assert "since" in err["fields"]


def test_a_cursor_from_another_database_is_refused_even_inside_its_log(
    feed: LiveFeed, backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # A short feed: its cursor's position exists in the longer demo feed's log.
    with make_feed(backend, request, tmp_path, seed=False) as short:
        short.create_vehicle(short.register())
        _, cursor = short.all_changes()
    assert len(feed.all_changes()[0]) > 5
    _refused(feed, cursor)
    # The 304 path checks it too: an ETag must not stand in for a foreign cursor.
    r = feed.http.get(
        f"{feed.url}/v1/changes", params={"since": cursor}, headers={"If-None-Match": "*"}
    )
    assert r.status_code == 422


def test_old_style_cursors_are_refused_cleanly(feed: LiveFeed) -> None:
    _refused(feed, "c5")
    _refused(feed, "c0")


def test_the_private_feed_checks_the_epoch_too(
    feed: LiveFeed, backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    renter = feed.renter()
    with make_feed(backend, request, tmp_path, seed=False) as other:
        _, cursor = other.all_changes()
    r = feed.http.get(f"{feed.url}/v1/me/changes", params={"since": cursor}, headers=renter.headers)
    assert r.status_code == 422
    assert error_of(r)["code"] == "invalid_cursor"


def test_cursors_survive_a_restart_and_a_second_migrate(feed: LiveFeed) -> None:
    _, cursor = feed.all_changes()
    migrate(feed.db)
    port = feed.stop_server()
    feed.restart_server(port)
    page = feed.changes(cursor)
    assert page["changes"] == [] and page["cursor"] == cursor
    owner = feed.register()
    vehicle = feed.create_vehicle(owner)
    assert vehicle["id"] in {c["id"] for c in feed.changes(cursor)["changes"]}


def test_new_epoch_after_a_restore_makes_clients_read_again(tmp_path: Path) -> None:
    with LiveFeed(tmp_path) as feed:
        changes, cursor = feed.all_changes()
        url = feed.settings.db_url
        assert feed_cli(["--db", url, "new-epoch"]) == 0
        _refused(feed, cursor)
        again, _ = feed.all_changes()
        assert again == changes
