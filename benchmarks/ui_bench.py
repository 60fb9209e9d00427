#!/usr/bin/env python3
"""How responsive the desktop app is, in figures.

    .venv/bin/python benchmarks/ui_bench.py [--runs 5] [--rows 20000] [--cache DIR] [--near]

1. **UI-thread stalls during the first run**: the real app on an empty data
   dir starts the embedded demo feed, seeds it, signs in and runs the initial
   sync of the demo data, while a 5 ms timer on the UI thread records the gaps
   between its ticks. A gap is time the UI could not answer. Target: none
   over 100 ms.
2. **Scrolling 100,000 matches**: a cache with 100,000 vehicles, the results
   table scrolled to the bottom again and again so it fetches pages on
   demand; same gap timer.
3. **Start-up**: process start to the first shown window (warm data dir,
   ``--no-sync``), against a bare PySide6 window started the same way in the
   same run; medians of ``--runs`` alternating launches. Target: ≤ 3×.

Prints the figures; the machine's other load shows up in them, so compare
the ratios, not the absolute times, across machines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "wheelshare.sync.testing_keyring.MemoryKeyring")
os.environ.setdefault("WHEELSHARE_NO_NETWORK_GEOCODER", "1")

TICK_MS = 5


class GapRecorder:
    """A timer on the UI thread; each tick notes how long since the previous one."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def summary(self) -> str:
        g = sorted(self.gaps)
        if not g:
            return "no ticks"
        p99 = g[min(len(g) - 1, int(len(g) * 0.99))]
        over = sum(1 for x in g if x > 100)
        return (
            f"ticks {len(g)}, longest {g[-1]:.0f} ms, p99 {p99:.0f} ms, "
            f"median {statistics.median(g):.1f} ms, gaps over 100 ms: {over}"
        )


def pump(app: object, until: object, timeout: float) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout

    def check() -> None:
        if until() or time.monotonic() > deadline:  # type: ignore[operator]
            loop.quit()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return bool(until())  # type: ignore[operator]


def idle_baseline(seconds: float) -> None:
    """The same timer with nothing else to do: what the machine alone costs.

    On a shared machine the operating system parks the process now and then;
    those gaps are not the app's, and this shows how large they are right now.
    """
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("idle")
    label.show()
    rec = GapRecorder()
    rec.start()
    end = time.monotonic() + seconds
    pump(app, lambda: time.monotonic() > end, seconds + 5)
    rec.stop()
    label.close()
    print(f"idle baseline ({seconds:.0f} s, same process, nothing running): {rec.summary()}")


