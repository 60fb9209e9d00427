"""The first arrow press in a table chooses a row (wheelshare.ui.widgets.tables)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from wheelshare.ui.widgets.tables import select_on_first_arrow, select_row

ROWS = ["Renault Kangoo", "Citroën Berlingo", "Peugeot Partner", "Fiat Doblò"]


@pytest.fixture
def table(qtbot: QtBot) -> Iterator[QTableView]:
    """A table set up as the app's are: whole rows, Tab leaves, focused."""
    model = QStandardItemModel(0, 2)
    for title in ROWS:
        model.appendRow([QStandardItem(title), QStandardItem("Lyon")])
    view = QTableView()
    model.setParent(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    select_on_first_arrow(view)
    qtbot.addWidget(view)
    focus_like_tab(qtbot, view)
    yield view


def focus_like_tab(qtbot: QtBot, view: QTableView) -> None:
    """Shown, its window active, and the keyboard in it as after a Tab press (Qt then
    puts the cursor on the first cell without selecting it)."""
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitActive(view)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)


def chosen(view: QTableView) -> list[str]:
    return [str(i.data()) for i in view.selectionModel().selectedRows()]


@pytest.mark.parametrize(
    ("key", "row"),
    [
        (Qt.Key.Key_Down, 0),
        (Qt.Key.Key_PageDown, 0),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Up, len(ROWS) - 1),
        (Qt.Key.Key_PageUp, len(ROWS) - 1),
        (Qt.Key.Key_End, len(ROWS) - 1),
    ],
    ids=["Down", "PageDown", "Home", "Up", "PageUp", "End"],
)
def test_the_first_press_selects_the_first_or_last_row(
    qtbot: QtBot, table: QTableView, key: Qt.Key, row: int
) -> None:
    assert not chosen(table)
    qtbot.keyClick(table, key)
    assert chosen(table) == [ROWS[row]]
    assert table.currentIndex().row() == row


def test_after_the_first_press_the_arrows_move_as_usual(qtbot: QtBot, table: QTableView) -> None:
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert chosen(table) == [ROWS[1]]
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert chosen(table) == [ROWS[0]]
    # In a table Home and End move along the row (Qt's way), once a row is chosen.
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert chosen(table) == [ROWS[0]]


def test_a_table_with_one_row_selects_it_on_up(qtbot: QtBot, table: QTableView) -> None:
    model = table.model()
    model.removeRows(1, len(ROWS) - 1)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert chosen(table) == [ROWS[0]]


def test_hidden_rows_are_skipped(qtbot: QtBot, table: QTableView) -> None:
    table.setRowHidden(0, True)
    table.setRowHidden(len(ROWS) - 1, True)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert chosen(table) == [ROWS[1]]
    table.clearSelection()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert chosen(table) == [ROWS[-2]]


def test_a_selection_already_made_is_moved_from_not_replaced(
    qtbot: QtBot, table: QTableView
) -> None:
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert chosen(table) == [ROWS[3]]


def test_an_empty_table_is_left_alone(qtbot: QtBot, table: QTableView) -> None:
    table.model().removeRows(0, len(ROWS))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert not chosen(table)


def test_applying_it_twice_installs_one_filter(qtbot: QtBot, table: QTableView) -> None:
    select_on_first_arrow(table)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert chosen(table) == [ROWS[1]]


def test_without_it_the_first_press_does_not_select(qtbot: QtBot) -> None:
    # What the filter is for: with Qt's own handling, the first Down press selects
    # nothing in a table of one row; if Qt changes this, the filter may go.
    model = QStandardItemModel(0, 1)
    model.appendRow(QStandardItem(ROWS[0]))
    view = QTableView()
    model.setParent(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qtbot.addWidget(view)
    focus_like_tab(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert not chosen(view)


@pytest.mark.parametrize(
    "held", [Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_a_row_the_app_selects_is_selected_while_a_modifier_is_held(
    qtbot: QtBot, table: QTableView, held: Qt.KeyboardModifier
) -> None:
    # A list that keeps its selection across a refresh, while the person holds
    # Shift (Shift+Tab) or Ctrl: the kept row is selected, alone.
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    select_row(table, 1)
    key = Qt.Key.Key_Shift if held == Qt.KeyboardModifier.ShiftModifier else Qt.Key.Key_Control
    QTest.keyPress(table, key, held)
    try:
        table.selectionModel().clearSelection()  # as when the rows are read again
        select_row(table, 2)
        assert chosen(table) == [ROWS[2]]
        select_row(table, 2)
        assert chosen(table) == [ROWS[2]]
    finally:
        QTest.keyRelease(table, key, Qt.KeyboardModifier.NoModifier)
