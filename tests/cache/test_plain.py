"""The cache read with sqlite3 alone: the first results of a later start, listed
before SQLAlchemy is loaded, are the ones the opened cache gives, and a file that
``Cache.open`` would change first (or refuse) is not read that way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from wheelshare.cache import (
    Cache,
    VehicleQuery,
    VehicleSort,
    count_vehicles,
    plain,
    search_vehicles,
)
from wheelshare.cache.search import count_vehicles_on, search_vehicles_on
from wheelshare.domain import clock
from wheelshare.ui.session import CACHE_FILE_NAME

PARIS = (48.8566, 2.3522)


def test_a_page_read_with_sqlite3_alone_is_the_opened_caches(filled_cache: Cache) -> None:
    start = clock.now() + timedelta(days=3)
    queries = (
        VehicleQuery(near=PARIS, radius_km=300, sort=VehicleSort.DISTANCE, limit=20),
        VehicleQuery(sort=VehicleSort.PRICE, start=start, end=start + timedelta(days=2)),
    )
    con = plain.open_read_only(filled_cache.path.parent)
    try:
        for q in queries:
            with filled_cache.session() as s:
                total, hits = count_vehicles(s, q), search_vehicles(s, q).items
            assert total > 0 and hits
            assert count_vehicles_on(con, q) == total
            early = search_vehicles_on(con, q).items
            assert [(h.vehicle.id, h.distance_km) for h in early] == [
                (h.vehicle.id, h.distance_km) for h in hits
            ]
    finally:
        con.close()


def _spoil(folder: Path, sql: str) -> None:
    con = sqlite3.connect(folder / plain.FILE_NAME)
    try:
        con.execute(sql)
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize(
    "spoil",
    [
        "UPDATE alembic_version SET version_num = '0001'",  # an older version: to migrate
        "INSERT INTO deferred_indexes (name, tbl, type, sql) VALUES ('i', 'venues', 'index', '')",
        "PRAGMA application_id = 0",  # not a wheelshare cache
    ],
    ids=["older", "indexes-to-build", "not-a-cache"],
)
def test_a_file_that_opening_would_change_is_not_read_before(data_dir: Path, spoil: str) -> None:
    Cache.open(data_dir).close()
    plain.open_read_only(data_dir).close()  # as it is: readable
    _spoil(data_dir, spoil)
    with pytest.raises(plain.NotReadableYet):
        plain.open_read_only(data_dir)


def test_no_file_is_not_read(data_dir: Path) -> None:
    with pytest.raises(plain.NotReadableYet):
        plain.open_read_only(data_dir)


def test_the_session_looks_for_the_caches_file_name() -> None:
    assert CACHE_FILE_NAME == plain.FILE_NAME


SCRIPT = """
import sys
from wheelshare.cancel import CancelToken
from wheelshare.ui.find import early
from wheelshare.ui.find.criteria import SearchCriteria, SortKey
from wheelshare.ui.worker import TaskContext
total, hits = early.first_page(
    __import__("pathlib").Path(sys.argv[1]), SearchCriteria(sort=SortKey.PRICE), 20,
    TaskContext(CancelToken(), lambda *a: None),
)
print(total, len(hits), "sqlalchemy" in sys.modules)
"""


def test_the_first_results_load_no_sqlalchemy(filled_cache: Cache) -> None:
    with filled_cache.session() as s:
        total = count_vehicles(s, VehicleQuery(sort=VehicleSort.PRICE))
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(filled_cache.path.parent)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.split() == [str(total), "20", "False"]
