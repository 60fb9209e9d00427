"""The moderator role from the command line."""

from __future__ import annotations

from pathlib import Path

from wheelshare.feed.db import Database
from wheelshare.feed.models import Moderator, User

from .test_cli import feed_cli


def _moderators(url: str) -> set[str]:
    db = Database(url)
    try:
        with db.read() as s:
            return {
                email
                for (email,) in s.query(User.email).join(Moderator, Moderator.user_id == User.id)
            }
    finally:
        db.dispose()


def test_moderators_are_created_granted_and_revoked(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feed.sqlite3'}"
    assert feed_cli("--db", url, "migrate").returncode == 0
    made = feed_cli(
        "--db",
        url,
        "create-user",
        "mo@example.org",
        "--name",
        "Mo",
        "--password",
        "a fine pass",
        "--role",
        "moderator",
    )
    assert made.returncode == 0, made.stderr
    feed_cli(
        "--db",
        url,
        "create-user",
        "al@example.org",
        "--name",
        "Al",
        "--password",
        "another fine pass",
    )
    assert _moderators(url) == {"mo@example.org"}

    granted = feed_cli("--db", url, "grant-moderator", "AL@example.org")
    assert granted.returncode == 0 and "is now a moderator" in granted.stdout
    assert _moderators(url) == {"mo@example.org", "al@example.org"}
    revoked = feed_cli("--db", url, "revoke-moderator", "mo@example.org")
    assert revoked.returncode == 0 and "no longer" in revoked.stdout
    assert _moderators(url) == {"al@example.org"}
    unknown = feed_cli("--db", url, "grant-moderator", "nobody@example.org")
    assert unknown.returncode == 1 and "no account" in unknown.stderr
