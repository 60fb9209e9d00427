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


def test_the_online_step_asks_once_per_text_and_keeps_what_the_person_typed_since(
    qtbot: QtBot, qapp: QApplication
) -> None:
    field = PlaceField(None)
    qtbot.addWidget(field)
    field.set_choices([LYON], pop_up=False)
    qtbot.keyClicks(field, "Lyon")
    assert not field.online_step_due()  # the list knows it
    field.clear()
    qtbot.keyClicks(field, "Gare de Lyon")
    assert field.online_step_due()
    field.looked_up("Gare de Lyon", "The online place search is unavailable.")
    assert not field.online_step_due()  # asked once: the form now says why
    assert field.why_not_found() == "The online place search is unavailable."
    qtbot.keyClicks(field, " ")
    assert field.online_step_due() and field.why_not_found() == ""  # edited: ask again

    station = Location(48.8448, 2.3735, "Paris", address="Gare de Lyon, Paris")
    assert not field.found_online("Gare de Lyon, Paris 12e", station, "Gare de Lyon, Paris")
    assert field.text() == "Gare de Lyon " and field.place() is None
    assert field.found_online("gare de lyon", station, "Gare de Lyon, Paris")
    assert field.text() == "Gare de Lyon, Paris"
    assert field.place() == station
    assert field.place_label() == "Gare de Lyon, Paris"
