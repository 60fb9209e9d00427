"""Photo files on this computer: a disk cache with a size cap, least recently
used out.

Files are named by the SHA-256 the feed gives for them, so a cached file never
goes stale, and what arrives is checked against its name before it is kept (a
feed or a proxy cannot slip another picture in). Reading a file counts as using
it (its modification time is set to now); when the files together pass the cap,
the least recently used go first. The total is counted once, at the first use,
then kept up to date, so browsing thousands of photos never walks the folder
again. Several worker threads may use one cache at once.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import requests

from wheelshare.private_files import make_private_dir

_DIGEST = re.compile(r"[0-9a-f]{64}")
# A photo file is at most 4096 px of JPEG: far below this.
MAX_FILE_BYTES = 32 * 1024 * 1024


class PhotoFileError(Exception):
    """The file could not be fetched, or was not the one asked for."""


class PhotoDiskCache:
    def __init__(self, folder: Path, cap_bytes: int) -> None:
        self.folder = folder
        self.cap_bytes = cap_bytes
        self._lock = threading.Lock()
        # digest -> size, least recently used first; None until first read.
        self._files: OrderedDict[str, int] | None = None
        self._total = 0

    def _index(self) -> OrderedDict[str, int]:
        if self._files is None:
            make_private_dir(self.folder)
            found = []
            for entry in os.scandir(self.folder):
                if entry.is_file() and _DIGEST.fullmatch(entry.name):
                    st = entry.stat()
                    found.append((st.st_mtime, entry.name, st.st_size))
            self._files = OrderedDict((name, size) for _, name, size in sorted(found))
            self._total = sum(self._files.values())
        return self._files

    @property
    def total_bytes(self) -> int:
        with self._lock:
            self._index()
            return self._total

    def get(self, digest: str, fetch: Callable[[str], bytes]) -> Path:
        """The file for ``digest``, fetched with ``fetch(digest)`` when not here."""
        if not _DIGEST.fullmatch(digest):
            raise PhotoFileError(f"not a photo file name: {digest!r}")
        path = self.folder / digest
        with self._lock:
            files = self._index()
            if digest in files and path.exists():
                files.move_to_end(digest)
                os.utime(path)
                return path
        data = fetch(digest)
        if hashlib.sha256(data).hexdigest() != digest:
            raise PhotoFileError("the feed sent a different file than the one asked for")
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".part-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        with self._lock:
            files = self._index()
            self._total += len(data) - files.pop(digest, 0)
            files[digest] = len(data)
            self._evict(keep=digest)
        return path

    def _evict(self, keep: str) -> None:
        assert self._files is not None
        while self._total > self.cap_bytes and len(self._files) > 1:
            oldest = next(iter(self._files))
            if oldest == keep:
                self._files.move_to_end(oldest)
                continue
            self._total -= self._files.pop(oldest)
            (self.folder / oldest).unlink(missing_ok=True)


def http_fetcher(base_url: str, *, timeout: float = 30.0) -> Callable[[str], bytes]:
    """Fetches ``/v1/photo-files/<digest>`` from the feed at ``base_url``."""
    root = base_url.rstrip("/")

    def fetch(digest: str) -> bytes:
        try:
            with requests.get(
                f"{root}/v1/photo-files/{digest}", timeout=timeout, stream=True
            ) as answer:
                if answer.status_code != 200:
                    raise PhotoFileError(f"the feed answered {answer.status_code}")
                data = bytearray()
                for chunk in answer.iter_content(65536):
                    data += chunk
                    if len(data) > MAX_FILE_BYTES:
                        raise PhotoFileError("the photo file is far larger than any photo")
                return bytes(data)
        except requests.RequestException as e:
            raise PhotoFileError(f"the photo could not be fetched ({e})") from e

    return fetch
