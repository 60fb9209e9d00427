"""Scrolling bodies, so a form stays usable at 200 % text: the one every long
screen part uses (:func:`scrolling_body`), and the rating dialogs' body with an
introduction and an error banner above it (:func:`add_scrolling_form`)."""

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
    body, body_layout = scrolling_body(owner, layout)
    return banner, body, body_layout


def scrolling_body(owner: QWidget, layout: QVBoxLayout) -> tuple[QWidget, QVBoxLayout]:
    """Adds a frameless scrolling area to ``layout``; returns its body and the
    body's layout, for the content."""
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # Tab goes to the fields inside; the area itself needs no stop of its own.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(scroll)
    scroll.setWidget(body)
    layout.addWidget(scroll, 1)
    return body, QVBoxLayout(body)
