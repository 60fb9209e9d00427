"""A notice above the screens that takes one line until a person asks for more.

The short summary stays on the same line as the buttons and wraps only when
it does not fit; the longer explanation and the notice's own actions show
under it once *Details* is pressed. At 200 % text the notices stacked above a
screen took half the window, leaving a table a couple of rows.

*Details* is a toggle button: screen readers say "pressed" or "not pressed",
its words turn to "Less" while open, and the explanation is announced as it
opens. The Alt+letters of every screen leave few free for what shows above
them all: the disclosure takes one, the close button none (like the × of a
notice bar, it is reached with Tab).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui import announce
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.text import keyboard_selectable


def _text_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return keyboard_selectable(label)


class NoticeBar(QFrame):
    """Summary, *Details* and *Dismiss* on one line; the details and the
    actions added with :meth:`add_action` under it while expanded."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        # The frame sets the notice apart: above and below, just room for the
        # focus frame of its buttons; every pixel here is taken from the screen.
        margins = layout.contentsMargins()
        layout.setContentsMargins(margins.left() // 2, 2, margins.right() // 2, 2)
        self._more = self._less = ""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.summary = _text_label()
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._dismiss)
        row.addWidget(self.summary, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.details = _text_label()
        layout.addWidget(self.details)
        # The actions wrap under each other when they do not fit on one line.
        self.action_row = QWidget(self)
        self.action_row.setSizePolicy(flow_policy())
        self._actions_row = FlowLayout(self.action_row)
        self._actions_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.action_row)
        self._show_details(False)

    def set_button_words(self, more: str, less: str, close: str, close_description: str) -> None:
        """The disclosure's words, closed and open, and the close button's."""
        self._more, self._less = more, less
        self.details_button.setText(less if self.expanded else more)
        self.close_button.setText(close)
        self.close_button.setAccessibleDescription(close_description)

    def add_action(self, button: QAbstractButton) -> None:
        self._actions_row.addWidget(button)

    def set_text(self, summary: str, details: str = "") -> None:
        """``details``: the rest of what there is to say; none, no *Details* button."""
        self.summary.setText(summary)
        self.details.setText(details)
        self.details_button.setVisible(bool(details) or self._actions_row.count() > 0)
        self.details_button.setAccessibleDescription(details)

    @property
    def expanded(self) -> bool:
        return self.details_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.details_button.setChecked(expanded)

    def _show_details(self, expanded: bool) -> None:
        self.details_button.setText(self._less if expanded else self._more)
        self.details.setVisible(expanded and bool(self.details.text()))
        self.action_row.setVisible(expanded and self._actions_row.count() > 0)
        if expanded and self.details.text():
            announce.announce(self.details, self.details.text())

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
