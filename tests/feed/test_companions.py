"""Travel companions on a real feed (SQLite and PostgreSQL): posting, offering
help, answering, cancelling, rating blind; what the public feed may carry; the
limits, each tried as an attack."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import pytest

from wheelshare.domain import clock
from wheelshare.domain.wire import format_time
from wheelshare.feed.testing import Account, LiveFeed

from .conftest import make_feed
from .helpers import at, error_of

pytestmark = pytest.mark.dates

PART_DIEU = {
    "name": "Lyon Part-Dieu",
    "kind": "station",
    "city": "Lyon",
    "lat": 45.76061,
    "lon": 4.85938,
}
GARE_DE_LYON = {
    "name": "Gare de Lyon",
    "kind": "station",
    "city": "Paris",
    "lat": 48.84431,
    "lon": 2.37442,
}


def journey(start_days: float = 2, hours: float = 3, **extra: Any) -> dict[str, Any]:
    return {
        "origin": PART_DIEU,
        "destination": GARE_DE_LYON,
        "leaves_from": format_time(at(start_days)),
        "leaves_until": format_time(at(start_days, hours)),
        "mode": "train",
        **extra,
    }


def post(feed: LiveFeed, who: Account, path: str, body: dict[str, Any], key: str = "") -> Any:
    headers = {**who.headers, "Idempotency-Key": key or str(uuid.uuid4())}
    return feed.http.post(f"{feed.url}{path}", json=body, headers=headers)


def trip_for(feed: LiveFeed, who: Account, **extra: Any) -> dict[str, Any]:
    body = journey(help=["boarding", "luggage"], note="Call me on 06 12 34 56 78", **extra)
    r = post(feed, who, "/v1/trips", body)
    assert r.status_code == 201, r.text
    trip: dict[str, Any] = r.json()["trip"]
    return trip


def act(feed: LiveFeed, who: Account, path: str, body: dict[str, Any] | None = None) -> Any:
    return feed.http.post(f"{feed.url}{path}", json=body, headers=who.headers)


def test_trip_offer_accept_and_what_each_feed_carries(feed: LiveFeed) -> None:
    _, cursor = feed.all_changes()
    traveller = feed.register("Ana Traveller")
    companion = feed.register("Bruno Companion")
    trip = trip_for(feed, traveller, profile={"seat_width_cm": 48})
    assert trip["compensation"] == {"amount": 2400, "currency": "EUR"}  # 392 km: 4 h x 6 EUR
    offer = post(feed, companion, "/v1/companion-offers", journey(start_days=2.01)).json()[
        "companion_offer"
    ]

    public, cursor2 = feed.all_changes(cursor)
    text = json.dumps(public)
    for secret in ("Ana", traveller.id, "06 12", "seat_width", "45.76061"):
        assert secret not in text, secret
    public_trip = next(c["data"] for c in public if c["kind"] == "trip")
    assert public_trip["origin"] == {
        "name": "Lyon Part-Dieu",
        "kind": "station",
        "city": "Lyon",
        "lat": 45.76,
        "lon": 4.86,
    }
    assert public_trip["help"] == ["boarding", "luggage"]
    public_offer = next(c["data"] for c in public if c["kind"] == "companion_offer")
    assert public_offer["companion_name"] == "Bruno Companion"
    assert "companion_id" not in public_offer and "note" not in public_offer

    r = act(
        feed,
        companion,
        f"/v1/trips/{trip['id']}/help",
        {"offer_id": offer["id"], "note": "Happy to help", "contact": "bruno@example.org"},
    )
    assert r.status_code == 201, r.text
    offered = r.json()["companionship"]
    assert offered["status"] == "offered"
    # Not before the traveller accepts: anyone may offer to help, and the
    # traveller's free-text note may name a disability or a home.
    assert offered["companion_contact"] is None and offered["profile"] is None
    assert offered["trip_note"] == ""
    stranger_sees, _ = feed.all_changes(who=companion)
    assert "06 12" not in json.dumps(stranger_sees) and "seat_width" not in json.dumps(
        stranger_sees
    )
    again = act(feed, companion, f"/v1/trips/{trip['id']}/help", {"note": "Happy to help"})
    assert again.status_code == 200 and again.json()["companionship"]["id"] == offered["id"]

    cid = offered["id"]
    assert (
        act(feed, companion, f"/v1/companionships/{cid}/accept", {"meeting_point": "x"}).json()[
            "error"
        ]["code"]
        == "not_party"
    )
    r = act(
        feed,
        traveller,
        f"/v1/companionships/{cid}/accept",
        {"meeting_point": "Hall 1, under the clock", "contact": "07 00 00 00 00"},
    )
    assert r.status_code == 200, r.text
    confirmed = r.json()["companionship"]
    assert confirmed["status"] == "confirmed"
    assert confirmed["meeting_point"] == "Hall 1, under the clock"
    assert confirmed["companion_contact"] == "bruno@example.org"
    assert confirmed["profile"] == {"seat_width_cm": 48}
    assert confirmed["trip_note"] == "Call me on 06 12 34 56 78"
    public, _ = feed.all_changes(cursor)
    assert "seat_width" not in json.dumps(public) and "06 12" not in json.dumps(public)

    for who in (traveller, companion):
        mine, _ = feed.all_changes(who=who)
        c = next(c["data"] for c in mine if c["kind"] == "companionship")
        assert c["status"] == "confirmed" and c["meeting_point"] == "Hall 1, under the clock"
        assert c["trip_note"] == "Call me on 06 12 34 56 78"
        assert c["conversation_id"] is None
    public, _ = feed.all_changes(cursor2)
    text = json.dumps(public)
    assert "Hall 1" not in text and "07 00" not in text and "bruno@" not in text
    assert next(c["data"] for c in public if c["kind"] == "trip")["status"] == "accompanied"

    # A second companion cannot be accepted for the same trip.
    other = feed.register("Chloé")
    r = act(feed, other, f"/v1/trips/{trip['id']}/help", {})
    assert r.status_code == 409 and error_of(r)["code"] == "already_accompanied"


def test_bad_input_is_refused_in_words(feed: LiveFeed) -> None:
    who = feed.register()
    cases = [
        (journey(destination=PART_DIEU), "same_place", "destination"),
        (journey(hours=-1), "window_inverted", "leaves_until"),
        (journey(start_days=-2), "window_in_past", "leaves_from"),
        (journey(hours=20), "window_too_long", "leaves_until"),
        (journey(origin={**PART_DIEU, "kind": "address"}), "unknown_place", "origin"),
    ]
    for body, code, field in cases:
        r = post(feed, who, "/v1/trips", body)
        assert r.status_code == 422, (code, r.text)
        err = error_of(r)
        assert (err["code"], list(err["fields"])) == (code, [field])
    r = post(feed, who, "/v1/trips", journey(mode="rocket"))
    assert r.status_code == 422 and "mode" in error_of(r)["fields"]

    trip = trip_for(feed, who)
    r = act(feed, who, f"/v1/trips/{trip['id']}/help", {})
    assert r.status_code == 403 and error_of(r)["code"] == "own_trip"
    helper = feed.register()
    cid = act(feed, helper, f"/v1/trips/{trip['id']}/help", {}).json()["companionship"]["id"]
    r = act(feed, who, f"/v1/companionships/{cid}/rating", {"stars": 5})
    assert r.status_code == 409 and error_of(r)["code"] == "trip_not_over"
    r = act(feed, who, f"/v1/companionships/{cid}/accept", {"meeting_point": ""})
    assert r.status_code == 422


def test_rating_after_the_trip_is_blind_until_both_rated(feed: LiveFeed) -> None:
    traveller, companion = feed.register("T"), feed.register("C")
    trip = trip_for(feed, traveller, start_days=0.1)
    cid = act(feed, companion, f"/v1/trips/{trip['id']}/help", {}).json()["companionship"]["id"]
    assert act(feed, traveller, f"/v1/companionships/{cid}/accept", {"meeting_point": "Hall 1"}).ok
    offer = post(feed, companion, "/v1/companion-offers", journey(start_days=5)).json()[
        "companion_offer"
    ]
    with clock.pinned(clock.now() + timedelta(hours=6), frozen=False):
        r = act(
            feed, traveller, f"/v1/companionships/{cid}/rating", {"stars": 4, "comment": "Kind"}
        )
        assert r.status_code == 201, r.text
        again = act(feed, traveller, f"/v1/companionships/{cid}/rating", {"stars": 1})
        assert again.status_code == 409 and error_of(again)["code"] == "already_rated"
        theirs, _ = feed.all_changes(who=companion)
        assert not [c for c in theirs if c["kind"] == "companion_rating"]
        mine, _ = feed.all_changes(who=traveller)
        done = [c["data"] for c in mine if c["kind"] == "companionship"]
        assert done[-1]["status"] == "done"

        assert act(feed, companion, f"/v1/companionships/{cid}/rating", {"stars": 5}).ok
        theirs, _ = feed.all_changes(who=companion)
        got = [c["data"] for c in theirs if c["kind"] == "companion_rating"]
        assert {(r["author_role"], r["stars"]) for r in got} == {
            ("traveller", 4),
            ("companion", 5),
        }
        public, _ = feed.all_changes()
        shown = [
            c["data"] for c in public if c["kind"] == "companion_offer" and c["id"] == offer["id"]
        ]
        assert shown[-1]["companion_rating"] == {"average": 4.0, "count": 1}


def test_one_rating_shows_after_fourteen_days(feed: LiveFeed) -> None:
    traveller, companion = feed.register("T"), feed.register("C")
    trip = trip_for(feed, traveller, start_days=0.1)
    cid = act(feed, companion, f"/v1/trips/{trip['id']}/help", {}).json()["companionship"]["id"]
    act(feed, traveller, f"/v1/companionships/{cid}/accept", {"meeting_point": "Hall 1"})
    with clock.pinned(clock.now() + timedelta(hours=6), frozen=False):
        assert act(feed, companion, f"/v1/companionships/{cid}/rating", {"stars": 3}).ok
    with clock.pinned(clock.now() + timedelta(days=13), frozen=False):
        feed.http.get(f"{feed.url}/v1/policy")
        mine, _ = feed.all_changes(who=traveller)
        assert not [c for c in mine if c["kind"] == "companion_rating"]
    with clock.pinned(clock.now() + timedelta(days=15), frozen=False):
        act(feed, traveller, f"/v1/companionships/{cid}/decline")  # any route sweeps
        mine, _ = feed.all_changes(who=traveller)
        assert [c["data"]["stars"] for c in mine if c["kind"] == "companion_rating"] == [3]


def test_cancelling_says_why_and_opens_the_trip_again(feed: LiveFeed) -> None:
    traveller, companion = feed.register("T"), feed.register("C")
    trip = trip_for(feed, traveller)
    cid = act(feed, companion, f"/v1/trips/{trip['id']}/help", {}).json()["companionship"]["id"]
    act(feed, traveller, f"/v1/companionships/{cid}/accept", {"meeting_point": "Hall 1"})
    r = act(feed, companion, f"/v1/companionships/{cid}/cancel", {"reason": "illness"})
    assert r.status_code == 200, r.text
    gone = r.json()["companionship"]
    assert (gone["status"], gone["cancel_reason"], gone["cancelled_by"]) == (
        "cancelled",
        "illness",
        "companion",
    )
    assert gone["meeting_point"] is None
    r = act(feed, companion, f"/v1/companionships/{cid}/cancel", {"reason": "illness"})
    assert r.status_code == 409 and error_of(r)["code"] == "invalid_transition"
    other = feed.register()
    assert act(feed, other, f"/v1/trips/{trip['id']}/help", {}).status_code == 201
    r = act(feed, other, f"/v1/trips/{trip['id']}/cancel", {"reason": "other"})
    assert r.status_code == 403
    r = act(feed, traveller, f"/v1/trips/{trip['id']}/cancel", {"reason": "plans_changed"})
    assert r.json()["trip"]["status"] == "cancelled"


# -- limits, as attacks ---------------------------------------------------------


def test_an_account_cannot_hold_more_than_the_open_limit(feed: LiveFeed) -> None:
    who = feed.register()
    limit = feed.settings.max_open_posts
    for i in range(limit):
        r = post(feed, who, "/v1/trips" if i % 2 else "/v1/companion-offers", journey(1 + i))
        assert r.status_code == 201, r.text
    r = post(feed, who, "/v1/trips", journey(30))
    assert r.status_code == 409 and error_of(r)["code"] == "too_many_open_trips"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/trips", journey(note="x" * 501)),
        ("/v1/trips", journey(help=["boarding"] * 6)),
        ("/v1/trips", journey(profile={f"k{i}": 1 for i in range(21)})),
        ("/v1/trips", journey(origin={**PART_DIEU, "name": "x" * 201})),
    ],
)
def test_oversized_fields_are_refused(feed: LiveFeed, path: str, body: dict[str, Any]) -> None:
    who = feed.register()
    r = post(feed, who, path, body)
    assert r.status_code == 422, r.text


def test_long_meeting_points_and_contacts_are_refused(feed: LiveFeed) -> None:
    traveller, companion = feed.register(), feed.register()
    trip = trip_for(feed, traveller)
    r = act(feed, companion, f"/v1/trips/{trip['id']}/help", {"contact": "x" * 201})
    assert r.status_code == 422
    cid = act(feed, companion, f"/v1/trips/{trip['id']}/help", {}).json()["companionship"]["id"]
    r = act(feed, traveller, f"/v1/companionships/{cid}/accept", {"meeting_point": "x" * 301})
    assert r.status_code == 422


def test_posting_is_rate_limited_per_account(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from wheelshare.feed.settings import RateLimit

    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("limited"),
        posts_per_account=RateLimit(3, timedelta(hours=1)),
        max_open_posts=100,
    ) as feed:
        who = feed.register()
        for i in range(3):
            assert post(feed, who, "/v1/companion-offers", journey(1 + i)).status_code == 201
        r = post(feed, who, "/v1/companion-offers", journey(5))
        assert r.status_code == 429 and error_of(r)["code"] == "rate_limited"
        assert int(r.headers["Retry-After"]) > 0
        # Another account is not held back by the first one's posts.
        assert post(feed, feed.register(), "/v1/companion-offers", journey(5)).status_code == 201


def test_the_same_key_is_the_same_post(feed: LiveFeed) -> None:
    who = feed.register()
    key = str(uuid.uuid4())
    body = journey()
    first = post(feed, who, "/v1/trips", body, key)
    again = post(feed, who, "/v1/trips", body, key)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["trip"]["id"] == first.json()["trip"]["id"]
    other = post(feed, who, "/v1/trips", journey(start_days=4), key)
    assert other.status_code == 409 and error_of(other)["code"] == "idempotency_key_reused"


def test_a_deleted_account_leaves_its_companionships_cancelled(feed: LiveFeed) -> None:
    traveller, leaver = feed.register("T"), feed.register("Leaving Companion")
    trip = trip_for(feed, traveller)
    post(feed, leaver, "/v1/companion-offers", journey(start_days=9))
    r = act(feed, leaver, f"/v1/trips/{trip['id']}/help", {"contact": "leaver@example.org"})
    cid = r.json()["companionship"]["id"]
    act(feed, traveller, f"/v1/companionships/{cid}/accept", {"meeting_point": "Hall 1"})
    gone = feed.http.request(
        "DELETE", f"{feed.url}/v1/me", json={"password": leaver.password}, headers=leaver.headers
    )
    assert gone.status_code == 204, gone.text
    mine, _ = feed.all_changes(who=traveller)
    c = [c["data"] for c in mine if c["kind"] == "companionship" and c["id"] == cid][-1]
    assert c["status"] == "cancelled" and c["companion_name"] == "Former member"
    public, _ = feed.all_changes()
    text = json.dumps(public) + json.dumps(mine)
    assert "Leaving Companion" not in text and "leaver@" not in text
    assert next(c["data"] for c in public if c["id"] == trip["id"])["status"] == "open"
