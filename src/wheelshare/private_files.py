"""Folders and files only their owner may read: the person's bookings, messages,
searches and (on a feed server) password hashes are nobody else's business on
a shared machine.

Folders are made 0700 and files 0600 *when created*, with that mode from the
start (``mkdir(mode=…)``, ``os.open(…, 0o600)``), never by changing the
process umask, which would affect every other file the process writes. SQLite
gives the side files it makes next to a database (``-wal``, ``-shm``,
``-journal``) the database file's own permissions, so creating the database
file first with 0600 covers them.

On systems without POSIX permissions (Windows) these are plain ``mkdir`` and
create calls: the per-user folders there are private already.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
_POSIX = os.name == "posix"


def make_private_dir(path: Path) -> None:
    """Creates ``path`` (and any missing parent) if missing; ``path`` itself 0700.

    Missing parents get the default permissions, like ``mkdir -p`` (they are the
    user's general folders, such as ``~/.local/share``). An existing ``path`` is
    left as it is: it may be a folder the person chose (``--data-dir``), whose
    permissions are theirs to set.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=PRIVATE_DIR_MODE)
        return
    if not path.is_dir():
        raise NotADirectoryError(f"{path} exists and is not a folder")


def make_private_file(path: Path, *, tighten: bool) -> None:
    """Creates ``path`` empty with 0600 if it does not exist.

    With ``tighten``, an existing file loses its group and other permissions
    (it is one of ours, made world-readable by an older version); the owner's
    own bits are kept. Nothing is ever loosened.
    """
    fd = os.open(path, os.O_RDONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        if tighten and _POSIX:
            mode = stat.S_IMODE(os.fstat(fd).st_mode)
            if mode & 0o077:
                os.fchmod(fd, mode & ~0o077)
    finally:
        os.close(fd)


def make_private_sqlite_file(path: Path, *, tighten: bool) -> None:
    """:func:`make_private_file` for an SQLite database, before SQLite opens it.

    With ``tighten``, side files an older version left behind (after a crash)
    are tightened too: SQLite would keep using them as they are.
    """
    make_private_file(path, tighten=tighten)
    if tighten and _POSIX:
        for suffix in SQLITE_SIDE_FILES:
            side = path.with_name(path.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                mode = stat.S_IMODE(side.stat().st_mode)
                if mode & 0o077:
                    side.chmod(mode & ~0o077)


def remove_sqlite_file(path: Path) -> None:
    """Deletes an SQLite database and the side files SQLite keeps next to it."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
