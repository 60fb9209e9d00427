"""*Find a vehicle* at the size the window opens with on a laptop, at 100 and
200 % text in French: the filters in a column of their own, the results wide enough to
read more than one column, nothing outside the window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from . import audit


def _inside_window(window: QWidget, w: QWidget) -> bool:
    top_left = w.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, w.size()))


@pytest.mark.parametrize("scale", [100, 200])
def test_find_in_french_on_a_laptop_screen(
    main_window: Callable[..., QWidget], qtbot: QtBot, scale: int
) -> None:
    window = main_window("--text-scale", str(scale), "--lang", "fr", screen="1366x768")
    window.show_page("find")  # type: ignore[attr-defined]
    QApplication.processEvents()
    page = window.page("find")  # type: ignore[attr-defined]
    table, sidebar = page.table, page.form_scroll
    print(
        f"window {window.width()}×{window.height()}, page {page.width()}×{page.height()},"
        f" sidebar {sidebar.width()}×{sidebar.height()},"
        f" results {table.viewport().width()}×{table.viewport().height()},"
        f" detail {page.detail.width()}×{page.detail.height()}"
    )

    # The results: at least the vehicle and its town in full, beside the filters.
    two_columns = table.columnWidth(0) + table.columnWidth(1)
    assert table.viewport().width() >= two_columns, (table.viewport().width(), two_columns)
    assert sidebar.geometry().right() < table.mapTo(page, QPoint(0, 0)).x()
    # The filters: a column the height of the screen, not a small box to scroll
    # sideways in.
    assert sidebar.height() >= page.height() * 0.8
    assert not sidebar.horizontalScrollBar().isVisible()
    # Each date whole, not its last characters.
    for field in (page.form.dates.start_field, page.form.dates.end_field):
        edit = field.date_edit
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.contentsRect().width()
    # The Search button one Tab after the place.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    page.form.place_edit.setFocus()
    qtbot.keyClick(page.form.place_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.search_button

    outside = [
        audit.describe(w)
        for w in audit.shown(page)
        if not audit.is_internal(w)
        and (audit.takes_tab_focus(w) or audit.clickable(w))
        and not audit._inside(w, (QAbstractScrollArea,))
        and not _inside_window(window, w)
    ]
    assert not outside, outside
    report = audit.audit_on_screen(page)
    assert not report.problems, "\n".join(report.problems)
