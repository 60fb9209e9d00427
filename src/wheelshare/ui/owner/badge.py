"""The number of requests waiting for the owner, for the navigation entry of
*My vehicles*, counted without building that screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wheelshare.ui.owner import data
from wheelshare.ui.page import CountingBadge

if TYPE_CHECKING:
    from wheelshare.cache import Cache


def badge_words(n: int) -> str:
    """What the count counts, shown beside the screen's name and said by a
    screen reader with it."""
    if n == 0:
        return QCoreApplication.translate("InboxBadge", "no requests waiting")
    if n == 1:
        return QCoreApplication.translate("InboxBadge", "1 request waiting")
    return QCoreApplication.translate("InboxBadge", "{n} requests waiting").format(n=n)


class InboxBadge(CountingBadge):
    def count_in(self, cache: Cache, user_id: str) -> int:
        view = data.owner_view(cache, user_id)
        return len([b for b in view.requests if b.id not in view.pending_bookings])

    def words(self, n: int) -> str:
        return badge_words(n)
