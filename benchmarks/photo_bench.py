"""Photos: upload-to-visible for one 12 MP JPEG on loopback, the server's work per
photo (checking, stripping, three sizes), and the app's disk cache staying under
its cap while browsing 5,000 photos.

    .venv/bin/python benchmarks/photo_bench.py --rounds 5
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_seconds

from wheelshare.feed.photo_images import process
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync.photo_cache import PhotoDiskCache


def camera_jpeg(width: int, height: int, seed: int = 1) -> bytes:
    """A photo-like JPEG: shapes over noise, so it compresses like a real one
    (a flat colour would be a few kilobytes)."""
    rng = random.Random(seed)
    noise = Image.effect_noise((width // 4, height // 4), 40).resize((width, height))
    image = Image.merge("RGB", (noise, noise.rotate(180), noise.transpose(0)))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(width), rng.randrange(height)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(400), y + rng.randrange(300)), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def upload_to_visible(
    feed: LiveFeed, owner_headers: dict[str, str], vehicle: str, data: bytes
) -> float:
    """From the start of the upload until a client polling the public feed has
    the record and its thumbnail."""
    _, cursor = feed.all_changes()
    started = time.perf_counter()
    r = feed.http.post(
        f"{feed.url}/v1/vehicles/{vehicle}/photos",
        data={"description": "The rear ramp, folded out"},
        files={"file": ("photo.jpg", data, "image/jpeg")},
        headers=owner_headers,
    )
    r.raise_for_status()
    while True:
        page = feed.changes(cursor)
        photos = [c for c in page["changes"] if c["kind"] == "photo"]
        if photos:
            thumb = photos[0]["data"]["files"]["thumb"]["sha256"]
            feed.http.get(f"{feed.url}/v1/photo-files/{thumb}").raise_for_status()
            return time.perf_counter() - started
        cursor = page["cursor"]


def browse(cache_dir: Path, photos: int, cap_mb: int, file_kb: int) -> dict[str, float]:
    """Views ``photos`` distinct thumbnails, going back now and then to earlier ones."""
    cache = PhotoDiskCache(cache_dir, cap_mb * 1024 * 1024)
    rng = random.Random(5)
    blobs: dict[str, bytes] = {}

    def name(n: int) -> str:
        data = n.to_bytes(8, "big") * (file_kb * 128)
        digest = hashlib.sha256(data).hexdigest()
        blobs[digest] = data
        return digest

    names = [name(n) for n in range(photos)]
    highest = 0
    times = []
    for n in range(photos):
        wanted = names[n] if rng.random() > 0.2 or n == 0 else names[rng.randrange(n)]
        t = time.perf_counter()
        cache.get(wanted, blobs.__getitem__)
        times.append(time.perf_counter() - t)
        highest = max(highest, cache.total_bytes)
    on_disk = sum(f.stat().st_size for f in cache_dir.iterdir())
    return {
        "highest_mb": highest / 2**20,
        "on_disk_mb": on_disk / 2**20,
        "files": len(os.listdir(cache_dir)),
        "median_ms": statistics.median(times) * 1000,
        "p99_ms": sorted(times)[int(len(times) * 0.99)] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--photos", type=int, default=5000)
    args = parser.parse_args()

    twelve = camera_jpeg(4000, 3000)
    small = camera_jpeg(1600, 1200, seed=2)
    print(f"12 MP JPEG: {len(twelve) / 2**20:.1f} MB; 2 MP JPEG: {len(small) / 2**20:.2f} MB")
    for label, data in (("12 MP", twelve), ("2 MP", small)):
        t = median_seconds(
            lambda d=data: process(io.BytesIO(d), max_pixels=50_000_000), args.rounds
        )
        print(f"server work per photo ({label}: check, strip, 3 sizes): {t * 1000:.0f} ms")

    with (
        tempfile.TemporaryDirectory() as tmp,
        LiveFeed(Path(tmp), max_photos_per_vehicle=1000) as feed,
    ):
        owner = feed.register()
        vehicle = feed.create_vehicle(owner)["id"]
        times = [
            upload_to_visible(feed, owner.headers, vehicle, twelve) for _ in range(args.rounds)
        ]
        median_ms = statistics.median(times) * 1000
        print(f"upload to visible, one 12 MP JPEG on loopback: median {median_ms:.0f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        figures = browse(Path(tmp) / "cache", args.photos, cap_mb=50, file_kb=30)
        print(
            f"browsing {args.photos} thumbnails of 30 KB with a 50 MB cap: highest "
            f"{figures['highest_mb']:.1f} MB, on disk at the end {figures['on_disk_mb']:.1f} MB "
            f"({figures['files']:.0f} files); per photo median {figures['median_ms']:.2f} ms, "
            f"99th percentile {figures['p99_ms']:.2f} ms"
        )


if __name__ == "__main__":
    main()
