"""What an operator relies on: the probes, the metrics, and the command line as
people type it."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import requests
from sqlalchemy import text

from wheelshare.feed.cli import main
from wheelshare.feed.db import Database
from wheelshare.feed.testing import LiveFeed

from .helpers import at, error_of


def test_healthz_and_readyz_answer_while_the_database_is_current(tmp_path: Path) -> None:
    with LiveFeed(tmp_path) as feed:
        assert requests.get(f"{feed.url}/healthz", timeout=10).json() == {"status": "ok"}
        ready = requests.get(f"{feed.url}/readyz", timeout=10)
        assert ready.status_code == 200 and ready.json() == {"status": "ready"}
        # A database left behind by an older version (a migration not applied).
        with feed.db.write() as s:
            s.execute(text("UPDATE alembic_version SET version_num = '0004'"))
        stale = requests.get(f"{feed.url}/readyz", timeout=10)
        assert stale.status_code == 503 and error_of(stale)["code"] == "schema_not_current"
        assert requests.get(f"{feed.url}/healthz", timeout=10).status_code == 200


def test_readyz_says_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    with LiveFeed(tmp_path) as feed:
        (tmp_path / "gone").mkdir()
        feed.app.state.feed.db.dispose()
        path = Path(feed.settings.db_url.removeprefix("sqlite:///"))
        path.rename(tmp_path / "gone" / path.name)
        path.mkdir()  # where the file was, something SQLite cannot open
        r = requests.get(f"{feed.url}/readyz", timeout=10)
        assert r.status_code == 503 and error_of(r)["code"] == "database_unavailable"


def test_metrics_are_off_by_default(tmp_path: Path) -> None:
    with LiveFeed(tmp_path) as feed:
        assert requests.get(f"{feed.url}/metrics", timeout=10).status_code == 404
        doc = requests.get(f"{feed.url}/openapi.json", timeout=10).json()
        assert not {"/metrics", "/healthz", "/readyz"} & set(doc["paths"])


def test_metrics_count_latency_by_route_bookings_and_rate_limits(tmp_path: Path) -> None:
    with LiveFeed(tmp_path, metrics=True) as feed:
        renter = feed.renter()
        vehicle = feed.create_vehicle(feed.owner(), instant_book=True)
        assert feed.book(renter, vehicle["id"], at(5, 10), at(6, 10)).status_code == 201
        requests.get(f"{feed.url}/v1/vehicles/{vehicle['id']}", timeout=10)
        for _ in range(7):
            requests.post(
                f"{feed.url}/v1/auth/token",
                json={"email": renter.email, "password": "not the password"},
                timeout=10,
            )
        scraped = requests.get(f"{feed.url}/metrics", timeout=10)
        assert scraped.status_code == 200
        assert scraped.headers["Content-Type"].startswith("text/plain")
        lines = scraped.text.splitlines()
        assert any(
            line.startswith("wheelshare_feed_request_seconds_count{")
            and 'route="/v1/vehicles/{vehicle_id}"' in line
            and 'method="GET"' in line
            for line in lines
        )
        # Ids never become labels: one series per route template.
        assert vehicle["id"] not in scraped.text
        assert 'wheelshare_feed_bookings_total{outcome="created"} 1.0' in lines
        rate_limited = [ln for ln in lines if ln.startswith("wheelshare_feed_rate_limited_total")]
        assert rate_limited and float(rate_limited[0].split()[-1]) >= 2
        age = [ln for ln in lines if ln.startswith("wheelshare_feed_newest_change_age_seconds")]
        assert age and 0 <= float(age[0].split()[-1]) < 3600


def test_every_command_takes_db_after_its_name_too(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feed.sqlite3'}"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["migrate", "--db", url]) == 0
        assert (
            main(
                [
                    "create-user",
                    "--db",
                    url,
                    "ana@example.org",
                    "--name",
                    "Ana",
                    "--password",
                    "a long enough passphrase 42",
                ]
            )
            == 0
        )
    db = Database(url)
    try:
        with db.read() as s:
            assert s.scalar(text("SELECT count(*) FROM users")) == 1
    finally:
        db.dispose()


def test_json_logs_are_one_object_per_line_with_the_traceback() -> None:
    import json
    import logging
    import logging.config

    from wheelshare.feed.logs import JsonFormatter, uvicorn_log_config

    logging.config.dictConfig(uvicorn_log_config("json"))  # uvicorn accepts it as is
    logging.config.dictConfig(uvicorn_log_config("text"))
    try:
        raise ValueError("the database said no")
    except ValueError:
        record = logging.LogRecord(
            "wheelshare.feed", logging.ERROR, __file__, 1, "failed %s", ("x",), None
        )
        import sys

        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert (entry["level"], entry["logger"], entry["message"]) == (
        "error",
        "wheelshare.feed",
        "failed x",
    )
    assert "ValueError: the database said no" in entry["error"]
