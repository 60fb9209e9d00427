"""The one clock of the app, the feed server and the domain rules.

Everything in wheelshare that asks "what time is it?" asks :func:`now` (or
:func:`today` for a calendar day somewhere), never ``datetime.now`` itself, so
that a test can say what day it is, for every part at once:

- ``WHEELSHARE_NOW`` (an ISO 8601 instant with an offset) sets the clock. The
  clock then runs on at its real speed from that instant, so deadlines, token
  lifetimes and "a minute ago" behave as they do in real use. Tests set it (see
  ``tests/conftest.py``); it is inherited by every process they start, such as
  the demo feed's own process.
- ``WHEELSHARE_NOW_SINCE`` (Unix seconds, optional) is the real moment at which
  it was ``WHEELSHARE_NOW``. Every process of one test run shares it, so they
  all read the same time; without it each process starts the pinned instant
  when it first asks.
- :func:`pinned` fixes the clock in one process for the duration of a ``with``
  block, frozen or running, for unit tests of rules that depend on the hour.

Nothing else reads these variables: with neither set, :func:`now` is the
system's clock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from wheelshare.domain.errors import ValidationError

NOW_VAR = "WHEELSHARE_NOW"
SINCE_VAR = "WHEELSHARE_NOW_SINCE"
# The demo's region: its data lives in France, so its calendar days are Paris days.
PARIS = ZoneInfo("Europe/Paris")

# (the two variables' values) -> offset from the system clock; read once per value.
_offsets: dict[tuple[str, str], timedelta] = {}
# Set by ``pinned``: overrides the environment within one process.
_override: Callable[[], datetime] | None = None


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant with an offset (``Z`` allowed), as aware UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            NOW_VAR, f"{text!r} is not an ISO 8601 date and time", code="bad_instant"
        ) from None
    if moment.tzinfo is None:
        raise ValidationError(NOW_VAR, f"{text!r} needs an offset, e.g. Z", code="bad_instant")
    return moment.astimezone(UTC)


def _offset(pinned: str, since: str) -> timedelta:
    key = (pinned, since)
    offset = _offsets.get(key)
    if offset is None:
        try:
            real = float(since) if since else time.time()
        except ValueError:
            raise ValidationError(
                SINCE_VAR, f"{since!r} is not a number of seconds", code="bad_instant"
            ) from None
        offset = parse_instant(pinned) - datetime.fromtimestamp(real, UTC)
        _offsets[key] = offset
    return offset


def now() -> datetime:
    """The current instant, as an aware UTC datetime."""
    if _override is not None:
        return _override()
    real = datetime.now(UTC)
    pinned = os.environ.get(NOW_VAR)
    if not pinned:
        return real
    return real + _offset(pinned, os.environ.get(SINCE_VAR, ""))


def today(tz: tzinfo = PARIS) -> date:
    """Today's date in ``tz`` (the demo's region, France, unless told otherwise)."""
    return now().astimezone(tz).date()


@contextmanager
def pinned(moment: datetime, *, frozen: bool = True) -> Iterator[datetime]:
    """Within the block, :func:`now` is ``moment``: always (``frozen``), or from
    ``moment`` on at the real speed. Yields ``moment`` in UTC."""
    global _override
    if moment.tzinfo is None:
        raise ValueError("pinned() needs an aware datetime")
    start = moment.astimezone(UTC)
    if frozen:

        def source() -> datetime:
            return start

    else:
        offset = start - datetime.now(UTC)

        def source() -> datetime:
            return datetime.now(UTC) + offset

    previous, _override = _override, source
    try:
        yield start
    finally:
        _override = previous


__all__ = ["NOW_VAR", "PARIS", "SINCE_VAR", "now", "parse_instant", "pinned", "today"]
