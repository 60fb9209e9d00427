"""Reads and actions for the Trips screen, run on the worker against the cache."""

from __future__ import annotations

from wheelshare.cache import Cache
from wheelshare.cache.companions import (
    PostMatch,
    find_matches,
    is_trip,
    my_companionships,
    my_posts,
    ratings_of,
)
from wheelshare.domain.companions import Journey
from wheelshare.sync import outbox
from wheelshare.sync.actions import Action
from wheelshare.ui.trips.entries import MineEntry, TripsData

# The actions whose results the screen shows, waiting in the outbox.
TRIP_ACTIONS = frozenset(
    {
        "post_trip",
        "post_companion_offer",
        "cancel_trip",
        "cancel_companion_offer",
        "offer_help",
        "accept_help",
        "decline_help",
        "cancel_companionship",
        "rate_companion",
    }
)


def load(cache: Cache, user_id: str) -> TripsData:
    with cache.session() as s:
        posts = my_posts(s)
        companionships = my_companionships(s)
        rated = {c.id: tuple(ratings_of(s, c.id)) for c in companionships}
    entries = [
        MineEntry(
            companionship=c,
            as_traveller=c.traveller_id == user_id,
            ratings=rated[c.id],
        )
        for c in companionships
    ]
    entries += [MineEntry(post=p, as_traveller=is_trip(p)) for p in posts]
    waiting = sum(
        1
        for item in outbox.pending_actions(cache)
        if item.kind in TRIP_ACTIONS and item.state != outbox.REJECTED
    )
    return TripsData(entries, waiting)


def matches(cache: Cache, journey: Journey, among: str) -> list[PostMatch]:
    with cache.session() as s:
        return find_matches(s, journey, among, limit=50)


def send(cache: Cache, action: Action) -> None:
    outbox.queue(cache, action)
