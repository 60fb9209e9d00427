"""Photo uploads wait in the outbox with a copy of their file, and reach the feed once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from wheelshare import demo
from wheelshare.cache import lookups
from wheelshare.cache.database import Cache
from wheelshare.domain import ValidationError
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.sync import outbox, photo_uploads
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.syncer import Syncer

from .faultproxy import FaultProxy


@pytest.fixture
def owner_cache(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path
) -> tuple[Cache, Account, str]:
    user = Accounts(client, data_dir).sign_in(demo.DEMO_OWNER_EMAIL, demo.DEMO_PASSWORD).user
    assert Syncer(cache, client, user_id=user.id).run().ok
    owner = feed.owner()
    vehicle = next(
        c["id"]
        for c in feed.all_changes()[0]
        if c["kind"] == "vehicle" and c["data"]["owner_id"] == owner.id
    )
    return cache, owner, vehicle


def _picture(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (120, 90), "olive").save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def _photos_on_feed(feed: LiveFeed, vehicle: str) -> list[dict[str, object]]:
    latest = {c["id"]: c for c in feed.all_changes()[0] if c["kind"] == "photo"}
    return [
        c["data"]
        for c in latest.values()
        if c["op"] == "upsert" and c["data"]["target_id"] == vehicle
    ]


def test_a_photo_added_offline_goes_once_its_file_copied_aside(
    feed: LiveFeed,
    owner_cache: tuple[Cache, Account, str],
    proxy: FaultProxy,
    proxied: FeedClient,
    client: FeedClient,
    tmp_path: Path,
) -> None:
    cache, _, vehicle = owner_cache
    original = _picture(tmp_path / "ramp.jpg")
    item = outbox.add_vehicle_photo(cache, vehicle, original, " The ramp, folded out ")
    original.unlink()  # moved away meanwhile: the copy in the data folder goes
    staged = list(photo_uploads.folder_of(cache.path).iterdir())
    assert len(staged) == 1

    proxied.token = client.token
    proxy.inject("reset", path=f"/v1/vehicles/{vehicle}/photos", at=0.0)  # answer lost
    report = Syncer(cache, proxied).run()
    assert report.ok, report.summary
    assert len(proxy.requests_to(f"/v1/vehicles/{vehicle}/photos")) == 2
    on_feed = _photos_on_feed(feed, vehicle)
    assert [p["description"] for p in on_feed] == ["The ramp, folded out"]
    assert outbox.all_actions(cache)[0].key == item.key
    assert outbox.all_actions(cache)[0].state == "done"
    assert list(photo_uploads.folder_of(cache.path).iterdir()) == []
    with cache.session() as s:
        assert [p.description for p in lookups.photos_for(s, "vehicle", vehicle)] == [
            "The ramp, folded out"
        ]


def test_a_photo_without_description_is_never_queued_nor_copied(
    owner_cache: tuple[Cache, Account, str], tmp_path: Path
) -> None:
    cache, _, vehicle = owner_cache
    with pytest.raises(ValidationError) as refused:
        outbox.add_vehicle_photo(cache, vehicle, _picture(tmp_path / "p.jpg"), "   ")
    assert refused.value.field == "description"
    assert outbox.all_actions(cache) == []
    folder = photo_uploads.folder_of(cache.path)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_refused_upload_keeps_its_reason_and_dismissing_it_drops_the_copy(
    feed: LiveFeed, owner_cache: tuple[Cache, Account, str], client: FeedClient, tmp_path: Path
) -> None:
    cache, _, vehicle = owner_cache
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_bytes(b"these are my notes, not a picture" * 10)
    item = outbox.add_vehicle_photo(cache, vehicle, not_a_photo, "The seat")
    Syncer(cache, client).run()
    (refused,) = outbox.all_actions(cache)
    assert refused.state == "rejected"
    assert refused.problem is not None and refused.problem.code.value == "not_an_image"
    outbox.dismiss(cache, item.key)
    assert list(photo_uploads.folder_of(cache.path).iterdir()) == []
