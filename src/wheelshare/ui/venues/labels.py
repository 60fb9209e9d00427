"""Words (and icons) for venue accessibility: grades, criteria and answers.

A grade is always shown as words with an icon, never as a colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from wheelshare.domain import Venue, VenueCriterion, WheelchairGrade
from wheelshare.ui import formatting
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

_CTX = "VenueVocabulary"

_GRADES: dict[WheelchairGrade, str] = {
    WheelchairGrade.FULLY: QT_TRANSLATE_NOOP("VenueVocabulary", "Fully accessible"),
    WheelchairGrade.PARTIALLY: QT_TRANSLATE_NOOP("VenueVocabulary", "Partially accessible"),
    WheelchairGrade.NOT: QT_TRANSLATE_NOOP("VenueVocabulary", "Not accessible"),
    WheelchairGrade.UNKNOWN: QT_TRANSLATE_NOOP("VenueVocabulary", "Accessibility unknown"),
}

_GRADE_ICONS: dict[WheelchairGrade, QStyle.StandardPixmap] = {
    WheelchairGrade.FULLY: QStyle.StandardPixmap.SP_DialogApplyButton,
    WheelchairGrade.PARTIALLY: QStyle.StandardPixmap.SP_MessageBoxWarning,
    WheelchairGrade.NOT: QStyle.StandardPixmap.SP_DialogCancelButton,
    WheelchairGrade.UNKNOWN: QStyle.StandardPixmap.SP_MessageBoxQuestion,
}

_CRITERIA: dict[VenueCriterion, str] = {
    VenueCriterion.WHEELCHAIR_GRADE: QT_TRANSLATE_NOOP("VenueVocabulary", "Wheelchair access"),
    VenueCriterion.STEP_FREE: QT_TRANSLATE_NOOP("VenueVocabulary", "Step-free entrance"),
    VenueCriterion.STEP_COUNT: QT_TRANSLATE_NOOP("VenueVocabulary", "Steps at the entrance"),
    VenueCriterion.STEP_HEIGHT_CM: QT_TRANSLATE_NOOP("VenueVocabulary", "Step height (cm)"),
    VenueCriterion.HAS_RAMP: QT_TRANSLATE_NOOP("VenueVocabulary", "Ramp at the entrance"),
    VenueCriterion.DOOR_WIDTH_CM: QT_TRANSLATE_NOOP("VenueVocabulary", "Door width (cm)"),
    VenueCriterion.AUTOMATIC_DOOR: QT_TRANSLATE_NOOP("VenueVocabulary", "Automatic door"),
    VenueCriterion.TOILET_ACCESSIBLE: QT_TRANSLATE_NOOP("VenueVocabulary", "Accessible toilet"),
    VenueCriterion.PARKING_ACCESSIBLE: QT_TRANSLATE_NOOP("VenueVocabulary", "Accessible parking"),
    VenueCriterion.ELEVATOR: QT_TRANSLATE_NOOP("VenueVocabulary", "Elevator"),
    VenueCriterion.HEARING_LOOP: QT_TRANSLATE_NOOP("VenueVocabulary", "Hearing loop"),
    VenueCriterion.OVERALL: QT_TRANSLATE_NOOP("VenueVocabulary", "Overall (1 to 5)"),
}

YES = QT_TRANSLATE_NOOP("VenueVocabulary", "Yes")
NO = QT_TRANSLATE_NOOP("VenueVocabulary", "No")
DONT_KNOW = QT_TRANSLATE_NOOP("VenueVocabulary", "Don't know")
NOT_KNOWN = QT_TRANSLATE_NOOP("VenueVocabulary", "Not known")


def grade_label(grade: WheelchairGrade) -> str:
    return QCoreApplication.translate(_CTX, _GRADES[grade])


def grade_icon(grade: WheelchairGrade) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(_GRADE_ICONS[grade])


def criterion_label(c: VenueCriterion) -> str:
    return QCoreApplication.translate(_CTX, _CRITERIA[c])


def yes_no(value: bool | None) -> str:
    """``Yes`` / ``No`` / ``Not known`` for a fact about a venue."""
    if value is None:
        return QCoreApplication.translate(_CTX, NOT_KNOWN)
    return QCoreApplication.translate(_CTX, YES) if value else QCoreApplication.translate(_CTX, NO)


def answer_text(criterion: VenueCriterion, value: object) -> str:
    """A reviewer's answer (or a venue fact) in words."""
    if value is None:
        return QCoreApplication.translate(_CTX, NOT_KNOWN)
    if criterion is VenueCriterion.WHEELCHAIR_GRADE:
        try:
            return grade_label(WheelchairGrade(str(value)))
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, float):
        return QCoreApplication.translate(_CTX, "{value} on average").format(
            value=formatting.decimal(value)
        )
    return str(value)


def venue_facts(v: Venue) -> list[tuple[VenueCriterion, object]]:
    """Every criterion of a venue with its recorded value (``None`` = not known)."""
    a = v.accessibility
    e = a.entrance
    return [
        (VenueCriterion.WHEELCHAIR_GRADE, a.wheelchair_grade.value),
        (VenueCriterion.STEP_FREE, e.step_free),
        (VenueCriterion.STEP_COUNT, e.step_count),
        (VenueCriterion.STEP_HEIGHT_CM, e.step_height_cm),
        (VenueCriterion.HAS_RAMP, e.has_ramp),
        (VenueCriterion.DOOR_WIDTH_CM, e.door_width_cm),
        (VenueCriterion.AUTOMATIC_DOOR, e.automatic_door),
        (VenueCriterion.TOILET_ACCESSIBLE, a.toilet_accessible),
        (VenueCriterion.PARKING_ACCESSIBLE, a.parking_accessible),
        (VenueCriterion.ELEVATOR, a.elevator),
        (VenueCriterion.HEARING_LOOP, a.hearing_loop),
    ]
