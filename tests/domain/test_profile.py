"""The "my wheelchair" profile and whether vehicles and venues fit it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wheelshare.domain import (
    Accessibility,
    Adaptation,
    Entrance,
    Fit,
    Location,
    Measurements,
    Money,
    Prices,
    ValidationError,
    Vehicle,
    Venue,
    WheelchairGrade,
    WheelchairProfile,
    fits,
    vehicle_requirements,
    venue_requirements,
)

CHAIR = WheelchairProfile(
    width_cm=68, length_cm=110, seated_height_cm=138, weight_with_occupant_kg=190
)
DRIVER = replace(CHAIR, drives=True)
HERE = Location(45.76, 4.83, "Lyon")
PRICES = Prices(Money(3000), Money(5000), Money(27500))
GOOD = Measurements(
    door_height_cm=150, ramp_width_cm=85, interior_height_cm=150, lift_max_load_kg=300
)


def van(adaptations: set[Adaptation], m: Measurements = GOOD, places: int = 1) -> Vehicle:
    return Vehicle(
        id="v",
        owner_id="o",
        title="Kangoo",
        location=HERE,
        prices=PRICES,
        adaptations=frozenset(adaptations),
        measurements=m,
        wheelchair_places=places,
    )


def test_requirements_come_from_the_chair_with_clearances() -> None:
    req = vehicle_requirements(CHAIR)
    assert (req.min_ramp_width_cm, req.min_door_height_cm, req.min_interior_height_cm) == (
        78,
        143,
        143,
    )
    assert req.min_lift_load_kg == 190
    assert req.needs_wheelchair_place and not req.needs_hand_controls
    assert vehicle_requirements(DRIVER).needs_hand_controls
    assert venue_requirements(CHAIR).min_door_width_cm == 78


def test_a_van_with_a_wide_enough_ramp_fits() -> None:
    assert fits(CHAIR, van({Adaptation.REAR_RAMP})).verdict is Fit.FITS


@pytest.mark.parametrize(
    ("vehicle", "reason"),
    [
        (
            van({Adaptation.REAR_RAMP}, replace(GOOD, ramp_width_cm=75)),
            "ramp 75 cm wide; the chair needs 78 cm",
        ),
        (van({Adaptation.LIFT_PLATFORM}, replace(GOOD, lift_max_load_kg=150)), "lift takes 150 kg"),
        (van({Adaptation.REAR_RAMP}, replace(GOOD, door_height_cm=140)), "door 140 cm high"),
        (
            van({Adaptation.REAR_RAMP}, replace(GOOD, interior_height_cm=130)),
            "interior 130 cm high",
        ),
        (van(set()), "no ramp or lift"),
        (van({Adaptation.REAR_RAMP}, places=0), "no place to travel seated"),
    ],
)
def test_what_does_not_fit_says_why(vehicle: Vehicle, reason: str) -> None:
    result = fits(CHAIR, vehicle)
    assert result.verdict is Fit.DOES_NOT_FIT and not result.fits
    assert any(reason in r for r in result.reasons)


def test_missing_measurements_make_the_answer_unknown() -> None:
    result = fits(CHAIR, van({Adaptation.REAR_RAMP}, Measurements(door_height_cm=150)))
    assert result.verdict is Fit.UNKNOWN
    assert set(result.reasons) == {"ramp width not measured", "interior height not measured"}


def test_a_van_with_ramp_and_lift_needs_neither_measured_alone() -> None:
    both = van({Adaptation.REAR_RAMP, Adaptation.LIFT_PLATFORM}, replace(GOOD, ramp_width_cm=None))
    assert fits(CHAIR, both).verdict is Fit.FITS


def test_a_driver_needs_hand_controls_not_a_wheelchair_place() -> None:
    assert fits(DRIVER, van({Adaptation.REAR_RAMP})).verdict is Fit.DOES_NOT_FIT
    assert fits(DRIVER, van({Adaptation.ACCELERATOR_RING}, places=0)).verdict is Fit.FITS


def venue(entrance: Entrance, grade: WheelchairGrade = WheelchairGrade.FULLY) -> Venue:
    return Venue(
        "w", "Café", "cafe", HERE, Accessibility(wheelchair_grade=grade, entrance=entrance)
    )


@pytest.mark.parametrize(
    ("place", "verdict"),
    [
        (venue(Entrance(step_free=True, door_width_cm=90)), Fit.FITS),
        (venue(Entrance(step_free=False, has_ramp=True, door_width_cm=90)), Fit.FITS),
        (venue(Entrance(step_free=False, door_width_cm=90)), Fit.DOES_NOT_FIT),
        (venue(Entrance(step_free=True, door_width_cm=70)), Fit.DOES_NOT_FIT),
        (venue(Entrance(step_free=True, door_width_cm=90), WheelchairGrade.NOT), Fit.DOES_NOT_FIT),
        (venue(Entrance(step_free=True)), Fit.UNKNOWN),
        (venue(Entrance(door_width_cm=90)), Fit.UNKNOWN),
    ],
)
def test_venues_fit_from_their_entrance(place: Venue, verdict: Fit) -> None:
    assert fits(CHAIR, place).verdict is verdict


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("width_cm", 30, "expected 40 to 120 cm"),
        ("length_cm", 250, "expected 60 to 200 cm"),
        ("seated_height_cm", 89, "not sensible"),
        ("weight_with_occupant_kg", 600, "expected 30 to 500 kg"),
        ("width_cm", 70.5, "whole number of cm"),
    ],
)
def test_bad_profiles_name_the_field(field: str, value: object, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        replace(CHAIR, **{field: value})
    assert info.value.field == field
    assert words in info.value.message
