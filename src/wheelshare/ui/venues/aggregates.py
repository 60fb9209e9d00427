"""What reviewers say about each criterion of a venue, summed up (plain Python)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from wheelshare.domain import Review, VenueCriterion
from wheelshare.domain.review import CriterionValue


@dataclass(frozen=True)
class Aggregate:
    """Answers to one criterion: yes/no counts, or numbers, or grades."""

    criterion: VenueCriterion
    answers: int
    yes: int = 0
    no: int = 0
    average: float | None = None
    minimum: int | None = None
    maximum: int | None = None
    most_common: str | None = None  # for the grade
    agreeing: int = 0  # how many gave the most common grade


def aggregate(reviews: Iterable[Review]) -> dict[VenueCriterion, Aggregate]:
    """One aggregate per criterion that at least one review answered."""
    values: dict[VenueCriterion, list[CriterionValue]] = {}
    for review in reviews:
        for name, value in review.criteria.items():
            try:
                criterion = VenueCriterion(name)
            except ValueError:
                continue
            values.setdefault(criterion, []).append(value)
    out: dict[VenueCriterion, Aggregate] = {}
    for criterion, answers in values.items():
        bools = [v for v in answers if isinstance(v, bool)]
        ints = [v for v in answers if isinstance(v, int) and not isinstance(v, bool)]
        texts = [v for v in answers if isinstance(v, str)]
        if bools:
            out[criterion] = Aggregate(
                criterion, len(bools), yes=sum(bools), no=len(bools) - sum(bools)
            )
        elif ints:
            out[criterion] = Aggregate(
                criterion,
                len(ints),
                average=sum(ints) / len(ints),
                minimum=min(ints),
                maximum=max(ints),
            )
        elif texts:
            grade, agreeing = Counter(texts).most_common(1)[0]
            out[criterion] = Aggregate(criterion, len(texts), most_common=grade, agreeing=agreeing)
    return out
