"""Photos travel from the feed into the cache, in the gallery's order, and leave it."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from wheelshare.cache import lookups
from wheelshare.cache.database import Cache
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer
from wheelshare.ui.owner.data import queue_photos
from wheelshare.ui.widgets.photo_editor import EditedPhoto, PhotoChanges


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


def test_a_new_photo_goes_where_the_owner_put_it_and_stays_there_after_sync(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path, tmp_path: Path
) -> None:
    owner = feed.register()
    Accounts(client, data_dir).sign_in(owner.email, owner.password)
    vehicle = feed.create_vehicle(owner)["id"]
    for text in ("The rear ramp", "The seat"):
        r = feed.http.post(
            f"{feed.url}/v1/vehicles/{vehicle}/photos",
            data={"description": text},
            files={"file": ("p.jpg", _jpeg(), "image/jpeg")},
            headers=owner.headers,
        )
        assert r.status_code == 201, r.text
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        ramp, seat = lookups.photos_for(s, "vehicle", vehicle)

    # What the listing form saves when the owner adds a photo and moves it first.
    picture = tmp_path / "clamps.jpg"
    picture.write_bytes(_jpeg())
    changes = PhotoChanges(
        added=(EditedPhoto("Four floor clamps", path=picture, place=0),),
        edited=((ramp.id, None, 1), (seat.id, None, 2)),
    )
    assert queue_photos(cache, vehicle, changes) == 3
    assert Syncer(cache, client).run().ok

    on_feed = {
        c["data"]["description"]: c["data"]["position"]
        for c in feed.all_changes()[0]
        if c["kind"] == "photo" and c["data"]["target_id"] == vehicle
    }
    assert on_feed == {"Four floor clamps": 0, "The rear ramp": 1, "The seat": 2}
    assert Syncer(cache, client).run().ok
    with cache.session() as s:
        order = [p.description for p in lookups.photos_for(s, "vehicle", vehicle)]
    assert order == ["Four floor clamps", "The rear ramp", "The seat"]
