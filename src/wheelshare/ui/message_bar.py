"""A dismissable line above the screens for problems that concern the whole app
(the feed cannot be reached, the data could not be opened), in words, with
what to do next. Problems of one field are shown beside that field instead.

A message is kept as what it says (a session :class:`Notice`, or a function
giving its words), not as a sentence: it is worded again after a language
change, and a problem about reaching the feed goes away by itself once a sync
goes through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wheelshare.ui import announce
from wheelshare.ui.session import Notice, SyncState
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
        self._words: Callable[[], str] | None = None
        self._about_sync = False
        self.retranslate()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("&Dismiss"))
        self.close_button.setAccessibleDescription(self.tr("Hide this message"))
        self.setAccessibleName(self.tr("Problem"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._words is not None:
                self.text.setText(f"⚠ {self._words()}")

    def show_notice(self, notice: Notice) -> None:
        """Shows a session's notice, worded now and again after a language change."""
        self.show_message(notice.text, about_sync=notice.about_sync)

    def show_message(self, text: str | Callable[[], str], about_sync: bool = False) -> None:
        """``text``: the words, or a function giving them in the language in use;
        ``about_sync``: withdrawn once a sync goes through (see :meth:`follow`)."""
        words = text if callable(text) else (lambda: text)
        shown = words()
        if not shown:
            self.hide()
            return
        self._words = words
        self._about_sync = about_sync
        self.text.setText(f"⚠ {shown}")
        self.setAccessibleName(self.tr("Problem"))
        self.show()
        announce.announce(self.text, shown)

    def follow(self, state: SyncState) -> None:
        """A problem about reaching the feed goes once a sync has gone through."""
        if self._about_sync and not state.syncing and state.ready and state.problem is None:
            self._about_sync = False
            self._words = None
            self.hide()
