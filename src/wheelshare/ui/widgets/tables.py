"""Keyboard behaviour shared by the app's tables and lists.

Qt puts the cursor on the first cell when a view gets the focus, without
selecting it; the first arrow press then either does nothing visible (one row,
or Up from the top) or jumps to the second row. A keyboard user expects the
first arrow press to choose a row, as a mouse click does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView, QTreeView

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
