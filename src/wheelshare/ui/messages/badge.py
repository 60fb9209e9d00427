"""The number of unread messages, for the navigation entry of *Messages*,
counted without building that screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wheelshare.ui.context import AppContext
from wheelshare.ui.messages.models import unread_words
from wheelshare.ui.page import Badge

if TYPE_CHECKING:
    from wheelshare.cache import Cache


def _count(cache: Cache, me: str) -> int:
    # Imported on the worker: the database layer is slow to import.
    from wheelshare.ui.messages import data

    return data.total_unread(cache, me)


class MessagesBadge(Badge):
    """Emits ``badge_changed(count, words)`` whenever the session's data changes."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.count = 0
        ctx.session.data_changed.connect(self.refresh)
        ctx.session.ready.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if not session.is_ready:
            return
        me = session.state.user_id
        session.query(lambda cache: _count(cache, me), self._counted)

    def _counted(self, n: int) -> None:
        self.count = n
        self.badge_changed.emit(n, unread_words(n))
