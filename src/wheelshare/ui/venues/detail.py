"""One venue: every criterion with its source and date, what reviewers said, and
*Rate this venue* (or *Edit your review*)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape, unescape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Review, Venue
from wheelshare.domain.contribution import FactOrigin, ReportTarget
from wheelshare.domain.photo import Photo
from wheelshare.domain.problems import Problem
from wheelshare.geo import OPENSTREETMAP
from wheelshare.sync.outbox import WaitingCorrection
from wheelshare.ui import formatting
from wheelshare.ui.problems import describe
from wheelshare.ui.venues.categories import category_label
from wheelshare.ui.venues.labels import answer_text, criterion_label, grade_icon, grade_label
from wheelshare.ui.venues.models import CriteriaModel, ReviewsModel
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.gallery import PhotoGallery
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.scrolling_form import scrolling_body
from wheelshare.ui.widgets.tables import (
    fit_header,
    keep_current_in_view,
    select_on_first_arrow,
    stretch_without_cutting,
)
from wheelshare.ui.widgets.text import keyboard_selectable, mark_data


def _table(model: CriteriaModel | ReviewsModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    fit_header(view)
    select_on_first_arrow(view)
    # The pane scrolls as a whole: it follows the row the arrows move to.
    keep_current_in_view(view)
    stretch_without_cutting(view)
    return view


def _fit_height(view: QTableView) -> None:
    """Shows every row: the detail pane scrolls as a whole instead."""
    view.resizeRowsToContents()
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    for row in range(view.model().rowCount()):
        height += view.rowHeight(row)
    scrollbar = view.horizontalScrollBar()
    view.setFixedHeight(height + (scrollbar.sizeHint().height() if scrollbar.isVisible() else 0))


def _newest_first(r: Review) -> float:
    when = r.updated_at or r.created_at
    return -when.timestamp() if when else 0.0


class VenueDetail(QWidget):
    """Shows one venue; ``rate_requested(venue)`` when the person wants to rate it."""

    rate_requested = Signal(object)
    dismiss_requested = Signal()
    correct_requested = Signal(object)
    # (ReportTarget, target id, what it is in words)
    report_requested = Signal(object, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.venue: Venue | None = None
        self.own_review: Review | None = None
        self.reported: frozenset[str] = frozenset()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body, layout = scrolling_body(self, outer)

        self.empty = QLabel(body)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.content = QWidget(body)
        c_l = QVBoxLayout(self.content)
        c_l.setContentsMargins(0, 0, 0, 0)
        self.title = Heading(parent=self.content, scale=DETAIL, wrap=True)
        c_l.addWidget(self.title)
        self.where = QLabel(self.content)
        self.where.setWordWrap(True)
        c_l.addWidget(self.where)

        grade_row = QHBoxLayout()
        self.grade_icon = QLabel(self.content)
        grade_row.addWidget(self.grade_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.grade_text = QLabel(self.content)
        self.grade_text.setWordWrap(True)
        gf = self.grade_text.font()
        gf.setBold(True)
        self.grade_text.setFont(gf)
        grade_row.addWidget(self.grade_text, 1)
        c_l.addLayout(grade_row)

        self.source = QLabel(self.content)
        self.source.setWordWrap(True)
        self.source.setOpenExternalLinks(True)
        # Tab reaches its links: framed like every control that has the focus.
        keyboard_selectable(self.source, links=True)
        c_l.addWidget(self.source)
        self.description = QLabel(self.content)
        self.description.setWordWrap(True)
        c_l.addWidget(self.description)

        # The detail pane is as narrow as half the window: the buttons wrap to
        # a new line rather than being squeezed until their words are cut.
        actions_row = QWidget(self.content)
        actions_row.setSizePolicy(flow_policy())
        actions = FlowLayout(actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.rate_button = QPushButton(self.content)
        self.rate_button.clicked.connect(
            lambda: self.venue and self.rate_requested.emit(self.venue)
        )
        actions.addWidget(self.rate_button)
        self.correct_button = QPushButton(self.content)
        self.correct_button.clicked.connect(
            lambda: self.venue and self.correct_requested.emit(self.venue)
        )
        actions.addWidget(self.correct_button)
        self.report_button = QPushButton(self.content)
        self.report_button.clicked.connect(self._report_venue)
        actions.addWidget(self.report_button)
        c_l.addWidget(actions_row)
        self.contributions = QLabel(self.content)
        self.contributions.setWordWrap(True)
        self.contributions.setVisible(False)
        c_l.addWidget(self.contributions)
        self.pending = QLabel(self.content)
        self.pending.setWordWrap(True)
        self.pending.setVisible(False)
        c_l.addWidget(self.pending)
        self.dismiss_button = QPushButton(self.content)
        self.dismiss_button.setVisible(False)
        self.dismiss_button.clicked.connect(self.dismiss_requested)
        dismiss_row = QHBoxLayout()
        dismiss_row.addWidget(self.dismiss_button)
        dismiss_row.addStretch(1)
        c_l.addLayout(dismiss_row)

        self.photos_heading = QLabel(self.content)
        self.photos_heading.setObjectName("sectionHeading")
        c_l.addWidget(self.photos_heading)
        self.gallery = PhotoGallery(self.content)
        c_l.addWidget(self.gallery)

        self.criteria_heading = QLabel(self.content)
        self.criteria_heading.setObjectName("sectionHeading")
        c_l.addWidget(self.criteria_heading)
        self.criteria = CriteriaModel(self)
        self.criteria_view = _table(self.criteria, "", self.content)
        c_l.addWidget(self.criteria_view)

        self.reviews_heading = QLabel(self.content)
        self.reviews_heading.setObjectName("sectionHeading")
        c_l.addWidget(self.reviews_heading)
        self.reviews = ReviewsModel(self)
        self.reviews_view = _table(self.reviews, "", self.content)
        c_l.addWidget(self.reviews_view)
        report_row = QHBoxLayout()
        self.report_review_button = QPushButton(self.content)
        self.report_review_button.setEnabled(False)
        self.report_review_button.clicked.connect(self._report_review)
        self.reviews_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._name_report_review()
        )
        report_row.addWidget(self.report_review_button)
        say_why_greyed(self.report_review_button, self._why_no_review_report)
        say_why_greyed(self.report_button, lambda: self.tr("You already reported this venue."))
        report_row.addStretch(1)
        c_l.addLayout(report_row)
        self.no_reviews = QLabel(self.content)
        self.no_reviews.setWordWrap(True)
        c_l.addWidget(self.no_reviews)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.content.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts that do not depend on the venue, in the language now in use;
        the owner shows the venue again for the rest."""
        self.empty.setText(self.tr("Choose a venue in the results to see how accessible it is."))
        self._name_rate_button()
        self.dismiss_button.setText(self.tr("Dismiss &this message"))
        self.photos_heading.setText(self.tr("Photos"))
        self.correct_button.setText(self.tr("Propose a correc&tion…"))
        self.report_button.setText(self.tr("Report this ve&nue…"))
        self._name_report_review()
        self.criteria_heading.setText(self.tr("Accessibility, criterion by criterion"))
        self.criteria_view.setAccessibleName(self.tr("Accessibility criteria"))
        self.reviews_view.setAccessibleName(self.tr("Reviews"))
        self.no_reviews.setText(self.tr("Nobody has reviewed this place yet. Be the first."))

    def _name_rate_button(self) -> None:
        self.rate_button.setText(
            self.tr("Edit yo&ur review") if self.own_review else self.tr("Rate this ven&ue")
        )

    def _selected_review(self) -> Review | None:
        index = self.reviews_view.currentIndex()
        return self.reviews.row_object(index.row()) if index.isValid() else None

    def _name_report_review(self) -> None:
        review = self._selected_review()
        if review is not None and review.id in self.reported:
            self.report_review_button.setText(self.tr("You reported this review"))
            self.report_review_button.setEnabled(False)
        else:
            self.report_review_button.setText(self.tr("Rep&ort the review selected above…"))
            self.report_review_button.setEnabled(review is not None)

    def _why_no_review_report(self) -> str:
        if self._selected_review() is None:
            return self.tr("Choose a review in the list above first.")
        return self.tr("You already reported this review.")

    def _report_venue(self) -> None:
        if self.venue is not None:
            self.report_requested.emit(ReportTarget.VENUE, self.venue.id, self.venue.name)

    def _report_review(self) -> None:
        review = self._selected_review()
        if review is not None:
            about = self.reviews.describe(review)
            self.report_requested.emit(ReportTarget.REVIEW, review.id, about)

    def _waiting_text(self, corrections: Sequence[WaitingCorrection]) -> str:
        lines = []
        for w in corrections:
            words = {
                "fact": criterion_label(w.fact),
                "value": answer_text(w.fact, w.value),
            }
            if w.state == "moderation":
                line = self.tr("ⓘ Your correction of {fact} (to {value}) waits for a moderator.")
            elif w.problem is not None:
                line = self.tr("⚠ Your correction of {fact} (to {value}) was refused. {reason}")
                words["reason"] = describe(w.problem)
            else:
                line = self.tr(
                    "ⓘ Your correction of {fact} (to {value}) waits to be sent with the next sync."
                )
            lines.append(line.format(**words))
        return "\n".join(lines)

    def show_venue(
        self,
        venue: Venue,
        reviews: Sequence[Review],
        own_author_id: str = "",
        review_pending: bool = False,
        refused: Problem | None = None,
        photos: Sequence[Photo] = (),
        origins: dict[str, FactOrigin] | None = None,
        corrections: Sequence[WaitingCorrection] = (),
        reported: frozenset[str] = frozenset(),
    ) -> None:
        self.venue = venue
        self.reported = reported
        self.gallery.show_photos(photos)
        self.gallery.setVisible(bool(photos))
        self.photos_heading.setVisible(bool(photos))
        self.empty.setVisible(False)
        self.content.setVisible(True)
        self.title.setText(venue.name)
        mark_data(self.title, venue.name)
        where = ", ".join(
            p
            for p in (category_label(venue.category), venue.location.address, venue.location.city)
            if p
        )
        self.where.setText(where)
        mark_data(self.where, venue.location.address, venue.location.city)
        grade = venue.accessibility.wheelchair_grade
        size = self.fontMetrics().height() * 2
        self.grade_icon.setPixmap(grade_icon(grade).pixmap(size, size))
        self.grade_icon.setAccessibleName(grade_label(grade))
        self.grade_text.setText(grade_label(grade))

        src = venue.source
        updated = (
            self.tr(", updated {date}").format(date=formatting.date(venue.updated_at))
            if venue.updated_at
            else ""
        )
        text = self.tr("Source: {source}{updated}.").format(
            source=escape(src.name), updated=updated
        )
        if src.url:
            text += " " + self.tr('<a href="{url}">Open the record at {source}</a>').format(
                url=escape(src.url, quote=True), source=escape(src.name)
            )
        if src.name.casefold() == "openstreetmap":
            # The ODbL asks for the notice wherever the data is shown.
            text += " " + self.tr(
                '© <a href="{url}">OpenStreetMap contributors</a>, '
                "data available under the Open Database License (ODbL 1.0)."
            ).format(url=escape(OPENSTREETMAP.url, quote=True))
        self.source.setText(text)
        mark_data(self.source, src.name)
        self.source.setAccessibleName(unescape(re.sub(r"<[^>]+>", "", text)).strip())
        descriptions = [t for t in venue.accessibility.description.values() if t]
        self.description.setText("\n".join(descriptions))
        self.description.setVisible(bool(descriptions))

        self.own_review = next(
            (r for r in reviews if own_author_id and r.author_id == own_author_id), None
        )
        self._name_rate_button()
        if refused is not None:
            text = self.tr("⚠ Your review was refused. {reason}").format(reason=describe(refused))
        elif review_pending:
            text = self.tr(
                "ⓘ Your review is waiting to be sent; it will show here after the next sync."
            )
        else:
            text = ""
        self.pending.setText(text)
        self.pending.setAccessibleName(text)
        self.pending.setVisible(bool(text))
        self.dismiss_button.setVisible(refused is not None)
        lines = [self._waiting_text(corrections)] if corrections else []
        if venue.id in reported:
            lines.append(self.tr("ⓘ You reported this venue; a moderator will look at it."))
        said = "\n".join(lines)
        self.contributions.setText(said)
        self.contributions.setAccessibleName(said)
        self.contributions.setVisible(bool(said))
        self.report_button.setEnabled(venue.id not in reported)

        self.criteria.set_venue(venue, reviews, origins)
        self.reviews.own_author_id = own_author_id
        self.reviews.set_rows(sorted(reviews, key=_newest_first))
        self.reviews_heading.setText(self.tr("Reviews ({n})").format(n=len(reviews)))
        self.reviews_view.setVisible(bool(reviews))
        self.no_reviews.setVisible(not reviews)
        _fit_height(self.criteria_view)
        _fit_height(self.reviews_view)
        self._name_report_review()

    def clear(self) -> None:
        self.venue = None
        self.content.setVisible(False)
        self.empty.setVisible(True)
