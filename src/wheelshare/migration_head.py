"""The head revision of a folder of Alembic migrations, read from the files' lines.

Importing alembic and reading its scripts took a quarter of a second (and ten
MiB) at every start; a database already at the head, the usual case, needs
neither. The cache and the feed both check their file against this first.
"""

from __future__ import annotations

import re
from pathlib import Path

_REVISION_LINE = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_LINE = re.compile(r"^down_revision\s*=\s*([^#\n]*)", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def head_from_files(versions: Path) -> str | None:
    """The head revision read from the migration files' own ``revision`` and
    ``down_revision`` lines in ``versions``: the one revision no other one
    follows. None when that is not exactly one, or a file does not say
    (alembic then decides)."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in versions.glob("*.py"):
        if path.name.startswith("_"):
            continue
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION_LINE.search(text), _DOWN_LINE.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        followed.update(_QUOTED.findall(down.group(1)))
    heads = revisions - followed
    return heads.pop() if len(heads) == 1 else None
