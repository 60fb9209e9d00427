"""What every screen of the main window is: a :class:`Page`.

The main window builds a screen the first time the person opens it, as
``PageClass(ctx, parent)``, and then relies on this contract only:

- :meth:`Page.initial_focus` — where the keyboard goes when the screen is
  reached with its shortcut (Ctrl+1 …);
- :meth:`Page.retranslate` — every text of the screen in the language now in
  use. It is called once by the screen itself when built, and again on each
  language change: :meth:`Page.changeEvent` catches ``LanguageChange`` and
  calls it, so there is one way to follow a language switch;
- :meth:`Page.page_shown` — each time the person navigates to the screen;
- :meth:`Page.page_closing` — when the window closes (save splitter sizes…);
- :attr:`Page.open_elsewhere` — ``(screen key, record id)``: the person asked
  to see a record on another screen ("Message the owner", "Show in My
  bookings"); the window shows that screen and calls its
  :meth:`Page.open_record`;
- :attr:`Page.badge_changed` — a count for the screen's navigation entry
  (e.g. requests waiting) and the words a screen reader says for it. A
  screen without a count never emits it; one with a count also names a
  :class:`Badge` in its row of ``pages.PAGES``, which counts before the
  screen is first opened.

A screen reads data through ``self.session`` (:class:`~wheelshare.ui.session.Session`):
``query`` and ``run_action`` always answer, through ``on_done`` or ``on_error``;
while the cache is not open yet ``on_error`` receives
:class:`~wheelshare.ui.session.DataNotReady`, whose words the screen shows.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from wheelshare.ui.context import AppContext

if TYPE_CHECKING:
    from wheelshare.cache import Cache
    from wheelshare.ui.session import Session

_REQUIRED = ("initial_focus", "retranslate")


class Page(QWidget):
    """Base class of every screen; see the module's documentation."""

    badge_changed = Signal(int, str)
    open_elsewhere = Signal(str, str)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Qt's metaclass does not enforce abstract methods: a screen that forgets
        # one fails here, when its module is imported, not when someone switches
        # language or presses its shortcut.
        super().__init_subclass__(**kwargs)
        missing = [name for name in _REQUIRED if getattr(cls, name) is getattr(Page, name)]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @property
    def session(self) -> Session:
        return self.ctx.session

    @abstractmethod
    def initial_focus(self) -> QWidget:
        """The control the keyboard lands on when the screen is reached."""

    @abstractmethod
    def retranslate(self) -> None:
        """Sets every text of the screen in the language now in use."""

    def page_shown(self) -> None:
        """Called each time the person navigates to the screen."""

    def page_closing(self) -> None:
        """Called when the main window closes."""

    def open_record(self, record_id: str) -> None:
        """Shows one record (a booking…) that another screen asked for; a
        screen that shows none leaves it."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class Badge(QObject):
    """Counts for a screen's navigation entry without building the screen:
    emits ``badge_changed(count, words)`` whenever the count may have changed."""

    badge_changed = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx


class CountingBadge(Badge):
    """A badge whose count is read from the cache on the worker, again whenever
    the session's data changes; before the data is open the entry shows none."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.count = 0
        ctx.session.data_changed.connect(self.refresh)
        ctx.session.ready.connect(self.refresh)
        self.refresh()

    @abstractmethod
    def count_in(self, cache: Cache, user_id: str) -> int:
        """The count, for the signed-in person (runs on the worker)."""

    @abstractmethod
    def words(self, n: int) -> str:
        """What the count counts, shown beside the screen's name and said by a
        screen reader with it."""

    def refresh(self) -> None:
        session = self.ctx.session
        if not session.is_ready:
            return
        user_id = session.state.user_id
        session.query(lambda cache: self.count_in(cache, user_id), self._counted)

    def _counted(self, n: int) -> None:
        self.count = n
        self.badge_changed.emit(n, self.words(n))
