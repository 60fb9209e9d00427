"""Where the feed keeps photo files: one small interface, two places.

Files are named by the SHA-256 of their bytes, so a name never changes meaning
(the feed serves them as immutable) and the same file uploaded twice is kept
once. The default is a local directory; a deployment that outgrows one disk
points the feed at an S3-compatible object store instead (``s3://bucket/prefix``),
with the endpoint in ``FeedSettings.s3_endpoint_url`` and credentials from the
usual AWS variables or files, never from the feed's own settings.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from wheelshare.feed.errors import SetupError
from wheelshare.private_files import make_private_dir

_DIGEST = re.compile(r"[0-9a-f]{64}")


def is_digest(name: str) -> bool:
    return _DIGEST.fullmatch(name) is not None


class PhotoStorage(Protocol):
    def put(self, digest: str, data: bytes) -> None:
        """Keeps ``data`` under ``digest`` (its SHA-256); again is harmless."""

    def get(self, digest: str) -> bytes | None:
        """The bytes kept under ``digest``, or None."""

    def delete(self, digest: str) -> None:
        """Forgets ``digest``; a name not kept is no error."""


class LocalPhotoStorage:
    """Files in a directory, two levels deep (``ab/abcdef…``) so no one folder
    holds hundreds of thousands of entries."""

    def __init__(self, root: Path) -> None:
        # Made at the first photo, so a feed that never gets one leaves no folder.
        self.root = root

    def _path(self, digest: str) -> Path:
        if not is_digest(digest):
            raise ValueError(f"not a SHA-256 name: {digest!r}")
        return self.root / digest[:2] / digest

    def put(self, digest: str, data: bytes) -> None:
        path = self._path(digest)
        if path.exists():
            return
        make_private_dir(self.root)
        path.parent.mkdir(mode=0o700, exist_ok=True)
        # Written aside then renamed: a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, digest: str) -> bytes | None:
        try:
            return self._path(digest).read_bytes()
        except FileNotFoundError:
            return None

    def delete(self, digest: str) -> None:
        self._path(digest).unlink(missing_ok=True)


class S3PhotoStorage:
    """Objects ``<prefix><digest>`` in one bucket of an S3-compatible store."""

    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None) -> None:
        try:
            import boto3  # only deployments that use object storage need it
        except ImportError:
            # The desktop bundle's feed command leaves it out (packaging/wheelshare.spec).
            raise SetupError(
                "photos in S3-compatible storage need boto3: install wheelshare with its "
                "server extra (pip install 'wheelshare[server]'), or keep photos in a folder"
            ) from None

        self.bucket = bucket
        self.prefix = prefix
        self._client: Any = boto3.client("s3", endpoint_url=endpoint_url)

    def _key(self, digest: str) -> str:
        if not is_digest(digest):
            raise ValueError(f"not a SHA-256 name: {digest!r}")
        return self.prefix + digest

    def put(self, digest: str, data: bytes) -> None:
        self._client.put_object(
            Bucket=self.bucket, Key=self._key(digest), Body=data, ContentType="image/jpeg"
        )

    def get(self, digest: str) -> bytes | None:
        from botocore.exceptions import ClientError

        try:
            answer = self._client.get_object(Bucket=self.bucket, Key=self._key(digest))
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                return None
            raise
        data: bytes = answer["Body"].read()
        return data

    def delete(self, digest: str) -> None:
        self._client.delete_object(Bucket=self.bucket, Key=self._key(digest))


def open_storage(where: str, *, s3_endpoint_url: str | None = None) -> PhotoStorage:
    """``s3://bucket/prefix`` for object storage, anything else a directory."""
    if where.startswith("s3://"):
        parts = urlsplit(where)
        prefix = parts.path.lstrip("/")
        if prefix and not prefix.endswith("/"):
            prefix += "/"
        return S3PhotoStorage(parts.netloc, prefix, endpoint_url=s3_endpoint_url)
    return LocalPhotoStorage(Path(where))
