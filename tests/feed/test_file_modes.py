"""The feed's SQLite database (password hashes, everyone's bookings) is readable by
its owner only. PostgreSQL keeps its files itself: these are SQLite's."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from wheelshare.feed.db import Database
from wheelshare.feed.embedded import prepare
from wheelshare.feed.migrate import migrate

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX permissions"),
    pytest.mark.usefixtures("usual_umask"),
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_feed_database_and_its_side_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "feed.sqlite3"
    db = Database(f"sqlite:///{path}")
    try:
        migrate(db)
        with db.write() as s:
            s.execute(text("UPDATE feed_meta SET value = value"))
        for suffix in ("", "-wal", "-shm"):
            assert mode(path.with_name(path.name + suffix)) == 0o600, suffix
    finally:
        db.dispose()


def test_an_existing_feed_database_keeps_the_permissions_it_was_given(tmp_path: Path) -> None:
    """A server's database file belongs to its administrator, who may have given
    it to a backup group: the server never changes an existing file's mode
    (and never loosens one)."""
    path = tmp_path / "feed.sqlite3"
    path.touch(mode=0o640)
    path.chmod(0o640)
    db = Database(f"sqlite:///{path}")
    try:
        migrate(db)
    finally:
        db.dispose()
    assert mode(path) == 0o640


def test_the_apps_own_feed_is_private_and_tightened(tmp_path: Path) -> None:
    """The desktop app's embedded feed is the app's file, in a folder it makes
    0700: one an older version left readable by all is tightened."""
    folder = tmp_path / "wheelshare" / "demo"
    path = folder / "embedded-feed.sqlite3"
    prepare(path, vehicles=3, venues=5)
    assert mode(path) == 0o600
    assert mode(folder) == 0o700
    path.chmod(0o644)
    prepare(path, vehicles=3, venues=5)
    assert mode(path) == 0o600
