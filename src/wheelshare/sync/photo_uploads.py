"""Photos waiting to be uploaded: copied into the data folder when they are
added, so the upload can wait for the network (and survive a restart) even if
the original file is moved or deleted meanwhile; removed once the feed has the
photo or the person lets a refused one go."""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

from wheelshare.domain.errors import ValidationError
from wheelshare.private_files import make_private_dir

FOLDER = "outbox-photos"
# The feed's limit (FeedSettings.max_photo_bytes): a larger file is refused here
# at once rather than after it has waited for the network.
MAX_BYTES = 20 * 1024 * 1024
_NAME = re.compile(r"[0-9a-f]{32}")


def folder_of(cache_path: Path) -> Path:
    """The folder beside the cache file where staged photos wait."""
    return cache_path.parent / FOLDER


def stage(cache_path: Path, source: Path) -> str:
    """Copies ``source`` aside; returns the name the outbox entry keeps."""
    try:
        size = source.stat().st_size
    except OSError:
        raise ValidationError("file", "the file cannot be read", "invalid") from None
    if size > MAX_BYTES:
        raise ValidationError("file", "the file is larger than 20 MB", "body_too_large")
    folder = folder_of(cache_path)
    make_private_dir(folder)
    name = uuid.uuid4().hex
    shutil.copyfile(source, folder / name)
    return name


def staged(cache_path: Path, name: str) -> Path:
    if not _NAME.fullmatch(name):
        raise ValidationError("file", "not a staged photo")
    return folder_of(cache_path) / name


def read(cache_path: Path, name: str) -> bytes:
    return staged(cache_path, name).read_bytes()


def discard(cache_path: Path, name: str) -> None:
    staged(cache_path, name).unlink(missing_ok=True)
