"""A table model that loads its rows a page at a time, on the worker.

Views ask ``canFetchMore``/``fetchMore`` as the person scrolls; each page is
queried on a worker thread and inserted when it arrives, so scrolling through
100,000 matches never blocks the UI thread. A new query (or a new sort
order) bumps a generation number: pages of an older query that arrive late
are dropped.

Subclasses declare columns (Vorta-style constants) and ``cell(row, column,
role)``; ``ObjectRole`` returns the row's domain object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wheelshare.ui.worker import TaskContext, TaskHandle, Worker

T = TypeVar("T")
ObjectRole = Qt.ItemDataRole.UserRole + 1
# A stable key for the row (an id), so selection can survive a refresh.
KeyRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
# (offset, limit, token) -> rows; runs on a worker thread.
PageLoader = Callable[[int, int, TaskContext], Sequence[T]]
# token -> (total, first page); runs on a worker thread.
FirstLoader = Callable[[int, TaskContext], tuple[int, Sequence[T]]]


class PagedTableModel(QAbstractTableModel, Generic[T]):
    count_changed = Signal(int)  # the total number of matches, once known
    loading_changed = Signal(bool)
    failed = Signal(object)  # the exception of a query that went wrong

    PAGE_SIZE = 200

    def __init__(self, worker: Worker, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._rows: list[T] = []
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._fetch_token = 0
        self._loading = False
        self._page: PageLoader[T] | None = None
        self._pending: TaskHandle[Any] | None = None

    # ------------------------------------------------------------- loading
    def load(self, first: FirstLoader[T], page: PageLoader[T]) -> TaskHandle[Any]:
        """Starts a new query: ``first`` counts and returns the first page."""
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._pending.cancel()
        self._page = page
        self._fetching = False
        self._set_loading(True)
        size = self.PAGE_SIZE
        handle = self._worker.submit(
            lambda ctx: first(size, ctx),
            on_done=lambda result: self._first_arrived(generation, result),
            on_error=lambda e: self._query_failed(generation, e),
            on_cancelled=lambda: None,
            name="first page",
        )
        self._pending = handle
        return handle

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def loading(self) -> bool:
        return self._loading

    def _first_arrived(self, generation: int, result: tuple[int, Sequence[T]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self.endResetModel()
        self._pending = None
        self._set_loading(False)
        self.count_changed.emit(self._total)

    def _query_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self._fetching = False
        self._set_loading(False)
        self.failed.emit(error)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        self._set_loading(False)
        self.count_changed.emit(0)

    @property
    def fetching(self) -> bool:
        """A next page is being read."""
        return self._fetching

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._page is None:
            return False
        return not self._fetching and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._page is not None
        self._fetching = True
        self._fetch_token += 1
        token = self._fetch_token
        generation = self._generation
        offset = len(self._rows)
        page = self._page
        size = self.PAGE_SIZE
        self._worker.submit(
            lambda ctx: page(offset, size, ctx),
            on_done=lambda rows: self._page_arrived(generation, token, offset, rows),
            on_error=lambda e: self._query_failed(generation, e),
            name="next page",
        )

    def _page_arrived(self, generation: int, token: int, offset: int, rows: Sequence[T]) -> None:
        if generation != self._generation or token != self._fetch_token:
            return  # an older query's page, or a superseded request
        if offset == len(self._rows):
            if not rows:
                # The data shrank under us (a sync removed rows): stop asking.
                self._total = len(self._rows)
            else:
                # Still "fetching" while rows go in: views that ask for more from
                # their rowsInserted handlers must wait for the next scroll.
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        self._fetching = False

    # --------------------------------------------------------------- model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def retranslate(self) -> None:
        """Headings and cells say their words again, in the language now in use."""
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, max(0, columns - 1))
            )

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        obj = self._rows[index.row()]
        if role == ObjectRole:
            return obj
        return self.cell(obj, index.column(), role)

    def cell(self, obj: T, column: int, role: int) -> Any:
        raise NotImplementedError

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
