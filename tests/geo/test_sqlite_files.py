"""The places layer's SQLite files: kept when sound, made anew when damaged or outdated."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from wheelshare.geo import GazetteerError, GeocodeCache, GeoError
from wheelshare.geo.sqlite_files import SQLiteFile, open_rebuilding


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM notes").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _make(note: str) -> tuple[list[Path], Callable[[Path], None]]:
    built: list[Path] = []

    def rebuild(path: Path) -> None:
        built.append(path)
        path.unlink(missing_ok=True)
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
            conn.execute("INSERT INTO notes VALUES (?)", (note,))
        conn.close()

    return built, rebuild


def _notes(conn: sqlite3.Connection) -> list[str]:
    return [text for (text,) in conn.execute("SELECT text FROM notes")]


def test_a_missing_file_is_built_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "notes.sqlite"
    built, rebuild = _make("first")
    conn = open_rebuilding(path, what="note file", connect=_connect, rebuild=rebuild)
    assert _notes(conn) == ["first"] and built == [path]
    conn.close()


@pytest.mark.parametrize(
    ("wanted", "expected", "rebuilt"),
    [("old", ["old"], False), ("new", ["new"], True)],
    ids=["sound file kept", "outdated file made anew"],
)
def test_an_existing_file_is_kept_while_usable(
    tmp_path: Path, wanted: str, expected: list[str], rebuilt: bool
) -> None:
    path = tmp_path / "notes.sqlite"
    _make("old")[1](path)
    built, rebuild = _make("new")
    conn = open_rebuilding(
        path,
        what="note file",
        connect=_connect,
        rebuild=rebuild,
        usable=lambda c: _notes(c) == [wanted],
    )
    assert _notes(conn) == expected
    assert built == ([path] if rebuilt else [])
    conn.close()


def test_a_damaged_file_is_made_anew_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these bytes are no database " * 200)
    built, rebuild = _make("fresh")
    with caplog.at_level(logging.WARNING, logger="wheelshare.geo"):
        conn = open_rebuilding(path, what="note file", connect=_connect, rebuild=rebuild)
    assert _notes(conn) == ["fresh"] and built == [path]
    conn.close()
    assert f"The note file {path} is damaged" in caplog.text


def test_a_file_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(GeoError, match=r"cannot open the geocoder cache .*data.*cache\.sqlite"):
        GeocodeCache(blocker / "cache.sqlite")
    built, rebuild = _make("never")
    with pytest.raises(GazetteerError, match="cannot open the note file"):
        open_rebuilding(
            blocker / "notes.sqlite",
            what="note file",
            connect=_connect,
            rebuild=rebuild,
            error=GazetteerError,
        )
    assert built == []


def test_a_with_block_closes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    _, rebuild = _make("text")
    rebuild(path)
    with SQLiteFile(path, _connect(path)) as file:
        assert file.path == path
        conn = file._conn
        assert _notes(conn) == ["text"]
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        _notes(conn)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.usefixtures("usual_umask")
def test_the_geocoder_cache_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """What the person searched for is theirs: the cache is 0600 in a new 0700
    folder, and a cache an older version left readable by all is tightened
    (its folder, which may be one the person chose, is left alone)."""
    path = tmp_path / "wheelshare" / "geocode.sqlite"
    GeocodeCache(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    path.chmod(0o644)
    path.parent.chmod(0o755)
    GeocodeCache(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o755
