"""Travel companions through the app's outbox and cache against a real feed:
a traveller posts a trip, finds a companion's offer among the matches, the
companion offers help, the traveller accepts; the meeting point arrives."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from wheelshare import demo
from wheelshare.cache.companions import find_matches, my_companionships, my_posts
from wheelshare.cache.database import Cache
from wheelshare.domain import ValidationError, clock
from wheelshare.domain.companions import Help, Journey, TravelMode, TripPlace
from wheelshare.domain.wire import format_time
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import actions, outbox
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer

pytestmark = pytest.mark.dates

PART_DIEU = TripPlace("Lyon Part-Dieu", 45.7606, 4.8594, "station", "Lyon")
GARE_DE_LYON = TripPlace("Gare de Lyon", 48.8443, 2.3744, "station", "Paris")


def test_post_match_offer_accept_through_the_outbox(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    user = Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD).user
    start = clock.now().replace(microsecond=0) + timedelta(days=3)
    journey = Journey(PART_DIEU, GARE_DE_LYON, start, start + timedelta(hours=2), TravelMode.TRAIN)

    companion = feed.register("Bruno")
    offer = {
        "origin": {"name": "Lyon Perrache", "kind": "station", "city": "Lyon"}
        | {"lat": 45.7485, "lon": 4.8260},
        "destination": {"name": "Gare de Lyon", "kind": "station", "city": "Paris"}
        | {"lat": 48.8443, "lon": 2.3744},
        "leaves_from": format_time(start + timedelta(minutes=20)),
        "leaves_until": format_time(start + timedelta(hours=1)),
        "mode": "train",
    }
    headers = {**companion.headers, "Idempotency-Key": str(uuid.uuid4())}
    assert feed.http.post(f"{feed.url}/v1/companion-offers", json=offer, headers=headers).ok

    outbox.queue(cache, actions.post_trip(journey, frozenset({Help.BOARDING}), note="2 bags"))
    report = Syncer(cache, client, user_id=user.id).run()
    assert report.ok, report.summary
    with cache.session() as s:
        # The demo renter has demo trips of their own too.
        [mine] = [p for p in my_posts(s) if p.note == "2 bags"]
        assert mine.compensation is not None
        [found] = find_matches(s, journey, "offers")
    assert found.post.companion_name == "Bruno"
    assert found.match.leaves_later == timedelta(minutes=20)
    # The public feed rounds places to about a kilometre; the station is named.
    assert found.match.destination_km < 1.0
    assert found.post.journey.destination.name == "Gare de Lyon"

    r = feed.http.post(
        f"{feed.url}/v1/trips/{mine.id}/help",
        json={"contact": "bruno@example.org"},
        headers=companion.headers,
    )
    assert r.status_code == 201, r.text
    assert Syncer(cache, client, user_id=user.id).run().ok
    with cache.session() as s:
        [offered] = my_companionships(s)
    assert offered.status.value == "offered" and offered.companion_contact is None

    outbox.queue(cache, actions.accept_help(offered.id, "Hall 1, under the clock"))
    assert Syncer(cache, client, user_id=user.id).run().ok
    with cache.session() as s:
        [confirmed] = my_companionships(s)
    assert confirmed.status.value == "confirmed"
    assert confirmed.meeting_point == "Hall 1, under the clock"
    assert confirmed.companion_contact == "bruno@example.org"


def test_bad_actions_are_refused_before_queueing() -> None:
    start = clock.now() + timedelta(days=1)
    same = Journey(PART_DIEU, PART_DIEU, start, start + timedelta(hours=1), TravelMode.TRAIN)
    with pytest.raises(ValidationError) as err:
        actions.post_trip(same, frozenset())
    assert err.value.code == "same_place"
    with pytest.raises(ValidationError) as err:
        actions.accept_help("c1", "   ")
    assert err.value.field == "meeting_point"
    with pytest.raises(ValidationError):
        actions.rate_companion("c1", 6)
