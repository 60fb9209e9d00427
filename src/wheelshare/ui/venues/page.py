"""*Venues*: search places by how accessible they are, read every criterion with
its source, and rate a place (or edit one's own review) through the outbox."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wheelshare.cache.queries import After, VenueHit, VenueQuery
from wheelshare.domain import Location, ValidationError, Venue
from wheelshare.domain.contribution import ReportTarget
from wheelshare.sync import outbox
from wheelshare.ui.announce import announce
from wheelshare.ui.context import AppContext
from wheelshare.ui.page import Page
from wheelshare.ui.photo_source import FeedPhotoSource
from wheelshare.ui.problems import describe
from wheelshare.ui.settings import VENUES_MAP_MODE, WHEELCHAIR_PROFILE
from wheelshare.ui.venues import data, on_map
from wheelshare.ui.venues.add_dialog import AddVenueDialog
from wheelshare.ui.venues.correction_dialog import CorrectionDialog
from wheelshare.ui.venues.detail import VenueDetail
from wheelshare.ui.venues.models import ObjectRole, VenueResultsModel
from wheelshare.ui.venues.rate_dialog import RateVenueDialog
from wheelshare.ui.venues.report_dialog import ReportDialog
from wheelshare.ui.venues.search_form import VenueSearch, VenueSearchForm
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.map_panel import ResultsWithMap
from wheelshare.ui.widgets.map_view import MapView, TileSource
from wheelshare.ui.widgets.page_keys import PageKeys
from wheelshare.ui.widgets.places import PlaceFinder
from wheelshare.ui.widgets.tables import make_table, select_row

if TYPE_CHECKING:
    from wheelshare.cache import Cache


class VenuesPage(Page):
    """The *Venues* screen."""

    # Emitted with each dialog just before it opens (keyboard journeys drive it).
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.places = PlaceFinder.shared(ctx.data_dir, ctx.worker)
        self._search: VenueSearch | None = None
        self._generation = 0
        self._categories_loaded = False
        # How many venues the last answered search found; None before any answer.
        self._shown_total: int | None = None
        self._halved = False
        layout = QVBoxLayout(self)
        self.heading = Heading(parent=self)
        layout.addWidget(self.heading)
        self.form = VenueSearchForm(
            self.places.lookup,
            self,
            places_ready=lambda: self.places.is_ready,
            settings=self.ctx.settings,
        )
        self.form.search_requested.connect(self.search)
        layout.addWidget(self.form)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.count.setObjectName("resultCount")
        layout.addWidget(self.count)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        # A venue I added that the feed refused, and what to do about it.
        self.refusal = QLabel(self)
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("formError")
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)
        refusal_row = QHBoxLayout()
        self.show_existing_button = QPushButton(self)
        self.show_existing_button.setVisible(False)
        self.show_existing_button.clicked.connect(self.show_existing)
        refusal_row.addWidget(self.show_existing_button)
        self.dismiss_added_button = QPushButton(self)
        self.dismiss_added_button.setVisible(False)
        self.dismiss_added_button.clicked.connect(self.dismiss_added)
        refusal_row.addWidget(self.dismiss_added_button)
        refusal_row.addStretch(1)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_venue)
        refusal_row.addWidget(self.add_button)
        layout.addLayout(refusal_row)
        self._refused_venue: data.RefusedVenue | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.model = VenueResultsModel(self)
        self.results = make_table(self.model, "", self.splitter, sort="none")
        self.results.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count.setBuddy(self.results)
        self.with_map = ResultsWithMap(
            self.results, self.ctx.settings, VENUES_MAP_MODE, self._make_map, self.splitter
        )
        self.model.rowsInserted.connect(lambda *_: self._show_marks(fit=False))
        self.detail = VenueDetail(self.splitter)
        self.detail.gallery.source = FeedPhotoSource(ctx)
        self.detail.rate_requested.connect(self.rate)
        self.detail.dismiss_requested.connect(self.dismiss_refusal)
        self.detail.correct_requested.connect(self.correct)
        self.detail.report_requested.connect(self.report)
        self._refused_key = ""
        self._opening = ""  # the venue whose detail was asked for last
        self.splitter.addWidget(self.with_map)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        chain = [
            self.form.door_width,
            self.show_existing_button,
            self.dismiss_added_button,
            self.add_button,
            self.with_map.mode,
            self.results,
            # The detail in reading order, top to bottom.
            self.detail.source,
            self.detail.rate_button,
            self.detail.correct_button,
            self.detail.report_button,
            self.detail.dismiss_button,
            self.detail.gallery,
            self.detail.criteria_view,
            self.detail.reviews_view,
            self.detail.report_review_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

        self._set_texts()
        self.session.ready.connect(self._ready)
        self.session.data_changed.connect(self._data_changed)
        if self.session.is_ready:
            QTimer.singleShot(0, self._ready)

    def initial_focus(self) -> QWidget:
        return self.form.text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_splitter()

    def _fit_splitter(self) -> None:
        """Results beside the detail when there is room for both, else above it (large
        text); the page then scrolls rather than squeezing either."""
        chars = self.width() / max(1, self.fontMetrics().averageCharWidth())
        wide = chars >= 110
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self._halved:
            self.splitter.setOrientation(orientation)
            # Half each to start with; the person can move the handle.
            extent = self.width() if wide else self.splitter.height()
            if extent > 200:
                self.splitter.setSizes([extent // 2, extent - extent // 2])
                self._halved = True
        lines = self.fontMetrics().height()
        self.splitter.setMinimumHeight(lines * (16 if wide else 30))

    def retranslate(self) -> None:
        self.form.retranslate()
        self.with_map.retranslate()
        self.detail.retranslate()
        self._set_texts()
        # The search runs again so counts, categories and grades read right.
        venue = self.detail.venue
        if self._search is not None:
            self.search(self._search, keep_id=venue.id if venue is not None else None)
        elif venue is not None:
            self._open(venue.id)

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("Venues"))
        self.results.setAccessibleName(self.tr("Venues found"))
        self.count.setText(self._count_text())
        self.add_button.setText(self.tr("Add a venue…"))
        # Every Alt+letter of its words is taken on this screen: a shortcut instead
        # (set after the text, which would reset it).
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.add_button.setToolTip(self.tr("Add a venue missing from the map (Ctrl+N)"))
        self.show_existing_button.setText(self.tr("Show the e&xisting venue"))
        self.dismiss_added_button.setText(self.tr("Dismiss this refusal"))
        self._show_refused_venue(self._refused_venue)

    def _count_text(self) -> str:
        """The line above the results: how many match, or how to search until an
        answer has come (a search asked before the venues are loaded has none)."""
        total = self._shown_total
        if total is None:
            return self.tr(
                "Search by name, place or what the venue must have; results appear &below."
            )
        if total == 0 and self.session.state.first_sync_running:
            return self.tr(
                "Nothing yet: the first sync is still fetching the venues. "
                "The results appear when it ends."
            )
        if total == 0:
            return self.tr("No venue matches. Try fewer filters or a larger radius.")
        if total == 1:
            return self.tr("One venue matches.")
        return self.tr("{n} venues match.").format(n=total)

    # -- searching ------------------------------------------------------------

    def _ready(self) -> None:
        if not self.session.is_ready:
            return
        if not self._categories_loaded:
            self.session.query(data.categories, self._categories)
            self.session.query(data.refused_venues, self._refused_venues)
        if self._search is None:
            self.form.submit()

    def _categories(self, names: list[str]) -> None:
        self._categories_loaded = True
        self.form.set_categories(names)

    def _data_changed(self) -> None:
        if self.session.is_ready:
            self.session.query(data.refused_venues, self._refused_venues)
        if self._search is not None:
            self.search(self._search, keep_selection=True)
        else:
            self._ready()

    def page_shown(self) -> None:
        if self._search is None:
            self._ready()

    def _say(self, text: str, problem: bool = False) -> None:
        self.notice.setObjectName("formError" if problem else "formHint")
        self.notice.setText(("⚠ " if problem and text else "") + text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def search(
        self, s: VenueSearch, keep_selection: bool = False, keep_id: str | None = None
    ) -> None:
        if not self.session.is_ready:
            self._say(self.tr("The venues are still loading; the search runs when they are ready."))
            self._search = s
            return
        profile = self.ctx.settings.get(WHEELCHAIR_PROFILE)
        if s.fits_my_wheelchair and profile is None:
            self._say(
                self.tr(
                    "“Fits my wheelchair” needs your chair's measurements: enter them "
                    "under Account & settings."
                ),
                problem=True,
            )
            return
        try:
            first = data.to_query(s, profile, 0, 100)
        except ValidationError as e:
            self._say("; ".join(e.errors.values()), problem=True)
            return
        self._say("")
        self._search = s
        self._generation += 1
        generation = self._generation
        keep = keep_id or (self.detail.venue.id if keep_selection and self.detail.venue else None)

        keys: PageKeys[After] = PageKeys()  # where each page of this search ended

        def run(cache: Cache) -> tuple[int, list[VenueHit]]:
            return data.count(cache, first), data.search(cache, first, keys)

        self.session.query(
            run,
            lambda result: self._results(generation, first, result, keep, keys),
            lambda e: self._say(describe(e), problem=True),
        )

    def _results(
        self,
        generation: int,
        first: VenueQuery,
        result: tuple[int, list[VenueHit]],
        keep: str | None,
        keys: PageKeys[After] | None = None,
    ) -> None:
        if generation != self._generation:
            return  # an older search answered late
        total, hits = result
        cache = self.session.cache
        if cache is None:
            return  # the feed was switched meanwhile; its own search follows

        def fetch(offset: int, limit: int) -> list[VenueHit]:
            return data.search(cache, replace(first, offset=offset, limit=limit), keys)

        def run(
            job: Callable[[], list[VenueHit]], deliver: Callable[[list[VenueHit]], None]
        ) -> None:
            # Further pages are read on the worker as the view scrolls.
            self.ctx.worker.submit(lambda _t: job(), on_done=deliver, name="venue page")

        self.model.set_results(hits, total, fetch, run)
        self._show_marks(fit=True)
        self._shown_total = total
        text = self._count_text()
        self.count.setText(text)
        announce(self.count, text)
        if keep is not None:
            for row in range(self.model.rowCount()):
                if self.model.hit(row).venue.id == keep:
                    select_row(self.results, row)
                    self._open(keep)
                    return
        if self.model.rowCount():
            select_row(self.results, 0)
        else:
            self.detail.clear()

    # -- the map --------------------------------------------------------------

    def _make_map(self, source: TileSource, parent: QWidget) -> MapView:
        view = MapView(source, on_map.summary, parent)
        view.mark_chosen.connect(self._mark_chosen)
        view.area_requested.connect(self._search_area)
        self.form.near_me.position_chosen.connect(
            lambda where: view.set_position(where.lat, where.lon)
        )
        view.set_place_names_source(self.places.names_within(view.show_place_names))
        QTimer.singleShot(0, self, lambda: self._show_marks(fit=True))
        return view

    def _show_marks(self, fit: bool) -> None:
        view = self.with_map.map
        if view is None:
            return
        view.set_marks(on_map.marks(self.model.rows()), fit=fit)
        venue = self.detail.venue
        view.select(venue.id if venue is not None else None)

    def _mark_chosen(self, key: str) -> None:
        """A mark clicked (or chosen with Enter) chooses its row, which shows its detail."""
        for row in range(self.model.rowCount()):
            if self.model.hit(row).venue.id == key:
                select_row(self.results, row)
                self.results.scrollTo(self.model.index(row, 0))
                return

    def _search_area(self, lat: float, lon: float, radius_km: float) -> None:
        """The current search, on the part of the world the map shows."""
        base = self._search or VenueSearch()
        place = Location(lat, lon, city=self.tr("the map's area"))
        self.search(replace(base, place=place, radius_km=max(1, math.ceil(radius_km))))

    # -- the detail -------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        venue = current.siblingAtColumn(0).data(ObjectRole) if current.isValid() else None
        if isinstance(venue, Venue):
            self._open(venue.id)
            if self.with_map.map is not None:
                self.with_map.map.select(venue.id)

    def _open(self, venue_id: str) -> None:
        # Queries run side by side on the worker's pool: the answer for a venue
        # chosen before may come after this one's, and must not replace it.
        self._opening = venue_id
        if self.session.is_ready:
            self.session.query(
                lambda cache: data.detail(cache, venue_id),
                lambda d: self._show_detail(d) if venue_id == self._opening else None,
            )

    # -- what members add, correct and report ------------------------------------

    def _refused_venues(self, refused: list[data.RefusedVenue]) -> None:
        self._show_refused_venue(refused[0] if refused else None)

    def _show_refused_venue(self, refused: data.RefusedVenue | None) -> None:
        self._refused_venue = refused
        text = ""
        if refused is not None:
            text = self.tr("⚠ Your venue “{name}” was not added. {reason}").format(
                name=refused.name, reason=describe(refused.problem)
            )
        self.refusal.setText(text)
        self.refusal.setAccessibleName(text)
        self.refusal.setVisible(bool(text))
        self.show_existing_button.setVisible(bool(refused and refused.existing_id))
        self.dismiss_added_button.setVisible(refused is not None)

    def _signed_in(self, what: str) -> bool:
        if self._own_id():
            return True
        self._say(what, problem=True)
        return False

    def add_venue(self) -> None:
        if not self._signed_in(self.tr("Sign in under Account & settings to add a venue.")):
            return
        dialog = AddVenueDialog(self.places.lookup, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.location is None:
            return
        name, category, where = dialog.name, dialog.category, dialog.location
        criteria = dialog.criteria
        self.session.run_action(
            lambda cache: outbox.add_venue(cache, name, category, where, criteria, True),
            on_done=lambda _i: self._say(
                self.tr(
                    "Thank you. “{name}” waits to be sent; a moderator may check it before "
                    "it shows for everyone."
                ).format(name=name)
            ),
            on_error=lambda e: self._say(describe(e), problem=True),
        )

    def show_existing(self) -> None:
        """Finds and selects the venue the feed said was already there."""
        refused = self._refused_venue
        if refused is None or not refused.existing_id:
            return
        existing = refused.existing_id

        def found(d: data.VenueDetailData) -> None:
            if d.venue is None:
                self._say(
                    self.tr("The venue already there is not on this computer yet; sync first."),
                    problem=True,
                )
                return
            # Its name, with no filter that could hide it.
            self.form.text.setText(d.venue.name)
            self.form.clear()
            self.search(replace(self._search or VenueSearch(), text=d.venue.name), keep_id=existing)
            self.results.setFocus()

        self.session.query(lambda cache: data.detail(cache, existing), found)

    def dismiss_added(self) -> None:
        refused = self._refused_venue
        if refused is None:
            return
        key = refused.key
        self.session.run_action(
            lambda cache: outbox.dismiss(cache, key),
            on_done=lambda _r: self._show_refused_venue(None),
            on_error=lambda e: self._say(describe(e), problem=True),
            sync=False,
        )

    def correct(self, venue: Venue) -> None:
        if not self._signed_in(self.tr("Sign in under Account & settings to correct venues.")):
            return
        dialog = CorrectionDialog(venue, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fact, value, note = dialog.fact, dialog.value, dialog.note
        self.session.run_action(
            lambda cache: outbox.correct_venue(cache, venue.id, fact, value, note, True),
            on_done=lambda _i: self._open(venue.id),
            on_error=lambda e: self._say(describe(e), problem=True),
        )

    def report(self, kind: ReportTarget, target_id: str, about: str) -> None:
        if not self._signed_in(self.tr("Sign in under Account & settings to report.")):
            return
        venue_id = self.detail.venue.id if self.detail.venue is not None else ""
        dialog = ReportDialog(kind, about, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason
        self.session.run_action(
            lambda cache: outbox.report(cache, kind, target_id, reason),
            on_done=lambda _i: self._open(venue_id),
            on_error=lambda e: self._say(describe(e), problem=True),
        )

    def _own_id(self) -> str:
        return self.session.state.user_id

    def _show_detail(self, d: data.VenueDetailData) -> None:
        if d.venue is None:
            self.detail.clear()
            return
        self._refused_key = d.refused[0] if d.refused else ""
        self.detail.show_venue(
            d.venue,
            d.reviews,
            self._own_id(),
            d.review_pending,
            d.refused[1] if d.refused else None,
            d.photos,
            d.origins,
            d.corrections,
            d.reported,
        )

    def rate(self, venue: Venue) -> None:
        if not self._own_id():
            self._say(self.tr("Sign in under Account & settings to rate venues."), problem=True)
            return
        dialog = RateVenueDialog(venue, self.detail.own_review, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        criteria, comment, photos = dialog.criteria, dialog.comment, dialog.photo_changes

        def send(cache: Cache) -> object:
            item = outbox.review_venue(cache, venue.id, criteria, comment)
            for added in photos.added:
                assert added.path is not None
                outbox.add_venue_photo(
                    cache, venue.id, added.path, added.description, added.criterion.value
                )
            return item

        self.session.run_action(
            send,
            on_done=lambda _i: self._rated(venue),
            on_error=lambda e: self._say(describe(e), problem=True),
        )

    def dismiss_refusal(self) -> None:
        key, venue = self._refused_key, self.detail.venue
        if not key or venue is None:
            return
        self.session.run_action(
            lambda cache: outbox.dismiss(cache, key),
            on_done=lambda _r: self._open(venue.id),
            on_error=lambda e: self._say(describe(e), problem=True),
            sync=False,
        )

    def _rated(self, venue: Venue) -> None:
        self._say(
            self.tr("Thank you. Your review of {name} waits to be sent.").format(name=venue.name)
        )
        self._open(venue.id)
