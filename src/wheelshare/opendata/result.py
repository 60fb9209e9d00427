"""What the open-data parsers return: the venues they could map, and a problem
for each value they could not use."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wheelshare.domain.venue import Venue
from wheelshare.domain.vocabulary import WheelchairGrade

# BCP 47 "undetermined": a description whose language the source did not state.
UNDETERMINED_LANGUAGE = "und"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing in the input that could not be used; the rest was imported."""

    object_id: str  # "node/123", or a feature's id in an A11yJSON file
    field: str  # the tag key or property path
    message: str

    def __str__(self) -> str:
        return f"{self.object_id}: {self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What a file held: the venues, the problems found, and what was left out and why."""

    venues: list[Venue]
    problems: list[Problem] = field(default_factory=list)
    objects_read: int = 0
    skipped_without_name: int = 0
    skipped_without_accessibility: int = 0
    skipped_invalid: int = 0

    def by_grade(self) -> dict[WheelchairGrade, int]:
        counts = Counter(v.accessibility.wheelchair_grade for v in self.venues)
        return {grade: counts.get(grade, 0) for grade in WheelchairGrade}

    def summary(self) -> str:
        grades = ", ".join(f"{n} {g.value}" for g, n in self.by_grade().items() if n)
        text = f"{len(self.venues)} venues ({grades or 'none'}) from {self.objects_read} objects"
        if self.problems:
            text += f"; {len(self.problems)} problems"
        return text
