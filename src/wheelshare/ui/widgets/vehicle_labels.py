"""Words for the vehicle vocabulary, translated (the wire names stay in the domain)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from wheelshare.domain import Adaptation, BookingStatus, Measurement
from wheelshare.domain.vocabulary import BOARDING, CAPACITY, DRIVING
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

_CTX = "VehicleVocabulary"

_ADAPTATIONS: dict[Adaptation, str] = {
    Adaptation.REAR_RAMP: QT_TRANSLATE_NOOP("VehicleVocabulary", "Rear ramp"),
    Adaptation.SIDE_RAMP: QT_TRANSLATE_NOOP("VehicleVocabulary", "Side ramp"),
    Adaptation.LIFT_PLATFORM: QT_TRANSLATE_NOOP("VehicleVocabulary", "Lift platform"),
    Adaptation.WINCH: QT_TRANSLATE_NOOP("VehicleVocabulary", "Winch"),
    Adaptation.LOWERED_FLOOR: QT_TRANSLATE_NOOP("VehicleVocabulary", "Lowered floor"),
    Adaptation.CAN_TRAVEL_SEATED_IN_WHEELCHAIR: QT_TRANSLATE_NOOP(
        "VehicleVocabulary", "Travel seated in the wheelchair"
    ),
    Adaptation.HAND_CONTROLS_PUSH_PULL: QT_TRANSLATE_NOOP(
        "VehicleVocabulary", "Push-pull hand controls"
    ),
    Adaptation.ACCELERATOR_RING: QT_TRANSLATE_NOOP("VehicleVocabulary", "Accelerator ring"),
    Adaptation.STEERING_KNOB: QT_TRANSLATE_NOOP("VehicleVocabulary", "Steering knob"),
    Adaptation.LEFT_FOOT_ACCELERATOR: QT_TRANSLATE_NOOP(
        "VehicleVocabulary", "Left-foot accelerator"
    ),
    Adaptation.FORK_CONTROL: QT_TRANSLATE_NOOP("VehicleVocabulary", "Fork control"),
    Adaptation.SWIVEL_SEAT: QT_TRANSLATE_NOOP("VehicleVocabulary", "Swivel seat"),
    Adaptation.TRANSFER_BOARD: QT_TRANSLATE_NOOP("VehicleVocabulary", "Transfer board"),
    Adaptation.AUTOMATIC_TRANSMISSION: QT_TRANSLATE_NOOP(
        "VehicleVocabulary", "Automatic transmission"
    ),
}

_MEASUREMENTS: dict[Measurement, str] = {
    Measurement.DOOR_HEIGHT_CM: QT_TRANSLATE_NOOP("VehicleVocabulary", "Door height (cm)"),
    Measurement.RAMP_WIDTH_CM: QT_TRANSLATE_NOOP("VehicleVocabulary", "Ramp width (cm)"),
    Measurement.RAMP_LENGTH_CM: QT_TRANSLATE_NOOP("VehicleVocabulary", "Ramp length (cm)"),
    Measurement.LIFT_MAX_LOAD_KG: QT_TRANSLATE_NOOP("VehicleVocabulary", "Lift maximum load (kg)"),
    Measurement.INTERIOR_HEIGHT_CM: QT_TRANSLATE_NOOP("VehicleVocabulary", "Interior height (cm)"),
}

_GROUPS: tuple[tuple[str, tuple[Adaptation, ...]], ...] = (
    (QT_TRANSLATE_NOOP("VehicleVocabulary", "Boarding"), BOARDING),
    (QT_TRANSLATE_NOOP("VehicleVocabulary", "Capacity"), CAPACITY),
    (QT_TRANSLATE_NOOP("VehicleVocabulary", "Driving controls"), DRIVING),
)

_STATUS: dict[BookingStatus, str] = {
    BookingStatus.REQUESTED: QT_TRANSLATE_NOOP("VehicleVocabulary", "Requested, awaiting answer"),
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("VehicleVocabulary", "Confirmed"),
    BookingStatus.DECLINED: QT_TRANSLATE_NOOP("VehicleVocabulary", "Declined"),
    BookingStatus.EXPIRED: QT_TRANSLATE_NOOP("VehicleVocabulary", "Expired without an answer"),
    BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("VehicleVocabulary", "Cancelled"),
    BookingStatus.COMPLETED: QT_TRANSLATE_NOOP("VehicleVocabulary", "Completed"),
}

WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Monday"),
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Tuesday"),
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Wednesday"),
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Thursday"),
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Friday"),
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Saturday"),
    QT_TRANSLATE_NOOP("VehicleVocabulary", "Sunday"),
)


def adaptation_label(a: Adaptation) -> str:
    return QCoreApplication.translate(_CTX, _ADAPTATIONS[a])


def measurement_label(m: Measurement) -> str:
    """The measurement as a field's label, with its unit: "Door height (cm)"."""
    return QCoreApplication.translate(_CTX, _MEASUREMENTS[m])


def measurement_name(m: Measurement) -> str:
    """The measurement before a value that carries its own unit: "Door height"
    (so a detail reads "Door height: 169 cm", not "Door height (cm): 169 cm")."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", measurement_label(m))


def adaptation_groups() -> list[tuple[str, tuple[Adaptation, ...]]]:
    return [(QCoreApplication.translate(_CTX, title), members) for title, members in _GROUPS]


def status_label(s: BookingStatus) -> str:
    return QCoreApplication.translate(_CTX, _STATUS[s])


def weekday_label(weekday: int) -> str:
    return QCoreApplication.translate(_CTX, WEEKDAYS[weekday])
