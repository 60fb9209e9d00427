"""The demo set's photos: drawn, described, served, made once and quickly."""

from __future__ import annotations

import time
from pathlib import Path

from wheelshare.feed.demo_photos import seed_demo_photos
from wheelshare.feed.photo_storage import LocalPhotoStorage
from wheelshare.feed.testing import LiveFeed


def test_demo_vehicles_and_venues_get_described_photos_once(tmp_path: Path) -> None:
    with LiveFeed(tmp_path) as feed:
        storage = LocalPhotoStorage(Path(feed.settings.photo_store))
        started = time.perf_counter()
        added = seed_demo_photos(feed.db, storage, vehicles=4, venues=3)
        took = time.perf_counter() - started
        assert added == 4 * 2 + 2 + 3 * 2  # two or three per vehicle, two per venue
        assert took < 10, f"the demo photos took {took:.1f} s"  # a guard, not a benchmark
        assert seed_demo_photos(feed.db, storage) == 0

        photos = [c["data"] for c in feed.all_changes()[0] if c["kind"] == "photo"]
        assert len(photos) == added
        assert all(len(p["description"]) > 20 for p in photos)
        venue_photos = [p for p in photos if p["target_kind"] == "venue"]
        assert {p["criterion"] for p in venue_photos} == {"entrance", "toilet"}
        owner = feed.owner()
        vehicles = {
            c["id"]: c["data"]["owner_id"] for c in feed.all_changes()[0] if c["kind"] == "vehicle"
        }
        assert {vehicles[p["target_id"]] for p in photos if p["target_kind"] == "vehicle"} == {
            owner.id
        }
        thumb = photos[0]["files"]["thumb"]
        served = feed.http.get(f"{feed.url}/v1/photo-files/{thumb['sha256']}")
        assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
        assert max(thumb["width"], thumb["height"]) == 320
