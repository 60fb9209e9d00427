"""Places the offline list does not know, looked up online (Nominatim) on submit.

Nominatim's usage policy forbids autocomplete, so this is asked only when the
person submits a place; completion stays with the offline gazetteer. The
geocoder is opened on the worker on first use (it opens the gazetteer and its
cache), and every call runs there: a lookup can wait seconds for the network.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from wheelshare.domain.problems import Problem
from wheelshare.ui.problems import describe
from wheelshare.ui.worker import TaskHandle, Worker


def source_text(source: str, problem: Problem | None = None) -> str:
    """Who answered, in words, for the line next to the place field (with why
    the online search was not used, when it was not)."""
    words = {
        "gazetteer": QCoreApplication.translate("PlaceSearch", "Found in the offline place list."),
        "nominatim": QCoreApplication.translate(
            "PlaceSearch", "Found online, in OpenStreetMap (Nominatim)."
        ),
        "cache": QCoreApplication.translate(
            "PlaceSearch", "Found online earlier, in OpenStreetMap (saved answer)."
        ),
    }.get(source, "")
    if problem is not None:
        return describe(problem)
    return words


class PlaceGeocoder(QObject):
    """``search(text, on_done)`` on the worker; ``on_done(GeocodeAnswer)`` on the UI thread.

    :attr:`options` are passed to ``Geocoder.open`` when it is first opened
    (tests point ``domain``/``scheme`` at a local server).
    """

    def __init__(self, data_dir: Path, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._worker = worker
        self._geocoder: Any = None
        self._task: TaskHandle[Any] | None = None
        self.options: dict[str, Any] = {}

    @classmethod
    def shared(cls, data_dir: Path, worker: Worker) -> PlaceGeocoder:
        """The geocoder of this app (kept as a child of its worker), made on first use."""
        found = worker.findChild(PlaceGeocoder, "geocoder")
        if isinstance(found, PlaceGeocoder):
            return found
        geocoder = cls(data_dir, worker, worker)
        geocoder.setObjectName("geocoder")
        return geocoder

    @property
    def network_allowed(self) -> bool:
        """False when the network geocoder is switched off: then only the offline
        list answers, and it already did while the person typed."""
        allowed = self.options.get("allow_network")
        if allowed is not None:
            return bool(allowed)
        from wheelshare.geo.geocoder import network_disabled

        return not network_disabled()

    def _open(self) -> Any:
        # Only on the worker: the gazetteer and the cache are SQLite files.
        if self._geocoder is None:
            from wheelshare.geo import Gazetteer, Geocoder

            self._geocoder = Geocoder.open(
                self._data_dir, Gazetteer.open(self._data_dir), **self.options
            )
        return self._geocoder

    def search(
        self,
        text: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if self._task is not None:
            self._task.cancel()

        def look_up(_task: Any) -> Any:
            return self._open().search(text, 5, prefer_country="FR")

        self._task = self._worker.submit(
            look_up, on_done=on_done, on_error=on_error, name="place search"
        )
