"""Photos travel from the feed into the cache, in the gallery's order, and leave it."""

from __future__ import annotations

import io

from PIL import Image

from wheelshare.cache import lookups
from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "navy").save(out, "JPEG")
    return out.getvalue()


def test_a_vehicles_photos_arrive_described_and_in_order(
    feed: LiveFeed, cache: Cache, client: FeedClient
) -> None:
    owner = feed.register()
    vehicle = feed.create_vehicle(owner)["id"]
    ids = []
    for text in ("The rear ramp, folded out", "Space for the chair, clamps on the floor"):
        r = feed.http.post(
            f"{feed.url}/v1/vehicles/{vehicle}/photos",
            data={"description": text},
            files={"file": ("p.jpg", _jpeg(), "image/jpeg")},
            headers=owner.headers,
        )
        assert r.status_code == 201, r.text
        ids.append(r.json()["photo"]["id"])
    feed.http.patch(f"{feed.url}/v1/photos/{ids[1]}", json={"position": 0}, headers=owner.headers)
    feed.http.patch(f"{feed.url}/v1/photos/{ids[0]}", json={"position": 1}, headers=owner.headers)
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        photos = lookups.photos_for(s, "vehicle", vehicle)
    assert [p.description for p in photos] == [
        "Space for the chair, clamps on the floor",
        "The rear ramp, folded out",
    ]
    assert (photos[0].thumb.width, photos[0].large.height) == (64, 48)  # never enlarged

    feed.http.delete(f"{feed.url}/v1/photos/{ids[0]}", headers=owner.headers)
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        assert [p.id for p in lookups.photos_for(s, "vehicle", vehicle)] == [ids[1]]
