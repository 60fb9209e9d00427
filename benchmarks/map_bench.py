#!/usr/bin/env python3
"""How the results map keeps up, in figures.

    .venv/bin/python benchmarks/map_bench.py [--marks 5000] [--seconds 10]

1. **Search to markers**: from a search's 5,000 venue hits handed to the map
   to the first frame drawn with their markers (marks built, clustered, zoomed
   to fit, drawn); median of five.
2. **UI-thread stalls while panning and zooming** over those 5,000 markers:
   an arrow or +/− key every 40 ms for ``--seconds``, as a person holding a
   key does, while a 5 ms timer on the UI thread records the gaps between its
   ticks. Target: none over 50 ms.

Tiles come from a tile server on loopback (the tests' own, in a process of its
own, as a real tile server would be: in this process its Python threads would
compete with the UI thread for the interpreter lock), so tile decoding and
drawing are in the figures, not the internet.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wheelshare.cache.queries import VenueHit
from wheelshare.domain import Accessibility, Location, Venue, WheelchairGrade
from wheelshare.ui.venues import on_map
from wheelshare.ui.widgets.map_view import MapView, TileSource

SERVE = (
    "import time\n"
    "from tests.ui.map.tile_server import TileServer\n"
    "print(TileServer().port, flush=True)\n"
    "time.sleep(10**6)\n"
)
TICK_MS = 5
KEY_MS = 40


def hits(n: int) -> list[VenueHit]:
    """Venues spread over greater Paris, denser in the centre, every grade."""
    rng = random.Random(20)
    grades = list(WheelchairGrade)
    out = []
    for i in range(n):
        lat = 48.8566 + rng.gauss(0, 0.06)
        lon = 2.3522 + rng.gauss(0, 0.09)
        venue = Venue(
            f"v{i}",
            f"Venue {i}",
            "cafe",
            Location(lat, lon, city="Paris"),
            Accessibility(wheelchair_grade=grades[i % len(grades)]),
        )
        out.append(VenueHit(venue, None))
    return out


def wait(app: QApplication, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()


def search_to_markers(app: QApplication, view: MapView, found: list[VenueHit]) -> float:
    drawn: list[float] = []
    window = view.surface.quickWindow()
    window.afterRendering.connect(lambda: drawn.append(time.perf_counter()))
    times = []
    for _ in range(5):
        view.set_marks([], fit=False)
        wait(app, 200)
        drawn.clear()
        start = time.perf_counter()
        view.set_marks(on_map.marks(found), fit=True)
        view._refresh()  # what the settle timer does once the view has moved
        view.surface.update()
        while not drawn:
            app.processEvents()
        times.append(drawn[0] - start)
    return statistics.median(times)


def idle(app: QApplication, seconds: float) -> list[float]:
    """The baseline: the same ticks with nothing else to do, so that what the
    machine's other work costs the UI thread shows apart from the map's."""
    return pan_and_zoom(app, None, seconds)


def pan_and_zoom(app: QApplication, view: MapView | None, seconds: float) -> list[float]:
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(TICK_MS)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    actions = ["right"] * 6 + ["in", "in"] + ["down"] * 6 + ["out", "out"] + ["left"] * 6
    actions += ["up"] * 6
    keys = QTimer()
    keys.setInterval(KEY_MS)
    step = iter(range(10**9))
    if view is not None:
        keys.timeout.connect(lambda: view._key(actions[next(step) % len(actions)]))
    clock.start()
    ticker.start()
    keys.start()
    wait(app, int(seconds * 1000))
    keys.stop()
    ticker.stop()
    return gaps[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--marks", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--no-tiles",
        action="store_true",
        help="the plain background (tiles off): the markers' share without the tiles'",
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    root = Path(__file__).resolve().parents[1]
    server = subprocess.Popen(
        [sys.executable, "-c", SERVE],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    tiles = f"http://127.0.0.1:{port}/%z/%x/%y.png"
    with tempfile.TemporaryDirectory() as tmp:
        view = MapView(
            TileSource("" if args.no_tiles else tiles, "© OpenStreetMap contributors", Path(tmp)),
            on_map.summary,
        )
        view.resize(1000, 700)
        view.show()
        while not view.is_loaded:  # the QML map loads in the background
            app.processEvents()
        wait(app, 500)
        found = hits(args.marks)
        took = search_to_markers(app, view, found)
        print(f"search to markers, {args.marks} venues: median {took * 1000:.0f} ms")
        view.set_view(48.8566, 2.3522, 13)
        wait(app, 500)
        base = idle(app, args.seconds)
        print(
            f"baseline, the UI thread idle for {args.seconds:.0f} s: longest gap "
            f"{max(base):.0f} ms, gaps over 50 ms: {sum(1 for g in base if g > 50)}"
        )
        gaps = pan_and_zoom(app, view, args.seconds)
        over = sum(1 for g in gaps if g > 50)
        print(
            f"panning and zooming over {args.marks} markers for {args.seconds:.0f} s: "
            f"longest UI-thread stall {max(gaps):.0f} ms, "
            f"median tick {statistics.median(gaps):.1f} ms, stalls over 50 ms: {over}"
        )
        view.deleteLater()
    server.terminate()
    server.wait()


if __name__ == "__main__":
    main()
