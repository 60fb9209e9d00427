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


def test_one_demo_rental_has_a_start_report_both_confirmed_with_drawn_photos(
    tmp_path: Path,
) -> None:
    from wheelshare.feed.demo_handover import seed_demo_handover

    with LiveFeed(tmp_path) as feed:
        storage = LocalPhotoStorage(Path(feed.settings.photo_store))
        assert seed_demo_handover(feed.db, storage)
        assert not seed_demo_handover(feed.db, storage)
        renter = feed.renter()
        (report,) = [
            c["data"] for c in feed.all_changes(who=renter)[0] if c["kind"] == "handover_report"
        ]
        assert report["moment"] == "start" and report["locked"]
        assert report["missing_positions"] == []
        assert all(len(p["description"]) > 20 for p in report["photos"])
        public, _ = feed.all_changes()
        assert all(c["kind"] != "handover_report" for c in public)
        digest = report["photos"][0]["files"]["thumb"]["sha256"]
        served = feed.http.get(
            f"{feed.url}/v1/handover-photo-files/{digest}", headers=renter.headers
        )
        assert served.status_code == 200
