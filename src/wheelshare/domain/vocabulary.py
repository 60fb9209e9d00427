"""The shared vocabulary of design.md: adaptation and accessibility names.

The names are the wire names; labels for people live in the UI (translated).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from wheelshare.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


class Adaptation(StrEnum):
    """A feature of an adapted vehicle that renters filter on."""

    # boarding
    REAR_RAMP = "rear_ramp"
    SIDE_RAMP = "side_ramp"
    LIFT_PLATFORM = "lift_platform"
    WINCH = "winch"
    LOWERED_FLOOR = "lowered_floor"
    # capacity
    CAN_TRAVEL_SEATED_IN_WHEELCHAIR = "can_travel_seated_in_wheelchair"
    # driving controls, for a driver who uses a wheelchair
    HAND_CONTROLS_PUSH_PULL = "hand_controls_push_pull"
    ACCELERATOR_RING = "accelerator_ring"
    STEERING_KNOB = "steering_knob"
    LEFT_FOOT_ACCELERATOR = "left_foot_accelerator"
    FORK_CONTROL = "fork_control"
    SWIVEL_SEAT = "swivel_seat"
    TRANSFER_BOARD = "transfer_board"
    AUTOMATIC_TRANSMISSION = "automatic_transmission"


BOARDING: tuple[Adaptation, ...] = (
    Adaptation.REAR_RAMP,
    Adaptation.SIDE_RAMP,
    Adaptation.LIFT_PLATFORM,
    Adaptation.WINCH,
    Adaptation.LOWERED_FLOOR,
)
CAPACITY: tuple[Adaptation, ...] = (Adaptation.CAN_TRAVEL_SEATED_IN_WHEELCHAIR,)
DRIVING: tuple[Adaptation, ...] = (
    Adaptation.HAND_CONTROLS_PUSH_PULL,
    Adaptation.ACCELERATOR_RING,
    Adaptation.STEERING_KNOB,
    Adaptation.LEFT_FOOT_ACCELERATOR,
    Adaptation.FORK_CONTROL,
    Adaptation.SWIVEL_SEAT,
    Adaptation.TRANSFER_BOARD,
    Adaptation.AUTOMATIC_TRANSMISSION,
)
# Controls that let someone drive without using their legs.
HAND_DRIVING: tuple[Adaptation, ...] = (
    Adaptation.HAND_CONTROLS_PUSH_PULL,
    Adaptation.ACCELERATOR_RING,
    Adaptation.FORK_CONTROL,
)
RAMPS: tuple[Adaptation, ...] = (Adaptation.REAR_RAMP, Adaptation.SIDE_RAMP)


class Measurement(StrEnum):
    """Vehicle measurements, so a person can check that *their* chair fits."""

    DOOR_HEIGHT_CM = "door_height_cm"
    RAMP_WIDTH_CM = "ramp_width_cm"
    RAMP_LENGTH_CM = "ramp_length_cm"
    LIFT_MAX_LOAD_KG = "lift_max_load_kg"
    INTERIOR_HEIGHT_CM = "interior_height_cm"


# Physically sensible bounds (inclusive): anything outside is a typing mistake.
MEASUREMENT_RANGES: dict[Measurement, tuple[int, int]] = {
    Measurement.DOOR_HEIGHT_CM: (80, 250),
    Measurement.RAMP_WIDTH_CM: (50, 150),
    Measurement.RAMP_LENGTH_CM: (50, 500),
    Measurement.LIFT_MAX_LOAD_KG: (100, 1000),
    Measurement.INTERIOR_HEIGHT_CM: (90, 250),
}


class WheelchairGrade(StrEnum):
    """How accessible a venue is overall (OSM ``wheelchair=*``)."""

    FULLY = "fully"
    PARTIALLY = "partially"
    NOT = "not"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        """Higher is more accessible; unknown ranks below every known grade."""
        return _GRADE_RANK[self]


_GRADE_RANK = {
    WheelchairGrade.FULLY: 3,
    WheelchairGrade.PARTIALLY: 2,
    WheelchairGrade.NOT: 1,
    WheelchairGrade.UNKNOWN: 0,
}


class VenueCriterion(StrEnum):
    """What a venue can be filtered on and what a reviewer rates."""

    WHEELCHAIR_GRADE = "wheelchair_grade"
    STEP_FREE = "step_free"
    STEP_COUNT = "step_count"
    STEP_HEIGHT_CM = "step_height_cm"
    HAS_RAMP = "has_ramp"
    DOOR_WIDTH_CM = "door_width_cm"
    AUTOMATIC_DOOR = "automatic_door"
    TOILET_ACCESSIBLE = "toilet_accessible"
    PARKING_ACCESSIBLE = "parking_accessible"
    ELEVATOR = "elevator"
    HEARING_LOOP = "hearing_loop"
    OVERALL = "overall"


# Which review criteria are yes/no, which are measurements, and their bounds.
VENUE_BOOL_CRITERIA: tuple[VenueCriterion, ...] = (
    VenueCriterion.STEP_FREE,
    VenueCriterion.HAS_RAMP,
    VenueCriterion.AUTOMATIC_DOOR,
    VenueCriterion.TOILET_ACCESSIBLE,
    VenueCriterion.PARKING_ACCESSIBLE,
    VenueCriterion.ELEVATOR,
    VenueCriterion.HEARING_LOOP,
)
VENUE_INT_CRITERIA: dict[VenueCriterion, tuple[int, int]] = {
    VenueCriterion.STEP_COUNT: (0, 100),
    VenueCriterion.STEP_HEIGHT_CM: (0, 100),
    VenueCriterion.DOOR_WIDTH_CM: (30, 400),
    VenueCriterion.OVERALL: (1, 5),
}


class VehicleCriterion(StrEnum):
    """What a renter rates after a rental, each from 1 to 5."""

    OVERALL = "overall"
    ACCESSIBILITY = "accessibility"
    CLEANLINESS = "cleanliness"
    ACCURACY = "accuracy"
    OWNER = "owner"


class TargetKind(StrEnum):
    VENUE = "venue"
    VEHICLE = "vehicle"


def parse_enum(enum: type[E], value: object, field: str) -> E:
    """``enum(value)`` with a ValidationError that lists the accepted names."""
    try:
        return enum(value)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        names = ", ".join(m.value for m in enum)
        raise ValidationError(field, f"unknown value {value!r}; expected one of: {names}") from None
