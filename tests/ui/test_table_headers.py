"""Every table's header shows its whole text at the largest text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from .conftest import AppFactory


@pytest.mark.parametrize("screen", ["find", "bookings"])
def test_table_headers_fit_their_text_at_200_percent(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot, screen: str
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync", "--text-scale", "200")
    window.show_page(screen)
    page = window.page(screen)
    tables = [t for t in page.findChildren(QTableView) if t.isVisible()]
    assert tables
    for table in tables:
        header = table.horizontalHeader()
        qtbot.waitUntil(lambda h=header: h.height() > 0)
        # The room inside the header's frame (the style sheet gives item views
        # a border and padding) holds a whole line of its text.
        assert header.viewport().height() >= header.fontMetrics().height(), table.objectName()
