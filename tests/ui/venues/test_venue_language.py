"""The Venues screen follows a language switch at once: the line above the
results, the result count and the categories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.ui import i18n
from wheelshare.ui.context import AppContext
from wheelshare.ui.venues.page import VenuesPage


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "en", pseudo=False)
    yield qapp
    i18n.install(qapp, "en", pseudo=False)


def _french(text: str) -> str:
    translated = QCoreApplication.translate("VenuesPage", text)
    assert translated != text, f"{text!r} has no French translation to check against"
    return translated


def test_the_search_hint_turns_french_while_the_venues_are_still_loading(
    ctx: AppContext, qtbot: QtBot, english: QApplication
) -> None:
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.form.submit()  # asked before the venues are loaded: no answer yet
    hint = "Search by name, place or what the venue must have; results appear &below."
    assert page.count.text() == hint
    i18n.install(english, "fr", pseudo=False)
    qtbot.waitUntil(lambda: page.count.text() != hint, timeout=5_000)
    assert page.count.text() == _french(hint)
    i18n.install(english, "en", pseudo=False)
    qtbot.waitUntil(lambda: page.count.text() == hint, timeout=5_000)


def test_count_and_categories_turn_french(
    qtbot: QtBot, tmp_path: Path, live_app: Any, english: QApplication
) -> None:
    ctx = live_app.open(tmp_path / "app")
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    total = page.model.total
    assert page.count.text() == f"{total} venues match."
    qtbot.waitUntil(lambda: page.form.category.count() > 1, timeout=10_000)
    english_categories = [page.form.category.itemText(i) for i in range(page.form.category.count())]
    assert "Bakery" in english_categories and "bakery" not in english_categories

    i18n.install(english, "fr", pseudo=False)
    french_count = _french("{n} venues match.").format(n=total)
    qtbot.waitUntil(lambda: page.count.text() == french_count, timeout=10_000)
    combo = page.form.category
    french_categories = [combo.itemText(i) for i in range(combo.count())]
    assert "Boulangerie" in french_categories and "Bakery" not in french_categories
    shown = {page.model.index(r, page.model.CATEGORY).data() for r in range(page.model.rowCount())}
    raw = {page.model.hit(r).venue.category for r in range(page.model.rowCount())}
    assert "" not in raw and "" not in shown
    assert shown.isdisjoint(raw), "a category is shown as its tag"
