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


HELSINKI = Path(__file__).parent.parent / "data" / "osm" / "helsinki.osm.pbf"


def test_accepted_wheelchair_facts_are_exported_as_osmchange(tmp_path: Path) -> None:
    import osmium

    from wheelshare.feed import contributions
    from wheelshare.feed.models import VenueRow
    from wheelshare.feed.settings import FeedSettings

    url = f"sqlite:///{tmp_path / 'feed.sqlite3'}"
    assert feed_cli("--db", url, "import-osm", str(HELSINKI)).returncode == 0
    feed_cli(
        "--db", url, "create-user", "al@example.org", "--name", "Al", "--password", "a pass 123"
    )
    db = Database(url)
    try:
        with db.write() as s:
            venue = next(
                v
                for v in s.query(VenueRow).filter(VenueRow.source_id.like("node/%"))
                if v.data["accessibility"]["wheelchair_grade"] != "not"
            )
            al = s.query(User).one()
            for fact, value in (("wheelchair_grade", "not"), ("door_width_cm", 85)):
                row = contributions.propose_correction(
                    s, al, venue.id, fact, value, "", FeedSettings()
                )
                contributions.accept(s, row, approved_by=al)
            ref = venue.source_id
    finally:
        db.dispose()

    out = tmp_path / "changes.osc"
    run = feed_cli("--db", url, "export-osmchange", str(out), "--osm", str(HELSINKI))
    assert run.returncode == 0, run.stderr
    assert "Wrote 1 changed elements" in run.stdout

    before, version = next(
        ({t.k: t.v for t in o.tags}, o.version)
        for o in osmium.FileProcessor(str(HELSINKI), osmium.osm.NODE)
        if f"node/{o.id}" == ref
    )
    [(kind, ident, read_version, tags)] = [
        (type(o).__name__, o.id, o.version, {t.k: t.v for t in o.tags})
        for o in osmium.FileProcessor(str(out))
    ]
    assert (kind, f"node/{ident}", read_version) == ("Node", ref, version)
    assert tags["wheelchair"] == "no" and tags["door:width"] == "0.85"
    # Every other tag of the element stays as it was.
    assert {k: v for k, v in tags.items() if k not in ("wheelchair", "door:width")} == {
        k: v for k, v in before.items() if k not in ("wheelchair", "door:width")
    }
    assert out.read_text().startswith("<?xml") and "<modify>" in out.read_text()
