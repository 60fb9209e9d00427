"""The results map: Qt's own map (the QML ``Map`` of QtLocation) in a widget,
with the summary of what is in view, "Search this area" and keyboard use.

The list beside it stays the complete view; the map only adds where things
are. Everything on it can be reached without a mouse: the map takes the focus
with a frame, arrows pan, + and − zoom, Tab and Shift+Tab go from mark to mark
in the list's order (then on to the next control) and Enter chooses the mark's
row. The summary line says what is in view and is read out when it changes.

The scene is drawn by Qt Quick's software renderer: a flat map needs no GPU,
and it then draws the same on every machine, over remote desktops and on the
headless platform the tests use.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QRegion
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtPositioning import QGeoCoordinate
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickWindow, QSGRendererInterface
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wheelshare import __version__
from wheelshare.paths import resource
from wheelshare.ui import theme
from wheelshare.ui.announce import announce
from wheelshare.ui.widgets import map_marks
from wheelshare.ui.widgets.map_clusters import ClusterModel, Drawn
from wheelshare.ui.widgets.map_colours import map_colours
from wheelshare.ui.widgets.map_marks import Mark

log = logging.getLogger(__name__)

USER_AGENT = f"wheelshare/{__version__} (desktop app; https://wheelshare.org)"
TILE_CACHE_BYTES = 200 * 1024 * 1024  # the tiles kept on disk, at most
PAN_FRACTION = 0.25  # an arrow key moves the view by a quarter of its size
# Marks and clusters are worked out again this long after the view stops moving.
SETTLE_MS = 120
# The most markers and clusters handed to the map at once.
MAX_DRAWN = 300

_software_set = False


def _use_software_renderer() -> None:
    """Before the first Qt Quick window: the software scene graph (see above)."""
    global _software_set
    if not _software_set:
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        _software_set = True


class TileSource:
    """Where tiles come from, and what the map says about them."""

    def __init__(self, url_template: str, attribution: str, cache_dir: Path) -> None:
        self.url_template = url_template  # "" for none: a plain background
        self.attribution = attribution
        self.cache_dir = cache_dir

    def tile_url(self, zoom: int, x: int, y: int) -> str:
        return (
            self.url_template.replace("%z", str(zoom)).replace("%x", str(x)).replace("%y", str(y))
        )


class _MapFrame(QWidget):
    """What takes the focus for the map: the QML view inside a 3 px frame drawn
    in the theme's focus colour, taking the keys a map needs. (A widget of its
    own, so the frame is drawn, and grabbed, like every other control's.)"""

    key_action = Signal(str)
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_KeyCompression, False)
        self.quick = QQuickWidget(self)
        # A click on the map gives the frame the focus; the view itself never has it.
        self.quick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick.installEventFilter(self)
        layout = QVBoxLayout(self)
        border = theme.FOCUS_WIDTH_PX
        layout.setContentsMargins(border, border, border, border)
        layout.addWidget(self.quick)
        # Tab moves between marks until the last, then on (focusNextPrevChild).
        self.step: Callable[[bool], bool] = lambda _forward: False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.quick and event.type() == QEvent.Type.MouseButtonPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = theme.colour("focus") if self.hasFocus() else self.palette().window().color()
        width = theme.FOCUS_WIDTH_PX
        inner = self.rect().adjusted(width, width, -width, -width)
        outside = QRegion(self.rect()).subtracted(QRegion(inner))
        painter.setClipRegion(outside)
        painter.fillRect(self.rect(), colour)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_Down: "down",
            Qt.Key.Key_Plus: "in",
            Qt.Key.Key_Equal: "in",
            Qt.Key.Key_Minus: "out",
            Qt.Key.Key_Underscore: "out",
            Qt.Key.Key_Return: "choose",
            Qt.Key.Key_Enter: "choose",
            Qt.Key.Key_Space: "choose",
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.key_action.emit(action)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus() and self.step(next):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
        self.focus_changed.emit(False)


