"""Table models of the venue screens: results, a venue's criteria, its reviews.

The grade is always words plus an icon (``DecorationRole``), never colour alone.
Results are fetched a page at a time as the view scrolls (``canFetchMore``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from wheelshare.cache.queries import VenueHit
from wheelshare.domain import Review, TargetKind, VehicleCriterion, Venue, VenueCriterion
from wheelshare.domain.contribution import FactOrigin, ProvenanceSource
from wheelshare.ui import formatting
from wheelshare.ui.reviews.rating_form import score_label
from wheelshare.ui.reviews.vehicle_review import criterion_label as vehicle_criterion_label
from wheelshare.ui.venues.aggregates import Aggregate, aggregate
from wheelshare.ui.venues.categories import category_label
from wheelshare.ui.venues.labels import (
    answer_text,
    criterion_label,
    grade_icon,
    grade_label,
    venue_facts,
)
from wheelshare.ui.widgets.table_model import ObjectRole, PagedRowsModel, RowsModel, SortRole

AnyIndex = QModelIndex | QPersistentModelIndex

# A result row is the cache's own search hit.
__all__ = ["ObjectRole", "SortRole", "VenueHit"]


def _four_digit_year() -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def distance_text(km: float | None) -> str:
    return formatting.distance_km(km)


class VenueResultsModel(PagedRowsModel[VenueHit]):
    """Search results, loaded page by page from ``fetch(offset, limit)``."""

    NAME, GRADE, CATEGORY, CITY, DISTANCE = range(5)
    PAGE_SIZE = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Wheelchair access"),
            self.tr("Category"),
            self.tr("Place"),
            self.tr("Distance"),
        )

    def hit(self, row: int) -> VenueHit:
        return self._rows[row]

    def domain_object(self, hit: VenueHit) -> Venue:
        return hit.venue

    def display(self, hit: VenueHit, column: int) -> str:
        v = hit.venue
        if column == self.NAME:
            return v.name
        if column == self.GRADE:
            return grade_label(v.accessibility.wheelchair_grade)
        if column == self.CATEGORY:
            return category_label(v.category)
        if column == self.CITY:
            return v.location.city
        return distance_text(hit.distance_km)

    def describe(self, hit: VenueHit) -> str:
        parts = [hit.venue.name, grade_label(hit.venue.accessibility.wheelchair_grade)]
        if hit.venue.category:
            parts.append(category_label(hit.venue.category))
        if hit.venue.location.city:
            parts.append(hit.venue.location.city)
        if hit.distance_km is not None:
            parts.append(self.tr("{d} away").format(d=distance_text(hit.distance_km)))
        return ", ".join(parts)

    def sort_key(self, hit: VenueHit, column: int) -> Any:
        if column == self.DISTANCE:
            return hit.distance_km if hit.distance_km is not None else float("inf")
        if column == self.GRADE:
            return hit.venue.accessibility.wheelchair_grade.rank
        if column == self.CATEGORY:
            return hit.venue.category  # the key, as the cache orders and filters
        return self.display(hit, column)

    def cell(self, hit: VenueHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.GRADE:
            return grade_icon(hit.venue.accessibility.wheelchair_grade)
        return super().cell(hit, column, role)


@dataclass(frozen=True)
class CriterionRow:
    criterion: VenueCriterion
    recorded: object  # the venue's own value (None = not known)
    aggregate: Aggregate | None


class CriteriaModel(RowsModel[CriterionRow]):
    """Every criterion of one venue: the recorded fact, where it comes from, what
    reviewers say."""

    CRITERION, RECORDED, SOURCE, REVIEWERS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._venue: Venue | None = None
        self._origins: Mapping[str, FactOrigin] = {}

    def set_venue(
        self,
        venue: Venue,
        reviews: Sequence[Review],
        origins: Mapping[str, FactOrigin] | None = None,
    ) -> None:
        self._venue = venue
        self._origins = origins or {}
        aggregates = aggregate(reviews)
        rows = [CriterionRow(c, value, aggregates.get(c)) for c, value in venue_facts(venue)]
        if VenueCriterion.OVERALL in aggregates:
            rows.append(
                CriterionRow(VenueCriterion.OVERALL, None, aggregates[VenueCriterion.OVERALL])
            )
        self.set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Criterion"),
            self.tr("Recorded"),
            self.tr("Source"),
            self.tr("Reviewers say"),
        )

    @staticmethod
    def _day(when: datetime) -> str:
        return QLocale().toString(formatting.to_qdatetime(when).date(), _four_digit_year())

    def origin_text(self, origin: FactOrigin) -> str:
        """Who gave a fact, in words, with the date."""
        if origin.source is ProvenanceSource.MODERATOR:
            return self.tr("A moderator's decision, {date}").format(date=self._day(origin.at))
        name = origin.name or self.tr("a member")
        if origin.approved_at is not None:
            return self.tr("{name}, a member, {date}; approved by a moderator {approved}").format(
                name=name, date=self._day(origin.at), approved=self._day(origin.approved_at)
            )
        return self.tr("{name}, a member, {date}").format(name=name, date=self._day(origin.at))

    def source_text(self, criterion: VenueCriterion | None = None) -> str:
        """Where ``criterion`` comes from: the member or moderator who gave it, else
        the venue's source (OpenStreetMap, an A11yJSON source…) with its date."""
        v = self._venue
        if v is None:
            return ""
        origin = self._origins.get(criterion.value) if criterion is not None else None
        if origin is None:
            # A community venue's facts come from the member who added it.
            origin = self._origins.get("venue")
        if origin is not None:
            return self.origin_text(origin)
        if v.updated_at is None:
            return v.source.name
        return self.tr("{source}, {date}").format(
            source=v.source.name, date=self._day(v.updated_at)
        )

    def _answers(self, n: int) -> str:
        return self.tr("1 answer") if n == 1 else self.tr("{n} answers").format(n=n)

    def aggregate_text(self, agg: Aggregate | None) -> str:
        if agg is None:
            return self.tr("No answers yet")
        if agg.most_common is not None:
            # Who said it, in plain words: "1 member said: fully accessible".
            grade = answer_text(agg.criterion, agg.most_common)
            grade = grade[:1].lower() + grade[1:]
            if agg.agreeing == agg.answers:
                said = self.tr("%n member(s) said: {grade}", "", agg.answers)
            else:
                said = self.tr("%n of {answers} members said: {grade}", "", agg.agreeing)
            return formatting.plural(said, agg.answers).format(grade=grade, answers=agg.answers)
        if agg.average is not None:
            if agg.minimum == agg.maximum:
                return self.tr("{value} ({answers})").format(
                    value=agg.minimum, answers=self._answers(agg.answers)
                )
            return self.tr("{avg} on average, {low} to {high} ({answers})").format(
                avg=QLocale().toString(agg.average, "f", 1),
                low=agg.minimum,
                high=agg.maximum,
                answers=self._answers(agg.answers),
            )
        return self.tr("{yes} yes, {no} no").format(yes=agg.yes, no=agg.no)

    def display(self, row: CriterionRow, column: int) -> str:
        if column == self.CRITERION:
            return criterion_label(row.criterion)
        if column == self.RECORDED:
            if row.criterion is VenueCriterion.OVERALL:
                return self.tr("—")
            return answer_text(row.criterion, row.recorded)
        if column == self.SOURCE:
            if row.criterion is VenueCriterion.OVERALL or row.recorded is None:
                return self.tr("—")
            return self.source_text(row.criterion)
        return self.aggregate_text(row.aggregate)

    def describe(self, row: CriterionRow) -> str:
        return self.tr("{criterion}: recorded {recorded} ({source}); reviewers say {agg}").format(
            criterion=criterion_label(row.criterion),
            recorded=self.display(row, self.RECORDED),
            source=self.display(row, self.SOURCE),
            agg=self.display(row, self.REVIEWERS),
        )


