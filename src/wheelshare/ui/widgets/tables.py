"""Tables set up one way on every screen, and the keyboard behaviour they share.

:func:`make_table` is how a screen makes a table: whole-row selection, Tab
leaves it, headers sized to their text, sorting through a proxy.

Qt puts the cursor on the first cell when a view gets the focus, without
selecting it; the first arrow press then either does nothing visible (one row,
or Up from the top) or jumps to the second row. A keyboard user expects the
first arrow press to choose a row, as a mouse click does.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QTableView,
    QTreeView,
    QWidget,
)

from wheelshare.ui.widgets.table_model import ObjectRole, SortRole

# The first press of these chooses the first row; of the others, the last.
_TOWARDS_FIRST = {Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Home}
_TOWARDS_LAST = {Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_End}


def _row_hidden(view: QAbstractItemView, row: int, root: QModelIndex) -> bool:
    if isinstance(view, QTableView | QListView):
        return view.isRowHidden(row)
    if isinstance(view, QTreeView):
        return view.isRowHidden(row, root)
    return False


class _FirstArrowSelects(QObject):
    """Event filter: while no row is selected, an arrow, page or Home/End key
    selects the first or last row instead of only moving the cursor."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key not in _TOWARDS_FIRST and key not in _TOWARDS_LAST:
            return False
        # Shift or Ctrl with an arrow extend or move without selecting: Qt's own.
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        return self._select_edge(last=key in _TOWARDS_LAST)

    def _select_edge(self, last: bool) -> bool:
        view = self._view
        model = view.model()
        selection = view.selectionModel()
        if model is None or selection is None or selection.hasSelection():
            return False
        root = view.rootIndex()
        rows = range(model.rowCount(root))
        column = view.currentIndex().column() if view.currentIndex().isValid() else 0
        for row in reversed(rows) if last else rows:
            index = model.index(row, column, root)
            if _row_hidden(view, row, root) or not index.flags() & Qt.ItemFlag.ItemIsEnabled:
                continue
            selection.setCurrentIndex(index, _select_command(view))
            view.scrollTo(index)
            return True
        return False


def _select_command(view: QAbstractItemView) -> QItemSelectionModel.SelectionFlag:
    flags = QItemSelectionModel.SelectionFlag
    if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
        return flags.NoUpdate
    behaviour = view.selectionBehavior()
    if behaviour == QAbstractItemView.SelectionBehavior.SelectRows:
        return flags.ClearAndSelect | flags.Rows
    if behaviour == QAbstractItemView.SelectionBehavior.SelectColumns:
        return flags.ClearAndSelect | flags.Columns
    return flags.ClearAndSelect


def select_on_first_arrow(view: QAbstractItemView) -> None:
    """Make the first Up, Down, Page Up, Page Down, Home or End press in ``view``
    select a row while none is selected: Down, Page Down and Home the first row,
    Up, Page Up and End the last. Once a row is selected, the keys work as usual.
    Calling it again on the same view changes nothing."""
    if view.findChild(_FirstArrowSelects) is None:
        _FirstArrowSelects(view)


class _HeaderHeight(QObject):
    """Keeps a header tall enough for its text at any text size: the app's style
    sheet gives item views a border and padding that the header's own size hint
    does not count, which would cut the header text."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        header.installEventFilter(self)
        self._fit()

    def _fit(self) -> None:
        self._header.setMinimumHeight(self._header.fontMetrics().height() + 14)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self._fit()
        return False


def fit_header(view: QTableView) -> None:
    _HeaderHeight(view.horizontalHeader())


def make_table(
    model: QAbstractItemModel,
    name: str,
    parent: QWidget | None = None,
    sort: Literal["proxy", "model", "none"] = "proxy",
    *,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    stretch: int | None = None,
) -> QTableView:
    """Whole-row selection, read-only, Tab leaves the table (arrows move inside,
    the first press choosing a row), headers sized to their text.

    ``sort``: by the model's :data:`SortRole` through a proxy, by the model
    itself (its ``sort`` runs a new query), or not at all. ``stretch``: the
    column that takes the spare width (the last one unless said)."""
    view = QTableView(parent)
    if sort == "proxy":
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        view.setModel(proxy)
    else:
        view.setModel(model)
    view.setSortingEnabled(sort != "none")
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_header(view)
    select_on_first_arrow(view)
    return view


def selected_object(view: QTableView) -> object | None:
    """The domain object of the selected row (through any proxy)."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        index = view.currentIndex()
        if not index.isValid():
            return None
        found: object = index.siblingAtColumn(0).data(ObjectRole)
        return found
    chosen: object = rows[0].data(ObjectRole)
    return chosen


def select_first(view: QTableView) -> None:
    if view.model().rowCount() and not view.selectionModel().hasSelection():
        view.selectRow(0)
