"""Photo limits, written as the attacks they stop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from wheelshare.feed.settings import RateLimit
from wheelshare.feed.testing import LiveFeed

from . import images
from .helpers import error_of
from .test_photos import upload


@pytest.fixture(scope="module")
def tight(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveFeed]:
    with LiveFeed(
        tmp_path_factory.mktemp("tight"),
        max_photo_bytes=200_000,
        max_photos_per_vehicle=2,
        photo_uploads_per_account=RateLimit(attempts=4, window=timedelta(hours=1)),
    ) as feed:
        yield feed


def test_an_owner_cannot_fill_the_feed_with_photos_of_one_vehicle(tight: LiveFeed) -> None:
    owner = tight.register()
    vehicle = tight.create_vehicle(owner)["id"]
    for _ in range(2):
        assert upload(tight, owner, f"vehicles/{vehicle}", images.jpeg()).status_code == 201
    third = upload(tight, owner, f"vehicles/{vehicle}", images.jpeg())
    assert third.status_code == 409 and error_of(third)["code"] == "too_many_photos"


def test_one_account_cannot_upload_without_end(tight: LiveFeed) -> None:
    """Refused uploads count too: checking a file costs the server the same."""
    someone = tight.register()
    venue = next(c["id"] for c in tight.all_changes()[0] if c["kind"] == "venue")
    for _ in range(4):
        assert upload(tight, someone, f"venues/{venue}", b"junk", criterion="toilet").status_code
    r = upload(tight, someone, f"venues/{venue}", images.jpeg(), criterion="toilet")
    assert r.status_code == 429 and error_of(r)["code"] == "rate_limited"
    assert int(r.headers["Retry-After"]) > 0
    other = tight.register()
    assert upload(tight, other, f"venues/{venue}", images.jpeg(), criterion="toilet").ok


def test_an_over_large_file_is_refused_while_it_arrives(tight: LiveFeed) -> None:
    owner = tight.register()
    vehicle = tight.create_vehicle(owner)["id"]
    r = upload(tight, owner, f"vehicles/{vehicle}", b"\xff" * 400_000)
    assert r.status_code == 413 and error_of(r)["code"] == "body_too_large"

    def chunked() -> Iterator[bytes]:
        """A chunked body, so no Content-Length announces its size: the limit
        must hold while the body is read."""
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n'
        for _ in range(40):
            yield b"\xff" * 65536

    streamed = tight.http.post(
        f"{tight.url}/v1/vehicles/{vehicle}/photos",
        data=chunked(),
        headers={**owner.headers, "Content-Type": "multipart/form-data; boundary=x"},
    )
    assert streamed.status_code == 413 and error_of(streamed)["code"] == "body_too_large"
