"""A first run on the demo: the feed serves the vehicles before its venues and
trips; the app lists the vehicles, says the rest is coming, and syncs it as
soon as the feed says it is in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.feed import snapshot
from wheelshare.feed.demo_completion import Completion
from wheelshare.feed.seed import seed_demo, seed_demo_rest
from wheelshare.feed.testing import SMALL_TRIPS, TEST_KDF, LiveFeed
from wheelshare.ui import embedded_process
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.session import DEMO_DIR

from .conftest import AppFactory
from .helpers import wait_synced


@dataclass
class HalfSeededDemo:
    """A demo feed with only the first part of its set in."""

    url: str
    renter_email: str = demo.DEMO_RENTER_EMAIL
    owner_email: str = demo.DEMO_OWNER_EMAIL
    password: str = demo.DEMO_PASSWORD
    fresh: bool = True
    completion: Completion = field(default_factory=Completion)

    @property
    def complete(self) -> bool:
        return self.completion.done

    def when_complete(self, callback: object) -> None:
        assert callable(callback)
        self.completion.add(callback)

    def stop(self) -> None:
        pass


def _venues(data_dir: Path) -> int:
    path = data_dir / DEMO_DIR / "cache.sqlite"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM venues").fetchone()[0])
    finally:
        con.close()


def test_the_demo_venues_follow_the_vehicles_when_the_feed_has_loaded_them(
    make_app: AppFactory,
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "feed").mkdir()
    with LiveFeed(tmp_path / "feed", seed=False) as feed:
        seed_demo(
            feed.db, vehicles=40, venues=300, trips=SMALL_TRIPS, kdf=TEST_KDF, first_only=True
        )
        snapshot.build(feed.db)
        half = HalfSeededDemo(feed.url)
        monkeypatch.setattr(embedded_process, "start", lambda folder, timeout=300.0: half)
        ctx, window = make_app("--data-dir", str(data_dir), start=True)
        wait_synced(qtbot, ctx)
        find = window.page("find")
        assert isinstance(find, FindPage)
        # (Those free on the search's dates: most of the 40.)
        qtbot.waitUntil(lambda: find.model.total > 20, timeout=20_000)
        # Synced, yet the venues are still to come, and searches say so.
        assert ctx.session.state.signed_in_as
        assert ctx.session.state.demo_rest_due and ctx.session.state.first_sync_running
        assert _venues(data_dir) == 0

        assert seed_demo_rest(feed.db)
        half.completion.set()  # the feed's word that the rest is in
        qtbot.waitUntil(
            lambda: not ctx.session.state.demo_rest_due and not ctx.session.syncing,
            timeout=30_000,
        )
        assert _venues(data_dir) == 300
        assert not ctx.session.state.first_sync_running
        assert ctx.session.state.problem is None
