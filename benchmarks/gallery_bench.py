#!/usr/bin/env python3
"""The UI thread while a gallery of 1,000 photos is shown and scrolled.

    .venv/bin/python benchmarks/gallery_bench.py [--photos 1000] [--rounds 3]

The app's own gallery widget (ui/widgets/gallery.py) gets 1,000 described
photos whose 320 px thumbnails are in the app's disk cache, and loads them as
the app does: on the worker, read from the disk cache and scaled, each handed
to the UI thread finished. The strip is then scrolled from end to end, a step
every 16 ms, as a person dragging it, while a 5 ms timer on the UI thread notes
the gaps between its ticks (ui_bench.py's recorder). Target: no gap over 50 ms.

In the same run, as baselines: the timer alone (what the machine's other load
costs right now), and the same gallery scrolled with no pictures to load.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from PIL import Image, ImageDraw
from ui_bench import GapRecorder, idle_baseline, pump  # sets the offscreen platform

STEP_MS = 16


def thumbnails(folder: Path, count: int) -> list[str]:
    """``count`` distinct 320×240 JPEGs in a disk-cache folder, named by their hash."""
    names = []
    for n in range(count):
        image = Image.new("RGB", (320, 240), ((n * 37) % 256, (n * 91) % 256, 120))
        draw = ImageDraw.Draw(image)
        draw.rectangle((20 + n % 200, 30, 120 + n % 200, 200), fill="white")
        draw.text((30, 40), f"photo {n}", fill="black")
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        data = out.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        (folder / digest).write_bytes(data)
        names.append(digest)
    return names


class DiskSource:
    """The app's photo source without the network: the disk cache (already
    holding every file) and the same scaling, on the app's worker."""

    def __init__(self, folder: Path) -> None:
        from wheelshare.sync.photo_cache import PhotoDiskCache
        from wheelshare.ui.photo_source import scaled_image
        from wheelshare.ui.worker import Worker

        self.scaled_image = scaled_image  # imported here, not timed with the gallery
        self.worker = Worker()
        self.cache = PhotoDiskCache(folder, 500 * 2**20)
        self.loaded = 0

    def load(
        self,
        digest: str,
        edge: int,
        on_image: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        scaled_image = self.scaled_image

        def never_fetch(name: str) -> bytes:
            raise AssertionError(f"{name} should be in the disk cache")

        def done(image: object) -> None:
            self.loaded += 1
            on_image(image)

        self.worker.submit(
            lambda _t: scaled_image(self.cache.get(digest, never_fetch), edge),
            on_done=done,
            on_error=on_error,
            name="photo",
        )


def scroll_once(app: object, photos: list[object], source: DiskSource | None) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    from wheelshare.ui.widgets.gallery import PhotoGallery

    gallery = PhotoGallery()
    gallery.resize(1200, gallery.height())
    gallery.source = source  # type: ignore[assignment]
    gallery.show()
    pump(app, lambda: False, 0.3)
    rec = GapRecorder()
    rec.start()
    t = time.perf_counter()
    gallery.show_photos(photos)  # type: ignore[arg-type]
    show_ms = (time.perf_counter() - t) * 1000
    bar = gallery.horizontalScrollBar()
    stepper = QTimer()
    stepper.setInterval(STEP_MS)
    stepper.timeout.connect(lambda: bar.setValue(bar.value() + bar.singleStep() * 4))
    t = time.perf_counter()
    stepper.start()
    pump(app, lambda: bar.value() >= bar.maximum() > 0, 120)
    stepper.stop()
    scrolled = time.perf_counter() - t
    if source is not None:
        pump(app, lambda: source.loaded >= len(photos), 120)
    all_in = time.perf_counter() - t
    rec.stop()
    gallery.close()
    gallery.deleteLater()
    # Freed now, not during the next round's measurement.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    g = sorted(rec.gaps)
    return {
        "show_ms": show_ms,
        "scrolled_s": scrolled,
        "all_in_s": all_in,
        "longest_ms": g[-1],
        "p99_ms": g[min(len(g) - 1, int(len(g) * 0.99))],
        "over_50": sum(1 for x in g if x > 50),
        "ticks": len(g),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from wheelshare.domain.photo import Photo, PhotoFileRef

    app = QApplication.instance() or QApplication(sys.argv[:1])
    idle_baseline(5)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        names = thumbnails(folder, args.photos)
        print(f"{args.photos} thumbnails written in {time.perf_counter() - t:.1f} s")
        photos = [
            Photo(
                f"p{n}",
                "vehicle",
                "v1",
                f"Photo {n}: the rear ramp folded out, seen from the pavement",
                None,
                n,
                PhotoFileRef(name, 320, 240),
                PhotoFileRef(name, 320, 240),
            )
            for n, name in enumerate(names)
        ]
        for label, with_pictures in (("no pictures (baseline)", False), ("pictures", True)):
            for _ in range(args.rounds):
                source = DiskSource(folder) if with_pictures else None
                r = scroll_once(app, photos, source)  # type: ignore[arg-type]
                if source is not None:
                    source.worker.shutdown()
                print(
                    f"{label}: show_photos {r['show_ms']:.0f} ms; scrolled end to end in "
                    f"{r['scrolled_s']:.1f} s, all thumbnails in {r['all_in_s']:.1f} s; "
                    f"UI thread: longest gap {r['longest_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, "
                    f"gaps over 50 ms: {r['over_50']:.0f} of {r['ticks']:.0f}"
                )


if __name__ == "__main__":
    main()
