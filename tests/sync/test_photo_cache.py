"""The photo disk cache: under its cap, least recently used out, only the file asked for."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from wheelshare.sync.photo_cache import PhotoDiskCache, PhotoFileError


def _file(n: int, size: int = 1000) -> tuple[str, bytes]:
    data = n.to_bytes(4, "big") * (size // 4)
    return hashlib.sha256(data).hexdigest(), data


def test_browsing_stays_under_the_cap_and_keeps_what_was_just_seen(tmp_path: Path) -> None:
    files = dict(_file(n) for n in range(50))
    fetched: list[str] = []

    def fetch(digest: str) -> bytes:
        fetched.append(digest)
        return files[digest]

    cache = PhotoDiskCache(tmp_path / "photos", cap_bytes=10_000)
    names = list(files)
    for name in names[:10]:
        cache.get(name, fetch)
    cache.get(names[0], fetch)  # seen again: now the most recent
    for name in names[10:15]:
        cache.get(name, fetch)
        assert cache.total_bytes <= 10_000
    on_disk = {p.name for p in (tmp_path / "photos").iterdir()}
    assert names[0] in on_disk and names[1] not in on_disk
    assert sum(p.stat().st_size for p in (tmp_path / "photos").iterdir()) <= 10_000
    before = len(fetched)
    cache.get(names[0], fetch)
    assert len(fetched) == before  # served from the disk

    reopened = PhotoDiskCache(tmp_path / "photos", cap_bytes=10_000)
    assert reopened.total_bytes == sum(p.stat().st_size for p in (tmp_path / "photos").iterdir())


def test_a_file_that_is_not_the_one_asked_for_is_not_kept(tmp_path: Path) -> None:
    digest, _ = _file(1)
    cache = PhotoDiskCache(tmp_path / "photos", cap_bytes=10_000)
    with pytest.raises(PhotoFileError):
        cache.get(digest, lambda _d: b"another picture")
    assert not (tmp_path / "photos" / digest).exists()
    with pytest.raises(PhotoFileError):
        cache.get("../../etc/passwd", lambda _d: b"")