def first_run_stalls(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from wheelshare.ui.app_setup import create_application, create_window
    from wheelshare.ui.find.page import FindPage
    from wheelshare.ui.main import parse_args

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ns = parse_args(["--data-dir", str(data_dir)])
    ctx = create_application(app, data_dir, ns)  # type: ignore[arg-type]
    window = create_window(ctx, ns)
    window.show()
    # The first paint is start-up (measured below); the sync's effect starts now.
    pump(app, lambda: window.isVisible(), 10)
    app.processEvents()
    rec = GapRecorder()
    rec.start()
    started = time.perf_counter()
    ctx.session.start()
    ok = pump(
        app,
        lambda: ctx.session.state.last_sync is not None and not ctx.session.syncing,
        600,
    )
    synced = time.perf_counter() - started
    find = window.page("find")
    assert isinstance(find, FindPage)
    pump(app, lambda: find.model.rowCount() > 0 and not find.model.loading, 60)
    listed = time.perf_counter() - started
    # The demo feed serves its vehicles first and loads its venues and trips
    # after; the sync that brings them counts too (a code without that step
    # has no such state, and this ends at once).
    pump(
        app,
        lambda: not getattr(ctx.session.state, "demo_rest_due", False) and not ctx.session.syncing,
        600,
    )
    whole = time.perf_counter() - started
    rec.stop()
    print(
        f"first run: demo feed up, signed in and synced in {synced:.1f} s (ok={ok}); "
        f"{find.model.total} vehicles listed at {listed:.1f} s; whole demo set in at {whole:.1f} s"
    )
    print(f"  UI thread during first run: {rec.summary()}")
    window.close()
    ctx.session.shutdown()
    ctx.worker.shutdown()
    for obj in (window, ctx.session, ctx.worker, ctx.progress, ctx.settings):
        obj.deleteLater()


def scrolling_stalls(rows: int, cache_dir: Path | None = None, near: bool = False) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from wheelshare import demo
    from wheelshare.cache import Cache, upsert_records
    from wheelshare.domain import Location
    from wheelshare.ui.find import data as backend
    from wheelshare.ui.find.criteria import SearchCriteria, SortKey
    from wheelshare.ui.find.results_model import VehicleResultsModel
    from wheelshare.ui.worker import Worker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    reuse = cache_dir is not None and cache_dir.exists()
    folder = cache_dir or Path(tempfile.mkdtemp(prefix="wheelshare-ui-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    cache = Cache.open(folder)
    t = time.perf_counter()
    if reuse:
        print(f"scrolling: the cache of 100,000 vehicles in {folder} again")
    else:
        records = demo.iter_vehicles(11, 100_000)
        while True:
            chunk = list(islice(records, 5000))
            if not chunk:
                break
            with cache.transaction() as s:
                upsert_records(s, "vehicle", chunk)
        print(f"scrolling: cache with 100,000 vehicles written in {time.perf_counter() - t:.1f} s")
    worker = Worker()
    model = VehicleResultsModel(worker)
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    if near:
        paris = Location(48.8566, 2.3522, city="Paris")
        criteria = SearchCriteria(location=paris, radius_km=1000, sort=SortKey.DISTANCE)
    else:
        criteria = SearchCriteria(sort=SortKey.PRICE)
    print(f"  sorted by {criteria.sort.value}" + (" from Paris, within 1,000 km" if near else ""))
    rec = GapRecorder()
    rec.start()
    t = time.perf_counter()
    try:  # as the Find screen reads its pages: after the key the last one ended with
        from wheelshare.ui.widgets.page_keys import PageKeys

        keys: Any = PageKeys()
        model.load(
            lambda size, task: backend.first_page(cache, criteria, size, task, keys),
            lambda offset, size, task: backend.page(cache, criteria, offset, size, task, keys),
        )
    except ImportError:  # code from before keyset paging, for comparison
        model.load(
            lambda size, task: backend.first_page(cache, criteria, size, task),
            lambda offset, size, task: backend.page(cache, criteria, offset, size, task),
        )
    pump(app, lambda: not model.loading, 120)
    first = time.perf_counter() - t
    t = time.perf_counter()
    target = min(rows, model.total)
    while model.rowCount() < target:
        before = model.rowCount()
        view.scrollToBottom()  # the view asks the model for more, as a person scrolling
        if not model.fetching and model.canFetchMore():
            model.fetchMore()
        pump(app, lambda: not model.fetching, 60)
        if model.rowCount() == before:
            break
    loaded = time.perf_counter() - t
    rec.stop()
    print(
        f"  {model.total:,} matches; count + first page in {first * 1000:.0f} ms; "
        f"scrolled to row {model.rowCount():,} in {loaded:.1f} s "
        f"({loaded / max(1, model.rowCount() // model.PAGE_SIZE) * 1000:.0f} ms a page)"
    )
    print(f"  UI thread while scrolling: {rec.summary()}")
    view.close()
    worker.shutdown()
    cache.close()


CHILD_APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def shown():
    print(f"SHOWN {time.time():.6f}", flush=True)
    # The first screen is built on the event loop's turn after the window shows.
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "page_changed"))
    if window.built_pages():
        built()
    else:
        window.page_changed.connect(lambda _key: built())
def built():
    print(f"BUILT {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
from wheelshare.ui.main import run
run(["--data-dir", sys.argv[1], "--no-sync"])
"""

CHILD_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLabel("hello"))
w.resize(1100, 720)
w.show()
def shown():
    print(f"SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def launch(code: str, data_dir: Path, mark: str = "SHOWN") -> float:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )
    for line in out.stdout.splitlines():
        if line.startswith(mark + " "):
            return float(line.split()[1]) - t0
    raise SystemExit(f"the child did not show a window:\n{out.stderr[-2000:]}")


def startup(data_dir: Path, runs: int) -> None:
    app_times: list[float] = []
    built_times: list[float] = []
    bare_times: list[float] = []
    launch(CHILD_BARE, data_dir)  # warm the file cache for both
    launch(CHILD_APP, data_dir)
    for _ in range(runs):
        bare_times.append(launch(CHILD_BARE, data_dir))
        app_times.append(launch(CHILD_APP, data_dir))
        built_times.append(launch(CHILD_APP, data_dir, "BUILT"))
    bare = statistics.median(bare_times)
    full = statistics.median(app_times)
    built = statistics.median(built_times)
    print(
        f"start-up, process start to first shown window (median of {runs}): "
        f"wheelshare {full * 1000:.0f} ms, bare PySide6 window {bare * 1000:.0f} ms, "
        f"ratio {full / bare:.2f}x; to its first screen built: {built * 1000:.0f} ms, "
        f"ratio {built / bare:.2f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--rows", type=int, default=20_000, help="scroll until this many rows are loaded"
    )
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["first-run", "scrolling", "startup"]
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="scroll the cache of 100,000 vehicles in this folder (written there if absent)",
    )
    parser.add_argument(
        "--near", action="store_true", help="scroll the nearest first, from Paris, not by price"
    )
    args = parser.parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="wheelshare-ui-bench-data-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; tick {TICK_MS} ms")
    if "first-run" not in args.skip:
        idle_baseline(10)
        first_run_stalls(data_dir)
    if "scrolling" not in args.skip:
        scrolling_stalls(args.rows, args.cache, args.near)
    if "startup" not in args.skip:
        startup(data_dir, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
