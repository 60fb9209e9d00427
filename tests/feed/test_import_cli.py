"""End to end: ``wheelshare-feed import-osm`` / ``import-a11yjson`` / ``export-a11yjson``
into a real feed database, seen through the feed's change log over HTTP."""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from wheelshare.feed.cli import main
from wheelshare.feed.testing import LiveFeed

# Each test imports the whole extract into a database and starts a feed server.
pytestmark = pytest.mark.slow

HELSINKI_VENUES = 443  # what tests/opendata/test_osm.py counts independently from the file
PG_ENV = "WHEELSHARE_TEST_PG_URL"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _venue_changes(db: Path, since: str | None = None) -> tuple[list[dict[str, Any]], str]:
    with LiveFeed(db.parent, db_url=f"sqlite:///{db}", seed=False) as feed:
        changes, cursor = feed.all_changes(since)
    return [c for c in changes if c["kind"] == "venue"], cursor


def test_import_helsinki_then_reimport_is_idempotent(
    tmp_path: Path, helsinki_pbf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "feed.sqlite3"
    url = f"sqlite:///{db}"
    code, out, _ = _cli(capsys, "--db", url, "import-osm", str(helsinki_pbf))
    assert code == 0
    assert f"OpenStreetMap: {HELSINKI_VENUES} created, 0 updated, 0 unchanged" in out

    changes, cursor = _venue_changes(db)
    assert len(changes) == HELSINKI_VENUES
    assert {c["op"] for c in changes} == {"upsert"}
    by_id = {c["id"]: c["data"] for c in changes}
    ateneum = by_id["osm-way-8033120"]
    assert ateneum["name"] == "Ateneum"
    assert ateneum["accessibility"]["wheelchair_grade"] == "fully"
    assert ateneum["source"] == {
        "name": "OpenStreetMap",
        "id": "way/8033120",
        "url": "https://www.openstreetmap.org/way/8033120",
    }
    grades = Counter(d["accessibility"]["wheelchair_grade"] for d in by_id.values())
    assert grades["partially"] == 85 and grades["not"] == 68

    # The same extract again: nothing changes and the change feed stays quiet.
    code, out, _ = _cli(capsys, "--db", url, "import-osm", str(helsinki_pbf), "--retire-missing")
    assert code == 0
    assert f"0 created, 0 updated, {HELSINKI_VENUES} unchanged, 0 retired" in out
    assert _venue_changes(db, cursor)[0] == []


def test_newer_extract_updates_in_place_and_retires_what_vanished(
    tmp_path: Path, helsinki_pbf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "feed.sqlite3"
    url = f"sqlite:///{db}"
    assert _cli(capsys, "--db", url, "import-osm", str(helsinki_pbf))[0] == 0
    _, cursor = _venue_changes(db)

    # A "newer extract" holding only the Hard Rock Cafe, now with a ramp.
    newer = tmp_path / "newer.osm"
    newer.write_text(
        '<?xml version="1.0"?><osm version="0.6">'
        '<node id="256199043" version="9" lat="60.1689067" lon="24.9414031">'
        '<tag k="name" v="Hard Rock Cafe Helsinki"/><tag k="amenity" v="restaurant"/>'
        '<tag k="wheelchair" v="yes"/><tag k="toilets:wheelchair" v="yes"/>'
        '<tag k="ramp:wheelchair" v="yes"/>'
        '<tag k="addr:street" v="Aleksanterinkatu"/><tag k="addr:housenumber" v="21"/>'
        '<tag k="addr:city" v="Helsinki"/></node></osm>',
        encoding="utf-8",
    )
    code, out, _ = _cli(capsys, "--db", url, "import-osm", str(newer), "--retire-missing")
    assert code == 0
    assert f"0 created, 1 updated, 0 unchanged, {HELSINKI_VENUES - 1} retired" in out

    changes, _ = _venue_changes(db, cursor)
    ops = Counter(c["op"] for c in changes)
    assert ops == {"upsert": 1, "delete": HELSINKI_VENUES - 1}
    (update,) = [c for c in changes if c["op"] == "upsert"]
    assert update["id"] == "osm-node-256199043"  # same venue, updated in place
    assert update["data"]["accessibility"]["entrance"]["has_ramp"] is True


def test_broken_extract_imports_nothing(
    tmp_path: Path, helsinki_pbf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "feed.sqlite3"
    cut = tmp_path / "cut.osm.pbf"
    cut.write_bytes(helsinki_pbf.read_bytes()[:400_000])
    code, out, err = _cli(capsys, "--db", f"sqlite:///{db}", "import-osm", str(cut))
    assert code == 1
    assert "cut.osm.pbf is not a readable OpenStreetMap file" in err
    assert "created" not in out
    if db.exists():
        assert _venue_changes(db)[0] == []


def test_a11yjson_export_and_import_through_the_cli(
    tmp_path: Path, helsinki_pbf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    second_db = tmp_path / "second.sqlite3"
    exported = tmp_path / "helsinki.a11y.json"
    assert _cli(capsys, "--db", first, "import-osm", str(helsinki_pbf))[0] == 0
    code, out, _ = _cli(capsys, "--db", first, "export-a11yjson", str(exported))
    assert code == 0 and f"Wrote {HELSINKI_VENUES} venues" in out
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == HELSINKI_VENUES

    # Add one feature that does not validate: it is reported, the rest imported.
    doc["features"].append({"type": "Feature", "properties": {"name": "Broken"}})
    exported.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = _cli(
        capsys, "--db", f"sqlite:///{second_db}", "import-a11yjson", str(exported)
    )
    assert code == 0
    assert f"A11yJSON: {HELSINKI_VENUES} created" in out
    assert "features[443]: geometry: expected a GeoJSON Point" in err

    first_changes, _ = _venue_changes(tmp_path / "first.sqlite3")
    second_changes, _ = _venue_changes(second_db)

    def comparable(c: dict[str, Any]) -> dict[str, Any]:
        d = dict(c["data"])
        d.pop("updated_at")
        d["source"] = {**d["source"], "name": "-"}  # the import's source name is its own
        return d

    assert sorted(map(comparable, first_changes), key=lambda d: d["id"]) == sorted(
        map(comparable, second_changes), key=lambda d: d["id"]
    )


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database on the throw-away PostgreSQL that ``./dev test`` starts."""
    server = os.environ.get(PG_ENV)
    if not server:
        message = f"{PG_ENV} is not set: run the tests with ./dev test (it starts PostgreSQL)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    plain = server.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"places_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.mark.postgres
def test_import_into_postgresql_is_idempotent(
    pg_url: str, helsinki_pbf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli(capsys, "--db", pg_url, "import-osm", str(helsinki_pbf))
    assert code == 0
    assert f"OpenStreetMap: {HELSINKI_VENUES} created, 0 updated" in out
    code, out, _ = _cli(capsys, "--db", pg_url, "import-osm", str(helsinki_pbf), "--retire-missing")
    assert code == 0
    assert f"0 created, 0 updated, {HELSINKI_VENUES} unchanged, 0 retired" in out
