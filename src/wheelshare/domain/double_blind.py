"""The double-blind rule of reviews between two people.

After a shared rental or trip, each person reviews the other. Neither review
is shown until both are in, or until ``BLIND_PERIOD`` after the end, whichever
comes first: nobody writes in answer to what the other wrote, and nobody can
hold their review back to keep the other's hidden for ever. Used by companion
ratings and by the reviews between a renter and an owner.
"""

from __future__ import annotations

from datetime import datetime, timedelta

BLIND_PERIOD = timedelta(days=14)


def shown_from(ended_at: datetime) -> datetime:
    """When a review shows even if the other person never writes theirs."""
    return ended_at + BLIND_PERIOD


def visible(reviews_in: int, ended_at: datetime | None, now: datetime) -> bool:
    """Whether a review shows now: both are in, or the blind period has passed."""
    if reviews_in >= 2:
        return True
    return ended_at is not None and now >= shown_from(ended_at)
