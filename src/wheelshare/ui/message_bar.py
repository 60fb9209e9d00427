"""A dismissable notice above the screens for problems that concern the whole
app (the feed cannot be reached, the data could not be opened), in words, with
what to do next. Problems of one field are shown beside that field instead.

A message is kept as what it says (a session :class:`Notice`, or a function
giving its words), not as a sentence: it is worded again after a language
change, and a problem about reaching the feed goes away by itself once a sync
goes through. A problem that lasts the whole run (no keyring) shows its short
form on one line, the whole sentence under *Details*; hidden, it stays hidden
at the next starts too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from wheelshare.domain.problems import ProblemCode
from wheelshare.ui import announce
from wheelshare.ui.session import Notice, SyncState
from wheelshare.ui.settings import KEYRING_NOTICE_DISMISSED, Setting, Settings
from wheelshare.ui.widgets.notice_bar import NoticeBar

# Problems that are the same at every start: once hidden, not shown again.
REMEMBERED: dict[ProblemCode, Setting[bool]] = {
    ProblemCode.KEYRING_UNAVAILABLE: KEYRING_NOTICE_DISMISSED,
}


def _nothing() -> str:
    return ""


class MessageBar(NoticeBar):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._settings = settings
        self._words: Callable[[], str] | None = None
        self._short: Callable[[], str] = _nothing
        self._remembered: Setting[bool] | None = None
        self._about_sync = False
        self.dismissed.connect(self._remember)
        self.retranslate()
        self.hide()

    @property
    def text(self) -> QLabel:
        """The line that is always shown."""
        return self.summary

    def retranslate(self) -> None:
        self.set_button_words(
            self.tr("&Details"),
            self.tr("Fewer details"),
            self.tr("Dismiss"),
            self.tr("Hide this message"),
        )
        self.setAccessibleName(self.tr("Problem"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._words is not None:
                self._word(self._words(), self._short())

    def _word(self, words: str, short: str) -> None:
        if short:
            self.set_text(f"⚠ {short}", words)
        else:
            self.set_text(f"⚠ {words}")

    def show_notice(self, notice: Notice) -> None:
        """Shows a session's notice, worded now and again after a language change."""
        remembered = REMEMBERED.get(notice.problem.code)
        settings = self._settings
        if remembered is not None and settings is not None and settings.get(remembered):
            return
        self.show_message(notice.text, about_sync=notice.about_sync, short=notice.headline)
        self._remembered = remembered

    def show_message(
        self,
        text: str | Callable[[], str],
        about_sync: bool = False,
        short: Callable[[], str] = _nothing,
    ) -> None:
        """``text``: the words, or a function giving them in the language in use;
        ``about_sync``: withdrawn once a sync goes through (see :meth:`follow`);
        ``short``: the words' short form, with the words themselves under *Details*."""
        words = text if callable(text) else (lambda: text)
        shown = words()
        if not shown:
            self.hide()
            return
        self._words = words
        self._short = short
        self._remembered = None
        self._about_sync = about_sync
        self.set_expanded(False)
        self._word(shown, short())
        self.setAccessibleName(self.tr("Problem"))
        self.show()
        announce.announce(self.summary, shown)

    def _remember(self) -> None:
        if self._remembered is not None and self._settings is not None:
            self._settings.set(self._remembered, True)

    def follow(self, state: SyncState) -> None:
        """A problem about reaching the feed goes once a sync has gone through."""
        if self._about_sync and not state.syncing and state.ready and state.problem is None:
            self._about_sync = False
            self._words = None
            self.hide()
