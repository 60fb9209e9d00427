"""Venues and their accessibility, A11yJSON-inspired and mapped to OpenStreetMap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.values import Location
from wheelshare.domain.vehicle import Rating
from wheelshare.domain.vocabulary import VENUE_INT_CRITERIA, VenueCriterion, WheelchairGrade


def _check_int(value: int | None, criterion: VenueCriterion, errors: dict[str, str]) -> None:
    if value is None:
        return
    low, high = VENUE_INT_CRITERIA[criterion]
    if not isinstance(value, int) or isinstance(value, bool):
        errors[criterion.value] = "must be a whole number"
    elif not low <= value <= high:
        errors[criterion.value] = f"{value} is not sensible; expected {low} to {high}"


@dataclass(frozen=True, slots=True)
class Entrance:
    step_free: bool | None = None
    step_count: int | None = None
    step_height_cm: int | None = None
    has_ramp: bool | None = None
    door_width_cm: int | None = None
    automatic_door: bool | None = None

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        _check_int(self.step_count, VenueCriterion.STEP_COUNT, errors)
        _check_int(self.step_height_cm, VenueCriterion.STEP_HEIGHT_CM, errors)
        _check_int(self.door_width_cm, VenueCriterion.DOOR_WIDTH_CM, errors)
        if self.step_free is True and self.step_count:
            errors["step_count"] = "a step-free entrance cannot have steps"
        if errors:
            raise ValidationError.many(errors)


@dataclass(frozen=True, slots=True)
class Accessibility:
    """Unknown values are ``None``, never guessed."""

    wheelchair_grade: WheelchairGrade = WheelchairGrade.UNKNOWN
    entrance: Entrance = field(default_factory=Entrance)
    toilet_accessible: bool | None = None
    parking_accessible: bool | None = None
    elevator: bool | None = None
    hearing_loop: bool | None = None
    description: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a venue's facts come from (provenance)."""

    name: str  # "OpenStreetMap", "community", "demo"
    id: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Venue:
    id: str
    name: str
    category: str
    location: Location
    accessibility: Accessibility = field(default_factory=Accessibility)
    source: Source = field(default_factory=lambda: Source("community"))
    rating: Rating = field(default_factory=Rating)
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("name", "a venue needs a name")
        if len(self.name) > 300:
            raise ValidationError("name", "the name is longer than 300 characters")
