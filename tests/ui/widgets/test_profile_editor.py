"""The one wheelchair-profile editor, as Account and Find's dialog show it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.domain import WheelchairProfile
from wheelshare.ui.find.search_form import ProfileDialog
from wheelshare.ui.widgets.profile_editor import ProfileEditor

CHAIR = WheelchairProfile(68, 110, 135, 120, drives=True)


def test_a_profile_shows_its_measurements_and_comes_back_unchanged(
    qtbot: QtBot, qapp: QApplication
) -> None:
    editor = ProfileEditor(CHAIR)
    qtbot.addWidget(editor)
    assert editor.edits["width_cm"].text() == "68"
    assert editor.edits["width_cm"].accessibleName() == "Chair width (cm)"
    assert editor.blocks["width_cm"].label.text() == "Chair &width (cm)"
    assert editor.drives.isChecked()
    assert editor.profile() == CHAIR


def test_a_wrong_measurement_is_marked_and_gives_no_profile(
    qtbot: QtBot, qapp: QApplication
) -> None:
    editor = ProfileEditor(None)
    qtbot.addWidget(editor)
    assert editor.passenger.isChecked()
    assert editor.profile() is None
    assert "Enter a number from 40 to 120 cm" in editor.blocks["width_cm"].error
    qtbot.keyClicks(editor.edits["width_cm"], "700")
    assert "700 cm is not physically sensible" in editor.blocks["width_cm"].error
    assert "700 cm" in editor.edits["width_cm"].accessibleDescription()
    editor.clear()
    assert editor.edits["width_cm"].text() == ""
    assert editor.blocks["width_cm"].error == ""


def test_finds_dialog_saves_only_a_sensible_profile(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = ProfileDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor.edits["width_cm"], "30")
    dialog.editor.edits["length_cm"].setText("110")
    dialog.editor.edits["seated_height_cm"].setText("135")
    dialog.editor.edits["weight_with_occupant_kg"].setText("120")
    dialog.editor.drives.setChecked(True)
    dialog._save()
    assert dialog.isVisible() and dialog.profile is None
    assert "30 cm is not physically sensible" in dialog.editor.blocks["width_cm"].error
    dialog.editor.edits["width_cm"].setText("68")
    dialog._save()
    assert not dialog.isVisible()
    assert dialog.profile == CHAIR
