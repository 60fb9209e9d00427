"""A dismissable line above the screens for problems that concern the whole app
(the feed cannot be reached, the data could not be opened), in words, with
what to do next. Problems of one field are shown beside that field instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wheelshare.ui import announce
from wheelshare.ui.widgets.text import keyboard_selectable


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        keyboard_selectable(self.text)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.hide)
        self.retranslate()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def retranslate(self) -> None:
        # The message itself came in words from below; it stays as it was written.
        self.close_button.setText(self.tr("&Dismiss"))
        self.close_button.setAccessibleDescription(self.tr("Hide this message"))
        self.setAccessibleName(self.tr("Problem"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_message(self, text: str) -> None:
        if not text:
            self.hide()
            return
        shown = f"⚠ {text}"
        self.text.setText(shown)
        self.setAccessibleName(self.tr("Problem"))
        self.show()
        announce.announce(self.text, text)
