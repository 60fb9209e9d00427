"""The number of requests waiting for the owner, for the navigation entry of
*My vehicles*, counted without building that screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from wheelshare.ui.context import AppContext
from wheelshare.ui.owner import data
from wheelshare.ui.page import Badge


def badge_words(n: int) -> str:
    """What the count counts, shown beside the screen's name and said by a
    screen reader with it."""
    if n == 0:
        return QCoreApplication.translate("InboxBadge", "no requests waiting")
    if n == 1:
        return QCoreApplication.translate("InboxBadge", "1 request waiting")
    return QCoreApplication.translate("InboxBadge", "{n} requests waiting").format(n=n)


class InboxBadge(Badge):
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
            return  # no count until the data is open: the entry shows none
        owner_id = session.state.user_id
        session.query(lambda cache: data.owner_view(cache, owner_id), self._counted)

    def _counted(self, view: data.OwnerView) -> None:
        self.count = len([b for b in view.requests if b.id not in view.pending_bookings])
        self.badge_changed.emit(self.count, badge_words(self.count))
