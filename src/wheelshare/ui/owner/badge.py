"""The number of requests waiting for the owner, for the navigation entry of
*My vehicles*, counted without building that screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wheelshare.ui.context import AppContext
from wheelshare.ui.owner import data


def badge_words(n: int) -> str:
    """What a screen reader says with the count."""
    if n == 0:
        return QCoreApplication.translate("InboxBadge", "no requests waiting")
    if n == 1:
        return QCoreApplication.translate("InboxBadge", "1 request waiting for your answer")
    return QCoreApplication.translate("InboxBadge", "{n} requests waiting for your answer").format(
        n=n
    )


class InboxBadge(QObject):
    """Emits ``badge_changed(count, words)`` whenever the session's data changes."""

    badge_changed = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Any = ctx.session
        self.count = 0
        for name in ("data_changed", "ready"):
            signal = getattr(self.session, name, None)
            if signal is not None:
                signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        query = getattr(self.session, "query", None)
        if query is None or getattr(self.session, "cache", None) is None:
            return
        state = getattr(self.session, "state", None)
        owner_id = str(getattr(state, "user_id", "") or "")
        query(lambda cache: data.owner_view(cache, owner_id), self._counted)

    def _counted(self, view: data.OwnerView) -> None:
        self.count = len([b for b in view.requests if b.id not in view.pending_bookings])
        self.badge_changed.emit(self.count, badge_words(self.count))
