"""A handover report recorded offline waits in the outbox, its photos copied
aside, reaches the feed once, and comes back to the other party's app."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from wheelshare.cache import handover
from wheelshare.cache.database import Cache
from wheelshare.domain import clock
from wheelshare.domain.handover import REQUIRED_POSITIONS, Moment
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import handover_photos, outbox, photo_uploads, store
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient, RetryPolicy
from wheelshare.sync.errors import AuthNeededError, SyncError
from wheelshare.sync.syncer import Syncer

from .faultproxy import FaultProxy


def _picture(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (120, 90), "navy").save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_a_report_made_offline_goes_once_and_the_other_party_sees_it(
    feed: LiveFeed,
    cache: Cache,
    client: FeedClient,
    proxy: FaultProxy,
    proxied: FeedClient,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    owner, renter = feed.register(), feed.register()
    vehicle = feed.create_vehicle(owner, instant_book=True)
    start = clock.now().replace(microsecond=0) + timedelta(hours=2)
    booking = feed.book(renter, vehicle["id"], start, start + timedelta(days=1)).json()["booking"]
    user = Accounts(client, data_dir).sign_in(renter.email, renter.password).user
    assert Syncer(cache, client, user_id=user.id).run().ok

    picture = _picture(tmp_path / "side.jpg")
    for position in REQUIRED_POSITIONS:
        outbox.add_handover_photo(
            cache, booking["id"], Moment.START, picture, position.value, f"The {position.value}"
        )
    outbox.edit_handover(cache, booking["id"], Moment.START, fuel_percent=70, odometer_km=1200)
    outbox.confirm_handover(cache, booking["id"], Moment.START)

    proxied.token = client.token
    upload_path = f"/v1/bookings/{booking['id']}/handover/start/photos"
    proxy.inject("reset", path=upload_path, at=0.0)  # the first answer is lost
    report = Syncer(cache, proxied, user_id=user.id).run()
    assert report.ok, report.summary
    assert len(proxy.requests_to(upload_path)) == len(REQUIRED_POSITIONS) + 1, "one resent"
    assert list(photo_uploads.folder_of(cache.path).iterdir()) == []

    on_feed = feed.http.get(
        f"{feed.url}/v1/bookings/{booking['id']}/handover/start", headers=owner.headers
    ).json()["handover_report"]
    assert len(on_feed["photos"]) == len(REQUIRED_POSITIONS), "each photo went once"
    assert on_feed["renter_confirmed_at"] and not on_feed["locked"]
    with cache.session() as s:
        mine = handover.reports_for(s, booking["id"])[Moment.START]
    assert mine.renter_confirmed and not mine.owner_confirmed
    assert [p.description for p in mine.photos][:2] == ["The front", "The back"]

    # A photo taken out of the report before the owner confirms, the answer lost.
    gone = mine.photos[0]
    outbox.remove_handover_photo(cache, booking["id"], Moment.START, gone.id)
    remove_path = f"{upload_path}/{gone.id}"
    proxy.inject("reset", path=remove_path, at=0.0)
    report = Syncer(cache, proxied, user_id=user.id).run()
    assert report.ok, report.summary
    assert len(proxy.requests_to(remove_path)) == 2, "resent, and found already gone"
    assert outbox.pending_actions(cache) == []
    with cache.session() as s:
        mine = handover.reports_for(s, booking["id"])[Moment.START]
    assert gone.id not in {p.id for p in mine.photos}
    assert len(mine.photos) == len(REQUIRED_POSITIONS) - 1
    assert not mine.renter_confirmed, "a change asks both to confirm again"


def test_report_pictures_come_with_the_sign_in_and_leave_with_the_sign_out(
    feed: LiveFeed, cache: Cache, client: FeedClient, data_dir: Path, tmp_path: Path
) -> None:
    owner, renter, stranger = feed.register(), feed.register(), feed.register()
    vehicle = feed.create_vehicle(owner, instant_book=True)
    start = clock.now().replace(microsecond=0) + timedelta(hours=2)
    booking = feed.book(renter, vehicle["id"], start, start + timedelta(days=1)).json()["booking"]
    sent = feed.http.post(
        f"{feed.url}/v1/bookings/{booking['id']}/handover/start/photos",
        headers=renter.headers,
        data={"description": "The ramp, folded, no marks", "position": "ramp_or_lift"},
        files={"file": ("ramp.jpg", _picture(tmp_path / "ramp.jpg").read_bytes(), "image/jpeg")},
    )
    assert sent.status_code == 201, sent.text
    user = Accounts(client, data_dir).sign_in(owner.email, owner.password).user
    assert Syncer(cache, client, user_id=user.id).run().ok
    with cache.session() as s:
        photo = handover.reports_for(s, booking["id"])[Moment.START].photos[0]

    kept = handover_photos.disk_cache(cache.path, 10_000_000)
    path = kept.get(photo.thumb.sha256, handover_photos.fetcher(client))
    with Image.open(path) as image:
        assert image.size == (photo.thumb.width, photo.thumb.height)
    folder = handover_photos.folder_of(cache.path)
    assert path.parent == folder
    assert folder.stat().st_mode & 0o077 == 0, "readable by its owner only"

    with FeedClient(feed.url, retry=RetryPolicy(attempts=1)) as other:
        with pytest.raises(AuthNeededError):
            handover_photos.fetcher(other)(photo.large.sha256)
        other.token = stranger.token
        with pytest.raises(SyncError):
            handover_photos.fetcher(other)(photo.large.sha256)

    store.forget_private_records(cache)  # what signing out does
    assert not folder.exists()
