"""The feed client's parts that need no server: addresses, Retry-After, error bodies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests

from wheelshare.sync.client import FeedClient, RetryPolicy, _rejection, parse_retry_after
from wheelshare.sync.errors import AuthNeededError, FeedAddressError, RejectedError


@pytest.mark.parametrize("url", ["feed.example.org", "ftp://feed.example.org", "https://", ""])
def test_an_unusable_feed_address_is_named(url: str) -> None:
    with pytest.raises(FeedAddressError) as e:
        FeedClient(url)
    assert "is not a feed address" in str(e.value)


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Fri, 01 May 2026 12:00:30 GMT", now) == 30
    assert parse_retry_after("Fri, 01 May 2026 11:00:00 GMT", now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    # A hostile feed's non-ASCII digits are no delay, not a crash.
    assert parse_retry_after("²") is None
    assert parse_retry_after("٣٠") is None


def test_backoff_grows_exponentially_and_is_capped_with_jitter() -> None:
    policy = RetryPolicy(base=0.5, max_wait=5)
    assert [policy.wait(n, lambda: 1.0) for n in range(6)] == [0.5, 1, 2, 4, 5, 5]
    assert policy.wait(3, lambda: 0.25) == 1.0


def _response(status: int, body: bytes) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r._content = body
    r.reason = "Conflict"
    return r


def test_the_servers_error_body_becomes_code_message_and_fields() -> None:
    err = _rejection(
        _response(
            409,
            b'{"error": {"code": "dates_unavailable", "message": "those dates are taken",'
            b' "fields": {"start": "overlaps a confirmed booking"}}}',
        )
    )
    assert isinstance(err, RejectedError)
    assert (err.status, err.code, err.message) == (
        409,
        "dates_unavailable",
        "those dates are taken",
    )
    assert err.fields == {"start": "overlaps a confirmed booking"}
    assert "those dates are taken (start: overlaps a confirmed booking)" in str(err)


def test_an_error_without_a_contract_body_still_reads_well() -> None:
    err = _rejection(_response(409, b"<html>nope</html>"))
    assert err.code == "http_409" and "Conflict" in str(err)
    err = _rejection(_response(422, b'{"detail": [{"loc": ["body", "end"], "msg": "bad"}]}'))
    assert err.fields == {"end": "bad"}
    assert isinstance(_rejection(_response(401, b"{}")), AuthNeededError)
