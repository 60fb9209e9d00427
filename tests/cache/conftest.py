"""A cache filled with (a smaller run of) the demo data, shared by the read-only tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.cache import Cache, upsert_records

SEED = 7


@pytest.fixture(scope="session")
def demo_data() -> demo.DemoData:
    return demo.generate(SEED, vehicles=400, venues=3000)


def fill(cache: Cache, data: demo.DemoData) -> None:
    with cache.transaction() as session:
        upsert_records(session, "vehicle", data.vehicles)
        upsert_records(session, "venue", data.venues)
        upsert_records(session, "review", data.reviews)
        upsert_records(session, "booking", data.bookings)
        upsert_records(session, "availability", list(data.availability.values()))


@pytest.fixture(scope="session")
def filled_cache(
    tmp_path_factory: pytest.TempPathFactory, demo_data: demo.DemoData
) -> Iterator[Cache]:
    cache = Cache.open(tmp_path_factory.mktemp("filled"))
    fill(cache, demo_data)
    yield cache
    cache.close()


@pytest.fixture
def cache(data_dir: Path) -> Iterator[Cache]:
    c = Cache.open(data_dir)
    yield c
    c.close()
