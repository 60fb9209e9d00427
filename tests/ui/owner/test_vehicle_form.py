"""The listing form: validation as you type, messages beside fields, nothing lost."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from wheelshare.domain import Adaptation, Location, Measurement
from wheelshare.ui.owner.vehicle_form import VehicleDialog, VehicleForm

PLACES = [Location(45.764, 4.8357, "Lyon"), Location(48.8566, 2.3522, "Paris")]


def places(text: str) -> list[Location]:
    return [p for p in PLACES if text.strip().casefold() in p.city.casefold()]


@pytest.fixture
def form(qtbot: QtBot) -> VehicleForm:
    f = VehicleForm(places)
    qtbot.addWidget(f)
    return f


def fill_valid(qtbot: QtBot, f: VehicleForm) -> None:
    qtbot.keyClicks(f.title, "Kangoo with rear ramp")
    qtbot.keyClicks(f.place, "Lyon")
    f.adaptation_boxes[Adaptation.REAR_RAMP].setChecked(True)
    qtbot.keyClicks(f.measurement_edits[Measurement.RAMP_WIDTH_CM], "85")
    for name, text in (("half_day", "35"), ("day", "65,50"), ("week", "350")):
        qtbot.keyClicks(f.price_edits[name], text)


def test_a_ramp_wider_than_sensible_is_explained_beside_the_field(
    qtbot: QtBot, form: VehicleForm
) -> None:
    edit = form.measurement_edits[Measurement.RAMP_WIDTH_CM]
    qtbot.keyClicks(edit, "900")
    block = form.blocks["ramp_width_cm"]
    assert "900 cm is not physically sensible" in block.error
    assert "50 to 150" in block.error
    assert block.error in edit.accessibleDescription()
    assert edit.text() == "900"  # nothing typed is lost


def test_negative_price_is_refused_as_you_type(qtbot: QtBot, form: VehicleForm) -> None:
    qtbot.keyClicks(form.price_edits["day"], "-5")
    assert form.blocks["day"].error == "A price cannot be negative."
    form.price_edits["day"].clear()
    qtbot.keyClicks(form.price_edits["day"], "65")
    assert form.blocks["day"].error == ""
    assert form.price_edits["day"].accessibleDescription() == "24 hours."


def test_a_measurement_for_a_missing_part_is_questioned(qtbot: QtBot, form: VehicleForm) -> None:
    qtbot.keyClicks(form.measurement_edits[Measurement.LIFT_MAX_LOAD_KG], "300")
    assert "lift platform" in form.blocks["lift_max_load_kg"].error
    form.adaptation_boxes[Adaptation.LIFT_PLATFORM].setChecked(True)
    assert form.blocks["lift_max_load_kg"].error == ""


def test_valid_form_builds_the_vehicle(qtbot: QtBot, form: VehicleForm) -> None:
    fill_valid(qtbot, form)
    v = form.vehicle("v1", "owner1")
    assert v.title == "Kangoo with rear ramp"
    assert v.location.city == "Lyon"
    assert v.prices.day.amount == 6550
    assert v.measurements.ramp_width_cm == 85
    assert v.adaptations == frozenset({Adaptation.REAR_RAMP})


def test_save_with_errors_submits_nothing_and_focuses_the_first(qtbot: QtBot) -> None:
    dialog = VehicleDialog(places, "v1", "owner1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.title, "Van")
    qtbot.keyClicks(dialog.form.place, "Atlantis")
    dialog.save_button.click()
    assert dialog.accepted_vehicle is None
    assert dialog.isVisible()
    assert "Atlantis" in dialog.form.blocks["place"].error
    assert dialog.form.blocks["day"].error == "Enter a price (0 is allowed)."
    assert "Nothing was saved" in dialog.form.banner.text()
    assert dialog.form.title.text() == "Van"


def test_a_place_typed_before_the_place_list_is_ready_says_so(qtbot: QtBot) -> None:
    form = VehicleForm(lambda _text: [], places_ready=lambda: False)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.place, "Lyon")
    assert form.blocks["place"].error == (
        "The list of places is still being prepared; try again in a moment."
    )
    assert form.place.text() == "Lyon"
