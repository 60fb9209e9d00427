"""*Find a vehicle*: the search form, the results and the detail pane."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Location, Period, Vehicle
from wheelshare.ui import announce, formatting
from wheelshare.ui.context import AppContext
from wheelshare.ui.find import on_map
from wheelshare.ui.find.criteria import SearchCriteria, SortKey
from wheelshare.ui.find.detail_pane import VehicleDetailPane
from wheelshare.ui.find.details import VehicleDetails
from wheelshare.ui.find.geocoding import PlaceGeocoder
from wheelshare.ui.find.results_model import VehicleResultsModel
from wheelshare.ui.find.review_dialog import BookingReviewDialog
from wheelshare.ui.find.search_form import SearchForm
from wheelshare.ui.find.sent_request import SentRequest
from wheelshare.ui.page import Page
from wheelshare.ui.photo_source import FeedPhotoSource
from wheelshare.ui.problems import describe
from wheelshare.ui.session import SyncState, import_on_worker
from wheelshare.ui.settings import FIND_MAP_MODE
from wheelshare.ui.widgets.map_panel import ResultsWithMap
from wheelshare.ui.widgets.map_view import MapView, TileSource
from wheelshare.ui.widgets.page_keys import PageKeys
from wheelshare.ui.widgets.places import PlaceFinder
from wheelshare.ui.widgets.table_model import ObjectRole
from wheelshare.ui.widgets.tables import make_table, select_row
from wheelshare.ui.worker import TaskContext, TaskHandle

if TYPE_CHECKING:
    from wheelshare.cache.queries import After, VehicleHit
    from wheelshare.sync.outbox import OutboxItem

SPLITTER_KEY = "find/sidebar_splitter"
RIGHT_SPLITTER_KEY = "find/results_splitter"
# Room, in average characters, for the results and the detail side by side;
# with less the detail goes under the results.
SIDE_BY_SIDE_CHARS = 100
# The sidebar's width in average characters: at least enough to read a
# label and its field, at most a share of the screen that leaves the results
# room for several columns.
SIDEBAR_MIN_CHARS = 26
SIDEBAR_MAX_SHARE = 0.5


def _data() -> ModuleType:
    """The cache queries, imported where they run (on the worker): importing the
    database layer takes a second, which the first window must not wait for."""
    from wheelshare.ui.find import data

    return data


def _early() -> ModuleType:
    """The first results' reads, before the cache is open (no SQLAlchemy)."""
    return import_on_worker("wheelshare.ui.find.early")


