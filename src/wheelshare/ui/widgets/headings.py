"""Headings: bold text a size above the body text, through the theme.

A heading's size is a factor of the application font (``theme.scaled_font``),
taken again whenever the application font changes, so a heading stays larger
than the body text at every text size, 200 % included. A font set once from
the label's own font would keep its old point size when the text size changes.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from wheelshare.ui import theme

L = TypeVar("L", bound=QLabel)

# The title of a screen, and the title of a dialog or of what a detail pane shows.
PAGE = 1.4
DETAIL = 1.3


class _FollowsTextSize(QObject):
    """Sets its label's heading font again when the application font changes.

    A label with a font of its own gets no font change from its window, and
    Qt tells only windows that the application font changed; the application's
    ``fontChanged`` signal reaches every heading."""

    def __init__(self, label: QLabel, scale: float) -> None:
        super().__init__(label)
        self._label = label
        self._scale = scale
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        self._label.setFont(theme.scaled_font(self._scale, bold=True))


def as_heading(label: L, scale: float = PAGE, object_name: str = "pageHeading") -> L:
    """Makes ``label`` (any kind of label) a heading ``scale`` times the application
    font, bold, that follows the text size."""
    label.setObjectName(object_name)
    if label.findChild(_FollowsTextSize) is None:
        _FollowsTextSize(label, scale)
    return label


class Heading(QLabel):
    """A bold label ``scale`` times the application font (see :func:`as_heading`)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        scale: float = PAGE,
        object_name: str = "pageHeading",
        wrap: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self.setWordWrap(wrap)
        as_heading(self, scale, object_name)
