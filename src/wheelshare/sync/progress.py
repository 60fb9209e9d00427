"""What a sync tells the person while it runs, and how they stop it.

Plain Python so that a Qt worker thread can wrap it: the worker passes a
callable that re-emits ``SyncProgress`` as a signal, and calls
``CancelToken.cancel()`` (:mod:`wheelshare.cancel`) from the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from wheelshare.cancel import CancelToken


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A snapshot: ``phase`` is "push" or "pull"; ``estimated`` is 0 when unknown."""

    phase: str
    done: int
    estimated: int
    message: str
    # What is stored so far can be listed: the vehicles of a first sync are in,
    # with their search indexes, while the rest is still being stored.
    listable: bool = False


__all__ = ["CancelToken", "SyncProgress", "no_progress"]


def no_progress(_: SyncProgress) -> None:
    """A progress callback for callers that show nothing."""
