"""Counted texts read right in both languages: "1 note", "2 notes", "1 rating"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from wheelshare.paths import resources_dir
from wheelshare.ui import formatting, i18n
from wheelshare.ui.find.detail_pane import unit_count
from wheelshare.ui.plurals import plurals


@pytest.fixture
def language(qapp: QApplication) -> Iterator[str]:
    yield "en"
    i18n.install(qapp, "en", pseudo=False)


def test_french_counts_use_the_singular_for_one(qapp: QApplication, language: str) -> None:
    i18n.install(qapp, "fr", pseudo=False)
    assert formatting.rating(5.0, 1) == "5,0 sur 5 (1 note)"
    assert formatting.rating(4.5, 12) == "4,5 sur 5 (12 notes)"
    assert unit_count("day", 1) == "1 jour"
    assert unit_count("week", 2) == "2 semaines"
    assert unit_count("half_day", 1) == "1 demi-journée"
    assert plurals().actions_waiting(3) == "3 actions en attente d’envoi"


def test_english_counts_use_the_singular_for_one(qapp: QApplication, language: str) -> None:
    i18n.install(qapp, "en", pseudo=False)
    assert formatting.rating(5.0, 1) == "5.0 out of 5 (1 rating)"
    assert formatting.rating(4.5, 12) == "4.5 out of 5 (12 ratings)"
    assert unit_count("day", 1) == "1 day"
    assert unit_count("half_day", 3) == "3 half-days"


def test_every_counted_text_has_plural_forms_in_french() -> None:
    # A "%n" string the translation tools did not see as counted gets one French
    # form for every number ("1 notes"): it must be asked through self.tr(text, "", n).
    tree = ET.parse(resources_dir() / "translations" / "wheelshare_fr.ts")
    flat = [
        m.findtext("source") or ""
        for m in tree.iter("message")
        if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert not flat, f"counted texts without plural forms: {flat}"
