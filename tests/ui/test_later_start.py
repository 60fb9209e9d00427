"""A later start on the demo: what the app already holds is listed at once, before
the demo feed is up, and stays listed when the feed does not come up at all."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from itertools import islice
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.cache import Cache, upsert_records
from wheelshare.domain import clock
from wheelshare.feed import demo_age
from wheelshare.feed.db import Database
from wheelshare.feed.migrate import migrate
from wheelshare.feed.models import Meta
from wheelshare.paths import SETTINGS_FILE
from wheelshare.sync import store
from wheelshare.ui import embedded_process
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.session import DEMO_DIR

from .conftest import AppFactory

VEHICLES = 40


def _demo_on_disk(data_dir: Path) -> None:
    """What a first run leaves: the demo feed's database, seeded today, and the
    app's copy of its vehicles."""
    folder = data_dir / DEMO_DIR
    folder.mkdir(parents=True)
    db = Database(f"sqlite:///{folder / demo_age.DB_NAME}")
    try:
        migrate(db)
        with db.write() as s:
            s.add(Meta(key=demo_age.SEED_KEY, value=f"7:700:20000:{clock.today().isoformat()}"))
    finally:
        db.dispose()
    cache = Cache.open(folder)
    try:
        with cache.transaction() as s:
            upsert_records(s, "vehicle", list(islice(demo.iter_vehicles(7, VEHICLES), VEHICLES)))
    finally:
        cache.close()


@pytest.mark.dates
def test_a_later_start_lists_the_cached_vehicles_while_the_demo_feed_is_not_up(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _demo_on_disk(data_dir)
    release = threading.Event()
    asked: list[Path] = []

    def feed_that_never_comes_up(folder: Path, timeout: float = 300.0) -> embedded_process.DemoFeed:
        asked.append(folder)
        release.wait(30)
        raise embedded_process.EmbeddedFeedError("the built-in demo feed did not start")

    monkeypatch.setattr(embedded_process, "start", feed_that_never_comes_up)
    # The cache opens only once the vehicles are listed: they are read from the
    # file itself before the database layer is loaded.
    listed = threading.Event()
    open_cache = store.open_cache

    def open_once_listed(folder: Path) -> Cache:
        listed.wait(30)
        return open_cache(folder)

    monkeypatch.setattr(store, "open_cache", open_once_listed)
    try:
        ctx, window = make_app("--data-dir", str(data_dir), start=True)
        find = window.page("find")
        assert isinstance(find, FindPage)
        qtbot.waitUntil(
            lambda: find.model.rowCount() > 0 and not find.model.loading, timeout=20_000
        )
        assert find.model.total == VEHICLES
        assert not ctx.session.is_ready
        listed.set()
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        # Listed while the feed was still starting, and said to be on its way.
        assert ctx.session.state.syncing
        assert ctx.session.state.problem is None
    finally:
        listed.set()
        release.set()
    qtbot.waitUntil(lambda: ctx.session.state.problem is not None, timeout=20_000)
    assert not ctx.session.state.syncing
    assert find.model.total == VEHICLES


FAKE_FEED = (
    "import json, sys; "
    "print(json.dumps({'url': 'http://127.0.0.1:9', 'renter_email': 'r@x', "
    "'owner_email': 'o@x', 'password': 'p', 'fresh': True}), flush=True); "
    "sys.stdin.read()"
)


def test_a_first_run_starts_the_demo_feed_ahead_and_a_later_start_does_not(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spawned: list[subprocess.Popen[str]] = []

    def spawn(folder: Path) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", FAKE_FEED],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        spawned.append(proc)
        return proc

    monkeypatch.setattr(embedded_process, "_spawn", spawn)
    first = data_dir / "first"
    embedded_process.prestart(first)
    assert len(spawned) == 1
    # The session's start takes up that process instead of starting another.
    feed = embedded_process.start(first)
    assert len(spawned) == 1 and feed.fresh
    feed.stop()
    assert spawned[0].returncode == 0

    # Closing before the session took it up stops it too.
    embedded_process.prestart(data_dir / "closed early")
    embedded_process.discard_prestarted()
    assert len(spawned) == 2 and spawned[1].returncode == 0

    # A later start: nothing starts ahead; the cache is listed first.
    _demo_on_disk(data_dir)
    embedded_process.prestart(data_dir / DEMO_DIR)
    assert len(spawned) == 2


FEED_WITH_A_REST = (
    "import json, sys; "
    "print(json.dumps({'url': 'http://127.0.0.1:9', 'renter_email': 'r@x', "
    "'owner_email': 'o@x', 'password': 'p', 'fresh': True, 'complete': False}), flush=True); "
    "sys.stdin.readline(); "
    "print(json.dumps({'complete': True}), flush=True); "
    "sys.stdin.read()"
)


def test_the_app_hears_when_the_demo_feed_has_loaded_the_rest_of_its_set(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo feed answers once the vehicles are in and loads the venues and
    # trips after: the app learns when, to sync them.
    def spawn(folder: Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", FEED_WITH_A_REST],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    monkeypatch.setattr(embedded_process, "_spawn", spawn)
    feed = embedded_process.start(data_dir)
    assert isinstance(feed, embedded_process.EmbeddedProcess)
    heard = threading.Event()
    try:
        assert not feed.complete
        feed.when_complete(heard.set)
        assert not heard.is_set()
        proc = feed._proc
        assert proc is not None and proc.stdin is not None
        proc.stdin.write("go on\n")  # the fake feed's rest is "loaded" now
        proc.stdin.flush()
        assert heard.wait(10)
        assert feed.complete
    finally:
        feed.stop()


WHEN_PRESTARTED = """
import os, sys
from wheelshare.ui import embedded_process
def prestart(folder):
    print("qt" if "PySide6.QtWidgets" in sys.modules else "before qt", flush=True)
    os._exit(0)
embedded_process.prestart = prestart
from wheelshare.ui.main import run
run(["--data-dir", sys.argv[1]])
"""


def _when_prestarted(data_dir: Path) -> str:
    out = subprocess.run(
        [sys.executable, "-c", WHEN_PRESTARTED, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    return out.stdout.strip()


def test_a_first_run_starts_the_demo_feed_before_qt_is_imported(data_dir: Path) -> None:
    # The demo feed is what a first run waits for: its process does not wait
    # for the app's own imports.
    assert _when_prestarted(data_dir / "first") == "before qt"
    # Once settings exist (a feed may have been chosen), it is asked later.
    (data_dir / "later").mkdir()
    (data_dir / "later" / SETTINGS_FILE).write_text("")
    assert _when_prestarted(data_dir / "later") == "qt"
