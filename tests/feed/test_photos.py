"""Photos: the upload pipeline, what is refused, and how the files are served."""

from __future__ import annotations

import io
from typing import Any

import pytest
import requests
from PIL import Image

from wheelshare.feed.testing import Account, LiveFeed

from . import images
from .helpers import error_of


def upload(
    feed: LiveFeed,
    who: Account | None,
    target: str,
    data: bytes,
    description: str | None = "The rear ramp, folded out onto the pavement",
    *,
    criterion: str | None = None,
    key: str | None = None,
    filename: str = "photo.jpg",
    position: str | None = None,
) -> requests.Response:
    """POST /v1/{target}/photos, as the app sends it (``target``: vehicles/ID…)."""
    form: dict[str, str] = {}
    if description is not None:
        form["description"] = description
    if criterion is not None:
        form["criterion"] = criterion
    if position is not None:
        form["position"] = position
    headers = dict(who.headers) if who else {}
    if key:
        headers["Idempotency-Key"] = key
    return feed.http.post(
        f"{feed.url}/v1/{target}/photos",
        data=form,
        files={"file": (filename, data, "image/jpeg")},
        headers=headers,
    )


def fetch(feed: LiveFeed, photo: dict[str, Any], size: str) -> requests.Response:
    return feed.http.get(f"{feed.url}/v1/photo-files/{photo['files'][size]['sha256']}")


def photo_changes(feed: LiveFeed, since: str | None = None) -> list[dict[str, Any]]:
    changes, _ = feed.all_changes(since)
    return [c for c in changes if c["kind"] == "photo"]


@pytest.fixture(scope="module")
def owner(feed: LiveFeed) -> Account:
    return feed.register("Photo Owner")


@pytest.fixture(scope="module")
def vehicle(feed: LiveFeed, owner: Account) -> str:
    vehicle_id: str = feed.create_vehicle(owner)["id"]
    return vehicle_id


@pytest.fixture(scope="module")
def venue_id(feed: LiveFeed) -> str:
    changes, _ = feed.all_changes()
    return next(c["id"] for c in changes if c["kind"] == "venue")


def test_gps_and_other_metadata_are_gone_from_every_served_size(
    feed: LiveFeed, owner: Account, vehicle: str
) -> None:
    original = images.jpeg(2000, 1500, gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825), "the test file has GPS"
    r = upload(feed, owner, f"vehicles/{vehicle}", original)
    assert r.status_code == 201, r.text
    photo = r.json()["photo"]
    assert photo["description"] == "The rear ramp, folded out onto the pavement"
    for size, edge in (("full", 2000), ("large", 1280), ("thumb", 320)):
        served = fetch(feed, photo, size)
        assert served.status_code == 200
        assert served.headers["content-type"] == "image/jpeg"
        picture = Image.open(io.BytesIO(served.content))
        assert max(picture.size) == edge
        assert not picture.getexif(), f"{size} still has EXIF"
        assert b"Exif" not in served.content and b"TestCam" not in served.content
        assert photo["files"][size]["width"] == picture.width


def test_files_are_cached_by_strong_etag(feed: LiveFeed, owner: Account, vehicle: str) -> None:
    photo = upload(feed, owner, f"vehicles/{vehicle}", images.png()).json()["photo"]
    first = fetch(feed, photo, "thumb")
    etag = first.headers["etag"]
    assert etag == f'"{photo["files"]["thumb"]["sha256"]}"'
    assert "immutable" in first.headers["cache-control"]
    again = feed.http.get(first.url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and not again.content
    assert feed.http.get(first.url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_the_public_feed_carries_the_photo_and_its_removal(
    feed: LiveFeed, owner: Account, vehicle: str
) -> None:
    _, cursor = feed.all_changes()
    photo = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg()).json()["photo"]
    (change,) = photo_changes(feed, cursor)
    assert change["data"] == photo
    assert "uploader_id" not in change["data"]
    assert change["data"]["target_kind"] == "vehicle" and change["data"]["target_id"] == vehicle

    r = feed.http.delete(f"{feed.url}/v1/photos/{photo['id']}", headers=owner.headers)
    assert r.status_code == 204
    removal = photo_changes(feed, cursor)
    assert [(c["id"], c["op"]) for c in removal] == [(photo["id"], "delete")]
    assert fetch(feed, photo, "thumb").status_code == 404


def test_a_venue_photo_says_what_it_shows(feed: LiveFeed, venue_id: str) -> None:
    someone = feed.register()
    r = upload(
        feed,
        someone,
        f"venues/{venue_id}",
        images.png(alpha=True),
        "  Three steps up to the door,\n no handrail  ",
        criterion="entrance",
    )
    assert r.status_code == 201, r.text
    photo = r.json()["photo"]
    assert photo["criterion"] == "entrance"
    assert photo["description"] == "Three steps up to the door, no handrail"
    bad = upload(feed, someone, f"venues/{venue_id}", images.png(), criterion="kitchen")
    assert bad.status_code == 422 and "criterion" in error_of(bad)["fields"]


def test_the_same_upload_resent_adds_one_photo(
    feed: LiveFeed, owner: Account, vehicle: str
) -> None:
    first = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg(), key="outbox-1")
    again = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg(), key="outbox-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["photo"]["id"] == first.json()["photo"]["id"]


