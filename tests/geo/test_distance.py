"""Geodesic distances and the units they are shown in."""

from __future__ import annotations

import pytest

from wheelshare.domain import Location
from wheelshare.geo import Place, by_distance, display_distance, distance_km


def test_paris_to_london() -> None:
    paris = Place("Paris", 48.8566, 2.3522)
    london = Location(51.5074, -0.1278)
    # Geodesic on WGS-84; a sphere would say 343.6 km.
    assert distance_km(paris, london) == pytest.approx(343.9, abs=0.5)
    assert distance_km(london, paris) == pytest.approx(distance_km(paris, london))
    assert distance_km((48.8566, 2.3522), (48.8566, 2.3522)) == 0.0


def test_across_the_antimeridian() -> None:
    assert distance_km((0.0, 179.5), (0.0, -179.5)) == pytest.approx(111.3, abs=0.1)


@pytest.mark.parametrize(
    ("km", "imperial", "shown"),
    [
        (0.0, False, (0, "m")),
        (0.347, False, (350, "m")),
        (1.0, False, (1.0, "km")),
        (12.345, False, (12.3, "km")),
        (0.02, True, (70, "ft")),
        (0.5, True, (0.3, "mi")),
        (100.0, True, (62.1, "mi")),
    ],
)
def test_display_units(km: float, imperial: bool, shown: tuple[float, str]) -> None:
    assert display_distance(km, imperial=imperial) == shown


def test_near_me_nearest_first_within_a_radius() -> None:
    home = Place("Home", 48.8566, 2.3522)  # Paris
    venues = {
        "Lille": Location(50.6339, 3.0551),
        "Versailles": Location(48.8049, 2.1204),
        "Lyon": Location(45.764, 4.8357),
    }
    near = by_distance(home, venues.items(), lambda kv: kv[1])
    assert [name for _, (name, _) in near] == ["Versailles", "Lille", "Lyon"]
    assert near[0][0] == pytest.approx(17.8, abs=0.5)
    within = by_distance(home, venues.items(), lambda kv: kv[1], within_km=250)
    assert [name for _, (name, _) in within] == ["Versailles", "Lille"]
