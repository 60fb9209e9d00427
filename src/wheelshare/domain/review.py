"""Reviews: per-criterion ratings with a comment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.vocabulary import (
    VENUE_BOOL_CRITERIA,
    VENUE_INT_CRITERIA,
    TargetKind,
    VehicleCriterion,
    VenueCriterion,
    WheelchairGrade,
    parse_enum,
)

CriterionValue = bool | int | str
MAX_COMMENT = 4000


def validate_criteria(
    kind: TargetKind, criteria: Mapping[str, object]
) -> dict[str, CriterionValue]:
    """Checks names and values; ``None`` ("don't know") entries are dropped.

    Raises ValidationError when nothing at all was rated.
    """
    out: dict[str, CriterionValue] = {}
    errors: dict[str, str] = {}
    for name, value in criteria.items():
        if value is None:
            continue
        path = f"criteria.{name}"
        if kind is TargetKind.VEHICLE:
            try:
                parse_enum(VehicleCriterion, name, path)
            except ValidationError as e:
                errors[path] = e.message
                continue
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
                errors[path] = "rate from 1 to 5"
                continue
            out[name] = value
            continue
        try:
            criterion = parse_enum(VenueCriterion, name, path)
        except ValidationError as e:
            errors[path] = e.message
            continue
        if criterion is VenueCriterion.WHEELCHAIR_GRADE:
            try:
                out[name] = parse_enum(WheelchairGrade, value, path).value
            except ValidationError as e:
                errors[path] = e.message
        elif criterion in VENUE_BOOL_CRITERIA:
            if not isinstance(value, bool):
                errors[path] = "answer yes or no (or leave it as don't know)"
            else:
                out[name] = value
        else:
            low, high = VENUE_INT_CRITERIA[criterion]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                errors[path] = f"enter a whole number from {low} to {high}"
            else:
                out[name] = value
    if errors:
        raise ValidationError.many(errors)
    if not out:
        raise ValidationError("criteria", "rate at least one criterion", code="nothing_rated")
    return out


@dataclass(frozen=True, slots=True)
class Review:
    id: str
    target_kind: TargetKind
    target_id: str
    author_id: str
    criteria: dict[str, CriterionValue]
    comment: str = ""
    author_name: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "criteria", validate_criteria(self.target_kind, self.criteria))
        if len(self.comment) > MAX_COMMENT:
            raise ValidationError(
                "comment",
                f"the comment is longer than {MAX_COMMENT} characters",
                "comment_too_long",
            )
