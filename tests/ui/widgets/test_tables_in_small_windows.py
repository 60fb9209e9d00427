"""Tables in a window too small for them (large text, long translations): the
stretching column keeps its words, and the arrows never move the chosen row
out of sight."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.ui.widgets.tables import make_table

from .test_tables import focus_like_tab


def _bookings_like(rows: int = 3) -> QStandardItemModel:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Véhicule", "Dates", "État"])
    for n in range(rows):
        model.appendRow(
            [
                QStandardItem(f"Renault Kangoo TPMR {n}"),
                QStandardItem("du 3 déc. 2026 à 18:00 au 4 déc. 2026 à 18:00"),
                QStandardItem("En attente d’envoi"),
            ]
        )
    return model


def test_the_status_column_keeps_its_words_and_scrolls_into_view(qtbot: QtBot) -> None:
    model = _bookings_like()
    view = make_table(model, "Mes réservations", sort="none", stretch=2)
    model.setParent(view)
    qtbot.addWidget(view)
    view.resize(420, 300)  # narrower than the three columns
    focus_like_tab(qtbot, view)
    QApplication.processEvents()
    status = view.horizontalHeader()
    assert status.sectionSize(2) >= view.sizeHintForColumn(2), "État is cut short"
    assert view.horizontalScrollBar().maximum() > 0
    # The arrows take the focus to the status: the table scrolls to show it whole.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    current = view.currentIndex()
    assert current.column() == 2
    assert view.viewport().rect().contains(view.visualRect(current))
    # Wide enough again: the status takes the spare width, nothing scrolls.
    view.resize(2000, 300)
    QApplication.processEvents()
    assert view.horizontalScrollBar().maximum() == 0
    used = sum(status.sectionSize(c) for c in range(3))
    assert used >= view.viewport().width() - 1


def test_arrows_in_a_table_shown_at_full_height_scroll_its_pane(qtbot: QtBot) -> None:
    """The venue's criteria table is as tall as its rows; the pane around it scrolls."""
    from wheelshare.ui.venues import detail as venue_detail

    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window)
    area = QScrollArea(window)
    window.layout().addWidget(area)
    inner = QWidget()
    box = QVBoxLayout(inner)
    model = _bookings_like(rows=40)
    table = venue_detail._table(model, "Critères", inner)  # type: ignore[arg-type]
    model.setParent(table)
    box.addWidget(table)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    window.resize(500, 300)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    venue_detail._fit_height(table)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    for _ in range(30):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    QApplication.processEvents()
    row = table.visualRect(table.currentIndex())
    top_left = table.viewport().mapTo(area.viewport(), row.topLeft())
    assert table.currentIndex().row() == 29
    assert area.viewport().rect().contains(QRect(top_left, row.size())), "row 30 is out of sight"
