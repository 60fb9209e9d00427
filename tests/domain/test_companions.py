"""Travel companions: matching, ranking, compensation, states and blind ratings,
with figures worked out by hand.

One degree of latitude on the 6371 km sphere is 6371 x pi / 180 = 111.195 km,
so places on one meridian are a known distance apart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wheelshare.domain import Money, TransitionError, ValidationError
from wheelshare.domain.companions import (
    Candidate,
    CompanionshipStatus,
    Journey,
    TravelMode,
    TripPlace,
    check_journey,
    check_stars,
    check_transition,
    compensation,
    distance_km,
    find_matches,
    match,
    ratings_visible,
)

T0 = datetime(2026, 12, 10, 9, tzinfo=UTC)
KM_PER_DEG = 111.195


def place(
    lat: float, lon: float = 5.0, name: str = "Somewhere", kind: str = "station"
) -> TripPlace:
    return TripPlace(name, lat, lon, kind)


def journey(
    o: float = 45.0,
    d: float = 47.0,
    start: datetime = T0,
    hours: float = 2,
    mode: TravelMode = TravelMode.TRAIN,
) -> Journey:
    return Journey(place(o), place(d), start, start + timedelta(hours=hours), mode)


MINE = journey()


def test_distance_along_a_meridian_is_111_km_a_degree() -> None:
    assert distance_km(place(45.0), place(46.0)) == pytest.approx(KM_PER_DEG, abs=0.01)


def test_a_match_needs_the_same_mode() -> None:
    assert match(MINE, Candidate("o", journey(mode=TravelMode.COACH))) is None
    assert match(MINE, Candidate("o", journey())) is not None


def test_windows_must_overlap_touching_is_not_enough() -> None:
    # Mine: 9:00-11:00. One leaving 11:00-12:00 only touches it.
    assert match(MINE, Candidate("o", journey(start=T0 + timedelta(hours=2)))) is None
    later = match(MINE, Candidate("o", journey(start=T0 + timedelta(minutes=119))))
    assert later is not None
    assert later.leaves_later == timedelta(minutes=119)
    earlier = match(MINE, Candidate("o", journey(start=T0 - timedelta(minutes=30))))
    assert earlier is not None and earlier.leaves_later == -timedelta(minutes=30)


def test_each_end_within_the_radius() -> None:
    # 0.13 deg = 14.46 km: in; 0.14 deg = 15.57 km: out of 15 km.
    inside = match(MINE, Candidate("o", journey(o=45.13)))
    assert inside is not None
    assert inside.origin_km == pytest.approx(0.13 * KM_PER_DEG, abs=0.01)
    assert inside.destination_km == pytest.approx(0.0)
    assert match(MINE, Candidate("o", journey(o=45.14))) is None
    assert match(MINE, Candidate("o", journey(d=46.86))) is None
    # Both ends each inside, though they add up to more than the radius.
    both = match(MINE, Candidate("o", journey(o=45.1, d=47.1)))
    assert both is not None and both.closeness_km == pytest.approx(0.2 * KM_PER_DEG, abs=0.01)


def test_ranked_by_closeness_then_rating() -> None:
    far_good = Candidate("far", journey(o=45.1), rating=5.0)  # 11.12 km away
    near_poor = Candidate("near-poor", journey(), rating=2.0)  # 0 km
    near_good = Candidate("near-good", journey(start=T0 + timedelta(hours=1)), rating=4.5)
    near_unrated = Candidate("near-new", journey())
    other_mode = Candidate("bus", journey(mode=TravelMode.BUS_TRAM), rating=5.0)
    ranked = find_matches(MINE, [far_good, near_poor, other_mode, near_unrated, near_good])
    assert [m.candidate.id for m in ranked] == ["near-good", "near-poor", "near-new", "far"]


def test_the_same_closeness_and_rating_prefers_the_nearer_departure() -> None:
    a = Candidate("a", journey(start=T0 + timedelta(minutes=50)), rating=4.0)
    b = Candidate("b", journey(start=T0 - timedelta(minutes=20)), rating=4.0)
    assert [m.candidate.id for m in find_matches(MINE, [a, b])] == ["b", "a"]


def test_compensation_follows_the_written_rule() -> None:
    # 2 degrees = 222.39 km.
    a, b = place(45.0), place(47.0)
    # Train at 100 km/h: 2.22 h, rounded up to 2.5 h, x 6 EUR.
    assert compensation(TravelMode.TRAIN, a, b) == Money(1500)
    # Coach at 60 km/h: 3.71 h -> 4 h.
    assert compensation(TravelMode.COACH, a, b) == Money(2400)
    # Plane at 500 km/h plus an hour on the ground: 1.44 h -> 1.5 h.
    assert compensation(TravelMode.PLANE, a, b) == Money(900)
    # Car: 222.39 km x 1.3 = 289 km by road, x 0.13 EUR.
    assert compensation(TravelMode.CAR, a, b) == Money(289 * 13)
    # Bus or tram: one ride, whatever the distance.
    assert compensation(TravelMode.BUS_TRAM, a, b) == Money(250)
    # A short train ride is paid at least an hour.
    assert compensation(TravelMode.TRAIN, a, place(45.1)) == Money(600)


NOW = T0 - timedelta(days=1)


@pytest.mark.parametrize(
    ("trip", "field", "code"),
    [
        (journey(d=45.0), "destination", "same_place"),
        (journey(d=45.002), "destination", "same_place"),  # 220 m: the same station
        (journey(hours=-1), "leaves_until", "window_inverted"),
        (journey(hours=0), "leaves_until", "window_inverted"),
        (journey(hours=13), "leaves_until", "window_too_long"),
        (journey(start=NOW - timedelta(hours=3)), "leaves_from", "window_in_past"),
    ],
)
def test_bad_journeys_name_the_field(trip: Journey, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_journey(trip, NOW)
    assert (err.value.field, err.value.code) == (field, code)


def test_a_window_that_has_begun_but_not_ended_is_accepted() -> None:
    check_journey(journey(start=NOW - timedelta(hours=1)), NOW)


@pytest.mark.parametrize(
    "kwargs",
    [{"name": "", "kind": "station"}, {"name": "12 rue de la Paix", "kind": "address"}],
)
def test_only_gazetteer_places(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as err:
        TripPlace(lat=45.0, lon=5.0, **kwargs)
    assert err.value.code == "unknown_place"


S = CompanionshipStatus


def test_states_move_only_forward() -> None:
    check_transition(S.OFFERED, S.CONFIRMED)
    check_transition(S.OFFERED, S.DECLINED)
    check_transition(S.CONFIRMED, S.DONE)
    check_transition(S.CONFIRMED, S.CANCELLED)
    for current, wanted in [
        (S.DECLINED, S.CONFIRMED),
        (S.DONE, S.CANCELLED),
        (S.CANCELLED, S.CONFIRMED),
        (S.OFFERED, S.DONE),
    ]:
        with pytest.raises(TransitionError):
            check_transition(current, wanted)
    assert {s for s in S if s.is_final} == {S.DECLINED, S.CANCELLED, S.DONE}


def test_ratings_are_blind_until_both_are_in_or_two_weeks_pass() -> None:
    over = T0
    assert not ratings_visible(1, over, over + timedelta(days=13, hours=23))
    assert ratings_visible(1, over, over + timedelta(days=14))
    assert ratings_visible(2, over, over + timedelta(hours=1))
    assert not ratings_visible(0, None, over + timedelta(days=100))


@pytest.mark.parametrize("stars", [0, 6, True, 2.5, "5"])
def test_stars_are_one_to_five(stars: object) -> None:
    with pytest.raises(ValidationError):
        check_stars(stars)
