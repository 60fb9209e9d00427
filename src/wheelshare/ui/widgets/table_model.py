"""The table model every list of the app is built on: one domain object a row.

Subclasses declare their columns (constants) and say what each column shows
(``display``), how it sorts (``sort_key``) and how a screen reader hears the
row (``describe``); ``cell`` covers any other role. :data:`ObjectRole`
returns the row's domain object, so views and actions never parse display
text, and :data:`KeyRole` a stable key (an id), so a selection can survive a
refresh.

:class:`PagedRowsModel` adds the one way a list loads its rows a page at a
time: views ask ``canFetchMore``/``fetchMore`` as the person scrolls, each
page is read off the UI thread and inserted when it arrives. A new query
bumps a generation number, so pages of an older query that arrive late are
dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wheelshare.ui.worker import TaskContext, TaskHandle, Worker

ObjectRole = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = ObjectRole
SortRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex
# Combined once: views ask every cell's flags as they paint.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
T = TypeVar("T")

# (offset, limit, task) -> rows; runs on a worker thread.
PageLoader = Callable[[int, int, TaskContext], Sequence[T]]
# (limit, task) -> (total, first page); runs on a worker thread.
FirstLoader = Callable[[int, TaskContext], tuple[int, Sequence[T]]]
# (offset, limit) -> rows, for callers that run it themselves (see ``Runner``).
Fetch = Callable[[int, int], Sequence[T]]
# run(job, deliver): ``job()`` on a worker thread, ``deliver(result)`` back on this one.
Runner = Callable[[Callable[[], list[Any]], Callable[[list[Any]], None]], None]
# (offset, limit, deliver, fail): how this query's further pages are asked for.
_PageRequest = Callable[
    [int, int, Callable[[Sequence[Any]], None], Callable[[BaseException], None]], None
]


class RowsModel(QAbstractTableModel, Generic[T]):
    """A list of domain objects, one per row; subclasses say what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        # Views ask for the column count thousands of times while scrolling;
        # the headings' words change with the language, their number never.
        self._column_count: int | None = None

    # ------------------------------------------------------ what subclasses say
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: T, column: int) -> Any:
        return self.display(row, column)

    def describe(self, row: T) -> str:
        """The whole row as one sentence, for screen readers."""
        return ", ".join(f"{h}: {self.display(row, c)}" for c, h in enumerate(self.headers()))

    def domain_object(self, row: T) -> Any:
        """What :data:`ObjectRole` returns for ``row``: the row itself unless a
        subclass keeps more in a row than its domain object."""
        return row

    def key(self, row: T) -> Any:
        """What :data:`KeyRole` returns: a stable id, or None."""
        return None

    def cell(self, row: T, column: int, role: int) -> Any:
        """Any role but the object and key roles; the first column describes the row."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SortRole:
            return self.sort_key(row, column)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(row) if column == 0 else self.display(row, column)
        return None

    # ------------------------------------------------------------------- rows
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Headings and cells say their words again, in the language now in use."""
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, max(0, columns - 1))
            )

    # ------------------------------------------------------------------ model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count is None:
            self._column_count = len(self.headers())
        return self._column_count

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[number]
        if role == ObjectRole:
            return self.domain_object(row)
        if role == KeyRole:
            return self.key(row)
        return self.cell(row, index.column(), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS


class PagedRowsModel(RowsModel[T]):
    """Rows loaded a page of :attr:`PAGE_SIZE` at a time as the view scrolls.

    Either :meth:`load` runs the whole query on the worker, or
    :meth:`set_results` takes a first page read elsewhere with a way to read
    the next ones.
    """

    count_changed = Signal(int)  # the total number of matches, once known
    loading_changed = Signal(bool)
    failed = Signal(object)  # the exception of a query that went wrong

    PAGE_SIZE = 200

    def __init__(self, worker: Worker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._fetch_token = 0
        self._loading = False
        self._request: _PageRequest | None = None
        self._pending: TaskHandle[Any] | None = None

    # ----------------------------------------------------------- new queries
    def load(self, first: FirstLoader[T], page: PageLoader[T]) -> TaskHandle[Any]:
        """Starts a new query on the worker: ``first`` counts and returns the first page."""
        worker = self._worker
        assert worker is not None, "a model that loads needs a worker"
        generation = self._new_generation()
        if self._pending is not None:
            self._pending.cancel()

        def request(
            offset: int,
            size: int,
            deliver: Callable[[Sequence[Any]], None],
            fail: Callable[[BaseException], None],
        ) -> None:
            worker.submit(
                lambda ctx: page(offset, size, ctx),
                on_done=deliver,
                on_error=fail,
                name="next page",
            )

        self._request = request
        self._set_loading(True)
        size = self.PAGE_SIZE
        handle = worker.submit(
            lambda ctx: first(size, ctx),
            on_done=lambda result: self._first_arrived(generation, result),
            on_error=lambda e: self._query_failed(generation, e),
            on_cancelled=lambda: None,
            name="first page",
        )
        self._pending = handle
        return handle

    def set_results(
        self,
        first_page: Sequence[T],
        total: int,
        fetch: Fetch[T] | None = None,
        run: Runner | None = None,
    ) -> None:
        """Shows ``first_page`` of ``total`` rows; ``fetch(offset, limit)`` reads a
        further page, on the worker when ``run(job, deliver)`` is given."""
        self._new_generation()
        if fetch is None:
            self._request = None
        elif run is None:
            self._request = lambda offset, size, deliver, _fail: deliver(fetch(offset, size))
        else:
            self._request = lambda offset, size, deliver, _fail: run(
                lambda: list(fetch(offset, size)), deliver
            )
        self._set_loading(False)
        self._first_arrived(self._generation, (total, first_page))

    def clear(self) -> None:
        self._new_generation()
        self._request = None
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        self._set_loading(False)
        self.count_changed.emit(0)

    def _new_generation(self) -> int:
        self._generation += 1
        self._fetching = False
        return self._generation

    def _first_arrived(self, generation: int, result: tuple[int, Sequence[T]]) -> None:
        if generation != self._generation:
            return  # an older query answered late
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

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def loading(self) -> bool:
        """The first page of a query is being read."""
        return self._loading

    @property
    def fetching(self) -> bool:
        """A next page is being read."""
        return self._fetching

    @property
    def total(self) -> int:
        return self._total

    # ------------------------------------------------------------ next pages
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._request is None:
            return False
        return not self._fetching and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._request is not None
        self._fetching = True
        self._fetch_token += 1
        token = self._fetch_token
        generation = self._generation
        offset = len(self._rows)
        self._request(
            offset,
            self.PAGE_SIZE,
            lambda rows: self._page_arrived(generation, token, offset, rows),
            lambda e: self._query_failed(generation, e),
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
