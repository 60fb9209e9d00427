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
    QScrollArea,
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


class _StretchNotCut(QObject):
    """The column that takes the spare width stretches only while the others
    leave it room for its text; in a narrower table (large text, a long
    translation) it keeps its text's width and the table scrolls sideways,
    following the focused cell, instead of showing "En …"."""

    def __init__(self, view: QTableView, column: int | None) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._fit)
        model.dataChanged.connect(self._fit)
        self._fit()

    def _stretched(self) -> int:
        header = self._view.horizontalHeader()
        return self._column if self._column is not None else header.count() - 1

    def _fit(self, *_args: object) -> None:
        view, header = self._view, self._view.horizontalHeader()
        column = self._stretched()
        if column < 0:
            return
        need = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != column and not header.isSectionHidden(c)
        )
        room = others + need <= view.viewport().width()
        mode = QHeaderView.ResizeMode.Stretch if room else QHeaderView.ResizeMode.ResizeToContents
        if self._column is None:
            header.setStretchLastSection(room)
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False


def stretch_without_cutting(view: QTableView, column: int | None = None) -> None:
    """``column`` (the last one if None) takes the table's spare width, but is
    never squeezed narrower than its text."""
    _StretchNotCut(view, column)


class _CurrentInView(QObject):
    """A table shown at its full height inside a scrolling pane: the pane
    scrolls to the row the arrows move to, as a table's own scroll bar would."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.selectionModel().currentChanged.connect(self._follow)

    def _follow(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self._view
        if not current.isValid():
            return
        area = view.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        inner = area.widget() if area is not None else None
        if area is None or inner is None:
            return
        rect = view.visualRect(current)
        centre = view.viewport().mapTo(inner, rect.center())
        area.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 8, rect.height() // 2 + 8)


def keep_current_in_view(view: QAbstractItemView) -> None:
    """The scrolling pane around ``view`` follows its current row (call after
    the model is set: the selection model belongs to it)."""
    _CurrentInView(view)


def make_table(
    model: QAbstractItemModel,
    name: str,
    parent: QWidget | None = None,
    sort: Literal["proxy", "model", "none"] = "proxy",
    *,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    stretch: int | None = None,
    widths: Literal["content", "own"] = "content",
) -> QTableView:
    """Whole-row selection, read-only, Tab leaves the table (arrows move inside,
    the first press choosing a row), headers sized to their text.

    ``sort``: by the model's :data:`SortRole` through a proxy, by the model
    itself (its ``sort`` runs a new query), or not at all. ``stretch``: the
    column that takes the spare width (the last one unless said), never
    narrower than its text. ``widths="own"``: the screen sizes the columns itself."""
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
    if widths == "content":
        stretch_without_cutting(view, stretch)
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


def select_row(view: QAbstractItemView, row: int) -> None:
    """Selects ``row``, and only it, for the app (a selection kept across a
    refresh, a record opened from elsewhere) whatever keys are held meanwhile.
    ``QTableView.selectRow`` reads the keyboard: with Shift held (a Shift+Tab or
    Shift+arrow as a sync lands) it extends from an old anchor or selects
    nothing, and with Ctrl it toggles the row."""
    model, root = view.model(), view.rootIndex()
    if 0 <= row < model.rowCount(root):
        view.selectionModel().setCurrentIndex(model.index(row, 0, root), _select_command(view))


def select_first(view: QTableView) -> None:
    if view.model().rowCount() and not view.selectionModel().hasSelection():
        select_row(view, 0)
