"""The moderators' queue as tables: contributions waiting, and reports.

Each row's :data:`ObjectRole` is the domain object (a ``Contribution`` or a
``Report``), so the screen's buttons act on it, never on display text.
"""

from __future__ import annotations

from typing import Any

from wheelshare.domain import VenueCriterion
from wheelshare.domain.contribution import Contribution, Report, ReportStatus, ReportTarget
from wheelshare.ui import formatting
from wheelshare.ui.venues.categories import category_label
from wheelshare.ui.venues.labels import answer_text, criterion_label
from wheelshare.ui.widgets.table_model import RowsModel

__all__ = ["ContributionsModel", "ReportsModel"]


def _facts(criteria: object) -> str:
    if not isinstance(criteria, dict):
        return ""
    parts = []
    for name, value in criteria.items():
        try:
            c = VenueCriterion(name)
        except ValueError:
            continue
        parts.append(f"{criterion_label(c)}: {answer_text(c, value)}")
    return "; ".join(parts)


class ContributionsModel(RowsModel[Contribution]):
    """Venues members added and corrections they proposed, waiting for a decision."""

    WHAT, VENUE, PROPOSAL, AUTHOR, SENT = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("What"),
            self.tr("Venue"),
            self.tr("Proposed"),
            self.tr("Member"),
            self.tr("Sent"),
        )

    def key(self, row: Contribution) -> Any:
        return row.id

    def proposal_text(self, row: Contribution) -> str:
        p = row.proposal
        if row.kind == "venue":
            raw = p.get("location")
            location = raw if isinstance(raw, dict) else {}
            where = ", ".join(str(x) for x in (location.get("address"), location.get("city")) if x)
            parts = [category_label(str(p.get("category", ""))), where, _facts(p.get("criteria"))]
            return "; ".join(x for x in parts if x)
        fact = row.fact
        if fact is None:
            return ""
        text = self.tr("{fact}: {value}").format(
            fact=criterion_label(fact), value=answer_text(fact, p.get("value"))
        )
        note = str(p.get("note") or "")
        return self.tr("{change} (note: {note})").format(change=text, note=note) if note else text

    def display(self, row: Contribution, column: int) -> str:
        if column == self.WHAT:
            return self.tr("New venue") if row.kind == "venue" else self.tr("Correction")
        if column == self.VENUE:
            return row.venue_name
        if column == self.PROPOSAL:
            return self.proposal_text(row)
        if column == self.AUTHOR:
            return row.author_name or self.tr("Anonymous")
        return formatting.date(row.created_at) if row.created_at else ""

    def sort_key(self, row: Contribution, column: int) -> Any:
        if column == self.SENT:
            return row.created_at.isoformat() if row.created_at else ""
        return super().sort_key(row, column)


class ReportsModel(RowsModel[Report]):
    """Reports not yet decided, and those whose content is hidden (to restore)."""

    KIND, CONTENT, REASON, STATE, SENT = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Reported"),
            self.tr("Content"),
            self.tr("Reason"),
            self.tr("State"),
            self.tr("Sent"),
        )

    def key(self, row: Report) -> Any:
        return row.id

    def kind_text(self, kind: ReportTarget) -> str:
        return {
            ReportTarget.REVIEW: self.tr("A review"),
            ReportTarget.PHOTO: self.tr("A photo"),
            ReportTarget.LISTING: self.tr("A vehicle listing"),
            ReportTarget.VENUE: self.tr("A venue"),
        }[kind]

    def content_text(self, row: Report) -> str:
        t = row.target
        if t is None:
            return self.tr("(no longer there)")
        if row.target_kind is ReportTarget.REVIEW:
            who = str(t.get("author_name") or self.tr("Anonymous"))
            comment = str(t.get("comment") or "")
            return self.tr("by {who}: {comment}").format(who=who, comment=comment or "—")
        if row.target_kind is ReportTarget.LISTING:
            return str(t.get("title", ""))
        return str(t.get("name", ""))

    def state_text(self, status: ReportStatus) -> str:
        if status is ReportStatus.HIDDEN:
            return self.tr("Hidden")
        return self.tr("Waiting for a decision")

    def display(self, row: Report, column: int) -> str:
        if column == self.KIND:
            return self.kind_text(row.target_kind)
        if column == self.CONTENT:
            return self.content_text(row)
        if column == self.REASON:
            return row.reason
        if column == self.STATE:
            return self.state_text(row.status)
        return formatting.date(row.created_at) if row.created_at else ""

    def sort_key(self, row: Report, column: int) -> Any:
        if column == self.SENT:
            return row.created_at.isoformat() if row.created_at else ""
        return super().sort_key(row, column)