class ReviewsModel(RowsModel[Review]):
    """Who said what, when."""

    AUTHOR, DATE, ANSWERS, COMMENT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own_author_id = ""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reviewer"), self.tr("Date"), self.tr("Answers"), self.tr("Comment"))

    def answers_text(self, review: Review) -> str:
        parts = []
        if review.target_kind is TargetKind.VEHICLE:
            for name, value in review.criteria.items():
                try:
                    label = vehicle_criterion_label(VehicleCriterion(name))
                except ValueError:
                    label = name
                score = score_label(value) if isinstance(value, int) and 1 <= value <= 5 else value
                parts.append(f"{label}: {score}")
            return "; ".join(parts)
        for name, value in review.criteria.items():
            try:
                c = VenueCriterion(name)
            except ValueError:
                parts.append(f"{name}: {value}")
                continue
            parts.append(f"{criterion_label(c)}: {answer_text(c, value)}")
        return "; ".join(parts)

    def display(self, row: Review, column: int) -> str:
        if column == self.AUTHOR:
            name = row.author_name or self.tr("Anonymous")
            return (
                self.tr("{name} (you)").format(name=name)
                if (self.own_author_id and row.author_id == self.own_author_id)
                else name
            )
        if column == self.DATE:
            when = row.updated_at or row.created_at
            return formatting.date(when) if when else ""
        if column == self.ANSWERS:
            return self.answers_text(row)
        return row.comment

    def sort_key(self, row: Review, column: int) -> Any:
        if column == self.DATE:
            when = row.updated_at or row.created_at
            return when.isoformat() if when else ""
        return super().sort_key(row, column)

    def describe(self, row: Review) -> str:
        text = self.tr("{who} on {date}: {answers}").format(
            who=self.display(row, self.AUTHOR),
            date=self.display(row, self.DATE),
            answers=self.answers_text(row),
        )
        return f"{text}. {row.comment}" if row.comment else text
