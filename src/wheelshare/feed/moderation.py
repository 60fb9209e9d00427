"""Reports, and what moderators decide: the queue, approve, reject, revert,
hide, dismiss, restore, and the audit log that records every decision with
who made it, when and why.

A report names a review, a photo, a listing or a venue and says why. Hiding
the reported record takes it out of the public feed as a deletion would
(hidden.py); restoring sends it again. The reporter follows their report in
their own feed; the author of a contribution is told the decision and its
reason in theirs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import TargetKind
from wheelshare.domain.wire import format_time
from wheelshare.feed import changelog, contributions, hidden, publish, ratings
from wheelshare.feed.contributions import ACCEPTED, PENDING
from wheelshare.feed.db import utcnow
from wheelshare.feed.errors import Conflict, NotFound
from wheelshare.feed.models import (
    ContributionRow,
    ModerationAction,
    ReportRow,
    ReviewRow,
    User,
    VehicleRow,
    VenueRow,
)

OPEN, HIDDEN, DISMISSED, RESTORED = "open", "hidden", "dismissed", "restored"


def _review(session: Session, record_id: str) -> dict[str, Any] | None:
    row = session.get(ReviewRow, record_id)
    return None if row is None else publish.public_review(row.data)


def _venue(session: Session, record_id: str) -> dict[str, Any] | None:
    row = session.get(VenueRow, record_id)
    if row is None or (row.retired and not hidden.is_hidden(session, "venue", record_id)):
        return None
    return dict(row.data)


def _listing(session: Session, record_id: str) -> dict[str, Any] | None:
    row = session.get(VehicleRow, record_id)
    if row is None:
        return None
    # What the public sees of it: no street address.
    return {
        "id": row.id,
        "title": row.data.get("title", ""),
        "owner_name": row.data.get("owner_name", ""),
    }


def _no_photos_yet(_session: Session, _record_id: str) -> dict[str, Any] | None:
    return None


# What each kind of report names, as the moderator sees it (None: no such record).
# Photos register their own reader here when they exist.
TARGETS: dict[str, Callable[[Session, str], dict[str, Any] | None]] = {
    "review": _review,
    "photo": _no_photos_yet,
    "listing": _listing,
    "venue": _venue,
}


def _log(
    session: Session, moderator: User, action: str, kind: str, target_id: str, reason: str
) -> None:
    session.add(
        ModerationAction(
            at=utcnow(),
            moderator_id=moderator.id,
            action=action,
            target_kind=kind,
            target_id=target_id,
            reason=reason,
        )
    )


# -- reports --------------------------------------------------------------------


def report_to_wire(row: ReportRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "target_kind": row.target_kind,
        "target_id": row.target_id,
        "reason": row.reason,
        "status": row.status,
        "created_at": format_time(row.created_at),
        "decided_at": None if row.decided_at is None else format_time(row.decided_at),
    }


def _to_reporter(session: Session, row: ReportRow) -> None:
    changelog.record(
        session, "report", row.id, "upsert", report_to_wire(row), visible_to=(row.reporter_id,)
    )


def report(session: Session, reporter: User, kind: str, target_id: str, reason: str) -> ReportRow:
    if "\x00" in target_id or TARGETS[kind](session, target_id) is None:
        raise NotFound(f"there is no {kind} with id {target_id!r}", code=f"{kind}_not_found")
    already = session.scalar(
        select(ReportRow.id).where(
            ReportRow.reporter_id == reporter.id,
            ReportRow.target_kind == kind,
            ReportRow.target_id == target_id,
        )
    )
    if already is not None:
        raise Conflict(
            f"you have reported this {kind} already (report {already})", code="already_reported"
        )
    row = ReportRow(
        id=str(uuid.uuid4()),
        reporter_id=reporter.id,
        target_kind=kind,
        target_id=target_id,
        reason=reason.strip(),
        status=OPEN,
        created_at=utcnow(),
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:  # the same report twice at the same moment
        raise Conflict(f"you have reported this {kind} already", code="already_reported") from None
    _to_reporter(session, row)
    return row


def get_report(session: Session, report_id: str) -> ReportRow:
    row = None if "\x00" in report_id else session.get(ReportRow, report_id)
    if row is None:
        raise NotFound(f"there is no report with id {report_id!r}", code="report_not_found")
    return row


def _set_reports(session: Session, kind: str, target_id: str, old: set[str], new: str) -> None:
    now = utcnow()
    for row in session.scalars(
        select(ReportRow).where(
            ReportRow.target_kind == kind,
            ReportRow.target_id == target_id,
            ReportRow.status.in_(old),
        )
    ):
        row.status = new
        row.decided_at = now
        _to_reporter(session, row)


def _rate_again(session: Session, review: ReviewRow) -> None:
    """The reviewed venue or vehicle's rating, worked out again with or without it."""
    kind = TargetKind(review.target_kind)
    target: VenueRow | VehicleRow | None
    if kind is TargetKind.VENUE:
        target = session.get(VenueRow, review.target_id)
    else:
        target = session.get(VehicleRow, review.target_id)
    if target is not None:
        ratings.refresh_rating(session, kind, target)


def _withdraw(session: Session, kind: str, target_id: str) -> None:
    """The record leaves the public feed as a deletion would."""
    if kind == "review":
        row = session.get(ReviewRow, target_id)
        assert row is not None
        changelog.record(session, "review", target_id, "delete", None)
        _rate_again(session, row)
    elif kind == "venue":
        venue = session.get(VenueRow, target_id)
        assert venue is not None
        venue.retired = True
        changelog.record(session, "venue", target_id, "delete", None)
    elif kind == "listing":
        changelog.record(session, "vehicle", target_id, "delete", None)


