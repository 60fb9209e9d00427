"""Text a keyboard user can reach, select and copy, with a visible focus frame.

Qt draws no focus indication on a label. The theme frames every label marked
with :data:`KEYBOARD_TEXT` (a transparent border that takes the focus colour),
so a label that takes the focus shows it like any other control does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# The dynamic property the theme's style sheet selects on.
KEYBOARD_TEXT = "keyboardText"


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


__all__ = ["KEYBOARD_TEXT", "keyboard_selectable"]
