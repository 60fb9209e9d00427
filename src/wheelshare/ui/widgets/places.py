"""Place names for place fields, from the offline gazetteer.

The gazetteer's index is built in the data dir on first use (a few seconds),
so it is opened on the worker; until then lookups return nothing and the
field says the list is still loading.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wheelshare.domain import Location
from wheelshare.ui.problems import describe
from wheelshare.ui.worker import Worker

if TYPE_CHECKING:
    from wheelshare.geo.gazetteer import Gazetteer


class PlaceFinder(QObject):
    """``lookup(text)`` -> matching places as locations (city name in ``.city``).

    Use :meth:`shared`: every screen of one app uses the same finder, so the
    index is built once and never by two threads at a time.
    """

    ready = Signal()
    failed = Signal(str)

    def __init__(self, data_dir: Path, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gazetteer: Gazetteer | None = None
        self._kinds: dict[tuple[float, float, str], str] = {}
        self._worker = worker
        self.problem = ""
        worker.submit(
            lambda _t: self._open(data_dir),
            on_done=self._opened,
            on_error=self._failed,
            name="open places",
        )

    @classmethod
    def shared(cls, data_dir: Path, worker: Worker) -> PlaceFinder:
        """The finder of this app (kept as a child of its worker), made on first use."""
        found = worker.findChild(PlaceFinder, "places")
        if isinstance(found, PlaceFinder):
            return found
        finder = cls(data_dir, worker, worker)
        finder.setObjectName("places")
        return finder

    @staticmethod
    def _open(data_dir: Path) -> Gazetteer:
        from wheelshare.geo.gazetteer import Gazetteer

        return Gazetteer.open(data_dir)

    def _opened(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self.ready.emit()

    def _failed(self, error: BaseException) -> None:
        self.problem = describe(error)
        self.failed.emit(self.problem)

    @property
    def is_ready(self) -> bool:
        return self._gazetteer is not None

    def lookup(self, text: str, limit: int = 15) -> list[Location]:
        g = self._gazetteer
        if g is None or not text.strip():
            return []
        places = g.complete(text, limit, prefer_country="FR")
        for p in places:
            self._kinds[(p.lat, p.lon, p.name)] = p.kind
        return [p.location() for p in places]

    def kind_of(self, loc: Location) -> str:
        """What a place offered by :meth:`lookup` is: "city", "station", "airport"
        ("" for a place it never offered)."""
        return self._kinds.get((loc.lat, loc.lon, loc.city), "")

    def names_within(
        self, deliver: Callable[[list[tuple[str, float, float]]], None]
    ) -> Callable[[float, float, float, float], None]:
        """A look-up of the largest places in a box, run on the worker, whose
        answer (name, lat, lon) goes to ``deliver`` (the map without tiles)."""

        def fetch(south: float, west: float, north: float, east: float) -> None:
            g = self._gazetteer
            if g is None:
                return
            self._worker.submit(
                lambda _t: [(p.name, p.lat, p.lon) for p in g.within(south, west, north, east)],
                on_done=deliver,
                on_error=lambda _e: None,  # no names: the markers are still there
                name="place names",
            )

        return fetch
