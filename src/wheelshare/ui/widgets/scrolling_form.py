"""The body shared by the rating dialogs: an introduction, an error banner and a
scrolling area for the fields, so the form stays usable at 200 % text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


def add_scrolling_form(
    owner: QWidget, layout: QVBoxLayout, intro: str
) -> tuple[QLabel, QWidget, QVBoxLayout]:
    """Adds the introduction, a hidden error banner and the scrolling area to
    ``layout``; returns (banner, body, body's layout) for the fields."""
    intro_label = QLabel(intro, owner)
    intro_label.setWordWrap(True)
    layout.addWidget(intro_label)
    banner = QLabel(owner)
    banner.setObjectName("formError")
    banner.setWordWrap(True)
    banner.setVisible(False)
    layout.addWidget(banner)
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # Tab goes to the fields inside; the area itself needs no stop of its own.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(scroll)
    scroll.setWidget(body)
    layout.addWidget(scroll, 1)
    return banner, body, QVBoxLayout(body)
