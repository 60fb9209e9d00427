"""Opening caches: where they go, what they refuse, how failures read."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from wheelshare import demo
from wheelshare.cache import (
    FILE_NAME,
    Cache,
    CacheBugError,
    CacheTooNewError,
    CacheUnavailableError,
    NotACacheError,
    database,
    head_revision,
    upsert_records,
)
from wheelshare.paths import default_data_dir


def test_opens_in_a_data_dir_and_reopens(data_dir: Path) -> None:
    with Cache.open(data_dir) as cache:
        assert cache.path == data_dir / FILE_NAME
        assert cache.revision() == head_revision()
    with Cache.open(data_dir) as cache:  # a second open migrates nothing
        assert cache.revision() == head_revision()


def test_default_location_is_the_users_data_dir() -> None:
    with Cache.open() as cache:
        assert cache.path == default_data_dir() / FILE_NAME
        assert cache.path.exists()


def test_a_file_path_is_used_as_is(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "nested" / "mine.sqlite") as cache:
        assert cache.path == tmp_path / "nested" / "mine.sqlite"


def test_wal_and_foreign_keys_are_on(data_dir: Path) -> None:
    with Cache.open(data_dir) as cache, cache.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_text_file_is_not_a_cache(data_dir: Path) -> None:
    path = data_dir / FILE_NAME
    path.write_text("shopping list: bread, milk\n")
    with pytest.raises(NotACacheError, match="not an SQLite database"):
        Cache.open(data_dir)
    assert path.read_text() == "shopping list: bread, milk\n"  # left alone


def test_another_programs_database_is_not_a_cache(data_dir: Path) -> None:
    path = data_dir / FILE_NAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (url TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotACacheError, match="another program's data"):
        Cache.open(data_dir)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["moz_places"]
    con.close()


def test_a_cache_from_a_newer_wheelshare_is_refused(data_dir: Path) -> None:
    Cache.open(data_dir).close()
    con = sqlite3.connect(data_dir / FILE_NAME)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    with pytest.raises(CacheTooNewError, match="newer version of wheelshare") as info:
        Cache.open(data_dir)
    assert info.value.revision == "0999"


def test_an_empty_file_becomes_a_cache(data_dir: Path) -> None:
    (data_dir / FILE_NAME).touch()
    with Cache.open(data_dir) as cache:
        assert cache.revision() == head_revision()


def test_a_full_disk_is_reported_in_words_and_nothing_is_written(cache: Cache) -> None:
    venues = list(demo.iter_venues(1, 2000))
    full = pytest.raises(CacheUnavailableError, match="disk holding the cache is full")
    with full as info, cache.transaction() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
        # The closest thing to a full disk: a cap on this connection's file size.
        session.execute(text(f"PRAGMA max_page_count = {int(pages or 0) + 2}"))
        upsert_records(session, "venue", venues)
    assert info.value.reason == "disk_full"
    with cache.session() as session:
        session.execute(text("PRAGMA max_page_count = 1073741823"))
        assert session.execute(text("SELECT count(*) FROM venues")).scalar() == 0


def test_a_locked_cache_is_reported_in_words(data_dir: Path) -> None:
    cache = Cache.open(data_dir, busy_timeout_s=0.05)
    other = sqlite3.connect(cache.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        locked = pytest.raises(CacheUnavailableError, match="another program is using")
        with locked as info, cache.transaction() as session:
            upsert_records(session, "venue", list(demo.iter_venues(1, 1)))
        assert info.value.reason == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with cache.transaction() as session:  # once the other program is done, writes work
        upsert_records(session, "venue", list(demo.iter_venues(1, 1)))
    cache.close()


def test_sql_mistakes_are_bugs_not_user_errors(cache: Cache) -> None:
    with pytest.raises(CacheBugError, match="no such table"), cache.transaction() as session:
        session.execute(text("SELECT * FROM no_such_table"))


def test_an_existing_file_without_suffix_is_opened_as_a_file(tmp_path: Path) -> None:
    Cache.open(tmp_path / "first.sqlite").close()
    (tmp_path / "first.sqlite").rename(tmp_path / "plain")
    with Cache.open(tmp_path / "plain") as cache:
        assert cache.path == tmp_path / "plain"


def test_a_data_folder_that_cannot_be_made_is_reported_in_words(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    with pytest.raises(CacheUnavailableError, match="cannot create the data folder"):
        Cache.open(tmp_path / "a-file" / "data")


def test_a_read_only_cache_is_reported_in_words(cache: Cache) -> None:
    read_only = pytest.raises(CacheUnavailableError, match="cannot be written")
    with read_only as info, cache.transaction() as session:
        # What a read-only file or medium gives, without needing one.
        session.execute(text("PRAGMA query_only = 1"))
        upsert_records(session, "venue", list(demo.iter_venues(1, 1)))
    assert info.value.reason == "read_only"
    cache.close()  # the pragma stays on its connection: drop them all


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.usefixtures("usual_umask")
def test_the_cache_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """The data dir is made 0700 and the cache 0600, with SQLite's -wal and -shm
    files, which take the cache file's permissions."""
    folder = tmp_path / "wheelshare"
    with Cache.open(folder) as cache:
        with cache.transaction() as session:
            upsert_records(session, "vehicle", demo.generate(3, vehicles=2, venues=2).vehicles)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in (FILE_NAME, f"{FILE_NAME}-wal", f"{FILE_NAME}-shm"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.usefixtures("usual_umask")
def test_a_cache_left_readable_by_all_is_tightened(tmp_path: Path) -> None:
    """A cache an older version made 0644 is the user's private data all the
    same: it becomes 0600. The folder it is in is left alone (it may be one the
    person chose with --data-dir)."""
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    Cache.open(folder).close()
    (folder / FILE_NAME).chmod(0o644)
    Cache.open(folder).close()
    assert stat.S_IMODE((folder / FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    # An up-to-date cache opens on this reading alone, without alembic: were
    # it wrong, a new migration would be skipped.
    assert database.head_from_files() == head_revision()


def test_reopening_an_up_to_date_cache_leaves_alembic_unimported(data_dir: Path) -> None:
    Cache.open(data_dir).close()
    script = (
        "import sys\n"
        "from wheelshare.cache import Cache\n"
        f"Cache.open({str(data_dir)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
