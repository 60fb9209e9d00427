"""Table models of the venue screens: results, a venue's criteria, its reviews.

The grade is always words plus an icon (``DecorationRole``), never colour alone.
Results are fetched a page at a time as the view scrolls (``canFetchMore``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from wheelshare.cache.queries import VenueHit
from wheelshare.domain import Review, TargetKind, VehicleCriterion, Venue, VenueCriterion
from wheelshare.ui import formatting
from wheelshare.ui.reviews.vehicle_review import criterion_label as vehicle_criterion_label
from wheelshare.ui.reviews.vehicle_review import score_label
from wheelshare.ui.venues.aggregates import Aggregate, aggregate
from wheelshare.ui.venues.categories import category_label
from wheelshare.ui.venues.labels import (
    answer_text,
    criterion_label,
    grade_icon,
    grade_label,
    venue_facts,
)
from wheelshare.ui.widgets.table_model import ObjectRole, RowsModel, SortRole

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
# run(job, deliver): ``job()`` on a worker thread, ``deliver(result)`` back on this one.
Runner = Callable[[Callable[[], list[Any]], Callable[[list[Any]], None]], None]

__all__ = ["ObjectRole", "SortRole", "VenueHit"]


def _four_digit_year() -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def distance_text(km: float | None) -> str:
    return formatting.distance_km(km)


class VenueResultsModel(QAbstractTableModel):
    """Search results, loaded page by page from ``fetch(offset, limit)``."""

    NAME, GRADE, CATEGORY, CITY, DISTANCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VenueHit] = []
        self._total = 0
        self._fetch: Callable[[int, int], Sequence[VenueHit]] | None = None
        self._run: Runner | None = None
        self._generation = 0
        self._fetching = False

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Wheelchair access"),
            self.tr("Category"),
            self.tr("Place"),
            self.tr("Distance"),
        )

    def set_results(
        self,
        first_page: Sequence[VenueHit],
        total: int,
        fetch: Callable[[int, int], Sequence[VenueHit]] | None = None,
        run: Runner | None = None,
    ) -> None:
        """``fetch(offset, limit)`` reads a further page; with ``run`` it runs on the
        worker (``run(job, deliver)``) so scrolling never waits for the cache."""
        self.beginResetModel()
        self._rows = list(first_page)
        self._total = max(total, len(self._rows))
        self._fetch = fetch
        self._run = run
        self._generation += 1
        self._fetching = False
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def hit(self, row: int) -> VenueHit:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._fetching
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        fetch, offset, generation = self._fetch, len(self._rows), self._generation
        if self._run is None:
            self._append(generation, list(fetch(offset, PAGE_SIZE)))
            return
        self._fetching = True
        self._run(
            lambda: list(fetch(offset, PAGE_SIZE)), lambda more: self._append(generation, more)
        )

    def _append(self, generation: int, more: list[VenueHit]) -> None:
        if generation != self._generation:
            return  # a page of an older search
        self._fetching = False
        if not more:
            self._total = len(self._rows)  # the cache changed under us: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section] if 0 <= section < 5 else None
        return None

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        col = index.column()
        if role == ObjectRole:
            return hit.venue
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(hit, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.GRADE:
            return grade_icon(hit.venue.accessibility.wheelchair_grade)
        if role == SortRole:
            if col == self.DISTANCE:
                return hit.distance_km if hit.distance_km is not None else float("inf")
            if col == self.GRADE:
                return hit.venue.accessibility.wheelchair_grade.rank
            if col == self.CATEGORY:
                return hit.venue.category  # the key, as the cache orders and filters
            return self.display(hit, col)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(hit) if col == self.NAME else self.display(hit, col)
        return None


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

    def set_venue(self, venue: Venue, reviews: Sequence[Review]) -> None:
        self._venue = venue
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

    def source_text(self) -> str:
        v = self._venue
        if v is None:
            return ""
        if v.updated_at is None:
            return v.source.name
        day = formatting.to_qdatetime(v.updated_at).date()
        return self.tr("{source}, {date}").format(
            source=v.source.name, date=QLocale().toString(day, _four_digit_year())
        )

    def _answers(self, n: int) -> str:
        return self.tr("1 answer") if n == 1 else self.tr("{n} answers").format(n=n)

    def aggregate_text(self, agg: Aggregate | None) -> str:
        if agg is None:
            return self.tr("No answers yet")
        if agg.most_common is not None:
            return self.tr("Mostly “{grade}” ({answers})").format(
                grade=answer_text(agg.criterion, agg.most_common),
                answers=self._answers(agg.answers),
            )
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
            return self.source_text()
        return self.aggregate_text(row.aggregate)

    def describe(self, row: CriterionRow) -> str:
        return self.tr("{criterion}: recorded {recorded}; reviewers say {agg}").format(
            criterion=criterion_label(row.criterion),
            recorded=self.display(row, self.RECORDED),
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
