"""The lists of the Find and Venues screens read their next pages after the
previous page's key, and list exactly what reading by offset lists."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import pytest

from wheelshare import demo
from wheelshare.cache import After, Cache, VenueQuery, upsert_records
from wheelshare.cancel import CancelToken
from wheelshare.domain import Location
from wheelshare.ui.find import data
from wheelshare.ui.find.criteria import SearchCriteria, SortKey
from wheelshare.ui.venues import data as venue_data
from wheelshare.ui.widgets.page_keys import PageKeys
from wheelshare.ui.worker import TaskContext

PARIS = Location(48.8566, 2.3522, city="Paris")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    c = Cache.open(tmp_path_factory.mktemp("keys"))
    with c.transaction() as s:
        upsert_records(s, "vehicle", list(islice(demo.iter_vehicles(3, 400), 400)))
        upsert_records(s, "venue", list(islice(demo.iter_venues(3, 400), 400)))
    yield c
    c.close()


def _task() -> TaskContext:
    return TaskContext(CancelToken(), lambda _d, _t, _x: None)


@pytest.mark.parametrize(
    "criteria",
    [
        SearchCriteria(sort=SortKey.PRICE),
        SearchCriteria(sort=SortKey.RATING),
        SearchCriteria(location=PARIS, radius_km=900, sort=SortKey.DISTANCE),
    ],
    ids=["price", "rating", "distance"],
)
def test_scrolling_the_vehicles_lists_each_once_in_order(
    cache: Cache, criteria: SearchCriteria
) -> None:
    size = 37
    keys: PageKeys[After] = PageKeys()
    total, shown = data.first_page(cache, criteria, size, _task(), keys)
    plain = list(shown)
    while len(shown) < total:
        assert keys.at(len(shown)) is not None  # the next page starts after a key
        shown += data.page(cache, criteria, len(shown), size, _task(), keys)
        plain += data.page(cache, criteria, len(plain), size, _task())
    assert total > 5 * size
    assert [(h.vehicle.id, h.distance_km) for h in shown] == [
        (h.vehicle.id, h.distance_km) for h in plain
    ]


def test_scrolling_the_venues_lists_each_once_in_order(cache: Cache) -> None:
    first = VenueQuery(near=(48.8566, 2.3522), radius_km=900, limit=29)
    keys: PageKeys[After] = PageKeys()
    total = venue_data.count(cache, first)
    shown = venue_data.search(cache, first, keys)
    while len(shown) < total:
        assert keys.at(len(shown)) is not None
        more = venue_data.search(
            cache, VenueQuery(near=first.near, radius_km=900, offset=len(shown), limit=29), keys
        )
        assert more
        shown += more
    plain = venue_data.search(cache, VenueQuery(near=first.near, radius_km=900, limit=total))
    assert total > 100
    assert [h.venue.id for h in shown] == [h.venue.id for h in plain]
