"""Private folders and files: 0700 and 0600 from the moment they exist.

Decisions the tests pin down: a folder that already exists is left as it is
(it may be one the person chose with ``--data-dir``); an existing file of ours
is tightened when asked (an older version made it readable by all), and nothing
is ever loosened.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from wheelshare.private_files import make_private_dir, make_private_file, make_private_sqlite_file

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX permissions"),
    pytest.mark.usefixtures("usual_umask"),
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_is_private_its_missing_parents_are_not_changed(tmp_path: Path) -> None:
    make_private_dir(tmp_path / "share" / "wheelshare")
    assert mode(tmp_path / "share" / "wheelshare") == 0o700
    assert mode(tmp_path / "share") == 0o755  # like mkdir -p: the user's general folder


def test_an_existing_folder_is_left_as_it_is(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir(mode=0o750)
    make_private_dir(chosen)
    assert mode(chosen) == 0o750
    (tmp_path / "file").write_text("")
    with pytest.raises(NotADirectoryError):
        make_private_dir(tmp_path / "file")


def test_a_new_file_is_private(tmp_path: Path) -> None:
    make_private_file(tmp_path / "f", tighten=False)
    assert mode(tmp_path / "f") == 0o600
    assert (tmp_path / "f").read_bytes() == b""


def test_an_existing_file_is_tightened_on_request_never_loosened(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_text("kept")
    f.chmod(0o644)
    make_private_file(f, tighten=False)
    assert mode(f) == 0o644  # someone else's decision (a feed server's administrator)
    make_private_file(f, tighten=True)
    assert mode(f) == 0o600
    assert f.read_text() == "kept"
    f.chmod(0o400)
    make_private_file(f, tighten=True)
    assert mode(f) == 0o400


def test_sqlite_gives_its_side_files_the_databases_permissions(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    make_private_sqlite_file(db, tighten=False)
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        with conn:
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
        for suffix in ("", "-wal", "-shm"):
            assert mode(db.with_name(db.name + suffix)) == 0o600, suffix
    finally:
        conn.close()


def test_side_files_left_behind_are_tightened_with_the_database(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    for suffix in ("", "-wal", "-shm", "-journal"):
        db.with_name(db.name + suffix).write_bytes(b"")
        db.with_name(db.name + suffix).chmod(0o644)
    make_private_sqlite_file(db, tighten=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        assert mode(db.with_name(db.name + suffix)) == 0o600, suffix
