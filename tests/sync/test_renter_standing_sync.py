"""An owner's cache keeps a renter's standing only while a request of theirs
waits: answered, it is gone after the next sync, and a cache that kept one
from before the feed deleted such figures drops it too."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from wheelshare.cache.database import Cache
from wheelshare.cache.models import RenterStandingRow
from wheelshare.domain import clock
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer


def _standings(cache: Cache) -> list[str]:
    with cache.session() as s:
        return list(s.scalars(select(RenterStandingRow.id)))


def test_the_owners_cache_drops_the_standing_once_the_request_is_answered(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> None:
    owner, renter = feed.register("Olga Owner"), feed.register("Remi Renter")
    vehicle = feed.create_vehicle(owner)  # on request
    start = clock.now().replace(microsecond=0) + timedelta(days=2)
    booking = feed.book(renter, vehicle["id"], start, start + timedelta(hours=6)).json()["booking"]
    user = Accounts(client, data_dir).sign_in(owner.email, owner.password).user
    assert Syncer(cache, client, user_id=user.id).run().ok
    assert _standings(cache) == [renter.id]

    assert feed.act(owner, booking["id"], "decline").status_code == 200
    assert Syncer(cache, client, user_id=user.id).run().ok
    assert _standings(cache) == []

    # Figures kept from before the feed deleted them go at the next sync too.
    with cache.transaction() as s:
        s.add(RenterStandingRow(id=renter.id, data=json.dumps({"id": renter.id})))
    assert feed.message(owner, booking["id"], "Sorry, it is booked then.").status_code == 201
    assert Syncer(cache, client, user_id=user.id).run().ok
    assert _standings(cache) == []
