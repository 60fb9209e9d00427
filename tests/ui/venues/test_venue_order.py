"""Venues in the order the person chooses: nearest first from the place
searched, by name, or best rated; the nearest first needs a place."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import pytest
from pytestqt.qtbot import QtBot

from wheelshare.cache import Cache, upsert_records
from wheelshare.demo import iter_venues
from wheelshare.domain import Location
from wheelshare.ui.venues import data
from wheelshare.ui.venues.search_form import VenueSearch, VenueSearchForm

LYON = Location(45.764, 4.8357, "Lyon")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    opened = Cache.open(tmp_path_factory.mktemp("cache"))
    with opened.transaction() as s:
        upsert_records(s, "venue", list(islice(iter_venues(7, 3000), 3000)))
    yield opened
    opened.close()


def _found(cache: Cache, search: VenueSearch) -> list[tuple[str, float | None]]:
    hits = data.search(cache, data.to_query(search, None, limit=30))
    return [(h.venue.name, h.distance_km) for h in hits]


def test_nearest_first_by_name_and_the_usual_order_without_a_place(cache: Cache) -> None:
    near = _found(cache, VenueSearch(place=LYON, radius_km=50, sort="distance"))
    distances = [d for _n, d in near]
    assert len(near) > 5 and None not in distances
    assert distances == sorted(distances)
    named = _found(cache, VenueSearch(place=LYON, radius_km=50, sort="name"))
    names = [n for n, _d in named]
    assert names == sorted(names, key=str.casefold) and names != [n for n, _d in near]
    # Nearest first with no place to measure from: the usual order, not an error.
    assert _found(cache, VenueSearch(sort="distance")) == _found(cache, VenueSearch())


def test_choosing_an_order_searches_again(qtbot: QtBot) -> None:
    form = VenueSearchForm(lambda _text: [])
    qtbot.addWidget(form)
    assert [form.sort.itemText(i) for i in range(form.sort.count())] == [
        "Best match",
        "Nearest first",
        "By name",
        "Best rated first",
    ]
    with qtbot.waitSignal(form.search_requested, timeout=2_000) as asked:
        form.sort.setCurrentIndex(1)
    assert asked.args is not None and asked.args[0].sort == "distance"
