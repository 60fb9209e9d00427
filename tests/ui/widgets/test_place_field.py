"""The one place field: it completes from the list and names a place only when
the text is one of the places offered."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.domain import Location
from wheelshare.ui.widgets.place_field import PlaceField

LYON = Location(45.76, 4.84, "Lyon")
LYONS = Location(49.4, 1.45, "Lyons-la-Forêt")
PLACES = [LYON, LYONS]


def lookup(text: str) -> list[Location]:
    return [p for p in PLACES if text.strip().casefold() in p.city.casefold()]


def test_typing_offers_places_and_only_a_listed_name_is_a_place(
    qtbot: QtBot, qapp: QApplication
) -> None:
    field = PlaceField(lookup)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "lyo")
    offered = field.place_completer.model()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == [
        "Lyon",
        "Lyons-la-Forêt",
    ]
    assert field.place() is None  # "lyo" is no place
    qtbot.keyClicks(field, "n")
    assert field.place() == LYON
    field.clear()
    assert field.place() is None


def test_a_place_set_by_the_program_holds_until_the_text_is_edited(
    qtbot: QtBot, qapp: QApplication
) -> None:
    home = Location(45.19, 5.72, "Grenoble")  # not in the list the field looks in
    field = PlaceField(lookup)
    qtbot.addWidget(field)
    field.set_place(home, "Grenoble, Isère")
    assert field.text() == "Grenoble, Isère"
    assert field.place() == home
    qtbot.keyClicks(field, "x")
    assert field.chosen is None
    assert field.place() is None


def test_without_a_lookup_the_places_handed_in_are_the_choices(
    qtbot: QtBot, qapp: QApplication
) -> None:
    field = PlaceField(None, label_of=lambda p: f"{p.city}, France")
    qtbot.addWidget(field)
    field.set_choices(PLACES)
    field.setText("Lyon, France")
    assert field.place() == LYON
    field.setText("lyon")  # the name before the region is enough
    assert field.place() == LYON
    field.setText("Paris")
    assert field.place() is None
