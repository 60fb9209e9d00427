"""What members give the venue map: new venues, corrections, reports, and where
a venue's facts come from (provenance). The feed's protocol is in
``docs/feed-protocol.md``, "Contributions, reports and moderation".

A member may give or correct every venue criterion but the overall rating.
Their own contributions and reports come back in their own feed, with the
moderator's decision; a venue says, fact by fact, who gave it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.vocabulary import (
    VENUE_BOOL_CRITERIA,
    VENUE_INT_CRITERIA,
    VenueCriterion,
    WheelchairGrade,
)
from wheelshare.domain.wire import parse_time

# The facts a member may give or correct, in the order forms show them.
FACTS: tuple[VenueCriterion, ...] = tuple(
    c for c in VenueCriterion if c is not VenueCriterion.OVERALL
)
MAX_NAME = 300
MAX_NOTE = 2000
MAX_REASON = 2000


class ContributionStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    REVERTED = "reverted"


class ReportTarget(StrEnum):
    """What a report may name."""

    REVIEW = "review"
    PHOTO = "photo"
    LISTING = "listing"
    VENUE = "venue"


class ReportStatus(StrEnum):
    OPEN = "open"
    HIDDEN = "hidden"
    DISMISSED = "dismissed"
    RESTORED = "restored"


class FactFault(StrEnum):
    """What can be wrong with the value given for a venue fact."""

    NOT_A_MEMBER_FACT = "not_a_member_fact"
    NOT_A_GRADE = "not_a_grade"
    NOT_YES_OR_NO = "not_yes_or_no"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    OUT_OF_RANGE = "out_of_range"


@dataclass(frozen=True, slots=True)
class FactValueProblem:
    """A fault, with the range a measurement must be in (0, 0 for the others)."""

    fault: FactFault
    low: int = 0
    high: int = 0


def check_fact(fact: str, value: object) -> FactValueProblem | None:
    """The one rule for a fact's value, which the feed and the app both apply:
    grades and yes / no answers from their vocabulary, measurements as whole
    numbers within ``VENUE_INT_CRITERIA``. Each words the fault its own way."""
    if fact not in {f.value for f in FACTS}:
        return FactValueProblem(FactFault.NOT_A_MEMBER_FACT)
    criterion = VenueCriterion(fact)
    if criterion is VenueCriterion.WHEELCHAIR_GRADE:
        return None if value in GRADES_GIVEN else FactValueProblem(FactFault.NOT_A_GRADE)
    if criterion in VENUE_BOOL_CRITERIA:
        return None if isinstance(value, bool) else FactValueProblem(FactFault.NOT_YES_OR_NO)
    low, high = VENUE_INT_CRITERIA[criterion]
    if not isinstance(value, int) or isinstance(value, bool):
        return FactValueProblem(FactFault.NOT_A_WHOLE_NUMBER, low, high)
    if not low <= value <= high:
        return FactValueProblem(FactFault.OUT_OF_RANGE, low, high)
    return None


# The grades a member may give ("unknown" is what not giving one means).
GRADES_GIVEN: tuple[str, ...] = tuple(
    g.value for g in WheelchairGrade if g is not WheelchairGrade.UNKNOWN
)

# The app's English for each fault, for logs (the screens word them in ui/).
_FACT_FAULT_WORDS: dict[FactFault, str] = {
    FactFault.NOT_A_MEMBER_FACT: "this fact cannot be given by a member",
    FactFault.NOT_A_GRADE: "choose fully, partially or not",
    FactFault.NOT_YES_OR_NO: "choose yes or no",
    FactFault.NOT_A_WHOLE_NUMBER: "enter a whole number",
    FactFault.OUT_OF_RANGE: "{value} is not sensible; expected {low} to {high}",
}


def fact_problem(fact: VenueCriterion, value: object) -> str | None:
    """What is wrong with ``value`` for ``fact`` (English, for logs), or None."""
    problem = check_fact(fact.value, value)
    if problem is None:
        return None
    return _FACT_FAULT_WORDS[problem.fault].format(value=value, low=problem.low, high=problem.high)


# Where each fact lives in a venue's wire record (its ``accessibility``).
FACT_PATHS: dict[VenueCriterion, tuple[str, ...]] = {
    VenueCriterion.WHEELCHAIR_GRADE: ("wheelchair_grade",),
    VenueCriterion.STEP_FREE: ("entrance", "step_free"),
    VenueCriterion.STEP_COUNT: ("entrance", "step_count"),
    VenueCriterion.STEP_HEIGHT_CM: ("entrance", "step_height_cm"),
    VenueCriterion.HAS_RAMP: ("entrance", "has_ramp"),
    VenueCriterion.DOOR_WIDTH_CM: ("entrance", "door_width_cm"),
    VenueCriterion.AUTOMATIC_DOOR: ("entrance", "automatic_door"),
    VenueCriterion.TOILET_ACCESSIBLE: ("toilet_accessible",),
    VenueCriterion.PARKING_ACCESSIBLE: ("parking_accessible",),
    VenueCriterion.ELEVATOR: ("elevator",),
    VenueCriterion.HEARING_LOOP: ("hearing_loop",),
}


def fact_value(venue: Mapping[str, Any], fact: VenueCriterion) -> object:
    """The value of ``fact`` in a venue's wire record (None: not known)."""
    node: Any = venue.get("accessibility") or {}
    for part in FACT_PATHS.get(fact, ()):
        node = node.get(part) if isinstance(node, Mapping) else None
    return None if node == "unknown" else node


