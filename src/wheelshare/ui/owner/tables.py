"""A table view set up the same way on every owner and venue screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wheelshare.ui.owner.models import ObjectRole, SortRole
from wheelshare.ui.widgets.tables import select_on_first_arrow


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
    model: QAbstractItemModel, name: str, parent: QWidget, sortable: bool = True
) -> QTableView:
    """Whole-row selection, Tab leaves the table (arrows move inside, the first press
    choosing a row), headers sized to their text; sorting by the model's
    :data:`SortRole` through a proxy."""
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
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


__all__ = ["Qt", "fit_header", "make_table", "select_first", "selected_object"]
