"""Venue categories read as words in the person's language, never as raw
OpenStreetMap tags, while searches keep filtering on the tag."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wheelshare.demo import iter_venues
from wheelshare.domain import Accessibility, Location, Venue, WheelchairGrade
from wheelshare.opendata.osm import CATEGORY_KEYS, FALLBACK_CATEGORY_KEYS, parse_osm
from wheelshare.ui import i18n
from wheelshare.ui.venues.categories import CATEGORIES, by_label, category_label, readable
from wheelshare.ui.venues.models import VenueHit, VenueResultsModel
from wheelshare.ui.venues.search_form import VenueSearchForm
from wheelshare.ui.widgets.table_model import SortRole

HELSINKI = Path(__file__).resolve().parents[2] / "data" / "osm" / "helsinki.osm.pbf"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "en", pseudo=False)
    yield qapp
    i18n.install(qapp, "en", pseudo=False)


@pytest.fixture
def french(english: QApplication) -> QApplication:
    i18n.install(english, "fr", pseudo=False)
    return english


def _venue(i: int, category: str) -> Venue:
    return Venue(
        f"ven{i}",
        f"Place {i}",
        category,
        Location(60.17, 24.94, "Helsinki"),
        Accessibility(WheelchairGrade.FULLY),
    )


def _results(*categories: str) -> VenueResultsModel:
    model = VenueResultsModel()
    model.set_results([VenueHit(_venue(i, c), 0.5) for i, c in enumerate(categories)], 0)
    return model


def test_every_category_of_the_demo_set_and_the_helsinki_extract_has_a_label() -> None:
    demo = {str(v["category"]) for v in iter_venues(7, 3000)}
    helsinki = {v.category for v in parse_osm(HELSINKI).venues if v.category}
    keys = set(CATEGORY_KEYS) | set(FALLBACK_CATEGORY_KEYS)
    assert len(demo) == 20 and len(helsinki) > 70
    assert sorted((demo | helsinki | keys) - CATEGORIES.keys()) == []


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("fast_food", "Fast food"),
        ("toilets", "Toilets"),
        ("atm", "Cash machine"),
        ("subway_entrance", "Metro entrance"),
        ("", ""),
    ],
)
def test_categories_read_as_words_in_english(english: QApplication, key: str, shown: str) -> None:
    assert category_label(key) == shown


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("bank", "Banque"),
        ("restaurant", "Restaurant"),
        ("toilets", "Toilettes"),
        ("fast_food", "Restauration rapide"),
        ("town_hall", "Mairie"),
        ("townhall", "Mairie"),
        ("bus_stop", "Arrêt de bus"),
    ],
)
def test_categories_read_in_french(french: QApplication, key: str, shown: str) -> None:
    assert category_label(key) == shown


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("vending_machine", "Vending machine"),
        ("disused:shop", "Disused shop"),
        ("  bicycle_parking ", "Bicycle parking"),
        ("x", "X"),
    ],
)
def test_an_unknown_category_reads_as_words_not_as_the_tag(
    french: QApplication, key: str, shown: str
) -> None:
    assert readable(key) == shown
    assert category_label(key) == shown


def test_results_show_the_label_and_sort_by_the_key(
    english: QApplication, qtmodeltester: ModelTester
) -> None:
    model = _results("fast_food", "toilets", "bank")
    qtmodeltester.check(model)
    column = VenueResultsModel.CATEGORY
    shown = [model.index(r, column).data() for r in range(3)]
    assert shown == ["Fast food", "Toilets", "Bank"]
    assert [model.index(r, column).data(SortRole) for r in range(3)] == [
        "fast_food",
        "toilets",
        "bank",
    ]
    sentence = model.index(1, VenueResultsModel.NAME).data(Qt.ItemDataRole.AccessibleTextRole)
    assert sentence == "Place 1, Fully accessible, Toilets, Helsinki, 0.3 mi away"


def test_results_show_french_labels(french: QApplication) -> None:
    model = _results("toilets", "fast_food")
    column = VenueResultsModel.CATEGORY
    assert [model.index(r, column).data() for r in range(2)] == ["Toilettes", "Restauration rapide"]
    sentence = model.index(0, VenueResultsModel.NAME).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Toilettes" in sentence and "toilets" not in sentence


def test_the_label_order_follows_the_language(french: QApplication) -> None:
    # Hôtel, Musée, Parking, Zoo: accents sort with their letter, not after z.
    assert by_label(["zoo", "museum", "hotel", "parking"]) == ["hotel", "museum", "parking", "zoo"]
    # Distributeur (atm) before Toilettes (toilets), Banque (bank) first.
    assert by_label(["toilets", "atm", "bank"]) == ["bank", "atm", "toilets"]


def test_the_category_filter_offers_labels_and_searches_by_key(
    french: QApplication, qtbot: QtBot
) -> None:
    form = VenueSearchForm(lambda _text: [])
    qtbot.addWidget(form)
    form.set_categories(["toilets", "bank", "fast_food"])
    combo = form.category
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[1:] == ["Banque", "Restauration rapide", "Toilettes"]
    combo.setCurrentIndex(offered.index("Toilettes"))
    search = form.query()
    assert search is not None and search.category == "toilets"
    # A language switch names the categories again, sorted anew, and keeps the choice.
    i18n.install(french, "en", pseudo=False)
    form.retranslate()  # as the Venues screen does on a language change
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[1:] == ["Bank", "Fast food", "Toilets"]
    assert combo.currentText() == "Toilets"
    assert combo.currentData() == "toilets"


def test_the_categories_a_member_may_choose_all_have_words() -> None:
    """The feed accepts a new venue in exactly the categories the app can name."""
    from wheelshare.domain.categories import VENUE_CATEGORIES

    assert set(CATEGORIES) == VENUE_CATEGORIES
