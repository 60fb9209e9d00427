"""Text a keyboard user can reach, select and copy, with a visible focus frame.

Qt draws no focus indication on a label. The theme frames every label marked
with :data:`KEYBOARD_TEXT` (a transparent border that takes the focus colour),
so a label that takes the focus shows it like any other control does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# The dynamic property the theme's style sheet selects on.
KEYBOARD_TEXT = "keyboardText"
# The parts of a widget's text that are data (a venue's name, a town), shown
# as the feed holds them in every language; the accessibility audits take the
# rest of the text as words that must be translated.
DATA_TEXT = "wheelshare-data-text"


def mark_data(widget: QWidget, *parts: str) -> None:
    """Says which parts of ``widget``'s text are data rather than words."""
    widget.setProperty(DATA_TEXT, [p for p in parts if p])


def keyboard_selectable(label: QLabel, links: bool = False) -> QLabel:
    """Makes ``label``'s text selectable by mouse and keyboard (and its links
    reachable by Tab when ``links``), framed by the theme when it has the focus."""
    flags = Qt.TextInteractionFlag.TextSelectableByMouse | (
        Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    if links:
        flags |= Qt.TextInteractionFlag.TextBrowserInteraction
    label.setTextInteractionFlags(flags)
    label.setProperty(KEYBOARD_TEXT, True)
    return label


class SelectableText(QLabel):
    """Plain, wrapping text a keyboard user can select, that takes the focus only
    while it says something: an empty stop in the Tab order would be announced
    as a nameless label."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        keyboard_selectable(self)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._focus_if_text()

    def clear(self) -> None:
        super().clear()
        self._focus_if_text()

    def _focus_if_text(self) -> None:
        # Set after the interaction flags, which choose a focus policy of their own.
        has_text = bool(self.text().strip())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_text else Qt.FocusPolicy.NoFocus)


__all__ = ["DATA_TEXT", "KEYBOARD_TEXT", "SelectableText", "keyboard_selectable", "mark_data"]
