"""Owners review renters after a completed rental; reviews of both sides are
double-blind; an owner deciding a request sees the renter's standing.

Each rule is tried as an attack: too early, twice, by a stranger, out of the
window, with wrong scores or an over-long comment; and the blind on both sides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import requests

from wheelshare.domain import clock
from wheelshare.feed.testing import Account, LiveFeed

from .helpers import at, error_of

GOOD = {"care": 5, "punctuality": 4, "communication": 3, "comment": "Returned clean"}


@dataclass
class Rental:
    owner: Account
    renter: Account
    vehicle: dict[str, Any]
    booking: dict[str, Any]

    @property
    def end(self) -> datetime:
        return datetime.fromisoformat(self.booking["end"])


def rental(feed: LiveFeed, owner: Account | None = None) -> Rental:
    """A confirmed six-hour rental starting tomorrow."""
    owner = owner or feed.register("Olga Owner")
    renter = feed.register("Remi Renter")
    v = feed.create_vehicle(owner, instant_book=True)
    start = at(1)
    r = feed.book(renter, v["id"], start, start + timedelta(hours=6))
    assert r.status_code == 201, r.text
    return Rental(owner, renter, v, r.json()["booking"])


@contextmanager
def after_end(r: Rental, later: timedelta = timedelta(hours=1)) -> Iterator[None]:
    with clock.pinned(r.end + later, frozen=False):
        yield


def review_renter(
    feed: LiveFeed, who: Account, booking_id: str, body: dict[str, Any] | None = None
) -> requests.Response:
    return feed.http.post(
        f"{feed.url}/v1/bookings/{booking_id}/renter-review",
        json=GOOD if body is None else body,
        headers=who.headers,
    )


def review_vehicle(feed: LiveFeed, r: Rental, overall: int = 4) -> requests.Response:
    return feed.http.post(
        f"{feed.url}/v1/vehicles/{r.vehicle['id']}/reviews",
        json={"criteria": {"overall": overall}, "comment": "Easy ramp"},
        headers=r.renter.headers,
    )


def of_renter(feed: LiveFeed, who: Account | None) -> list[dict[str, Any]]:
    changes, _ = feed.all_changes(who=who)
    return [c["data"] for c in changes if c["kind"] == "renter_review"]


def public_review_ids(feed: LiveFeed) -> set[str]:
    changes, _ = feed.all_changes()
    return {c["id"] for c in changes if c["kind"] == "review" and c["op"] == "upsert"}


def rating(feed: LiveFeed, vehicle_id: str) -> dict[str, Any]:
    got: dict[str, Any] = feed.http.get(f"{feed.url}/v1/vehicles/{vehicle_id}").json()["vehicle"]
    return dict(got["rating"])


def test_a_review_of_the_renter_waits_for_the_end_of_the_rental(feed: LiveFeed) -> None:
    r = rental(feed)
    early = review_renter(feed, r.owner, r.booking["id"])
    assert early.status_code == 409
    err = error_of(early)
    assert err["code"] == "review_not_open"
    assert err["fields"]["opens_at"] == r.booking["end"]
    with after_end(r):
        assert review_renter(feed, r.owner, r.booking["id"]).status_code == 201


def test_only_the_owner_reviews_the_renter_once(feed: LiveFeed) -> None:
    r = rental(feed)
    stranger = feed.register("Stranger")
    with after_end(r):
        for who in (stranger, r.renter):
            refused = review_renter(feed, who, r.booking["id"])
            assert refused.status_code == 403 and error_of(refused)["code"] == "not_owner"
        assert review_renter(feed, r.owner, r.booking["id"]).status_code == 201
        twice = review_renter(feed, r.owner, r.booking["id"], {**GOOD, "care": 1})
        assert twice.status_code == 409 and error_of(twice)["code"] == "already_reviewed"
        missing = review_renter(feed, r.owner, "no-such-booking")
        assert missing.status_code == 404
    assert of_renter(feed, r.owner)[-1]["scores"]["care"] == 5


def test_scores_and_the_comment_are_checked(feed: LiveFeed) -> None:
    r = rental(feed)
    with after_end(r):
        for bad, field in (
            ({**GOOD, "care": 0}, "care"),
            ({**GOOD, "punctuality": 6}, "punctuality"),
            ({**GOOD, "communication": "5"}, "communication"),
            ({"care": 5, "punctuality": 5}, "communication"),
            ({**GOOD, "comment": "x" * 1001}, "comment"),
        ):
            refused = review_renter(feed, r.owner, r.booking["id"], bad)
            assert refused.status_code == 422, (bad, refused.text)
            assert field in error_of(refused)["fields"], refused.text
        # Nothing of the refused attempts was kept: a good one is still the first.
        assert review_renter(feed, r.owner, r.booking["id"]).status_code == 201


def test_no_review_of_a_rental_that_did_not_happen_or_long_past(feed: LiveFeed) -> None:
    r = rental(feed)
    assert feed.act(r.renter, r.booking["id"], "cancel").ok
    with after_end(r):
        refused = review_renter(feed, r.owner, r.booking["id"])
        assert refused.status_code == 409
        assert error_of(refused)["code"] == "rental_not_completed"
    late = rental(feed)
    with after_end(late, timedelta(days=31)):
        # A month on, the owner signs in again.
        owner = replace(late.owner, token=feed.sign_in(late.owner.email, late.owner.password))
        refused = review_renter(feed, owner, late.booking["id"])
        assert refused.status_code == 409
        assert error_of(refused)["code"] == "review_window_closed"


def test_neither_review_shows_until_both_are_in_owner_first(feed: LiveFeed) -> None:
    r = rental(feed)
    with after_end(r):
        written = review_renter(feed, r.owner, r.booking["id"]).json()["renter_review"]
        assert written["shown"] is False
        assert of_renter(feed, r.renter) == []
        assert of_renter(feed, None) == []  # never in the public feed
        mine = review_vehicle(feed, r)
        assert mine.status_code == 201, mine.text
        about_me = of_renter(feed, r.renter)
        assert [x["scores"] for x in about_me] == [written["scores"]]
        assert "author_id" not in about_me[0]
        assert of_renter(feed, r.owner)[-1]["shown"] is True
        assert mine.json()["review"]["id"] in public_review_ids(feed)
        assert rating(feed, r.vehicle["id"]) == {"average": 4.0, "count": 1}
        assert of_renter(feed, None) == []


def test_neither_review_shows_until_both_are_in_renter_first(feed: LiveFeed) -> None:
    r = rental(feed)
    with after_end(r):
        mine = review_vehicle(feed, r, overall=2)
        assert mine.status_code == 201, mine.text
        review = mine.json()["review"]
        assert review["shown"] is False
        assert review["id"] not in public_review_ids(feed)
        assert rating(feed, r.vehicle["id"]) == {"average": None, "count": 0}
        # The author still has their own review.
        own, _ = feed.all_changes(who=r.renter)
        assert review["id"] in {c["id"] for c in own if c["kind"] == "review"}
        assert review_renter(feed, r.owner, r.booking["id"]).json()["renter_review"]["shown"]
        assert review["id"] in public_review_ids(feed)
        assert rating(feed, r.vehicle["id"]) == {"average": 2.0, "count": 1}
        assert len(of_renter(feed, r.renter)) == 1


def test_each_review_shows_alone_fourteen_days_after_the_end(feed: LiveFeed) -> None:
    one, other = rental(feed), rental(feed)
    with after_end(one):
        assert review_renter(feed, one.owner, one.booking["id"]).status_code == 201
        review = review_vehicle(feed, other).json()["review"]
    with after_end(one, timedelta(days=13, hours=22)):
        assert of_renter(feed, one.renter) == []  # asking the own feed sweeps first
        assert review["id"] not in public_review_ids(feed)
    with after_end(one, timedelta(days=14, hours=1)):
        assert [x["booking_id"] for x in of_renter(feed, one.renter)] == [one.booking["id"]]
        assert review["id"] in public_review_ids(feed)
        assert rating(feed, other.vehicle["id"])["count"] == 1
        # After the blind period a review shows as soon as it is written.
        late = review_renter(feed, other.owner, other.booking["id"]).json()["renter_review"]
        assert late["shown"] is True


def test_an_owner_deciding_a_request_sees_the_renters_standing(feed: LiveFeed) -> None:
    past = rental(feed)
    with after_end(past):
        review_renter(feed, past.owner, past.booking["id"], {**GOOD, "comment": ""})
        review_vehicle(feed, past)
    other_owner = feed.register("Another owner")
    v = feed.create_vehicle(other_owner)  # on request
    start = at(3)
    asked = feed.book(past.renter, v["id"], start, start + timedelta(hours=6))
    assert asked.status_code == 201 and asked.json()["booking"]["status"] == "requested"
    changes, _ = feed.all_changes(who=other_owner)
    standing = [c["data"] for c in changes if c["kind"] == "renter_standing"]
    assert standing[-1] == {
        "id": past.renter.id,
        "rentals": 1,
        "reviews": 1,
        "average": 4.0,
        "per_criterion": {"care": 5.0, "punctuality": 4.0, "communication": 3.0},
    }
    stranger = feed.register("Nosy")
    for who in (stranger, past.renter, None):
        changes, _ = feed.all_changes(who=who)
        assert not [c for c in changes if c["kind"] == "renter_standing"]


def _standing_in_feed(feed: LiveFeed, owner: Account) -> list[str]:
    """The owner's renter standings, as a fresh sync of their feed finds them."""
    changes, _ = feed.all_changes(who=owner)
    return [c["id"] for c in changes if c["kind"] == "renter_standing" and c["op"] == "upsert"]


