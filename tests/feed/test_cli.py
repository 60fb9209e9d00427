"""The wheelshare-feed command's subcommands, and the embedded demo feed."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from wheelshare import demo
from wheelshare.feed.cli import main
from wheelshare.feed.db import Database
from wheelshare.feed.embedded import start_embedded
from wheelshare.feed.models import ChangeRow, User, VehicleRow

OSM_EXTRACT = Path(__file__).parent.parent / "data" / "osm" / "helsinki.osm.pbf"


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def feed_cli(*args: str) -> Run:
    """Runs ``wheelshare-feed ARGS`` in this process (the serve command runs as a
    real process in test_concurrency.py)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Run(code, out.getvalue(), err.getvalue())


def test_seed_twice_and_create_user(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'feed.sqlite3'}"
    seeded = feed_cli("--db", db, "seed-demo", "--vehicles", "8", "--venues", "30")
    assert seeded.returncode == 0, seeded.stderr
    assert "8 vehicles, 30 venues" in seeded.stdout
    again = feed_cli("--db", db, "seed-demo", "--vehicles", "8", "--venues", "30")
    assert again.returncode == 0 and "already loaded" in again.stdout
    made = feed_cli(
        "--db", db, "create-user", "zoe@example.org", "--name", "Zoé", "--password", "a fine pass"
    )
    assert made.returncode == 0, made.stderr
    assert "Created zoe@example.org" in made.stdout
    weak = feed_cli("--db", db, "create-user", "y@example.org", "--name", "Y", "--password", "x")
    assert weak.returncode == 1 and "password: use at least 10 characters" in weak.stderr


def test_bad_database_url_is_explained() -> None:
    r = feed_cli("--db", "mysql://someone@host/db", "migrate")
    assert r.returncode == 1
    assert "sqlite:///" in r.stderr and "Traceback" not in r.stderr


def test_osm_import_then_again_changes_nothing_and_exports(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'venues.sqlite3'}"
    first = feed_cli("--db", db, "import-osm", str(OSM_EXTRACT))
    assert first.returncode == 0, first.stderr
    created = int(first.stdout.split(":")[1].split()[0])
    assert created > 100
    second = feed_cli("--db", db, "import-osm", str(OSM_EXTRACT), "--retire-missing")
    assert f"0 created, 0 updated, {created} unchanged, 0 retired" in second.stdout
    out = tmp_path / "venues.json"
    exported = feed_cli("--db", db, "export-a11yjson", str(out))
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(out.read_text())["features"]) == created


def test_missing_import_file_is_a_clear_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    r = feed_cli("--db", db, "import-osm", str(tmp_path / "nowhere.osm.pbf"))
    assert r.returncode == 1 and "nowhere.osm.pbf" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    r = feed_cli("--db", db, "import-a11yjson", str(bad))
    assert r.returncode == 1 and "not JSON" in r.stderr


@pytest.mark.slow
def test_embedded_feed_seeds_once_and_serves_the_demo(data_dir: Path) -> None:
    feed = start_embedded(data_dir)
    try:
        r = requests.post(
            f"{feed.url}/v1/auth/token",
            json={"email": feed.renter_email, "password": feed.password},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        page = requests.get(f"{feed.url}/v1/changes", params={"limit": 1000}, timeout=30).json()
        assert page["has_more"] and len(page["changes"]) == 1000
        # It answers with the vehicles in, and their snapshot for the app's
        # first sync; the venues follow once that snapshot has been fetched.
        first = requests.get(f"{feed.url}/v1/snapshot", timeout=30)
        kinds = {c["kind"] for c in json.loads(gzip.decompress(first.content))["changes"]}
        assert "vehicle" in kinds and "venue" not in kinds
        assert feed.wait_complete(120) and feed.complete
    finally:
        feed.stop()
    counts = _counts(feed.db_path)
    assert counts["vehicles"] == 700
    again = start_embedded(data_dir)
    try:
        me = requests.post(
            f"{again.url}/v1/auth/token",
            json={"email": demo.DEMO_OWNER_EMAIL, "password": demo.DEMO_PASSWORD},
            timeout=30,
        )
        assert me.status_code == 200
        assert again.complete and again.wait_complete(60)
    finally:
        again.stop()
    # Reused, not seeded a second time.
    assert _counts(feed.db_path) == counts


def _counts(path: Path) -> dict[str, int]:
    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            return {
                "vehicles": s.scalar(select(func.count()).select_from(VehicleRow)) or 0,
                "users": s.scalar(select(func.count()).select_from(User)) or 0,
                "changes": s.scalar(select(func.count()).select_from(ChangeRow)) or 0,
            }
    finally:
        db.dispose()
