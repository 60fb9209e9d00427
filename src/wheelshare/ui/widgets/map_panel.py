"""A results list with its map: list only, map only, or both side by side, as
the person chose for this screen (a setting, so it is the same next time).

The list comes first in the keyboard order and stays the complete view; the
map is built the first time it is shown, so a person who keeps the list only
never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from wheelshare.ui import map_tiles
from wheelshare.ui.settings import Setting, Settings
from wheelshare.ui.widgets.flow import FlowLayout
from wheelshare.ui.widgets.map_view import MapView, TileSource

_CTX = "Settings"
# The map goes beside the list when there is room for this many characters,
# else under it (large text, narrow windows): the list keeps its columns readable.
SIDE_BY_SIDE_CHARS = 80
# Narrower than this, "list and map" shows the list only (the map would have no
# room for its summary and button); "map only" still shows the map.
BOTH_MIN_CHARS = 36
# Under the list, "list and map" shows the map only where both get this many
# lines of text: the map about as many as its own minimum, the list a few rows.
MAP_LINES = 13
LIST_LINES = 8
# Set (to anything) where the map must not fetch tiles, whatever the settings
# say: the test suite, which never reaches the internet.
NO_NETWORK_TILES_ENV = "WHEELSHARE_NO_NETWORK_TILES"


class ResultsWithMap(QWidget):
    """``results`` (the list) and, when chosen, a :class:`MapView` beside it."""

    map_created = Signal(object)  # the MapView, once, when it is first shown

    def __init__(
        self,
        results: QWidget,
        settings: Settings,
        mode_setting: Setting[str],
        make_map: Callable[[TileSource, QWidget], MapView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._mode_setting = mode_setting
        self._make_map = make_map
        self.results = results
        self.map: MapView | None = None
        self._roomy = True
        self._wide = True

        self.mode = QComboBox(self)
        self.mode.setObjectName("resultsView")
        for value, _label in mode_setting.choices:
            self.mode.addItem("", value)
        self.mode_label = QLabel(self)
        self.mode_label.setBuddy(self.mode)
        # The list goes under its label when the column is narrow (large text).
        top_row = QWidget(self)
        top = FlowLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.mode_label)
        top.addWidget(self.mode)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top_row)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        chosen = settings.get(mode_setting)
        self.mode.setCurrentIndex(max(0, self.mode.findData(chosen)))
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self._show(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def _arrange(self) -> None:
        chars = self.width() / max(1, self.fontMetrics().averageCharWidth())
        wide = chars >= SIDE_BY_SIDE_CHARS
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        # Under the list, the map needs its own height as well as the list's;
        # a short column (large text on a small screen) keeps the list alone.
        lines = self.fontMetrics().height()
        tall = self.height() >= lines * (MAP_LINES + LIST_LINES)
        roomy = chars >= BOTH_MIN_CHARS and (wide or tall)
        if roomy != self._roomy or wide != self._wide:
            self._roomy, self._wide = roomy, wide
            self._show(self.current_mode)

    def retranslate(self) -> None:
        # No Alt+letter: every letter of these words is taken on both screens.
        self.mode_label.setText(QCoreApplication.translate("ResultsWithMap", "Kind of view:"))
        self.mode.setAccessibleName(QCoreApplication.translate("ResultsWithMap", "Kind of view"))
        why = QCoreApplication.translate(
            "ResultsWithMap",
            "“As room allows” shows the map beside the list when the window is wide "
            "enough, and the list alone otherwise.",
        )
        self.mode.setAccessibleDescription(why)
        self.mode.setToolTip(why)
        for i, (_value, label) in enumerate(self._mode_setting.choices):
            self.mode.setItemText(i, QCoreApplication.translate(_CTX, label))
        if self.map is not None:
            self.map.retranslate()

    @property
    def current_mode(self) -> str:
        return str(self.mode.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def _mode_chosen(self) -> None:
        mode = self.current_mode
        self._settings.set(self._mode_setting, mode)
        self._show(mode)

    def _show(self, mode: str) -> None:
        if (mode == "both" and not self._roomy) or (mode == "auto" and not self._wide):
            mode = "list"
        elif mode == "auto":
            mode = "both"
        if mode in ("map", "both") and self.map is None:
            url, credit = map_tiles.tiles(self._settings)
            if os.environ.get(NO_NETWORK_TILES_ENV):
                url = ""
            source = TileSource(url, credit, self._settings.path.parent / "tiles")
            self.map = self._make_map(source, self.splitter)
            self.splitter.addWidget(self.map)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
            self.setTabOrder(self.results, self.map.frame)
            self.setTabOrder(self.map.frame, self.map.search_area)
            self.map_created.emit(self.map)
        self.results.setVisible(mode in ("list", "both"))
        if self.map is not None:
            self.map.setVisible(mode in ("map", "both"))
