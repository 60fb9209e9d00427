"""Where this computer is, from the system's positioning (QtPositioning: GeoClue
on Linux), asked for only when the person turned it on and pressed "Near me".

A machine without a positioning service (a desktop without GeoClue, the test
machines) answers "unavailable" after the timeout, or at once when Qt has no
source; "Near me" then uses the saved home, as without this setting. Nothing
is said as an error: not knowing where one is is ordinary on a desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtPositioning import QGeoPositionInfo, QGeoPositionInfoSource

# The app's id, which GeoClue shows when it asks the person to allow it.
DESKTOP_ID = "org.wheelshare.Wheelshare"
# How long one request may take before the saved home is used instead.
TIMEOUT_MS = 8_000


class PositionRequest(QObject):
    """One request: ``found(lat, lon)`` or ``unavailable()``, once."""

    found = Signal(float, float)
    unavailable = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = False
        # Started on the next turn of the event loop: a backend may fail at once,
        # and the answer must reach whoever connects to it after this returns.
        QTimer.singleShot(0, self, self._start)

    def _start(self) -> None:
        source = QGeoPositionInfoSource.createDefaultSource({"desktopId": DESKTOP_ID}, self)
        if source is None:
            self._none()
            return
        source.positionUpdated.connect(self._position)
        source.errorOccurred.connect(lambda _error: self._none())
        # Our own deadline too: a backend may wait longer than it was asked to.
        QTimer.singleShot(TIMEOUT_MS, self, self._none)
        source.requestUpdate(TIMEOUT_MS)

    def _position(self, info: QGeoPositionInfo) -> None:
        where = info.coordinate()
        if self._answered or not where.isValid():
            return
        self._answered = True
        self.found.emit(where.latitude(), where.longitude())
        self.deleteLater()

    def _none(self) -> None:
        if self._answered:
            return
        self._answered = True
        self.unavailable.emit()
        self.deleteLater()
