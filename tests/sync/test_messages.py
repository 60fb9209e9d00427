"""Conversations through the sync engine: a message queued, sent once, shown
to the other party; replies and read marks come back through my own feed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from wheelshare import demo
from wheelshare.cache import conversations
from wheelshare.cache.database import Cache
from wheelshare.domain import ValidationError, clock
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.sync import outbox, store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer
from wheelshare.ui.session import SyncState
from wheelshare.ui.status import describe

from .faultproxy import FaultProxy

pytestmark = pytest.mark.dates


@pytest.fixture
def booked(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> tuple[Cache, Account, Account, dict[str, Any]]:
    """The demo renter's app, synced, with a confirmed booking of a new owner's vehicle."""
    user = Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    renter = feed.renter()
    owner = feed.register("Odile")
    vehicle = feed.create_vehicle(owner, instant_book=True)
    start = clock.now().replace(microsecond=0) + timedelta(days=40)
    r = feed.book(renter, vehicle["id"], start, start + timedelta(days=1))
    assert r.status_code == 201, r.text
    assert Syncer(cache, client, user_id=user.id).run().ok
    return cache, renter, owner, r.json()["booking"]


def _on_feed(feed: LiveFeed, who: Account) -> list[dict[str, Any]]:
    changes, _ = feed.all_changes(who=who)
    return [c["data"] for c in changes if c["kind"] == "message"]


def test_a_queued_message_waits_visibly_then_reaches_the_owner_once(
    feed: LiveFeed,
    booked: tuple[Cache, Account, Account, dict[str, Any]],
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
) -> None:
    cache, renter, owner, booking = booked
    item = outbox.send_message(cache, booking["id"], "  Where do we meet?  ")
    [waiting] = outbox.pending_messages(cache)
    assert (waiting.key, waiting.state, waiting.payload) == (
        item.key,
        "pending",
        {"text": "Where do we meet?"},
    )
    # The feed takes it, then the connection drops before the answer comes back.
    proxied.token = client.token
    proxy.inject("reset", path=f"/v1/bookings/{booking['id']}/messages", at=0.0)
    report = Syncer(cache, proxied).run()
    assert report.ok, report.summary
    assert len(proxy.requests_to(f"/v1/bookings/{booking['id']}/messages")) == 2
    assert [m["text"] for m in _on_feed(feed, owner)] == ["Where do we meet?"]
    assert outbox.pending_messages(cache) == []
    with cache.session() as s:
        [mine] = conversations.thread(s, booking["id"])
    assert (mine.text, mine.author_id) == ("Where do we meet?", renter.id)


def test_a_reply_arrives_unread_and_reading_it_clears_the_count_at_once(
    feed: LiveFeed,
    booked: tuple[Cache, Account, Account, dict[str, Any]],
    client: FeedClient,
) -> None:
    cache, renter, owner, booking = booked
    r = feed.message(owner, booking["id"], "At the station, 9:00. Ring me.")
    assert r.status_code == 201
    reply = r.json()["message"]
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        [summary] = [
            c for c in conversations.conversations(s, renter.id) if c.booking.id == booking["id"]
        ]
        assert summary.last is not None and summary.last.text == reply["text"]
        assert summary.unread == 1
    outbox.mark_read(cache, booking["id"], reply["id"])
    outbox.mark_read(cache, booking["id"], reply["id"])  # read twice: one mark goes out
    marks = outbox.read_marks(cache)
    assert marks == {booking["id"]: reply["id"]}
    with cache.session() as s:
        assert conversations.unread(s, booking["id"], renter.id, marks) == 0
    assert len([i for i in outbox.pending_actions(cache) if i.kind == "mark_read"]) == 1
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        known = conversations.conversation(s, booking["id"])
        assert known is not None and (known.read_through, known.unread) == (1, 0)
        assert conversations.unread(s, booking["id"], renter.id, {}) == 0


def test_an_unsent_message_can_be_withdrawn_and_a_bad_one_is_never_queued(
    feed: LiveFeed, booked: tuple[Cache, Account, Account, dict[str, Any]]
) -> None:
    cache, _, owner, booking = booked
    item = outbox.send_message(cache, booking["id"], "Oops, wrong booking")
    outbox.withdraw(cache, item.key)
    assert outbox.pending_messages(cache) == []
    for text, code in (("   ", "message_empty"), ("x" * 2001, "message_too_long")):
        with pytest.raises(ValidationError) as refused:
            outbox.send_message(cache, booking["id"], text)
        assert (refused.value.field, refused.value.code) == ("text", code)
    assert outbox.pending_actions(cache) == []
    assert _on_feed(feed, owner) == []


def test_signing_out_forgets_the_conversations(
    feed: LiveFeed,
    booked: tuple[Cache, Account, Account, dict[str, Any]],
    client: FeedClient,
) -> None:
    cache, _, owner, booking = booked
    feed.message(owner, booking["id"], "Private words")
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        assert conversations.thread(s, booking["id"])
    store.forget_private_records(cache)
    with cache.session() as s:
        assert conversations.thread(s, booking["id"]) == []
        assert conversations.conversation(s, booking["id"]) is None


def test_a_read_mark_is_not_told_as_an_action_waiting_yet_goes_once_after_a_restart(
    feed: LiveFeed,
    booked: tuple[Cache, Account, Account, dict[str, Any]],
    data_dir: Path,
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
) -> None:
    cache, _, owner, booking = booked
    reply = feed.message(owner, booking["id"], "See you at nine.").json()["message"]
    assert Syncer(cache, client).run().ok

    def status_words(c: Cache) -> str:
        # The status bar's sentence, from the count the app keeps.
        waiting = outbox.waiting_count(c)
        return describe(SyncState(ready=True, last_sync=clock.now(), pending=waiting))

    outbox.mark_read(cache, booking["id"], reply["id"])
    assert "waiting" not in status_words(cache)
    assert status_words(cache).startswith("Up to date")
    # A message written next to it is what the person sees counted.
    outbox.send_message(cache, booking["id"], "Thanks!")
    assert "1 action waiting to be sent" in status_words(cache)
    outbox.withdraw(cache, outbox.pending_messages(cache)[0].key)

    # The app closes with the mark unsent; opened again, it still goes, once.
    cache.close()
    reopened = Cache.open(data_dir)
    try:
        assert outbox.read_marks(reopened) == {booking["id"]: reply["id"]}
        assert "waiting" not in status_words(reopened)
        proxied.token = client.token
        assert Syncer(reopened, proxied).run().ok
        assert Syncer(reopened, proxied).run().ok
        assert len(proxy.requests_to(f"/v1/bookings/{booking['id']}/messages/read")) == 1
        with reopened.session() as s:
            known = conversations.conversation(s, booking["id"])
            assert known is not None and (known.read_through, known.unread) == (1, 0)
    finally:
        reopened.close()


def test_a_sync_that_could_not_send_a_read_mark_does_not_report_an_action_waiting(
    feed: LiveFeed,
    booked: tuple[Cache, Account, Account, dict[str, Any]],
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
) -> None:
    cache, _, owner, booking = booked
    reply = feed.message(owner, booking["id"], "The ramp is at the back.").json()["message"]
    assert Syncer(cache, client).run().ok
    outbox.mark_read(cache, booking["id"], reply["id"])
    proxied.token = client.token
    proxy.inject(
        "status", times=100, path=f"/v1/bookings/{booking['id']}/messages/read", status=503
    )
    report = Syncer(cache, proxied).run()
    # The feed was unreachable for it, yet nothing of the person's is waiting:
    # `wheelshare sync` must not print "1 still waiting" for the app's bookkeeping.
    assert report.still_waiting == 0
    assert not any("still waiting" in line for line in report.lines())
    assert outbox.read_marks(cache) == {booking["id"]: reply["id"]}
