"""Venues members add and correct, reports, and what moderators decide — all
through the HTTP API, on both databases."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest

from wheelshare.domain import Accessibility, Entrance, Location, Source, Venue
from wheelshare.feed import moderators
from wheelshare.feed.contributions import ACCEPTED
from wheelshare.feed.db import utcnow
from wheelshare.feed.models import ContributionRow, User
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.feed.venues import import_venues

from .helpers import at, error_of, period

# Near the Louvre: a place in the gazetteer's Paris.
PARIS = {"lat": 48.8606, "lon": 2.3376, "city": "Paris", "address": "1 rue de Rivoli"}


def _moderator(feed: LiveFeed, name: str = "") -> Account:
    account = feed.register(name or "Moderator")
    with feed.db.write() as s:
        user = s.get(User, account.id)
        assert user is not None
        moderators.grant(s, user)
    return account


def _established(feed: LiveFeed, account: Account) -> None:
    """Gives the account the accepted contributions that make it trusted."""
    with feed.db.write() as s:
        for _ in range(feed.settings.trusted_after):
            s.add(
                ContributionRow(
                    id=str(uuid.uuid4()),
                    kind="correction",
                    author_id=account.id,
                    venue_id="earlier",
                    status=ACCEPTED,
                    data={"proposal": {}},
                    reason="",
                    created_at=utcnow(),
                )
            )


def _addition(name: str, **changes: Any) -> dict[str, Any]:
    return {
        "name": name,
        "category": "cafe",
        "location": dict(PARIS),
        "criteria": {"step_free": True, "door_width_cm": 90, "wheelchair_grade": "fully"},
        "odbl_consent": True,
        **changes,
    }


def _public(feed: LiveFeed, kind: str, record_id: str) -> list[dict[str, Any]]:
    """Every change about one record in the public feed, read from the start."""
    changes, _ = feed.all_changes()
    return [c for c in changes if c["kind"] == kind and c["id"] == record_id]


def _own(feed: LiveFeed, who: Account, record_id: str) -> dict[str, Any]:
    changes, _ = feed.all_changes(who=who)
    data: dict[str, Any] = [c for c in changes if c["id"] == record_id][-1]["data"]
    return data


def test_a_new_members_venue_waits_for_a_moderator(feed: LiveFeed) -> None:
    member, moderator = feed.register("Néa"), _moderator(feed)
    name = f"Café {uuid.uuid4().hex[:6]}"
    r = feed.http.post(f"{feed.url}/v1/venues", json=_addition(name), headers=member.headers)
    assert r.status_code == 201, r.text
    contribution = r.json()["contribution"]
    assert contribution["status"] == "pending" and r.json()["venue"] is None
    venue_id = contribution["venue_id"]
    assert _public(feed, "venue", venue_id) == []
    assert _own(feed, member, contribution["id"])["status"] == "pending"

    queue_url = f"{feed.url}/v1/moderation/queue"
    assert feed.http.get(queue_url, headers=member.headers).status_code == 403
    queue = feed.http.get(queue_url, headers=moderator.headers).json()
    assert contribution["id"] in [c["id"] for c in queue["contributions"]]

    approve = f"{feed.url}/v1/moderation/contributions/{contribution['id']}/approve"
    denied = feed.http.post(approve, json={}, headers=member.headers)
    assert denied.status_code == 403 and error_of(denied)["code"] == "not_moderator"
    assert feed.http.post(approve, json={}, headers=moderator.headers).status_code == 200
    again = feed.http.post(approve, json={}, headers=moderator.headers)
    assert again.status_code == 409 and error_of(again)["code"] == "already_decided"

    [published] = _public(feed, "venue", venue_id)
    venue = published["data"]
    assert venue["name"] == name and venue["accessibility"]["entrance"]["door_width_cm"] == 90
    door = venue["provenance"]["door_width_cm"]
    assert door["source"] == "member" and door["name"] == "Néa" and door["approved_at"]
    assert _own(feed, member, contribution["id"])["status"] == "accepted"

    # The same café a few metres away is the same venue: refused, naming it.
    near = dict(PARIS, lat=PARIS["lat"] + 0.0001)
    dup = feed.http.post(
        f"{feed.url}/v1/venues",
        json=_addition(f"  {name.upper()} ", location=near),
        headers=feed.register().headers,
    )
    assert dup.status_code == 409 and error_of(dup)["code"] == "duplicate_venue"
    assert error_of(dup)["fields"]["existing_venue_id"] == venue_id


@pytest.mark.parametrize(
    ("changes", "status", "field"),
    [
        ({"name": "   "}, 422, "name"),
        ({"location": None}, 422, "location"),
        ({"category": "spaceport"}, 422, "category"),
        ({"criteria": {"door_width_cm": 5}}, 422, "criteria.door_width_cm"),
        ({"criteria": {"step_free": True, "step_count": 3}}, 422, "criteria.step_count"),
        ({"odbl_consent": False}, 422, "odbl_consent"),
        # The middle of the Atlantic.
        ({"location": {"lat": 40.0, "lon": -35.0}}, 422, "location"),
    ],
)
def test_a_venue_that_will_not_do_is_refused_naming_the_field(
    feed: LiveFeed, changes: dict[str, Any], status: int, field: str
) -> None:
    body = {**_addition(f"Somewhere {uuid.uuid4().hex[:6]}"), **changes}
    if body["location"] is None:
        del body["location"]
    r = feed.http.post(f"{feed.url}/v1/venues", json=body, headers=feed.register().headers)
    assert r.status_code == status, r.text
    assert field in error_of(r)["fields"], r.text


def _any_venue(feed: LiveFeed) -> dict[str, Any]:
    member = feed.register()
    r = feed.http.post(
        f"{feed.url}/v1/venues",
        json=_addition(f"Bakery {uuid.uuid4().hex[:6]}", category="bakery"),
        headers=member.headers,
    )
    moderator = _moderator(feed)
    approve = f"{feed.url}/v1/moderation/contributions/{r.json()['contribution']['id']}/approve"
    feed.http.post(approve, json={}, headers=moderator.headers).raise_for_status()
    venue: dict[str, Any] = feed.http.get(
        f"{feed.url}/v1/venues/{r.json()['contribution']['venue_id']}"
    ).json()["venue"]
    return venue


def test_a_correction_is_rejected_with_a_reason_the_author_reads(feed: LiveFeed) -> None:
    venue = _any_venue(feed)
    member, moderator = feed.register(), _moderator(feed)
    url = f"{feed.url}/v1/venues/{venue['id']}/corrections"
    same = feed.http.post(
        url,
        json={"fact": "door_width_cm", "value": 90, "odbl_consent": True},
        headers=member.headers,
    )
    assert same.status_code == 409 and error_of(same)["code"] == "same_value"
    r = feed.http.post(
        url,
        json={"fact": "door_width_cm", "value": 70, "note": "measured", "odbl_consent": True},
        headers=member.headers,
    )
    assert r.status_code == 201 and r.json()["contribution"]["status"] == "pending"
    cid = r.json()["contribution"]["id"]
    reject = f"{feed.url}/v1/moderation/contributions/{cid}/reject"
    no_reason = feed.http.post(reject, json={"reason": "  "}, headers=moderator.headers)
    assert no_reason.status_code == 422
    feed.http.post(
        reject, json={"reason": "The photo shows a wide door"}, headers=moderator.headers
    ).raise_for_status()
    mine = _own(feed, member, cid)
    assert mine["status"] == "rejected" and mine["reason"] == "The photo shows a wide door"
    now = feed.http.get(f"{feed.url}/v1/venues/{venue['id']}").json()["venue"]
    assert now["accessibility"]["entrance"]["door_width_cm"] == 90


def test_an_established_contributor_publishes_at_once_and_a_moderator_reverts(
    feed: LiveFeed,
) -> None:
    venue = _any_venue(feed)
    trusted, moderator = feed.register("Tom"), _moderator(feed)
    _established(feed, trusted)
    r = feed.http.post(
        f"{feed.url}/v1/venues/{venue['id']}/corrections",
        json={"fact": "toilet_accessible", "value": True, "odbl_consent": True},
        headers=trusted.headers,
    )
    assert r.status_code == 201 and r.json()["contribution"]["status"] == "accepted"
    [now] = _public(feed, "venue", venue["id"])
    assert now["data"]["accessibility"]["toilet_accessible"] is True
    assert now["data"]["provenance"]["toilet_accessible"]["name"] == "Tom"

    cid = r.json()["contribution"]["id"]
    revert = f"{feed.url}/v1/moderation/contributions/{cid}/revert"
    feed.http.post(revert, json={"reason": "Spam"}, headers=moderator.headers).raise_for_status()
    [back] = _public(feed, "venue", venue["id"])
    assert back["data"]["accessibility"]["toilet_accessible"] is None
    assert back["data"]["provenance"]["toilet_accessible"]["source"] == "moderator"
    log = feed.http.get(f"{feed.url}/v1/moderation/log", headers=moderator.headers).json()
    assert {"action": "revert", "target_id": cid, "reason": "Spam"}.items() <= log["actions"][
        0
    ].items()


def test_a_later_import_keeps_what_members_corrected_until_the_source_changes(
    feed: LiveFeed,
) -> None:
    source_id = f"node/{uuid.uuid4().int % 10**9}"

    def import_once(door_width_cm: int, toilet: bool) -> None:
        facts = Accessibility(
            entrance=Entrance(door_width_cm=door_width_cm), toilet_accessible=toilet
        )
        place = Location(PARIS["lat"], PARIS["lon"], "Paris")
        venue = Venue("", "Musée test", "museum", place, facts, Source("osm-test", source_id))
        with feed.db.write() as s:
            import_venues(s, "osm-test", [venue], retire_missing=False)

    def public_venue() -> dict[str, Any]:
        [found] = [
            c["data"]
            for c in feed.all_changes()[0]
            if c["kind"] == "venue" and c["data"]["source"]["id"] == source_id
        ]
        return found

    import_once(door_width_cm=70, toilet=False)
    venue_id = public_venue()["id"]
    member = feed.register("Inès")
    _established(feed, member)
    for fact, value in (("door_width_cm", 90), ("toilet_accessible", True)):
        feed.http.post(
            f"{feed.url}/v1/venues/{venue_id}/corrections",
            json={"fact": fact, "value": value, "odbl_consent": True},
            headers=member.headers,
        ).raise_for_status()

    # OpenStreetMap still says 70 cm and no toilet: what Inès saw stays hers.
    import_once(door_width_cm=70, toilet=False)
    kept = public_venue()
    assert kept["accessibility"]["entrance"]["door_width_cm"] == 90
    assert kept["accessibility"]["toilet_accessible"] is True
    assert kept["provenance"]["door_width_cm"]["name"] == "Inès"

    # Someone measured the door again in OpenStreetMap: the newer value wins, and
    # the fact reads as OpenStreetMap's again; the toilet, untouched there, stays hers.
    import_once(door_width_cm=85, toilet=False)
    updated = public_venue()
    assert updated["accessibility"]["entrance"]["door_width_cm"] == 85
    assert "door_width_cm" not in updated["provenance"]
    assert updated["accessibility"]["toilet_accessible"] is True
    assert updated["provenance"]["toilet_accessible"]["name"] == "Inès"


def test_a_hidden_review_is_gone_from_the_public_feed_from_the_start(feed: LiveFeed) -> None:
    venue = _any_venue(feed)
    author, reporter, moderator = feed.register("Author"), feed.register(), _moderator(feed)
    posted = feed.http.post(
        f"{feed.url}/v1/venues/{venue['id']}/reviews",
        json={"criteria": {"overall": 1}, "comment": "Buy cheap watches at example.com"},
        headers=author.headers,
    )
    review_id = posted.json()["review"]["id"]
    report = {"target_kind": "review", "target_id": review_id, "reason": "Advertising"}
    no_reason = feed.http.post(
        f"{feed.url}/v1/reports", json={**report, "reason": " "}, headers=reporter.headers
    )
    assert no_reason.status_code == 422
    r = feed.http.post(f"{feed.url}/v1/reports", json=report, headers=reporter.headers)
    assert r.status_code == 201, r.text
    twice = feed.http.post(f"{feed.url}/v1/reports", json=report, headers=reporter.headers)
    assert twice.status_code == 409 and error_of(twice)["code"] == "already_reported"
    report_id = r.json()["report"]["id"]

    hide = f"{feed.url}/v1/moderation/reports/{report_id}/hide"
    assert (
        feed.http.post(hide, json={"reason": "spam"}, headers=reporter.headers).status_code == 403
    )
    feed.http.post(
        hide, json={"reason": "Advertising"}, headers=moderator.headers
    ).raise_for_status()
    seen = _public(feed, "review", review_id)
    assert [c["op"] for c in seen] == ["delete"] and seen[0]["data"] == {"id": review_id}
    [rated] = _public(feed, "venue", venue["id"])
    assert rated["data"]["rating"]["count"] == 0
    assert _own(feed, reporter, report_id)["status"] == "hidden"

    # The author editing it does not bring it back.
    feed.http.post(
        f"{feed.url}/v1/venues/{venue['id']}/reviews",
        json={"criteria": {"overall": 2}},
        headers=author.headers,
    ).raise_for_status()
    assert [c["op"] for c in _public(feed, "review", review_id)] == ["delete"]

    restore = f"{feed.url}/v1/moderation/reports/{report_id}/restore"
    feed.http.post(restore, json={"reason": "Appeal"}, headers=moderator.headers).raise_for_status()
    [back] = _public(feed, "review", review_id)
    assert back["op"] == "upsert" and "author_id" not in back["data"]
    actions = feed.http.get(f"{feed.url}/v1/moderation/log", headers=moderator.headers).json()
    mine = [a for a in actions["actions"] if a["target_id"] == review_id]
    assert [(a["action"], a["reason"]) for a in mine] == [
        ("restore", "Appeal"),
        ("hide", "Advertising"),
    ]
    assert all(a["moderator"] == "Moderator" and a["at"] for a in mine)


def test_a_hidden_venue_leaves_the_public_feed_and_comes_back(feed: LiveFeed) -> None:
    venue = _any_venue(feed)
    moderator = _moderator(feed)
    r = feed.http.post(
        f"{feed.url}/v1/reports",
        json={"target_kind": "venue", "target_id": venue["id"], "reason": "Does not exist"},
        headers=feed.register().headers,
    )
    report_id = r.json()["report"]["id"]
    feed.http.post(
        f"{feed.url}/v1/moderation/reports/{report_id}/hide",
        json={"reason": "Closed for good"},
        headers=moderator.headers,
    ).raise_for_status()
    assert [c["op"] for c in _public(feed, "venue", venue["id"])] == ["delete"]
    assert feed.http.get(f"{feed.url}/v1/venues/{venue['id']}").status_code == 404
    feed.http.post(
        f"{feed.url}/v1/moderation/reports/{report_id}/restore",
        json={"reason": "Reopened"},
        headers=moderator.headers,
    ).raise_for_status()
    assert [c["op"] for c in _public(feed, "venue", venue["id"])] == ["upsert"]


def test_a_hidden_listing_cannot_be_quoted_or_booked_until_restored(feed: LiveFeed) -> None:
    owner, renter, moderator = feed.register("Listing owner"), feed.register(), _moderator(feed)
    vehicle_id = feed.create_vehicle(owner)["id"]
    r = feed.http.post(
        f"{feed.url}/v1/reports",
        json={"target_kind": "listing", "target_id": vehicle_id, "reason": "Offensive photo"},
        headers=feed.register().headers,
    )
    report_id = r.json()["report"]["id"]
    feed.http.post(
        f"{feed.url}/v1/moderation/reports/{report_id}/hide",
        json={"reason": "Offensive"},
        headers=moderator.headers,
    ).raise_for_status()
    start = at(12)
    dates = period(start, start + timedelta(days=2))

    # A renter who kept the id (an old copy of the feed, a link) gets nothing out of it.
    quote = feed.http.get(f"{feed.url}/v1/vehicles/{vehicle_id}/quote", params=dates)
    booking = feed.book(renter, vehicle_id, start, start + timedelta(days=2))
    shown = feed.http.get(f"{feed.url}/v1/vehicles/{vehicle_id}")
    for refused in (quote, booking, shown):
        assert refused.status_code == 404 and error_of(refused)["code"] == "vehicle_not_found"
    assert not [b for b in feed.all_changes(who=owner)[0] if b["kind"] == "booking"]
    # Its owner still manages it, to mend what the moderator hid it for.
    feed.http.put(
        f"{feed.url}/v1/vehicles/{vehicle_id}/availability",
        json={"blocks": [], "weekly": []},
        headers=owner.headers,
    ).raise_for_status()

    feed.http.post(
        f"{feed.url}/v1/moderation/reports/{report_id}/restore",
        json={"reason": "Photo replaced"},
        headers=moderator.headers,
    ).raise_for_status()
    assert feed.http.get(f"{feed.url}/v1/vehicles/{vehicle_id}/quote", params=dates).ok
    assert feed.book(renter, vehicle_id, start, start + timedelta(days=2)).status_code == 201


def test_reports_name_something_that_exists(feed: LiveFeed) -> None:
    member = feed.register()
    for kind in ("review", "photo", "listing", "venue"):
        r = feed.http.post(
            f"{feed.url}/v1/reports",
            json={"target_kind": kind, "target_id": "no-such-thing", "reason": "Rude"},
            headers=member.headers,
        )
        assert r.status_code == 404 and error_of(r)["code"] == f"{kind}_not_found"


def test_me_says_who_is_a_moderator(feed: LiveFeed) -> None:
    member, moderator = feed.register(), _moderator(feed)
    for account, expected in ((member, False), (moderator, True)):
        me = feed.http.get(f"{feed.url}/v1/me", headers=account.headers).json()["user"]
        assert me["moderator"] is expected


def test_a_contributor_who_leaves_is_no_longer_named_in_the_public_feed(feed: LiveFeed) -> None:
    leaver = feed.register("Léa Departing")
    _established(feed, leaver)
    r = feed.http.post(
        f"{feed.url}/v1/venues",
        json=_addition(f"Pharmacie {uuid.uuid4().hex[:6]}", category="pharmacy"),
        headers=leaver.headers,
    )
    venue_id = r.json()["contribution"]["venue_id"]
    mine = feed.http.get(f"{feed.url}/v1/me/export", headers=leaver.headers).json()
    assert venue_id in [c["venue_id"] for c in mine["contributions"]]
    gone = feed.http.request(
        "DELETE", f"{feed.url}/v1/me", json={"password": leaver.password}, headers=leaver.headers
    )
    assert gone.status_code == 204, gone.text
    changes, _ = feed.all_changes()
    assert "Léa Departing" not in str(changes)
    [venue] = _public(feed, "venue", venue_id)
    assert venue["data"]["provenance"]["venue"]["name"] == "Former member"