def test_the_standing_leaves_the_owners_feed_once_the_request_is_answered_or_withdrawn(
    feed: LiveFeed,
) -> None:
    owner = feed.register("Olga Owner")
    renter = feed.register("Remi Renter")
    v = feed.create_vehicle(owner)  # on request
    asked = [
        feed.book(renter, v["id"], at(days), at(days) + timedelta(hours=6)).json()["booking"]
        for days in (2, 4, 6)
    ]
    assert _standing_in_feed(feed, owner) == [renter.id]
    _, before = feed.all_changes(who=owner)

    # One answered, another still waiting: the owner still decides about this renter.
    assert feed.act(owner, asked[0]["id"], "decline").status_code == 200
    assert _standing_in_feed(feed, owner) == [renter.id]
    # Accepted, and the last withdrawn by the renter: nothing left to decide.
    assert feed.act(owner, asked[1]["id"], "accept").status_code == 200
    assert feed.act(renter, asked[2]["id"], "cancel").status_code == 200
    assert _standing_in_feed(feed, owner) == []
    # An owner already holding the figures is told to delete them.
    since, _ = feed.all_changes(before, who=owner)
    gone = [c for c in since if c["kind"] == "renter_standing"]
    assert [(c["id"], c["op"]) for c in gone][-1] == (renter.id, "delete")
