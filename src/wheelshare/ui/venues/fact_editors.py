"""One editor per venue fact a member may give: a choice in words for grades and
yes / no questions (starting at *Don't know*), a typed whole number for
measurements (empty meaning *don't know*). Shared by *Add a venue* and
*Propose a correction*."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from wheelshare.domain import VenueCriterion, WheelchairGrade
from wheelshare.domain.vocabulary import VENUE_INT_CRITERIA
from wheelshare.ui.venues.labels import DONT_KNOW, NO, YES, grade_label
from wheelshare.ui.widgets.fields import parse_optional_int

FactEditor = QComboBox | QLineEdit


_CTX = "VenueVocabulary"


def make_editor(fact: VenueCriterion, parent: QWidget) -> FactEditor:
    if fact in VENUE_INT_CRITERIA:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(QCoreApplication.translate(_CTX, DONT_KNOW))
        return edit
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate(_CTX, DONT_KNOW), None)
    if fact is VenueCriterion.WHEELCHAIR_GRADE:
        for g in (WheelchairGrade.FULLY, WheelchairGrade.PARTIALLY, WheelchairGrade.NOT):
            combo.addItem(grade_label(g), g.value)
    else:
        combo.addItem(QCoreApplication.translate(_CTX, YES), True)
        combo.addItem(QCoreApplication.translate(_CTX, NO), False)
    return combo


def hint(fact: VenueCriterion) -> str:
    """What a measurement accepts, in words ("" for a choice)."""
    if fact not in VENUE_INT_CRITERIA:
        return ""
    low, high = VENUE_INT_CRITERIA[fact]
    return QCoreApplication.translate(
        "FactEditors", "{low} to {high}; leave empty if you don't know."
    ).format(low=low, high=high)


def value_of(fact: VenueCriterion, editor: FactEditor) -> object:
    """The value chosen or typed, None for *don't know* (raises FieldProblem on a
    number that is not one, or out of range)."""
    if isinstance(editor, QComboBox):
        return editor.currentData()
    low, high = VENUE_INT_CRITERIA[fact]
    unit = (
        QCoreApplication.translate("FactEditors", "cm")
        if fact.value.endswith("_cm")
        else QCoreApplication.translate("FactEditors", "steps")
    )
    return parse_optional_int(editor.text(), low, high, unit)