def _republish(session: Session, kind: str, target_id: str) -> None:
    if kind == "review":
        row = session.get(ReviewRow, target_id)
        assert row is not None
        publish.review(session, row.data, shown=row.published)
        _rate_again(session, row)
    elif kind == "venue":
        venue = session.get(VenueRow, target_id)
        assert venue is not None
        venue.retired = False
        changelog.record(session, "venue", target_id, "upsert", venue.data)
    elif kind == "listing":
        vehicle = session.get(VehicleRow, target_id)
        assert vehicle is not None
        publish.vehicle(session, vehicle.data)


def hide(session: Session, moderator: User, report_id: str, reason: str) -> ReportRow:
    row = get_report(session, report_id)
    if hidden.is_hidden(session, row.target_kind, row.target_id):
        raise Conflict(f"this {row.target_kind} is hidden already", code="already_hidden")
    hidden.hide(session, row.target_kind, row.target_id)
    _withdraw(session, row.target_kind, row.target_id)
    _set_reports(session, row.target_kind, row.target_id, {OPEN}, HIDDEN)
    _log(session, moderator, "hide", row.target_kind, row.target_id, reason)
    return row


def restore(session: Session, moderator: User, report_id: str, reason: str) -> ReportRow:
    row = get_report(session, report_id)
    if not hidden.is_hidden(session, row.target_kind, row.target_id):
        raise Conflict(f"this {row.target_kind} is not hidden", code="not_hidden")
    hidden.unhide(session, row.target_kind, row.target_id)
    session.flush()
    _republish(session, row.target_kind, row.target_id)
    _set_reports(session, row.target_kind, row.target_id, {HIDDEN}, RESTORED)
    _log(session, moderator, "restore", row.target_kind, row.target_id, reason)
    return row


def dismiss(session: Session, moderator: User, report_id: str, reason: str) -> ReportRow:
    row = get_report(session, report_id)
    if row.status != OPEN:
        raise Conflict(f"the report was decided already ({row.status})", code="already_decided")
    row.status = DISMISSED
    row.decided_at = utcnow()
    _to_reporter(session, row)
    _log(session, moderator, "dismiss", row.target_kind, row.target_id, reason)
    return row


# -- contributions ----------------------------------------------------------------


def _pending(session: Session, contribution_id: str) -> ContributionRow:
    row = contributions.get(session, contribution_id)
    if row.status != PENDING:
        raise Conflict(
            f"the contribution was decided already ({row.status})", code="already_decided"
        )
    return row


def approve(
    session: Session, moderator: User, contribution_id: str, reason: str, *, radius_m: float
) -> ContributionRow:
    row = _pending(session, contribution_id)
    if row.kind == contributions.ADDITION:
        p = row.data["proposal"]
        loc = p["location"]
        # A venue like it may have been added while this one waited.
        existing = contributions.find_duplicate(
            session, p["name"], loc["lat"], loc["lon"], radius_m
        )
        if existing is not None:
            raise Conflict(
                f"{p['name']!r} is already a venue (venue {existing.id}); reject this one",
                code="duplicate_venue",
                fields={"existing_venue_id": existing.id},
            )
    contributions.accept(session, row, approved_by=moderator)
    _log(session, moderator, "approve", "contribution", row.id, reason)
    return row


def reject(session: Session, moderator: User, contribution_id: str, reason: str) -> ContributionRow:
    row = _pending(session, contribution_id)
    contributions.reject(session, row, moderator, reason)
    _log(session, moderator, "reject", "contribution", row.id, reason)
    return row


def revert(session: Session, moderator: User, contribution_id: str, reason: str) -> ContributionRow:
    row = contributions.get(session, contribution_id)
    if row.status != ACCEPTED:
        raise Conflict(
            f"only an accepted contribution can be reverted (this one is {row.status})",
            code="not_accepted",
        )
    contributions.revert(session, row, moderator, reason)
    _log(session, moderator, "revert", "contribution", row.id, reason)
    return row


# -- what moderators read -----------------------------------------------------------


def queue(session: Session, limit: int = 200) -> dict[str, Any]:
    """Pending contributions and open reports, oldest first; and the reports
    whose target is hidden, so a moderator can restore it."""
    waiting = session.scalars(
        select(ContributionRow)
        .where(ContributionRow.status == PENDING)
        .order_by(ContributionRow.created_at)
        .limit(limit)
    ).all()
    reports = session.scalars(
        select(ReportRow)
        .where(ReportRow.status.in_((OPEN, HIDDEN)))
        .order_by(ReportRow.created_at)
        .limit(limit)
    ).all()
    return {
        "contributions": [contributions.contribution_to_wire(session, c) for c in waiting],
        "reports": [
            {**report_to_wire(r), "target": TARGETS[r.target_kind](session, r.target_id)}
            for r in reports
        ],
    }


def audit_log(session: Session, limit: int = 200) -> list[dict[str, Any]]:
    rows = session.execute(
        select(ModerationAction, User.display_name)
        .join(User, User.id == ModerationAction.moderator_id)
        .order_by(ModerationAction.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "at": format_time(a.at),
            "moderator": name,
            "action": a.action,
            "target_kind": a.target_kind,
            "target_id": a.target_id,
            "reason": a.reason,
        }
        for a, name in rows
    ]