class FindPage(Page):
    # Each dialog as it opens (the review step), for tests and the help page.
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.criteria: SearchCriteria | None = None
        self._keep: str | None = None  # the vehicle to select again after a new search
        self._detail_task: TaskHandle[VehicleDetails] | None = None
        self._places_task: TaskHandle[list[Location]] | None = None
        # One gazetteer for every screen of the app, opened on the worker when a
        # place is first typed (until it is ready, the synced towns complete).
        self._finder: PlaceFinder | None = None

        self.form = SearchForm(ctx.settings)
        self.form_scroll = form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form)

        self.model = VehicleResultsModel(ctx.worker, self)
        self.table = make_table(self.model, "", None, sort="model", widths="own")
        self.table.setObjectName("vehicleResults")
        # One line a vehicle; the person widens a column to read more.
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setSortIndicator(self.model.COL_DISTANCE, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self.count_label.setWordWrap(True)
        # What the count line says, as a function: said again after a language change.
        self._count_text: Callable[[], str] = lambda: self.tr(
            "Vehicles appear here once the data is ready."
        )

        results = QWidget()
        rl = QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.form.sort_row)
        rl.addWidget(self.count_label)
        self.with_map = ResultsWithMap(self.table, ctx.settings, FIND_MAP_MODE, self._make_map)
        rl.addWidget(self.with_map, 1)

        self.detail = VehicleDetailPane()
        self.detail.gallery.source = FeedPhotoSource(ctx)
        # The results and the detail: side by side, or the detail under the
        # results when the text is large or the window narrow.
        self.right = QSplitter(Qt.Orientation.Horizontal)
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(results)
        self.right.addWidget(self.detail)
        # The filters in a column of their own on the left, the full height of
        # the screen; the results beside them follow every change.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(form_scroll)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._mode = ""
        self._arrange()
        self.retranslate()

        self.form.search_requested.connect(self.search)
        self.form.place_typed.connect(self._complete_place)
        self.form.place_lookup_requested.connect(self._look_up_place)
        self.model.count_changed.connect(self._count_changed)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.failed.connect(self._query_failed)
        self.model.sort_requested.connect(self._sort_requested)
        self.model.modelReset.connect(self._select_first_if_none)
        # A search's first page in: its marks, zoomed to fit.
        self.model.loading_changed.connect(self._marks_after_search)
        self.model.rowsInserted.connect(lambda *_: self._show_marks(fit=False))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.book_requested.connect(self.book)
        self.sent_request = SentRequest(ctx.session, self.detail)
        ctx.session.data_changed.connect(self._data_changed)
        ctx.session.state_changed.connect(self._state_changed)
        self._state_changed(ctx.session.state)
        if ctx.session.is_ready:
            QTimer.singleShot(0, self, self.form.submit)
        elif ctx.session.early_cache_dir() is not None:
            # At once: the read then starts before the session's first imports.
            self.form.submit()

    # ----------------------------------------------------------- page hooks
    def initial_focus(self) -> QWidget:
        return self.form.place_edit

    def page_closing(self) -> None:
        self._save_splitters()

    def _restore_splitters(self) -> bool:
        """The sizes the person gave the parts in this arrangement, if any."""
        store = self.ctx.settings.qsettings
        restored = False
        for key, splitter in ((SPLITTER_KEY, self.splitter), (RIGHT_SPLITTER_KEY, self.right)):
            state = store.value(f"{key}/{self._mode}")
            if state is not None:
                restored = splitter.restoreState(state) or restored
        return restored

    def _save_splitters(self) -> None:
        store = self.ctx.settings.qsettings
        store.setValue(f"{SPLITTER_KEY}/{self._mode}", self.splitter.saveState())
        store.setValue(f"{RIGHT_SPLITTER_KEY}/{self._mode}", self.right.saveState())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # a language change: retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
            self._arrange()

    def retranslate(self) -> None:
        """The screen's own texts in the language now in use (the form and the
        detail pane retranslate themselves); results and selection stay."""
        self.form_scroll.setAccessibleName(self.tr("Search"))
        self.table.setAccessibleName(self.tr("Vehicles found"))
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.count_label.setText(self._count_text())
        self.with_map.retranslate()
        self.model.retranslate()
        self._fit_columns()
        # Longer words in another language: the sidebar keeps room for them.
        QTimer.singleShot(0, self, self._size_sidebar)

    def _say(self, text: Callable[[], str], aloud: bool = False) -> None:
        """Puts ``text()`` on the count line (and announces it when ``aloud``)."""
        self._count_text = text
        self.count_label.setText(text())
        if aloud:
            announce.announce(self.count_label, self.count_label.text())

    def _arrange(self) -> None:
        """The detail beside the results when there is room for about 100
        characters right of the sidebar; otherwise under them."""
        self._size_sidebar()
        room = self.width() - self.form_scroll.width()
        chars = room / max(1, self.fontMetrics().averageCharWidth())
        mode = "beside" if chars >= SIDE_BY_SIDE_CHARS else "below"
        if mode == self._mode:
            return
        if self._mode:
            self._save_splitters()
        self._mode = mode
        line = self.fontMetrics().height()
        self.table.setMinimumHeight(self._five_rows())
        if mode == "beside":
            self.right.setOrientation(Qt.Orientation.Horizontal)
            self.right.setStretchFactor(0, 3)
            self.right.setStretchFactor(1, 2)
            self.detail.setMinimumHeight(0)
            # Never so narrow that the booking button's words are cut.
            self.detail.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        else:
            # The results first (five rows at least), the detail under them (a
            # few lines, scrolling); on a short screen at large text, under the
            # notices above the screens, both still show.
            self.right.setOrientation(Qt.Orientation.Vertical)
            self.right.setStretchFactor(0, 2)
            self.right.setStretchFactor(1, 1)
            self.detail.setMinimumHeight(line * 2)
            self.detail.setMinimumWidth(0)
        if not self._restore_splitters():
            form = self._form_width()
            rest = max(1, self.width() - form)
            self.splitter.setSizes([form, rest])
            # Three fifths for the results, two for the detail beside them.
            self.right.setSizes([rest * 3 // 5, rest * 2 // 5] if mode == "beside" else [2, 1])

    def _five_rows(self) -> int:
        """The results' height for five rows, with their header and scroll bar:
        fewer, and choosing a vehicle means scrolling after every few."""
        table = self.table
        return (
            table.verticalHeader().defaultSectionSize() * 5
            + table.horizontalHeader().sizeHint().height()
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )

    def _size_sidebar(self) -> None:
        """The sidebar keeps room for the form's widest line (within its share)."""
        self.form_scroll.setMinimumWidth(self._form_width())

    def _form_width(self) -> int:
        """Room for the form's widest line, so it does not scroll sideways; at
        most a share of the page, so the results keep several columns."""
        scrollbar = self.form_scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.form_scroll.frameWidth() + 4
        wanted = self.form.minimumSizeHint().width() + scrollbar + frame
        floor = self.fontMetrics().averageCharWidth() * SIDEBAR_MIN_CHARS
        return max(floor, min(wanted, int(self.width() * SIDEBAR_MAX_SHARE)))

    def _fit_columns(self) -> None:
        """Room for each heading and a typical value, measured in the current font."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setMinimumHeight(header.fontMetrics().height() + 14)
        typical = {
            self.model.COL_TITLE: "Renault Kangoo TPMR",
            self.model.COL_PLACE: "Saint-Étienne",
            self.model.COL_DISTANCE: "1,000 km",
            self.model.COL_PRICE: "€1,000.00",
            self.model.COL_RATING: "Not rated yet",
            self.model.COL_PLACES: "4",
            self.model.COL_BOOKING: "On request",
        }
        hfm = header.fontMetrics()
        for column, sample in typical.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # The heading also needs room for the sort arrow.
            width = max(fm.horizontalAdvance(sample), hfm.horizontalAdvance(title) + hfm.height())
            self.table.setColumnWidth(column, width + 24)

    # ------------------------------------------------------------- searching
    def _state_changed(self, state: SyncState) -> None:
        if not state.signed_in_as:
            self.detail.set_booking_allowed(
                False, lambda: self.tr("Sign in under “Account & settings” to book.")
            )
        else:
            self.detail.set_booking_allowed(True)

    def _data_changed(self) -> None:
        if not self.ctx.session.is_ready:
            self.model.clear()
            self.detail.show_empty()
            return
        if self.criteria is None:
            self.form.submit()
        else:
            self.search(self.criteria, keep_selection=True)

    def search(self, criteria: SearchCriteria, keep_selection: bool = False) -> None:
        self.criteria = criteria
        self._keep = self._selected_id() if keep_selection else None
        cache = self.ctx.session.cache
        early = self.ctx.session.early_cache_dir() if cache is None else None
        if cache is not None:
            keys: PageKeys[After] = PageKeys()  # where each page of this search ended
            self.model.load(
                lambda size, task: _data().first_page(cache, criteria, size, task, keys),
                lambda offset, size, task: _data().page(cache, criteria, offset, size, task, keys),
            )
        elif early is not None:
            # What is on disk, listed while the cache opens; searched again
            # through it once open (data_changed).
            self.model.load(
                lambda size, task: _early().first_page(early, criteria, size, task),
                lambda offset, size, task: _early().page(early, criteria, offset, size, task),
            )
        else:
            self._say(lambda: self.tr("Waiting for the data to be ready…"))
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_for(criteria.sort), Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _sort_requested(self, key: SortKey) -> None:
        if key is SortKey.DISTANCE and (self.criteria is None or self.criteria.location is None):
            self._say(lambda: self.tr("Choose a place to sort by distance."))
            key = SortKey.PRICE
        # The sort box re-runs the search with the new order.
        if self.form.sort_combo.currentData() != key:
            self.form.set_sort(key)
        elif self.criteria is not None:
            self.form.submit()

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._say(lambda: self.tr("Searching…"))

    def _count_changed(self, count: int) -> None:
        if self.model.loading:
            return
        where = self.criteria.place if self.criteria and self.criteria.place else ""
        self._say(lambda: self._count_words(count, where), aloud=True)

    def _count_words(self, count: int, where: str) -> str:
        if count == 0 and self.ctx.session.state.first_sync_running:
            text = self.tr(
                "Nothing yet: the first sync is still fetching the vehicles. "
                "The results appear when it ends."
            )
        elif count == 0:
            text = self.tr("No vehicle matches. Try a larger radius or fewer requirements.")
        elif where:
            text = formatting.plural(
                self.tr("%n vehicle(s) found near {place}", "", count), count
            ).format(place=where)
        else:
            text = formatting.plural(self.tr("%n vehicle(s) found", "", count), count)
        return text.replace(str(count), QLocale().toString(count), 1) if count >= 1000 else text

    def _query_failed(self, error: BaseException) -> None:
        if not self.ctx.session.is_ready:
            # The file could not be read before the cache opens (an older
            # version to migrate, say): the search runs again once it is open.
            self._say(lambda: self.tr("Waiting for the data to be ready…"))
            return
        problem = describe(error)
        self._say(
            lambda: self.tr(
                "The search did not work: {problem}. Try again, or sync if the data seems old."
            ).format(problem=problem),
            aloud=True,
        )

    def _select_first_if_none(self) -> None:
        keep = self._keep
        if keep:
            for row in range(self.model.rowCount()):
                hit = self.model.row_object(row)
                if hit is not None and hit.vehicle.id == keep:
                    select_row(self.table, row)
                    return
        if self.model.rowCount() == 0:
            self.detail.show_empty()

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        hit = rows[0].data(ObjectRole)
        return hit.vehicle.id if hit is not None else None

    # -------------------------------------------------------------------- map
    def _make_map(self, source: TileSource, parent: QWidget) -> MapView:
        view = MapView(source, on_map.summary, parent)
        view.mark_chosen.connect(self._mark_chosen)
        view.area_requested.connect(self._search_area)
        self.form.near_me.position_chosen.connect(
            lambda where: view.set_position(where.lat, where.lon)
        )
        finder = PlaceFinder.shared(self.ctx.data_dir, self.ctx.worker)
        view.set_place_names_source(finder.names_within(view.show_place_names))
        QTimer.singleShot(0, self, lambda: self._show_marks(fit=True))
        return view

    def _marks_after_search(self, loading: bool) -> None:
        if not loading:
            self._show_marks(fit=True)

    def _show_marks(self, fit: bool) -> None:
        view = self.with_map.map
        if view is None or self.model.loading:
            return
        view.set_marks(on_map.marks(self.model.rows()), fit=fit)
        view.select(self._selected_id())

    def _mark_chosen(self, key: str) -> None:
        """A mark clicked (or chosen with Enter) chooses its row, which shows its detail."""
        for row in range(self.model.rowCount()):
            hit = self.model.row_object(row)
            if hit is not None and hit.vehicle.id == key:
                select_row(self.table, row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _search_area(self, lat: float, lon: float, radius_km: float) -> None:
        """The current search, on the part of the world the map shows."""
        area = self.tr("the map's area")
        self.search(
            replace(
                self.criteria or SearchCriteria(),
                place=area,
                location=Location(lat, lon, city=area),
                radius_km=max(1, math.ceil(radius_km)),
            )
        )

    # ----------------------------------------------------------------- detail
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        hit = rows[0].data(ObjectRole)
        if hit is not None:
            self.show_vehicle(hit)
            if self.with_map.map is not None:
                self.with_map.map.select(hit.vehicle.id)

    def show_vehicle(self, hit: VehicleHit) -> None:
        cache = self.ctx.session.cache
        criteria = self.criteria or SearchCriteria()
        if cache is None:
            return
        if self._detail_task is not None:
            self._detail_task.cancel()
        self._detail_task = self.ctx.worker.submit(
            lambda task: _data().details(cache, hit, criteria, task),
            on_done=self._details_arrived,
            on_error=lambda e: self.detail.show_empty(
                lambda: self.tr("This vehicle could not be shown: {problem}").format(
                    problem=describe(e)
                )
            ),
            name="vehicle details",
        )

    def _details_arrived(self, details: VehicleDetails) -> None:
        self._detail_task = None
        self.detail.show_details(details)

    # ---------------------------------------------------------------- booking
    def book(self, vehicle: Vehicle, period: Period) -> None:
        """Shows the review step; sends only once the person confirms there."""
        details = self.detail.details
        quote = details.quote if details is not None and details.period == period else None
        dialog = BookingReviewDialog(vehicle, period, quote, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.send_booking(vehicle, period)

    def send_booking(self, vehicle: Vehicle, period: Period) -> None:
        from wheelshare.sync import outbox

        self.detail.set_sending(vehicle.id)

        def queued(item: OutboxItem) -> None:
            self.detail.set_sending(None)
            # Waiting to be sent, then sent (or why not): as the outbox says.
            self.sent_request.track(vehicle, item.key)

        def refused(error: BaseException) -> None:
            self.detail.set_sending(None)

            def text() -> str:
                return self.tr("Not sent: {problem}").format(problem=describe(error))

            self.detail.show_note(vehicle.id, text)
            QMessageBox.warning(self, self.tr("Booking not sent"), text())

        self.ctx.session.run_action(
            lambda cache: outbox.request_booking(cache, vehicle.id, period),
            on_done=queued,
            on_error=refused,
        )

    # ------------------------------------------------------------- completion
    def _look_up_place(self, text: str) -> None:
        geocoder = PlaceGeocoder.shared(self.ctx.data_dir, self.ctx.worker)
        if not geocoder.network_allowed:
            self.form.place_not_found(text)
            return
        geocoder.search(
            text,
            on_done=lambda answer: self.form.place_answer(text, answer),
            on_error=lambda error: self.form.place_lookup_failed(text, error),
        )

    def _complete_place(self, prefix: str) -> None:
        if len(prefix) < 2:
            return
        if self._places_task is not None:
            self._places_task.cancel()
        if self._finder is None:
            self._finder = PlaceFinder.shared(self.ctx.data_dir, self.ctx.worker)
        finder = self._finder
        cache = self.ctx.session.cache

        def lookup(_task: TaskContext) -> list[Location]:
            from wheelshare.ui.find.data import complete_place

            return complete_place(finder, cache, prefix)

        self._places_task = self.ctx.worker.submit(
            lookup, on_done=self.form.set_place_choices, on_error=lambda _e: None, name="places"
        )
