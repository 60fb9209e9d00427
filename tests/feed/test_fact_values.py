"""A venue fact's value is checked by one rule, which the feed and the app both
apply: what one refuses the other refuses, each in its own words."""

from __future__ import annotations

import pytest

from wheelshare.domain.contribution import FACTS, FactFault, check_fact, fact_problem
from wheelshare.domain.vocabulary import VENUE_INT_CRITERIA, VenueCriterion
from wheelshare.feed.contributions import value_problem


def _tries(fact: VenueCriterion) -> list[object]:
    tries: list[object] = [None, True, False, "yes", "fully", "unknown", 1.5, "", 0]
    if fact in VENUE_INT_CRITERIA:
        low, high = VENUE_INT_CRITERIA[fact]
        tries += [low - 1, low, high, high + 1]
    return tries


@pytest.mark.parametrize("fact", FACTS)
def test_the_feed_and_the_app_refuse_the_same_values(fact: VenueCriterion) -> None:
    for value in _tries(fact):
        refused = check_fact(fact.value, value) is not None
        assert (value_problem(fact.value, value) is not None) == refused, value
        assert (fact_problem(fact, value) is not None) == refused, value


def test_each_fault_is_named_with_its_range() -> None:
    door = VenueCriterion.DOOR_WIDTH_CM
    low, high = VENUE_INT_CRITERIA[door]
    problem = check_fact(door.value, high + 1)
    assert problem is not None
    assert (problem.fault, problem.low, problem.high) == (FactFault.OUT_OF_RANGE, low, high)
    assert (
        value_problem(door.value, high + 1)
        == f"{high + 1} is not sensible; expected {low} to {high}"
    )
    assert fact_problem(door, "wide") == "enter a whole number"
    assert check_fact("overall", "fully") == check_fact("colour", "red")
    assert value_problem(
        "overall",
        "fully",
    ).startswith("not a fact of a venue one can give")
    assert value_problem(VenueCriterion.WHEELCHAIR_GRADE.value, "unknown") == (
        "expected one of: fully, partially, not"
    )
    assert value_problem(VenueCriterion.ELEVATOR.value, 1) == "expected true or false"
