"""Conversations per booking through the HTTP API: who may write, what is
refused, read marks, the owner's phone, and what each feed carries."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from wheelshare.domain import clock
from wheelshare.feed.settings import RateLimit
from wheelshare.feed.testing import Account, LiveFeed

from .conftest import make_feed
from .helpers import at, error_of

pytestmark = pytest.mark.dates


def _booking(feed: LiveFeed, *, confirmed: bool = False) -> tuple[Account, Account, dict[str, Any]]:
    owner, renter = feed.register("Olga Owner"), feed.register("Rémi Renter")
    v = feed.create_vehicle(owner)
    start = at(10)
    r = feed.book(renter, v["id"], start, start + timedelta(days=2))
    assert r.status_code == 201, r.text
    booking: dict[str, Any] = r.json()["booking"]
    if confirmed:
        assert feed.act(owner, booking["id"], "accept").status_code == 200
    return owner, renter, booking


def _again(feed: LiveFeed, who: Account) -> Account:
    """Signed in afresh: a month on, the first token has expired."""
    return dataclasses.replace(who, token=feed.sign_in(who.email, who.password))


def _mine(feed: LiveFeed, who: Account, kind: str) -> list[dict[str, Any]]:
    changes, _ = feed.all_changes(who=who)
    return [c["data"] for c in changes if c["kind"] == kind]


def test_a_message_reaches_both_parties_and_no_one_else(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed)
    r = feed.message(renter, booking["id"], "  Is the ramp easy to unfold alone?\n")
    assert r.status_code == 201, r.text
    sent = r.json()["message"]
    assert sent["text"] == "Is the ramp easy to unfold alone?"
    assert (sent["number"], sent["author_id"], sent["author_name"]) == (1, renter.id, "Rémi Renter")

    for who in (owner, renter):
        assert [m["id"] for m in _mine(feed, who, "message")] == [sent["id"]]
    stranger = feed.register()
    assert _mine(feed, stranger, "message") == []
    public, _ = feed.all_changes()
    assert all(c["kind"] not in ("message", "conversation") for c in public)

    (theirs,) = _mine(feed, owner, "conversation")
    assert (theirs["read_through"], theirs["unread"]) == (0, 1)
    (own,) = _mine(feed, renter, "conversation")
    assert (own["read_through"], own["unread"]) == (1, 0)

    reply = feed.message(owner, booking["id"], "Yes, one lever.").json()["message"]
    assert reply["number"] == 2
    (own,) = _mine(feed, renter, "conversation")
    assert own["unread"] == 1


def test_only_the_two_parties_may_write(feed: LiveFeed) -> None:
    _, _, booking = _booking(feed)
    stranger = feed.register()
    r = feed.message(stranger, booking["id"], "Hello")
    assert r.status_code == 403
    assert error_of(r)["code"] == "not_party"
    r = feed.message(stranger, "no-such-booking", "Hello")
    assert r.status_code == 404
    assert error_of(r)["code"] == "booking_not_found"


def test_empty_and_over_long_messages_are_refused_naming_the_text(feed: LiveFeed) -> None:
    _, renter, booking = _booking(feed)
    for text, code in ((" \n\t ", "message_empty"), ("x" * 2001, "message_too_long")):
        r = feed.message(renter, booking["id"], text)
        assert r.status_code == 422, r.text
        err = error_of(r)
        assert (err["code"], list(err["fields"])) == (code, ["text"])
    # The limit counts what is left once trimmed.
    r = feed.message(renter, booking["id"], "   " + "x" * 2000 + "\n\n")
    assert r.status_code == 201, r.text
    r = feed.message(renter, booking["id"], "bell \x07")
    assert r.status_code == 422


def test_a_resent_message_is_sent_once(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed)
    first = feed.message(renter, booking["id"], "See you at nine", key="k-1")
    again = feed.message(renter, booking["id"], "See you at nine", key="k-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["message"] == first.json()["message"]
    assert len(_mine(feed, owner, "message")) == 1
    other = feed.message(renter, booking["id"], "See you at ten", key="k-1")
    assert other.status_code == 409
    assert error_of(other)["code"] == "idempotency_key_reused"
    no_key = feed.http.post(
        f"{feed.url}/v1/bookings/{booking['id']}/messages",
        json={"text": "Hi"},
        headers=renter.headers,
    )
    assert no_key.status_code == 400
    assert error_of(no_key)["code"] == "idempotency_key_required"


def test_marking_read_counts_down_for_that_party_only(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed)
    ids = [feed.message(renter, booking["id"], f"Line {n}").json()["message"]["id"] for n in (1, 2)]
    url = f"{feed.url}/v1/bookings/{booking['id']}/messages/read"
    r = feed.http.post(url, json={"message_id": ids[0]}, headers=owner.headers)
    assert r.status_code == 200, r.text
    assert r.json()["conversation"]["unread"] == 1
    r = feed.http.post(url, json={"message_id": ids[1]}, headers=owner.headers)
    assert r.json()["conversation"] == _mine(feed, owner, "conversation")[0]
    assert (r.json()["conversation"]["read_through"], r.json()["conversation"]["unread"]) == (2, 0)
    # Never back: marking the first again leaves both read.
    r = feed.http.post(url, json={"message_id": ids[0]}, headers=owner.headers)
    assert r.json()["conversation"]["unread"] == 0
    stranger = feed.register()
    assert (
        feed.http.post(url, json={"message_id": ids[0]}, headers=stranger.headers).status_code
        == 403
    )
    _, _, other = _booking(feed)
    elsewhere = feed.http.post(
        f"{feed.url}/v1/bookings/{other['id']}/messages/read",
        json={"message_id": ids[0]},
        headers=feed.register().headers,
    )
    assert elsewhere.status_code == 403
    r = feed.http.post(url, json={"message_id": "nope"}, headers=owner.headers)
    assert r.status_code == 404
    assert error_of(r)["code"] == "message_not_found"


def test_the_owners_phone_reaches_the_renter_of_a_confirmed_booking_only(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed)
    r = feed.http.patch(
        f"{feed.url}/v1/me", json={"phone": "+33 6 12 34 56 78"}, headers=owner.headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["user"]["phone"] == "+33 6 12 34 56 78"
    # Not while the request waits for an answer.
    assert all(c["owner_phone"] is None for c in _mine(feed, renter, "conversation"))
    assert feed.act(owner, booking["id"], "accept").status_code == 200
    (confirmed,) = _mine(feed, renter, "conversation")
    assert confirmed["owner_phone"] == "+33 6 12 34 56 78"
    assert [b["pickup"] is not None for b in _mine(feed, renter, "booking")] == [True]
    assert _mine(feed, owner, "conversation")[0]["owner_phone"] is None
    # Nobody else learns it, and the public feed never carries it.
    public, _ = feed.all_changes()
    assert "+33 6 12 34 56 78" not in repr(public)
    assert "+33 6 12 34 56 78" not in repr(feed.all_changes(who=feed.register())[0])
    # A changed number follows; once cancelled it is gone.
    feed.http.patch(f"{feed.url}/v1/me", json={"phone": "+33 7 00 00 00 00"}, headers=owner.headers)
    assert _mine(feed, renter, "conversation")[0]["owner_phone"] == "+33 7 00 00 00 00"
    assert feed.act(renter, booking["id"], "cancel").status_code == 200
    assert _mine(feed, renter, "conversation")[0]["owner_phone"] is None


def test_a_cancelled_booking_takes_messages_for_30_days(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed, confirmed=True)
    assert feed.act(owner, booking["id"], "cancel").status_code == 200
    with clock.pinned(clock.now() + timedelta(days=29, hours=23)):
        assert feed.message(renter, booking["id"], "The deposit?").status_code == 201
    with clock.pinned(clock.now() + timedelta(days=30, seconds=1)):
        owner = _again(feed, owner)
        r = feed.message(owner, booking["id"], "Refunded.")
    assert r.status_code == 409
    assert error_of(r)["code"] == "conversation_closed"
    # What was said stays to read.
    assert [m["text"] for m in _mine(feed, owner, "message")] == ["The deposit?"]


def test_a_finished_rental_takes_messages_until_30_days_after_its_end(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed, confirmed=True)
    end = at(12)  # the booking above ends two days after it starts, ten days on
    with clock.pinned(end + timedelta(days=29)):
        feed.sweep()
        owner = _again(feed, owner)
        assert feed.message(owner, booking["id"], "Thanks, all fine.").status_code == 201
    with clock.pinned(end + timedelta(days=30, seconds=1)):
        r = feed.message(_again(feed, renter), booking["id"], "You're welcome")
    assert error_of(r)["code"] == "conversation_closed"


def test_a_deleted_accounts_messages_stay_as_former_member(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed)
    feed.message(renter, booking["id"], "I will be ten minutes late")
    r = feed.http.request(
        "DELETE", f"{feed.url}/v1/me", json={"password": renter.password}, headers=renter.headers
    )
    assert r.status_code == 204, r.text
    (kept,) = _mine(feed, owner, "message")
    assert kept["text"] == "I will be ten minutes late"
    assert (kept["author_id"], kept["author_name"]) == (None, "Former member")
    changes, _ = feed.all_changes(who=owner)
    assert "Rémi Renter" not in repr(changes)


# -- the rate limit, as an attack ------------------------------------------------


@pytest.fixture(scope="module")
def limited(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveFeed]:
    with make_feed(
        backend,
        request,
        tmp_path_factory.mktemp("limited"),
        messages_per_account=RateLimit(5, timedelta(minutes=10)),
    ) as f:
        yield f


def test_a_flood_of_messages_is_cut_at_the_limit(limited: LiveFeed) -> None:
    _, renter, booking = _booking(limited)
    answers: list[int] = []

    def flood() -> None:
        for _ in range(4):
            answers.append(limited.message(renter, booking["id"], "spam").status_code)

    threads = [threading.Thread(target=flood) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(answers) == [201] * 5 + [429] * 15
    r = limited.message(renter, booking["id"], "more spam")
    assert r.status_code == 429
    assert error_of(r)["code"] == "rate_limited"
    assert 1 <= int(r.headers["Retry-After"]) <= 600
    # Other people's conversations are not held up by it.
    _, other, other_booking = _booking(limited)
    assert limited.message(other, other_booking["id"], "Hello").status_code == 201
    with clock.pinned(clock.now() + timedelta(minutes=10, seconds=1)):
        assert limited.message(renter, booking["id"], "Sorry").status_code == 201


def test_a_renamed_author_s_messages_carry_the_new_name_only(feed: LiveFeed) -> None:
    owner, renter, booking = _booking(feed)
    feed.message(renter, booking["id"], "See you tomorrow")
    r = feed.http.patch(
        f"{feed.url}/v1/me", json={"display_name": "Rémi Roulant"}, headers=renter.headers
    )
    assert r.status_code == 200, r.text
    (kept,) = _mine(feed, owner, "message")
    assert kept["author_name"] == "Rémi Roulant"
    changes, _ = feed.all_changes(who=owner)
    assert "Rémi Renter" not in repr([c for c in changes if c["kind"] == "message"])
