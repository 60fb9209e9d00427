"""Headings stay larger than the body text at every text size, also after a change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.ui import theme
from wheelshare.ui.widgets.headings import DETAIL, Heading, as_heading


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_a_heading_stays_larger_than_body_text_when_the_text_grows_to_200(
    qtbot: QtBot, app: QApplication
) -> None:
    theme.apply(app, "default", 100)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    heading = Heading("My bookings", page)
    detail = as_heading(QLabel("Renault Kangoo", page), DETAIL, "detailHeading")
    body = QLabel("Nothing booked yet.", page)
    for label in (heading, detail, body):
        layout.addWidget(label)
    assert heading.font().pointSizeF() > detail.font().pointSizeF() > body.font().pointSizeF()
    at_100 = heading.font().pointSizeF()

    theme.apply(app, "default", 200)  # the person raises the text size while the page is open
    assert heading.font().pointSizeF() == pytest.approx(at_100 * 2, rel=0.05)
    assert heading.font().pointSizeF() > detail.font().pointSizeF() > body.font().pointSizeF()
    assert heading.font().bold() and detail.font().bold()
    assert detail.objectName() == "detailHeading"
