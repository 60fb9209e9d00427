"""An owner's review of a renter after a completed rental, and a renter's
standing: what owners deciding a request are shown of them.

The owner rates three things from 1 to 5 and may add a comment. The review is
double-blind with the renter's review of the vehicle for the same booking
(``domain/double_blind.py``); it is about a named person, so it never goes to
the public feed (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.wire import parse_time

COMMENT_LIMIT = 1000
# The owner may review the renter from the end of the rental until this long
# after it: long enough for a holiday, short enough to remember the rental.
REVIEW_WINDOW = timedelta(days=30)


class RenterCriterion(StrEnum):
    CARE = "care"  # care of the vehicle
    PUNCTUALITY = "punctuality"
    COMMUNICATION = "communication"


def check_scores(scores: Mapping[str, object]) -> dict[str, int]:
    """Each criterion rated 1 to 5; raises ValidationError naming each wrong one."""
    errors: dict[str, str] = {}
    out: dict[str, int] = {}
    for c in RenterCriterion:
        value = scores.get(c.value)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            errors[c.value] = "rate from 1 to 5"
        else:
            out[c.value] = value
    if errors:
        raise ValidationError.many(errors)
    return out


def check_comment(comment: str) -> str:
    comment = comment.strip()
    if len(comment) > COMMENT_LIMIT:
        raise ValidationError(
            "comment",
            f"the comment is longer than {COMMENT_LIMIT} characters",
            "comment_too_long",
        )
    return comment


@dataclass(frozen=True, slots=True)
class RenterReview:
    """``shown`` is False while the review is withheld from the renter; the
    owner who wrote it then reads ``shown_from``, when it shows at the latest."""

    id: str
    booking_id: str
    author_name: str
    renter_name: str
    vehicle_title: str
    scores: dict[str, int]
    comment: str
    created_at: datetime
    shown: bool
    shown_from: datetime
    # Set in the author's own copy only: whose review it is.
    author_id: str = ""


def _text(d: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = d.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value) or len(value) > 4000:
        raise ValidationError(key, "expected text")
    return value


def renter_review_from_wire(value: object) -> RenterReview:
    if not isinstance(value, Mapping):
        raise ValidationError("record", "expected an object")
    scores = value.get("scores")
    if not isinstance(scores, Mapping):
        raise ValidationError("scores", "expected an object")
    return RenterReview(
        id=_text(value, "id", required=True),
        booking_id=_text(value, "booking_id", required=True),
        author_name=_text(value, "author_name"),
        renter_name=_text(value, "renter_name"),
        vehicle_title=_text(value, "vehicle_title"),
        scores=check_scores(scores),
        comment=check_comment(_text(value, "comment")),
        created_at=parse_time(value.get("created_at"), "created_at"),
        shown=value.get("shown") is True,
        shown_from=parse_time(value.get("shown_from"), "shown_from"),
        author_id=_text(value, "author_id"),
    )


@dataclass(frozen=True, slots=True)
class RenterStanding:
    """A renter as owners deciding their request see them: completed rentals,
    and the average of the reviews of them that are shown (None: no review yet)."""

    renter_id: str
    rentals: int
    reviews: int
    average: float | None


def _count(d: Mapping[str, Any], key: str) -> int:
    value = d.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**9:
        raise ValidationError(key, "expected a count")
    return value


def _score(value: object, field: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 1 <= value <= 5:
        raise ValidationError(field, "expected 1 to 5")
    return float(value)


def standing_from_wire(value: object) -> RenterStanding:
    if not isinstance(value, Mapping):
        raise ValidationError("record", "expected an object")
    average = value.get("average")
    per = value.get("per_criterion") or {}
    if not isinstance(per, Mapping):
        raise ValidationError("per_criterion", "expected an object")
    for c in RenterCriterion:  # checked, though the app words the average only
        if per.get(c.value) is not None:
            _score(per[c.value], f"per_criterion.{c.value}")
    return RenterStanding(
        renter_id=_text(value, "id", required=True),
        rentals=_count(value, "rentals"),
        reviews=_count(value, "reviews"),
        average=None if average is None else _score(average, "average"),
    )
