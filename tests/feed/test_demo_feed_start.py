"""What the demo feed's process loads at each start of the app: an up-to-date
database is not migrated through alembic, the password strength lists wait for a
password to judge, and the demo accounts' published password is checked without
a full-cost hash (whose 64 MiB were the process's peak)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import argon2
from alembic.script import ScriptDirectory
from sqlalchemy import select

from wheelshare import demo
from wheelshare.feed.db import Database
from wheelshare.feed.embedded import DB_NAME, prepare
from wheelshare.feed.migrate import MIGRATIONS, alembic_config, at_head, migrate
from wheelshare.feed.models import User
from wheelshare.migration_head import head_from_files

SIZE = {"vehicles": 20, "venues": 100}

RESTART = """
import sys
from pathlib import Path
from wheelshare.feed.embedded import prepare
prepare(Path(sys.argv[1]), vehicles=20, venues=100)
print("alembic" in sys.modules, "zxcvbn" in sys.modules)
"""


def test_a_demo_feed_restarts_without_alembic_or_the_password_lists(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    assert prepare(path, **SIZE).fresh
    out = subprocess.run(
        [sys.executable, "-c", RESTART, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert out.stdout.split() == ["False", "False"]


def test_the_demo_password_is_checked_at_a_small_cost(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    prepare(path, **SIZE)
    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            stored = s.scalar(select(User.password_hash).where(User.id == demo.DEMO_RENTER_ID))
    finally:
        db.dispose()
    assert stored is not None
    assert argon2.PasswordHasher().verify(stored, demo.DEMO_PASSWORD)
    assert argon2.extract_parameters(stored).memory_cost <= 8 * 1024


def test_the_feeds_head_read_from_its_files_is_alembics(tmp_path: Path) -> None:
    # Were it wrong, an up-to-date-looking database would skip a new migration.
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head_from_files(MIGRATIONS / "versions") == head
    db = Database(f"sqlite:///{tmp_path / 'feed.sqlite'}")
    try:
        assert not at_head(db)
        migrate(db)
        assert at_head(db)
    finally:
        db.dispose()
