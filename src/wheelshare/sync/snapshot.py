"""A first sync from the feed's snapshot instead of its whole change log.

A cache that has never read the public stream asks ``GET /v1/snapshot``: the
public records at one cursor, in one compressed file. It is downloaded into
the cache's folder (a kill or a cancel leaves the part received, and the next
sync asks only for the rest), its SHA-256 is checked against the digest the
feed sent, it is read with the code that reads change pages, and stored in
one transaction, with the snapshot's cursor, so the cache's bulk path loads
the empty tables. The pull then continues from that cursor as usual.

Whatever is wrong with the snapshot (the feed has none, the file does not
match its digest, is not gzip or not a page), the file is thrown away and the
pull reads the change feed from the start, as without snapshots. Only a
failure to reach the feed at all ends the sync (the change feed would fail
the same way), keeping the part already received for next time.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import zlib
from pathlib import Path
from typing import Any

from wheelshare.domain.text import json_is_printable
from wheelshare.sync import fastjson, store
from wheelshare.sync.client import Download, FeedClient
from wheelshare.sync.errors import BadResponseError, RejectedError
from wheelshare.sync.progress import CancelToken
from wheelshare.sync.records import MalformedPageError, Page, parse_page

log = logging.getLogger(__name__)

SNAPSHOT_PATH = "/v1/snapshot"
FILE_NAME = "public-snapshot.part"
# The compressed file, and the document once inflated: a million venues are
# about 1 GiB of JSON; anything larger is not a snapshot this client can hold.
MAX_FILE_BYTES = 512 * 2**20
MAX_DOCUMENT_BYTES = 2 * 2**30


class SnapshotRefused(Exception):
    """The snapshot cannot be used; the reason says why."""


def partial_file(cache: store.CacheLike) -> Path:
    return cache.path.parent / FILE_NAME


def discard(dest: Path) -> None:
    dest.unlink(missing_ok=True)
    dest.with_name(dest.name + ".etag").unlink(missing_ok=True)


def fetch(cache: store.CacheLike, client: FeedClient, cancel: CancelToken) -> Page | None:
    """The snapshot as a page, or None when there is none to use (the caller then
    reads the change feed). Raises the SyncError of a feed it cannot reach."""
    dest = partial_file(cache)
    try:
        got = client.download(SNAPSHOT_PATH, dest, max_bytes=MAX_FILE_BYTES, cancel=cancel)
    except RejectedError as e:
        # 404 (no snapshot, or a feed from before snapshots) and any refusal.
        log.info("no snapshot from %s (%s): reading the change feed", client.base_url, e.code)
        discard(dest)
        return None
    except BadResponseError as e:
        log.warning("unusable snapshot from %s (%s): reading the change feed", client.base_url, e)
        discard(dest)
        return None
    try:
        return read(got)
    except SnapshotRefused as e:
        log.warning("snapshot from %s refused (%s): reading the change feed", client.base_url, e)
        return None
    finally:
        discard(dest)


def read(got: Download) -> Page:
    """The downloaded file as a page of changes; SnapshotRefused if it is not one
    the feed vouched for."""
    data = got.path.read_bytes()
    expected = _expected_sha256(got)
    if expected is None:
        raise SnapshotRefused("the feed sent no checksum")
    if hashlib.sha256(data).digest() != expected:
        raise SnapshotRefused("the file does not match its checksum")
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        text = inflater.decompress(data, MAX_DOCUMENT_BYTES + 1)
    except zlib.error as e:
        raise SnapshotRefused(f"the file is not gzip ({e})") from None
    if len(text) > MAX_DOCUMENT_BYTES or not inflater.eof:
        raise SnapshotRefused("the file is larger than a snapshot may be, or cut short")
    # Thousands of records: one scan of the file instead of cleaning each text.
    clean = not json_is_printable(text)
    document = _by_lines(text)
    if document is None:
        try:
            document = fastjson.loads(text)
        except (ValueError, UnicodeDecodeError, RecursionError) as e:
            raise SnapshotRefused(f"the file is not JSON ({e})") from None
    if not isinstance(document, dict) or document.get("snapshot") != 1:
        raise SnapshotRefused("the file is not a snapshot this version reads")
    try:
        page = parse_page(document, validate=False, clean=clean)
    except MalformedPageError as e:
        raise SnapshotRefused(e.reason) from None
    if page.has_more:
        raise SnapshotRefused("a snapshot says more changes follow")
    return page


def _by_lines(text: bytes) -> dict[str, Any] | None:
    """The document decoded a change at a time, when it is laid out as the feed
    writes it (a head line, one change per line, a tail line); None otherwise
    (the caller then decodes it whole). One call decoding megabytes would hold
    the interpreter lock throughout, and the app's window with it."""
    lines = text.split(b"\n")
    if len(lines) < 2 or not lines[0].endswith(b'"changes":[') or not lines[-1].startswith(b"],"):
        return None
    # One scan of the whole file rather than one per line.
    scanned = not fastjson.has_long_number(text)
    try:
        head = fastjson.loads(lines[0] + b"]}", scanned=scanned)
        tail = fastjson.loads(b"{" + lines[-1][2:], scanned=scanned)
        changes = []
        middle = lines[1:-1]
        for i, line in enumerate([] if middle == [b""] else middle, start=1):
            last = i == len(middle)
            if not last and not line.endswith(b","):
                return None
            changes.append(fastjson.loads(line if last else line[:-1], scanned=scanned))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(head, dict) or not isinstance(tail, dict):
        return None
    document: dict[str, Any] = {**head, **tail, "changes": changes}
    return document


def _expected_sha256(got: Download) -> bytes | None:
    """From ``Repr-Digest: sha-256=:<base64>:`` or, failing that, the ETag (the
    feed's ETag is the digest in hex)."""
    for item in (got.digest or "").split(","):
        name, _, value = item.strip().partition("=")
        if name.strip().lower() == "sha-256" and value.startswith(":") and value.endswith(":"):
            try:
                return base64.b64decode(value[1:-1], validate=True)
            except ValueError:
                return None
    tag = (got.etag or "").strip().strip('"')
    if len(tag) == 64:
        try:
            return bytes.fromhex(tag)
        except ValueError:
            return None
    return None
