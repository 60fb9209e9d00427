"""The markers and clusters the map draws, as a list model the QML map reads.

The map is given only what lies in and just around the view (a few hundred
items at most), and a new set changes only the rows that differ: panning keeps
most markers, so Qt Quick makes and places only those that come into view,
instead of every marker again (which stalled the window for a quarter of a
second over 5,000 results).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Drawn:
    """One marker (``count`` 1) or cluster as the QML side draws it."""

    uid: str  # the same while the marker or cluster stays the same
    lat: float
    lon: float
    count: int
    key: str  # the result's id for a single marker, "" for a cluster
    symbol: str
    shape: str
    tone: str
    name: str


_ROLES = [f.name for f in fields(Drawn)]


class ClusterModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Drawn] = []

    def roleNames(self) -> dict[int, QByteArray]:
        user = int(Qt.ItemDataRole.UserRole)
        return {user + i: QByteArray(name.encode()) for i, name in enumerate(_ROLES)}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = role - int(Qt.ItemDataRole.UserRole)
        if not index.isValid() or not 0 <= column < len(_ROLES):
            return None
        return astuple(self._rows[index.row()])[column]

    @property
    def rows(self) -> list[Drawn]:
        return list(self._rows)

    def replace(self, rows: Sequence[Drawn]) -> None:
        """Shows ``rows``: removes those no longer there, adds the new ones, and
        leaves the rest (and their markers on the map) as they are."""
        wanted = {r.uid for r in rows}
        i = len(self._rows) - 1
        while i >= 0:  # runs of rows to remove, from the end
            if self._rows[i].uid in wanted:
                i -= 1
                continue
            first = i
            while first > 0 and self._rows[first - 1].uid not in wanted:
                first -= 1
            self.beginRemoveRows(QModelIndex(), first, i)
            del self._rows[first : i + 1]
            self.endRemoveRows()
            i = first - 1
        kept = {r.uid for r in self._rows}
        added = [r for r in rows if r.uid not in kept]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
