"""Rating dialogs: answers in words, nothing rated is refused, own review is editable."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from wheelshare.domain import Location, Review, TargetKind, Venue, VenueCriterion
from wheelshare.ui.reviews.vehicle_review import RateVehicleDialog
from wheelshare.ui.venues.rate_dialog import RateVenueDialog

VENUE = Venue("v1", "Musée des Beaux-Arts", "museum", Location(45.767, 4.834, "Lyon"))


def test_a_review_with_nothing_rated_is_not_sent(qtbot: QtBot) -> None:
    dialog = RateVenueDialog(VENUE)
    qtbot.addWidget(dialog)
    dialog.comment_edit.setPlainText("Nice staff")
    dialog.send_button.click()
    assert dialog.result() == 0
    assert "answer at least one question" in dialog.banner.text()
    assert dialog.comment_edit.toPlainText() == "Nice staff"


def test_answers_in_words_become_criteria(qtbot: QtBot) -> None:
    dialog = RateVenueDialog(VENUE)
    qtbot.addWidget(dialog)
    combo = dialog.choices[VenueCriterion.STEP_FREE]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Don't know", "Yes", "No"]
    combo.setCurrentIndex(1)
    dialog.choices[VenueCriterion.TOILET_ACCESSIBLE].setCurrentIndex(2)
    qtbot.keyClicks(dialog.measures[VenueCriterion.DOOR_WIDTH_CM], "900")
    assert "not physically sensible" in dialog.blocks["door_width_cm"].error
    dialog.send_button.click()
    assert dialog.result() == 0
    dialog.measures[VenueCriterion.DOOR_WIDTH_CM].setText("90")
    dialog.send_button.click()
    assert dialog.criteria == {"step_free": True, "toilet_accessible": False, "door_width_cm": 90}


def test_editing_starts_from_the_earlier_answers(qtbot: QtBot) -> None:
    earlier = Review(
        "r1",
        TargetKind.VENUE,
        "v1",
        "u1",
        {"elevator": True, "overall": 4},
        "Lift at the back",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    dialog = RateVenueDialog(VENUE, earlier)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Edit your review")
    assert dialog.choices[VenueCriterion.ELEVATOR].currentText() == "Yes"
    assert dialog.choices[VenueCriterion.OVERALL].currentData() == 4
    assert dialog.comment_edit.toPlainText() == "Lift at the back"


def test_vehicle_review_needs_one_score(qtbot: QtBot) -> None:
    dialog = RateVehicleDialog("Kangoo")
    qtbot.addWidget(dialog)
    dialog.form.send_button.click()
    assert dialog.result() == 0
    assert "rate at least one thing" in dialog.form.banner.text()
    dialog.form.choices[next(iter(dialog.form.choices))].setCurrentIndex(5)
    dialog.form.send_button.click()
    assert dialog.criteria == {"overall": 5}