def test_owner_orders_and_redescribes(feed: LiveFeed, owner: Account, vehicle: str) -> None:
    photo = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg()).json()["photo"]
    url = f"{feed.url}/v1/photos/{photo['id']}"
    r = feed.http.patch(url, json={"description": "Seat", "position": 0}, headers=owner.headers)
    assert r.status_code == 200 and r.json()["photo"]["position"] == 0
    blank = feed.http.patch(url, json={"description": "   "}, headers=owner.headers)
    assert blank.status_code == 422 and "description" in error_of(blank)["fields"]
    for wrong in (False, "1", 1.5, -1):  # found by the API fuzz: false was taken as 0
        r = feed.http.patch(url, json={"position": wrong}, headers=owner.headers)
        assert r.status_code == 422 and "position" in error_of(r)["fields"], wrong
    other = feed.register()
    assert feed.http.patch(url, json={"position": 1}, headers=other.headers).status_code == 403
    assert feed.http.delete(url, headers=other.headers).status_code == 403


def test_an_upload_goes_where_it_is_placed_and_a_place_out_of_range_is_refused(
    feed: LiveFeed, owner: Account
) -> None:
    vehicle = feed.create_vehicle(owner)["id"]
    target = f"vehicles/{vehicle}"
    last = upload(feed, owner, target, images.jpeg()).json()["photo"]
    first = upload(feed, owner, target, images.jpeg(), position="0").json()["photo"]
    assert (first["position"], last["position"]) == (0, 0)
    assert upload(feed, owner, target, images.jpeg()).json()["photo"]["position"] == 1
    _, cursor = feed.all_changes()
    for wrong in ("-1", "10001", "1.5", "first"):
        r = upload(feed, owner, target, images.jpeg(), position=wrong)
        assert r.status_code == 422 and "position" in error_of(r)["fields"], (wrong, r.text)
    assert photo_changes(feed, cursor) == []


# -- bad input: a clear 4xx in the contract's shape, and nothing stored ----------------


BAD_FILES = {
    "not an image": (b"%PDF-1.7 this is a document, not a photo" * 20, "not_an_image"),
    "a truncated JPEG": (images.jpeg(1200, 900)[:5000], "damaged_image"),
    "a decompression bomb": (images.huge_png(30_000, 30_000), "too_many_pixels"),
    "a 200 MP PNG": (images.huge_png(20_000, 10_000), "too_many_pixels"),
    "an image named .jpg that is a GIF": (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not_an_image"),
}


@pytest.mark.parametrize("what", list(BAD_FILES))
def test_bad_files_are_refused_and_nothing_is_kept(
    feed: LiveFeed, owner: Account, vehicle: str, what: str
) -> None:
    data, code = BAD_FILES[what]
    _, cursor = feed.all_changes()
    r = upload(feed, owner, f"vehicles/{vehicle}", data)
    assert r.status_code == 422, r.text
    err = error_of(r)
    assert err["code"] == code and "file" in err["fields"]
    assert photo_changes(feed, cursor) == []


@pytest.mark.parametrize("description", [None, "", "   \n\t "])
def test_a_photo_without_description_is_refused(
    feed: LiveFeed, owner: Account, vehicle: str, description: str | None
) -> None:
    _, cursor = feed.all_changes()
    r = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg(), description)
    assert r.status_code == 422
    assert "description" in error_of(r)["fields"]
    assert photo_changes(feed, cursor) == []


def test_an_over_long_description_is_refused(feed: LiveFeed, owner: Account, vehicle: str) -> None:
    r = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg(), "x" * 501)
    assert r.status_code == 422 and "description" in error_of(r)["fields"]


def test_nobody_adds_photos_to_someone_elses_vehicle(feed: LiveFeed, vehicle: str) -> None:
    intruder = feed.register()
    _, cursor = feed.all_changes()
    r = upload(feed, intruder, f"vehicles/{vehicle}", images.jpeg())
    assert r.status_code == 403 and error_of(r)["code"] == "not_owner"
    signed_out = upload(feed, None, f"vehicles/{vehicle}", images.jpeg())
    assert signed_out.status_code == 401
    assert photo_changes(feed, cursor) == []
