"""The Trips screen's tables: matches, and my trips, offers and companionships."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from wheelshare.domain.companion_wire import Post
from wheelshare.ui import formatting
from wheelshare.ui.trips import words
from wheelshare.ui.trips.entries import MineEntry
from wheelshare.ui.widgets.table_model import RowsModel

if TYPE_CHECKING:
    from wheelshare.cache.companions import PostMatch


def route(post: Post) -> str:
    return f"{post.journey.origin.name} → {post.journey.destination.name}"


def leaves(post: Post) -> str:
    return formatting.period(post.journey.leaves_from, post.journey.leaves_until)


def rating(post: Post) -> str:
    if post.rating is None:
        return QCoreApplication.translate("TripsModels", "not rated yet")
    return QCoreApplication.translate("TripsModels", "{stars} / 5 ({count})").format(
        stars=formatting.decimal(post.rating), count=post.rating_count
    )


class MatchesModel(RowsModel["PostMatch"]):
    """Matches for the journey in the form, best first, with why each matches."""

    COL_WHO = 0
    COL_ROUTE = 1
    COL_LEAVES = 2
    COL_WHY = 3
    COL_RATING = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mine_origin = ""
        self.mine_destination = ""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TripsModels", "Who"),
            QCoreApplication.translate("TripsModels", "Route"),
            QCoreApplication.translate("TripsModels", "Leaves"),
            QCoreApplication.translate("TripsModels", "Why it matches"),
            QCoreApplication.translate("TripsModels", "Rating"),
        )

    def key(self, row: PostMatch) -> str:
        return row.post.id

    def display(self, row: PostMatch, column: int) -> str:
        post = row.post
        if column == self.COL_WHO:
            if post.compensation is not None:  # a trip: no name in the public feed
                needs = ", ".join(
                    QCoreApplication.translate("Trips", words.HELP[h]) for h in sorted(post.help)
                )
                return QCoreApplication.translate(
                    "TripsModels", "Traveller needing: {needs}"
                ).format(needs=needs)
            return post.companion_name
        if column == self.COL_ROUTE:
            return route(post)
        if column == self.COL_LEAVES:
            return leaves(post)
        if column == self.COL_WHY:
            return words.why(post, row.match, self.mine_origin, self.mine_destination)
        if column == self.COL_RATING:
            if post.compensation is not None:
                return QCoreApplication.translate("TripsModels", "offers {amount}").format(
                    amount=formatting.money(post.compensation)
                )
            return rating(post)
        return ""


class MineModel(RowsModel[MineEntry]):
    """My trips and offers, and the companionships they led to, with their states."""

    COL_WHAT = 0
    COL_ROUTE = 1
    COL_LEAVES = 2
    COL_STATE = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TripsModels", "What"),
            QCoreApplication.translate("TripsModels", "Route"),
            QCoreApplication.translate("TripsModels", "Leaves"),
            QCoreApplication.translate("TripsModels", "State"),
        )

    def key(self, row: MineEntry) -> str:
        return row.key

    def display(self, row: MineEntry, column: int) -> str:
        c = row.companionship
        post = c.trip if c is not None else row.post
        assert post is not None
        if column == self.COL_WHAT:
            if c is not None:
                if row.as_traveller:
                    return QCoreApplication.translate("TripsModels", "{name} helps you").format(
                        name=c.companion_name
                    )
                return QCoreApplication.translate("TripsModels", "You help {name}").format(
                    name=c.traveller_name
                )
            return (
                QCoreApplication.translate("TripsModels", "My trip")
                if row.as_traveller
                else QCoreApplication.translate("TripsModels", "My offer to help")
            )
        if column == self.COL_ROUTE:
            return route(post)
        if column == self.COL_LEAVES:
            return leaves(post)
        if column == self.COL_STATE:
            if c is not None:
                return QCoreApplication.translate("Trips", words.COMPANIONSHIP_STATES[c.status])
            return QCoreApplication.translate("Trips", words.POST_STATES[post.status])
        return ""
