"""Small helpers shared by the feed tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import requests

from wheelshare.domain import clock
from wheelshare.domain.wire import format_time


def at(days: float, hours: float = 0) -> datetime:
    """A moment ``days`` from now, to the second."""
    moment = clock.now() + timedelta(days=days, hours=hours)
    return moment.replace(microsecond=0)


def error_of(response: requests.Response) -> dict[str, Any]:
    """The contract's error object; fails when the body does not have its shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    err: dict[str, Any] = body["error"]
    assert set(err) == {"code", "message", "fields"}, err
    assert isinstance(err["message"], str) and err["message"]
    return err


def period(start: datetime, end: datetime) -> dict[str, str]:
    return {"start": format_time(start), "end": format_time(end)}
