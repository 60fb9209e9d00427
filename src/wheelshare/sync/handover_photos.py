"""The pictures of handover reports on this computer.

They are the two parties' private record, served by the feed only to a
signed-in party (``/v1/handover-photo-files/…``). So they are fetched with the
person's sign-in (in the Authorization header, never in an address), kept in
their own folder beside the cache, apart from the public photo cache that any
person using this data dir may browse, and removed with the other private
records when the person signs out, deletes their account or another person
signs in here.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from wheelshare.sync.client import FeedClient
from wheelshare.sync.photo_cache import PhotoDiskCache

FOLDER = "handover-photos"
FILE_PATH = "/v1/handover-photo-files/{digest}"


def folder_of(cache_path: Path) -> Path:
    """The folder beside the cache file where report pictures are kept."""
    return cache_path.parent / FOLDER


def disk_cache(cache_path: Path, cap_bytes: int) -> PhotoDiskCache:
    return PhotoDiskCache(folder_of(cache_path), cap_bytes)


def fetcher(client: FeedClient) -> Callable[[str], bytes]:
    """Fetches one report picture with ``client``'s sign-in."""

    def fetch(digest: str) -> bytes:
        return client.file_bytes(FILE_PATH.format(digest=digest), auth=True)

    return fetch


def forget(cache_path: Path) -> None:
    """Removes every report picture kept here."""
    shutil.rmtree(folder_of(cache_path), ignore_errors=True)
