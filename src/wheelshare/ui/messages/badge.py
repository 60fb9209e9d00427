"""The number of unread messages, for the navigation entry of *Messages*,
counted without building that screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wheelshare.ui.messages.models import unread_words
from wheelshare.ui.page import CountingBadge

if TYPE_CHECKING:
    from wheelshare.cache import Cache


class MessagesBadge(CountingBadge):
    def count_in(self, cache: Cache, user_id: str) -> int:
        # Imported on the worker: the database layer is slow to import.
        from wheelshare.ui.messages import data

        return data.total_unread(cache, user_id)

    def words(self, n: int) -> str:
        return unread_words(n)
