"""Both photo storages end to end: a local folder, and an S3-compatible store
(moto's server on a loopback port, spoken to over HTTP as any object store)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer
from PIL import Image

from wheelshare.feed.photo_storage import S3PhotoStorage
from wheelshare.feed.testing import LiveFeed

from . import images
from .test_photos import fetch, photo_changes, upload

BUCKET = "wheelshare-photos"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    with pytest.MonkeyPatch.context() as env:
        # Credentials for the test server only; boto3 reads them as it would real ones.
        env.setenv("AWS_ACCESS_KEY_ID", "test")
        env.setenv("AWS_SECRET_ACCESS_KEY", "test")
        env.setenv("AWS_DEFAULT_REGION", "eu-west-3")
        env.delenv("AWS_PROFILE", raising=False)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        boto3.client("s3", endpoint_url=endpoint).create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
        )
        try:
            yield endpoint
        finally:
            server.stop()


@pytest.fixture(params=["local", "s3"])
def photo_feed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[LiveFeed, str]]:
    if request.param == "s3":
        endpoint = request.getfixturevalue("s3_endpoint")
        settings = {"photo_store": f"s3://{BUCKET}/feed", "s3_endpoint_url": endpoint}
    else:
        settings = {"photo_store": str(tmp_path / "photos")}
    with LiveFeed(tmp_path, **settings) as feed:
        yield feed, request.param


def test_a_photo_goes_in_and_comes_out_without_its_metadata(
    photo_feed: tuple[LiveFeed, str], tmp_path: Path
) -> None:
    feed, kind = photo_feed
    owner = feed.register()
    vehicle = feed.create_vehicle(owner)["id"]
    _, cursor = feed.all_changes()
    r = upload(feed, owner, f"vehicles/{vehicle}", images.jpeg(1600, 1200, gps=True))
    assert r.status_code == 201, r.text
    photo = r.json()["photo"]
    (change,) = photo_changes(feed, cursor)
    assert change["data"]["files"] == photo["files"]
    for size in ("full", "large", "thumb"):
        served = fetch(feed, photo, size)
        assert served.status_code == 200
        assert not Image.open(io.BytesIO(served.content)).getexif()
    digest = photo["files"]["thumb"]["sha256"]
    if kind == "s3":
        kept = S3PhotoStorage(BUCKET, "feed/", endpoint_url=feed.settings.s3_endpoint_url)
        assert kept.get(digest) == fetch(feed, photo, "thumb").content
    else:
        assert (tmp_path / "photos" / digest[:2] / digest).exists()

    assert feed.http.delete(f"{feed.url}/v1/photos/{photo['id']}", headers=owner.headers).ok
    assert fetch(feed, photo, "thumb").status_code == 404
    if kind == "s3":
        assert kept.get(digest) is None
    else:
        assert not (tmp_path / "photos" / digest[:2] / digest).exists()


def test_object_storage_without_boto3_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    # The desktop bundle's feed command has no boto3 (packaging/wheelshare.spec).
    from wheelshare.feed.errors import SetupError

    monkeypatch.setitem(sys.modules, "boto3", None)
    with pytest.raises(SetupError, match=r"wheelshare\[server\]"):
        S3PhotoStorage("bucket")
