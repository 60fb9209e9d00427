"""Contributions and reports per account are limited, whatever is sent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from wheelshare.feed.settings import RateLimit
from wheelshare.feed.testing import LiveFeed

from .conftest import make_feed
from .helpers import error_of


@pytest.fixture(scope="module")
def strict_feed(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveFeed]:
    folder: Path = tmp_path_factory.mktemp("limits")
    with make_feed(
        backend,
        request,
        folder,
        contributions_per_account=RateLimit(3, timedelta(days=1)),
        reports_per_account=RateLimit(2, timedelta(days=1)),
    ) as f:
        yield f


def test_a_flood_of_venues_from_one_account_is_stopped(strict_feed: LiveFeed) -> None:
    feed = strict_feed
    spammer = feed.register()
    answers = []
    for i in range(5):
        body = {
            "name": f"Spam {i} {uuid.uuid4().hex[:6]}",
            "category": "shop",
            "location": {"lat": 48.85 + i / 1000, "lon": 2.35},
            "odbl_consent": True,
        }
        answers.append(feed.http.post(f"{feed.url}/v1/venues", json=body, headers=spammer.headers))
    assert [r.status_code for r in answers] == [201, 201, 201, 429, 429]
    assert error_of(answers[-1])["code"] == "rate_limited"
    assert int(answers[-1].headers["Retry-After"]) > 0
    # Someone else is not held back by it.
    other = feed.http.post(
        f"{feed.url}/v1/venues",
        json={
            "name": f"Fine {uuid.uuid4().hex[:6]}",
            "category": "shop",
            "location": {"lat": 48.84, "lon": 2.35},
            "odbl_consent": True,
        },
        headers=feed.register().headers,
    )
    assert other.status_code == 201


def test_a_flood_of_reports_from_one_account_is_stopped(strict_feed: LiveFeed) -> None:
    feed = strict_feed
    changes, _ = feed.all_changes()
    venues = [c["id"] for c in changes if c["kind"] == "venue" and c["op"] == "upsert"][:4]
    reporter = feed.register()
    codes = [
        feed.http.post(
            f"{feed.url}/v1/reports",
            json={"target_kind": "venue", "target_id": v, "reason": "Wrong"},
            headers=reporter.headers,
        ).status_code
        for v in venues
    ]
    assert codes == [201, 201, 429, 429]
