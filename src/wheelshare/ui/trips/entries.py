"""What the Trips screen lists as "My trips" (no database here: the screen
imports it on the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass

from wheelshare.domain.companion_wire import CompanionRating, Companionship, Post


@dataclass(frozen=True, slots=True)
class MineEntry:
    """One row of "My trips": a trip or an offer of mine, or a companionship
    (as traveller or as companion), with the ratings I can see."""

    post: Post | None = None
    companionship: Companionship | None = None
    as_traveller: bool = False
    ratings: tuple[CompanionRating, ...] = ()

    @property
    def key(self) -> str:
        if self.companionship is not None:
            return f"c:{self.companionship.id}"
        assert self.post is not None
        return f"p:{self.post.id}"


@dataclass(frozen=True, slots=True)
class TripsData:
    mine: list[MineEntry]
    waiting: int  # trip actions still in the outbox