# -- provenance -----------------------------------------------------------------


class ProvenanceSource(StrEnum):
    MEMBER = "member"
    MODERATOR = "moderator"


@dataclass(frozen=True, slots=True)
class FactOrigin:
    """Who gave one fact of a venue: a member (by display name) or a moderator
    who put an earlier value back; ``approved_at`` when a moderator approved it."""

    source: ProvenanceSource
    at: datetime
    name: str = ""
    approved_at: datetime | None = None


def provenance_from_wire(value: object) -> dict[str, FactOrigin]:
    """A venue's ``provenance``: fact (or ``"venue"``) -> its origin. An entry this
    version cannot read is left out: the fact then reads as the venue's source's."""
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, FactOrigin] = {}
    for fact, entry in value.items():
        if not isinstance(fact, str) or not isinstance(entry, Mapping):
            continue
        try:
            source = ProvenanceSource(str(entry.get("source")))
            at = parse_time(entry.get("at"), "at")
            approved = entry.get("approved_at")
            approved_at = parse_time(approved, "approved_at") if approved else None
        except (ValueError, ValidationError):
            continue
        name = entry.get("name")
        out[fact] = FactOrigin(source, at, name if isinstance(name, str) else "", approved_at)
    return out


# -- one's own contributions and reports (from one's own feed) -----------------


def _text(d: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = d.get(key, "")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise ValidationError(key, "expected text")
    return value


def _opt_time(d: Mapping[str, Any], key: str) -> datetime | None:
    value = d.get(key)
    return None if value is None else parse_time(value, key)


@dataclass(frozen=True, slots=True)
class Contribution:
    """A venue a member added (``kind`` "venue") or a correction (``"correction"``),
    as its author follows it."""

    id: str
    kind: str
    venue_id: str
    venue_name: str
    status: ContributionStatus
    proposal: Mapping[str, Any] = field(default_factory=dict)
    reason: str = ""  # the moderator's, once decided
    author_name: str = ""
    created_at: datetime | None = None
    decided_at: datetime | None = None

    @property
    def fact(self) -> VenueCriterion | None:
        """The fact a correction changes (None for an added venue or an unknown fact)."""
        try:
            return VenueCriterion(str(self.proposal.get("fact")))
        except ValueError:
            return None


def contribution_from_wire(d: object) -> Contribution:
    if not isinstance(d, Mapping):
        raise ValidationError("contribution", "expected an object")
    kind = _text(d, "kind", required=True)
    if kind not in ("venue", "correction"):
        raise ValidationError("kind", "expected venue or correction")
    try:
        status = ContributionStatus(str(d.get("status")))
    except ValueError:
        raise ValidationError("status", "not a contribution status") from None
    proposal = d.get("proposal") or {}
    if not isinstance(proposal, Mapping):
        raise ValidationError("proposal", "expected an object")
    return Contribution(
        id=_text(d, "id", required=True),
        kind=kind,
        venue_id=_text(d, "venue_id", required=True),
        venue_name=_text(d, "venue_name"),
        status=status,
        proposal=dict(proposal),
        reason=_text(d, "reason"),
        author_name=_text(d, "author_name"),
        created_at=_opt_time(d, "created_at"),
        decided_at=_opt_time(d, "decided_at"),
    )


@dataclass(frozen=True, slots=True)
class Report:
    """A report one made (or, in the moderators' queue, anyone's)."""

    id: str
    target_kind: ReportTarget
    target_id: str
    reason: str
    status: ReportStatus
    created_at: datetime | None = None
    decided_at: datetime | None = None
    # In the moderators' queue: what the report names, as the public sees it
    # (None when it no longer exists).
    target: Mapping[str, Any] | None = None


def report_from_wire(d: object) -> Report:
    if not isinstance(d, Mapping):
        raise ValidationError("report", "expected an object")
    try:
        kind = ReportTarget(str(d.get("target_kind")))
        status = ReportStatus(str(d.get("status")))
    except ValueError:
        raise ValidationError("report", "not a report this version knows") from None
    target = d.get("target")
    return Report(
        id=_text(d, "id", required=True),
        target_kind=kind,
        target_id=_text(d, "target_id", required=True),
        reason=_text(d, "reason"),
        status=status,
        created_at=_opt_time(d, "created_at"),
        decided_at=_opt_time(d, "decided_at"),
        target=dict(target) if isinstance(target, Mapping) else None,
    )
