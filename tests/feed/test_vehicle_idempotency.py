"""A listing resent by an outbox (the answer was lost) must not list a second vehicle."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

from wheelshare.feed.testing import Account, LiveFeed

from .helpers import error_of

BODY: dict[str, Any] = {
    "title": "Van with a side ramp",
    "location": {"lat": 45.76, "lon": 4.84, "city": "Lyon", "address": ""},
    "adaptations": {"side_ramp": True},
    "prices": {
        "half_day": {"amount": 3000, "currency": "EUR"},
        "day": {"amount": 5000, "currency": "EUR"},
        "week": {"amount": 25000, "currency": "EUR"},
    },
}


def _post(feed: LiveFeed, owner: Account, body: dict[str, Any], key: str) -> requests.Response:
    return feed.http.post(
        f"{feed.url}/v1/vehicles",
        json=body,
        headers={**owner.headers, "Idempotency-Key": key},
    )


def _post_alone(feed: LiveFeed, owner: Account, key: str) -> requests.Response:
    """One connection per request, as separate resends would have."""
    return requests.post(
        f"{feed.url}/v1/vehicles",
        json=BODY,
        headers={**owner.headers, "Idempotency-Key": key},
        timeout=30,
    )


def _listed_by(feed: LiveFeed, owner: Account) -> set[str]:
    changes, _ = feed.all_changes()
    return {
        c["id"]
        for c in changes
        if c["kind"] == "vehicle" and c["data"] and c["data"]["owner_id"] == owner.id
    }


def test_the_same_key_again_answers_with_the_same_vehicle(feed: LiveFeed) -> None:
    owner, key = feed.register(), str(uuid.uuid4())
    first = _post(feed, owner, BODY, key)
    again = _post(feed, owner, BODY, key)
    assert first.status_code == 201, first.text
    assert again.status_code == 200, again.text
    assert again.json()["vehicle"]["id"] == first.json()["vehicle"]["id"]
    assert _listed_by(feed, owner) == {first.json()["vehicle"]["id"]}


def test_the_same_key_with_another_listing_is_refused(feed: LiveFeed) -> None:
    owner, key = feed.register(), str(uuid.uuid4())
    first = _post(feed, owner, BODY, key)
    other = _post(feed, owner, {**BODY, "title": "Another van"}, key)
    assert other.status_code == 409
    err = error_of(other)
    assert err["code"] == "idempotency_key_reused"
    assert "vehicle" in err["message"]
    assert _listed_by(feed, owner) == {first.json()["vehicle"]["id"]}


def test_keys_belong_to_one_owner(feed: LiveFeed) -> None:
    a, b, key = feed.register(), feed.register(), str(uuid.uuid4())
    va = _post(feed, a, BODY, key)
    vb = _post(feed, b, BODY, key)
    assert va.status_code == vb.status_code == 201
    assert va.json()["vehicle"]["id"] != vb.json()["vehicle"]["id"]
    assert vb.json()["vehicle"]["owner_id"] == b.id


def test_a_resend_after_an_edit_answers_with_the_vehicle_as_it_is(feed: LiveFeed) -> None:
    owner, key = feed.register(), str(uuid.uuid4())
    vid = _post(feed, owner, BODY, key).json()["vehicle"]["id"]
    edited = feed.http.patch(
        f"{feed.url}/v1/vehicles/{vid}", json={"title": "Renamed"}, headers=owner.headers
    )
    assert edited.status_code == 200
    again = _post(feed, owner, BODY, key)
    assert again.status_code == 200
    assert again.json()["vehicle"]["id"] == vid
    assert again.json()["vehicle"]["title"] == "Renamed"


def test_concurrent_resends_list_one_vehicle(feed: LiveFeed) -> None:
    owner, key = feed.register(), str(uuid.uuid4())
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: _post_alone(feed, owner, key), range(16)))
    assert sorted(r.status_code for r in answers) == [200] * 15 + [201]
    assert len({r.json()["vehicle"]["id"] for r in answers}) == 1
    assert len(_listed_by(feed, owner)) == 1


def test_a_blank_or_overlong_key_is_refused(feed: LiveFeed) -> None:
    owner = feed.register()
    for key in ("", "k" * 201):
        r = _post(feed, owner, BODY, key)
        assert r.status_code == 400
        assert error_of(r)["code"] == "idempotency_key_required"
    assert _listed_by(feed, owner) == set()


def test_the_other_writes_an_outbox_resends_do_nothing_twice(feed: LiveFeed) -> None:
    """What docs/feed-protocol.md promises for resends without a key."""
    owner, reviewer = feed.register(), feed.register()
    vid = _post(feed, owner, BODY, str(uuid.uuid4())).json()["vehicle"]["id"]
    venue_id = next(c["id"] for c in feed.changes()["changes"] if c["kind"] == "venue")
    writes: list[tuple[str, str, Account, dict[str, Any] | None]] = [
        ("PATCH", f"/v1/vehicles/{vid}", owner, {"title": "Renamed once"}),
        ("PUT", f"/v1/vehicles/{vid}/availability", owner, {"blocks": [], "weekly": []}),
        ("POST", f"/v1/venues/{venue_id}/reviews", reviewer, {"criteria": {"overall": 4}}),
        ("DELETE", f"/v1/vehicles/{vid}", owner, None),
    ]
    for method, path, who, body in writes:
        key = {"Idempotency-Key": str(uuid.uuid4())}
        first = feed.http.request(
            method, feed.url + path, json=body, headers={**who.headers, **key}
        )
        again = feed.http.request(
            method, feed.url + path, json=body, headers={**who.headers, **key}
        )
        assert first.status_code in (200, 201), (path, first.text)
        assert again.status_code == 200, (path, again.text)
        one, two = first.json(), again.json()
        for record in one:
            for moving in ("updated_at",):
                one[record].pop(moving, None)
                two[record].pop(moving, None)
        assert one == two, path
    # Who wrote a review shows only in the author's own feed.
    changes, _ = feed.all_changes(who=reviewer)
    reviews = [
        c for c in changes if c["kind"] == "review" and c["data"]["author_id"] == reviewer.id
    ]
    assert len({c["id"] for c in reviews}) == 1
    assert _listed_by(feed, owner) == {vid}