class MapView(QWidget):
    """A results map with its summary line and "Search this area"."""

    mark_chosen = Signal(str)  # the key of a mark clicked, or chosen with Enter
    # "Search this area": the view's centre and the radius that covers it.
    area_requested = Signal(float, float, float)

    def __init__(
        self,
        source: TileSource,
        summary: Callable[[Sequence[Mark]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _use_software_renderer()
        self._source = source
        self._summary = summary
        self._marks: list[Mark] = []
        self._index = map_marks.MarkIndex([])
        # The clusters drawn cover this area: (zoom level, centre x, y, half width,
        # half height) in world units at zoom 0; a pan within it redraws nothing.
        self._drawn_for: tuple[int, float, float, float, float] | None = None
        self._by_key: dict[str, Mark] = {}
        self._cursor = -1  # index in the in-view marks the keyboard is on
        self._in_view: list[Mark] = []
        self._shown_summary = ""
        self._place_names: Callable[[float, float, float, float], None] | None = None
        self._tiles_reachable: bool | None = None
        self._pending_fit = False
        # Place names drawn without tiles: (name, lat, lon).
        self.place_names: list[tuple[str, float, float]] = []

        self.frame = _MapFrame(self)
        self.frame.setObjectName("resultsMap")
        self.surface = self.frame.quick
        self.surface.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.clusters = ClusterModel(self)
        self.surface.rootContext().setContextProperty(
            "mapSetup",
            {
                "tileUrl": source.url_template,
                "userAgent": USER_AGENT,
                "cacheDir": str(source.cache_dir),
                "cacheBytes": TILE_CACHE_BYTES,
            },
        )
        self.surface.rootContext().setContextProperty("clusterModel", self.clusters)
        # What the QML side shows, kept here too: set before the QML is loaded,
        # it is handed over once it is.
        self._props: dict[str, Any] = {}
        self._cell_px = map_marks.CLUSTER_PX
        self._view_before_load = (48.8566, 2.3522, 12.0)
        self.root: QQuickItem | None = None
        self.map: QObject | None = None
        self.frame.step = self._step
        self.frame.key_action.connect(self._key)
        self.frame.focus_changed.connect(self._focus_changed)
        # Loaded asynchronously: Qt's QML loader thread may ask the installed
        # translators for words (an error string while it looks for a compiled
        # cache), and a translator written in Python then needs the interpreter
        # lock, which a synchronous load holds on the UI thread while it waits
        # for that thread: the window froze for good (pseudo-localisation).
        # Loading in the background also keeps the window responsive meanwhile.
        self._url = QUrl.fromLocalFile(str(resource("qml", "ResultsMap.qml")))
        self._component = QQmlComponent(
            self.surface.engine(), self._url, QQmlComponent.CompilationMode.Asynchronous, self
        )
        if self._component.isLoading():
            self._component.statusChanged.connect(self._component_ready)
        else:
            QTimer.singleShot(0, self, self._component_ready)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("mapSummary")
        self.summary_label.setWordWrap(True)
        self.search_area = QPushButton(self)
        self.search_area.setObjectName("searchThisArea")
        self.search_area.clicked.connect(self.request_area)
        # The button under the summary, so both keep their words at large text.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.search_area, 0, Qt.AlignmentFlag.AlignLeft)
        # Room for eight lines of map, the summary on up to three and the button;
        # the map gives way first when the summary wraps.
        lines = self.fontMetrics().height()
        self.surface.setMinimumHeight(lines * 4)
        self.setMinimumHeight(lines * 11 + self.search_area.sizeHint().height())

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._refresh)
        self._network = QNetworkAccessManager(self)
        self.apply_theme()
        self.retranslate()
        if not source.url_template:
            self._set_tiles_reachable(False)

    # ------------------------------------------------------------------ loading
    loaded = Signal()

    def _component_ready(self) -> None:
        status = self._component.status()
        if status == QQmlComponent.Status.Loading:
            return
        made = self._component.create(self.surface.rootContext())
        if status != QQmlComponent.Status.Ready or not isinstance(made, QQuickItem):
            # A broken install: said in the log; the list beside keeps working.
            errors = "; ".join(e.toString() for e in self._component.errors())
            log.error("the map could not be loaded: %s", errors)
            return
        self.surface.setContent(self._url, self._component, made)
        found = made.findChild(QObject, "map")
        assert found is not None
        self.root, self.map = made, found
        for name, value in self._props.items():
            made.setProperty(name, value)
        lat, lon, zoom = self._view_before_load
        self.set_view(lat, lon, zoom)
        made.markClicked.connect(self._clicked)  # type: ignore[attr-defined]
        made.clusterClicked.connect(self._cluster_clicked)  # type: ignore[attr-defined]
        made.viewChanged.connect(self._view_changed)  # type: ignore[attr-defined]
        self.loaded.emit()
        if self._pending_fit:
            self.fit()
        self._refresh()

    @property
    def is_loaded(self) -> bool:
        return self.root is not None

    def _set(self, name: str, value: Any) -> None:
        """A property of the QML side, now or once it is loaded."""
        self._props[name] = value
        if self.root is not None:
            self.root.setProperty(name, value)

    def qml_property(self, name: str) -> Any:
        return self._props.get(name)

    # ------------------------------------------------------------ what it shows
    def retranslate(self) -> None:
        self.frame.setAccessibleName(self.tr("Map of the results"))
        self.frame.setAccessibleDescription(
            self.tr(
                "Arrow keys move the map, plus and minus zoom, Tab goes to the next "
                "result on the map and Enter chooses it in the list."
            )
        )
        self.search_area.setText(self.tr("Search the &visible area"))
        self.search_area.setAccessibleName(self.tr("Search this area"))
        self._set("attribution", self._source.attribution)
        self._set_offline_text()
        self._shown_summary = ""
        self._refresh()

    def apply_theme(self) -> None:
        """Colours and sizes of the theme and text size now in use."""
        self._set("colours", map_colours(theme.current()))
        scale = theme.current_text_scale() / 100
        self._cell_px = round(map_marks.CLUSTER_PX * max(1.0, scale))
        self._set("scale", scale)
        self._set("textPx", self.fontMetrics().height() * 0.8)

    def set_marks(self, marks: Sequence[Mark], fit: bool = True) -> None:
        """The results to show, in the list's order; ``fit`` zooms to show them all."""
        self._marks = list(marks)
        self._index = map_marks.MarkIndex(marks)
        self._drawn_for = None
        self.clusters.replace([])  # a new search: every marker drawn afresh
        self._by_key = {m.key: m for m in marks}
        self._cursor = -1
        self._set("cursorKey", "")
        if fit:
            self.fit()
        self._refresh()

    def fit(self) -> None:
        """Zoom so that every mark is in view (after a search)."""
        if self.surface.width() < 50 or not self.isVisible():
            self._pending_fit = True  # fitted when the map gets its size
            return
        self._pending_fit = False
        view = map_marks.fit(
            [(m.lat, m.lon) for m in self._marks], self.surface.width(), self.surface.height()
        )
        if view is not None:
            self.set_view(*view)

    def select(self, key: str | None) -> None:
        """Highlights the mark of the row chosen in the list, and brings it into view."""
        self._set("selectedKey", key or "")
        mark = self._by_key.get(key or "")
        if mark is not None and mark not in self._in_view_now():
            zoom = self.view()[2]
            self.set_view(mark.lat, mark.lon, max(zoom, 13.0))

    def set_position(self, lat: float, lon: float) -> None:
        """Where the computer is (found by "Near me"), shown as a dot."""
        self._set("positionLat", lat)
        self._set("positionLon", lon)
        self._set("hasPosition", True)

    def set_place_names_source(self, fetch: Callable[[float, float, float, float], None]) -> None:
        """``fetch(south, west, north, east)`` looks place names up (on the worker)
        and hands them to :meth:`show_place_names`; used when there are no tiles."""
        self._place_names = fetch

    def show_place_names(self, places: Sequence[tuple[str, float, float]]) -> None:
        self.place_names = list(places)
        self._set("places", [{"name": n, "lat": lat, "lon": lon} for n, lat, lon in places])

    # ------------------------------------------------------------------ the view
    def view(self) -> tuple[float, float, float]:
        if self.map is None:
            return self._view_before_load
        centre = self.map.property("center")
        zoom = float(self.map.property("zoomLevel"))
        return centre.latitude(), centre.longitude(), zoom

    def set_view(self, lat: float, lon: float, zoom: float) -> None:
        zoom = max(map_marks.MIN_ZOOM, min(map_marks.MAX_ZOOM, zoom))
        if self.map is None:
            self._view_before_load = (lat, lon, zoom)
            self._view_changed()
            return
        self.map.setProperty("zoomLevel", zoom)
        self.map.setProperty("center", QGeoCoordinate(lat, lon))

    def request_area(self) -> None:
        lat, lon, zoom = self.view()
        radius = map_marks.region_radius_km(
            lat, lon, zoom, self.surface.width(), self.surface.height()
        )
        self.area_requested.emit(lat, lon, radius)

    def marks_in_view(self) -> list[Mark]:
        return list(self._in_view)

    @property
    def summary(self) -> str:
        return self.summary_label.text()

    def _in_view_now(self) -> list[Mark]:
        lat, lon, zoom = self.view()
        return map_marks.in_view(
            self._marks, lat, lon, zoom, self.surface.width(), self.surface.height()
        )

    def _view_changed(self) -> None:
        # Worked out again once the view has stopped moving for SETTLE_MS: while
        # a key is held or the wheel turns, the markers drawn just move with it.
        self._settle.start()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._pending_fit:
            QTimer.singleShot(0, self, self.fit)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._pending_fit:
            QTimer.singleShot(0, self, self.fit)

    def _refresh(self) -> None:
        """Clusters of the marks near the view, and the summary of those in it."""
        lat, lon, zoom = self.view()
        width, height = self.surface.width(), self.surface.height()
        self._in_view = self._index.within(lat, lon, zoom, width, height)
        if not self._drawn_cover(lat, lon, zoom, width, height):
            self._draw_clusters(lat, lon, zoom, width, height)
        text = self._summary(self._in_view)
        if text != self._shown_summary:
            self._shown_summary = text
            self.summary_label.setText(text)
            announce(self.summary_label, text)
        if self._tiles_reachable is None and self._source.url_template and width > 50:
            self._probe_tiles()
        if self._tiles_reachable is False and self._place_names is not None and width > 50:
            north, west = map_marks.pan(lat, lon, zoom, -width / 2, -height / 2)
            south, east = map_marks.pan(lat, lon, zoom, width / 2, height / 2)
            self._place_names(south, west, north, east)

    def _drawn_cover(self, lat: float, lon: float, zoom: float, width: int, height: int) -> bool:
        drawn = self._drawn_for
        if drawn is None or drawn[0] != math.floor(zoom):
            return False
        x, y = map_marks.project(lat, lon, 0)
        scale = 2.0**zoom
        half_w, half_h = width / 2 / scale, height / 2 / scale
        return bool(
            abs(x - drawn[1]) + half_w <= drawn[3] and abs(y - drawn[2]) + half_h <= drawn[4]
        )

    def _draw_clusters(self, lat: float, lon: float, zoom: float, width: int, height: int) -> None:
        """Clusters of the marks in and around the view (half a view on each
        side, so a short pan redraws nothing), at most MAX_DRAWN of them: past
        that the grid's cells grow until they fit."""
        level = math.floor(zoom)
        # Markers grow with the text: so do the cells that merge them.
        cell = self._cell_px
        while True:
            found = self._index.area_clusters(lat, lon, zoom, width * 2, height * 2, cell)
            if len(found) <= MAX_DRAWN or cell >= 4096:
                break
            cell *= 2
        x, y = map_marks.project(lat, lon, 0)
        scale = 2.0**zoom
        self._drawn_for = (level, x, y, width / scale, height / scale)
        rows = []
        for (ix, iy), c in found:
            one = c.single
            if one is not None:
                rows.append(
                    Drawn(
                        f"m/{one.key}",
                        one.lat,
                        one.lon,
                        1,
                        one.key,
                        one.symbol,
                        one.shape,
                        one.tone,
                        one.name,
                    )
                )
            else:
                count = len(c.marks)
                rows.append(
                    Drawn(
                        f"c/{level}/{cell}/{ix}/{iy}/{count}",
                        c.lat,
                        c.lon,
                        count,
                        "",
                        str(count),
                        "circle",
                        "window_text",  # a cluster: the text colour, as strong as words
                        c.marks[0].name,
                    )
                )
        self.clusters.replace(rows)

    # ------------------------------------------------------------------ offline
    def _probe_tiles(self) -> None:
        """One request for the tile at the centre: the map plugin does not say
        when tiles fail, and without them the map names places itself."""
        self._tiles_reachable = True  # until the answer says otherwise
        lat, lon, zoom = self.view()
        level = int(zoom)
        x, y = map_marks.project(lat, lon, level)
        size = map_marks.TILE_PX
        url = self._source.tile_url(level, int(x // size), int(y // size))
        request = QNetworkRequest(QUrl(url))
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
        request.setTransferTimeout(10_000)
        reply = self._network.get(request)
        reply.finished.connect(lambda: self._probed(reply))

    def _probed(self, reply: QNetworkReply) -> None:
        ok = reply.error() == QNetworkReply.NetworkError.NoError
        reply.deleteLater()
        self._set_tiles_reachable(ok)
        if not ok:
            # Tried again later: a laptop comes back online.
            QTimer.singleShot(60_000, self, self._retry_probe)

    def _retry_probe(self) -> None:
        self._tiles_reachable = None
        self._refresh()

    def _set_tiles_reachable(self, ok: bool) -> None:
        self._tiles_reachable = ok
        if ok:
            self.place_names = []
            self._set("places", [])
        self._set_offline_text()
        self._refresh()

    @property
    def tiles_reachable(self) -> bool | None:
        return self._tiles_reachable

    def _set_offline_text(self) -> None:
        if self._tiles_reachable is not False:
            text = ""
        elif not self._source.url_template:
            text = self.tr("Map tiles are turned off: places are named on a plain background.")
        else:
            text = self.tr("No map tiles (offline?): places are named on a plain background.")
        self._set("offlineText", text)
        # The tiles' credit only over tiles: without them the words above say so.
        self._set("creditShown", self._tiles_reachable is not False)

    # ------------------------------------------------------------------ input
    def _clicked(self, key: str) -> None:
        self._set("selectedKey", key)
        self.mark_chosen.emit(key)

    def _cluster_clicked(self, lat: float, lon: float) -> None:
        _lat, _lon, zoom = self.view()
        self.set_view(lat, lon, zoom + 2)

    def _focus_changed(self, focused: bool) -> None:
        self._set("focused", focused)
        if not focused:
            self._cursor = -1
            self._set("cursorKey", "")

    def _key(self, action: str) -> None:
        lat, lon, zoom = self.view()
        w, h = self.surface.width(), self.surface.height()
        moves = {
            "left": (-w * PAN_FRACTION, 0.0),
            "right": (w * PAN_FRACTION, 0.0),
            "up": (0.0, -h * PAN_FRACTION),
            "down": (0.0, h * PAN_FRACTION),
        }
        if action in moves:
            self.set_view(*map_marks.pan(lat, lon, zoom, *moves[action]), zoom)
        elif action == "in":
            self.set_view(lat, lon, zoom + 1)
        elif action == "out":
            self.set_view(lat, lon, zoom - 1)
        elif action == "choose" and 0 <= self._cursor < len(self._in_view):
            self._clicked(self._in_view[self._cursor].key)

    def _step(self, forward: bool) -> bool:
        """Tab on the map: the next mark in view, in the list's order; False past
        the last one, so that Tab then leaves the map."""
        self._refresh()
        marks = sorted(self._in_view, key=lambda m: m.order)
        self._in_view = marks
        if not marks:
            return False
        cursor = self._cursor + (1 if forward else -1)
        if self._cursor == -1 and not forward:
            cursor = len(marks) - 1
        if not 0 <= cursor < len(marks):
            self._cursor = -1
            self._set("cursorKey", "")
            return False
        self._cursor = cursor
        mark = marks[cursor]
        self._set("cursorKey", mark.key)
        said = self.tr("{name}, {n} of {total} on the map").format(
            name=mark.name, n=cursor + 1, total=len(marks)
        )
        self.frame.setAccessibleDescription(said)
        announce(self.summary_label, said)
        return True

    @property
    def cursor_key(self) -> str:
        return str(self._props.get("cursorKey") or "")

    @property
    def selected_key(self) -> str:
        return str(self._props.get("selectedKey") or "")
