"""The "my wheelchair" profile and whether a vehicle or venue fits it.

The thresholds live in one place (``vehicle_requirements`` / ``venue_requirements``)
so the cache's SQL filter and the detail pane's explanation can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.vehicle import Vehicle
from wheelshare.domain.venue import Venue
from wheelshare.domain.vocabulary import HAND_DRIVING, RAMPS, Adaptation, WheelchairGrade

# Room a chair needs on each side, and above the seated head.
SIDE_CLEARANCE_CM = 5
HEAD_CLEARANCE_CM = 5

PROFILE_RANGES: dict[str, tuple[int, int]] = {
    "width_cm": (40, 120),
    "length_cm": (60, 200),
    "seated_height_cm": (90, 200),
    "weight_with_occupant_kg": (30, 500),
}


@dataclass(frozen=True, slots=True)
class WheelchairProfile:
    width_cm: int
    length_cm: int
    seated_height_cm: int
    weight_with_occupant_kg: int
    drives: bool = False  # True: drives from the chair or transfers; False: passenger

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for name, (low, high) in PROFILE_RANGES.items():
            value = getattr(self, name)
            unit = "kg" if name.endswith("kg") else "cm"
            if not isinstance(value, int) or isinstance(value, bool):
                errors[name] = f"enter a whole number of {unit}"
            elif not low <= value <= high:
                errors[name] = f"{value} {unit} is not sensible; expected {low} to {high} {unit}"
        if errors:
            raise ValidationError.many(errors)


@dataclass(frozen=True, slots=True)
class VehicleRequirements:
    """What a vehicle must offer for a profile; each minimum applies when measured."""

    min_ramp_width_cm: int
    min_door_height_cm: int
    min_interior_height_cm: int
    min_lift_load_kg: int
    needs_wheelchair_place: bool
    needs_hand_controls: bool


def vehicle_requirements(p: WheelchairProfile) -> VehicleRequirements:
    return VehicleRequirements(
        min_ramp_width_cm=p.width_cm + 2 * SIDE_CLEARANCE_CM,
        min_door_height_cm=p.seated_height_cm + HEAD_CLEARANCE_CM,
        min_interior_height_cm=p.seated_height_cm + HEAD_CLEARANCE_CM,
        min_lift_load_kg=p.weight_with_occupant_kg,
        needs_wheelchair_place=not p.drives,
        needs_hand_controls=p.drives,
    )


@dataclass(frozen=True, slots=True)
class VenueRequirements:
    min_door_width_cm: int


def venue_requirements(p: WheelchairProfile) -> VenueRequirements:
    return VenueRequirements(min_door_width_cm=p.width_cm + 2 * SIDE_CLEARANCE_CM)


class Fit(StrEnum):
    FITS = "fits"
    DOES_NOT_FIT = "does_not_fit"
    UNKNOWN = "unknown"  # a needed measurement is missing


@dataclass(frozen=True, slots=True)
class FitResult:
    verdict: Fit
    reasons: tuple[str, ...] = field(default_factory=tuple)  # why not, or what is unknown

    @property
    def fits(self) -> bool:
        return self.verdict is Fit.FITS


def _combine(problems: list[str], unknowns: list[str]) -> FitResult:
    if problems:
        return FitResult(Fit.DOES_NOT_FIT, tuple(problems))
    if unknowns:
        return FitResult(Fit.UNKNOWN, tuple(unknowns))
    return FitResult(Fit.FITS)


def fits_vehicle(profile: WheelchairProfile, vehicle: Vehicle) -> FitResult:
    req = vehicle_requirements(profile)
    m = vehicle.measurements
    a = vehicle.adaptations
    problems: list[str] = []
    unknowns: list[str] = []
    if req.needs_wheelchair_place and vehicle.wheelchair_places < 1:
        problems.append("no place to travel seated in a wheelchair")
    if req.needs_hand_controls and not a.intersection(HAND_DRIVING):
        problems.append("no hand driving controls")
    has_ramp = bool(a.intersection(RAMPS))
    has_lift = Adaptation.LIFT_PLATFORM in a
    if req.needs_wheelchair_place:
        if not (has_ramp or has_lift):
            problems.append("no ramp or lift to board in the chair")
        if has_ramp and not has_lift:
            if m.ramp_width_cm is None:
                unknowns.append("ramp width not measured")
            elif m.ramp_width_cm < req.min_ramp_width_cm:
                problems.append(
                    f"ramp {m.ramp_width_cm} cm wide; the chair needs {req.min_ramp_width_cm} cm"
                )
        if has_lift and not has_ramp:
            if m.lift_max_load_kg is None:
                unknowns.append("lift load not given")
            elif m.lift_max_load_kg < req.min_lift_load_kg:
                problems.append(
                    f"lift takes {m.lift_max_load_kg} kg; chair and occupant weigh "
                    f"{req.min_lift_load_kg} kg"
                )
        if m.door_height_cm is None:
            unknowns.append("door height not measured")
        elif m.door_height_cm < req.min_door_height_cm:
            problems.append(
                f"door {m.door_height_cm} cm high; seated height needs {req.min_door_height_cm} cm"
            )
        if m.interior_height_cm is None:
            unknowns.append("interior height not measured")
        elif m.interior_height_cm < req.min_interior_height_cm:
            problems.append(
                f"interior {m.interior_height_cm} cm high; seated height needs "
                f"{req.min_interior_height_cm} cm"
            )
    return _combine(problems, unknowns)


def fits_venue(profile: WheelchairProfile, venue: Venue) -> FitResult:
    req = venue_requirements(profile)
    acc = venue.accessibility
    e = acc.entrance
    problems: list[str] = []
    unknowns: list[str] = []
    if acc.wheelchair_grade is WheelchairGrade.NOT:
        problems.append("rated not wheelchair accessible")
    if e.step_free is False and not e.has_ramp:
        problems.append("steps at the entrance and no ramp")
    elif e.step_free is None and e.has_ramp is None:
        unknowns.append("entrance steps unknown")
    if e.door_width_cm is None:
        unknowns.append("door width not measured")
    elif e.door_width_cm < req.min_door_width_cm:
        problems.append(f"door {e.door_width_cm} cm wide; the chair needs {req.min_door_width_cm}")
    return _combine(problems, unknowns)


def fits(profile: WheelchairProfile, target: Vehicle | Venue) -> FitResult:
    """Whether ``target`` fits the chair, from measurements; says why not or what is unknown."""
    if isinstance(target, Vehicle):
        return fits_vehicle(profile, target)
    return fits_venue(profile, target)
