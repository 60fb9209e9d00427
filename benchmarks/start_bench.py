#!/usr/bin/env python3
"""Starting the desktop app on its demo feed, from process start, and its memory.

    .venv/bin/python benchmarks/start_bench.py [--runs 3] [--skip first later memory]

1. **First run**: ``wheelshare`` on an empty data dir (the demo feed is created
   and seeded, the demo renter signed in, the first sync run), from process
   start to the demo vehicles listed, as the app's own self-check reports it
   (``WHEELSHARE_SELF_CHECK``; ``seconds_to_data``). Baseline in the same run: a
   bare PySide6 window, process start to shown.
2. **Later start**: the same data dir again: the vehicles are on disk.
3. **Memory**: on that data dir, once the demo set is whole, the app opened
   in-process, synced, every screen shown in turn; peak resident memory
   (VmHWM) of the app and of the demo feed's process, against a bare PySide6
   window showing a table of 1,000 rows.

Runs the app from the ``wheelshare`` that Python imports: point ``PYTHONPATH`` at
another checkout's ``src`` to measure that one in the same session. Starts its
own Xvfb (the self-check needs a real display server). Prints medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

# The Xvfb of its own that packaging/measure_start.py starts, shared.
sys.path.append(str(Path(__file__).resolve().parents[1] / "packaging"))
from measure_start import start_xvfb

BARE = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(1000, 6)
for r in range(1000):
    for c in range(6):
        model.setItem(r, c, QStandardItem(f"row {r} column {c}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.show()
def done():
    stat = Path("/proc/self/stat").read_text()
    ticks = int(stat.rsplit(")", 1)[1].split()[19])
    import os
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    started = time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    hwm = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM")]
    print(f"SHOWN {time.time() - started:.3f} {int(hwm[0].split()[1]) / 1024:.1f}", flush=True)
    app.quit()
QTimer.singleShot(300, done)
app.exec()
"""

MEMORY = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from wheelshare.ui.app_setup import create_application, create_window
from wheelshare.ui.main import parse_args
from wheelshare.ui.pages import PAGES

def hwm(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return 0.0

def pump(seconds, until=lambda: False):
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        loop = QEventLoop(); QTimer.singleShot(20, loop.quit); loop.exec()

app = QApplication(sys.argv[:1])
ns = parse_args(["--data-dir", sys.argv[1]])
ctx = create_application(app, ns.data_dir, ns)
window = create_window(ctx, ns)
window.show()
ctx.session.start()
pump(120, lambda: ctx.session.state.last_sync is not None and not ctx.session.syncing
     and ctx.session.embedded is not None and not ctx.session.state.first_sync_running)
for spec in PAGES:
    try:
        window.show_page(spec.key)
    except Exception as e:  # a page for moderators only, say
        print("skipped", spec.key, type(e).__name__, file=sys.stderr)
    pump(1.0)
pump(2.0)
child = ctx.session.embedded._proc.pid if ctx.session.embedded is not None else None
print(f"MEMORY {hwm(os.getpid()):.1f} {hwm(child) if child else 0.0:.1f}", flush=True)
window.close()
ctx.session.shutdown()
ctx.worker.shutdown()
"""


def environment(display: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env["WHEELSHARE_NO_NETWORK_GEOCODER"] = "1"
    env.setdefault("PYTHON_KEYRING_BACKEND", "wheelshare.sync.testing_keyring.MemoryKeyring")
    return env


def app_start(data_dir: Path, env: dict[str, str]) -> float:
    report = data_dir.parent / f"{data_dir.name}-report.json"
    report.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "wheelshare.app", "--data-dir", str(data_dir)],
        env={**env, "WHEELSHARE_SELF_CHECK": str(report)},
        capture_output=True,
        timeout=900,
        check=False,
    )
    data = json.loads(report.read_text())
    if not data.get("complete") or data.get("seconds_to_data") is None:
        raise SystemExit(f"start_bench: the app did not list its data: {data}")
    return float(data["seconds_to_data"])


def bare(env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", BARE], env=env, capture_output=True, text=True, timeout=120
    ).stdout
    _, shown, rss = next(line for line in out.splitlines() if line.startswith("SHOWN")).split()
    return float(shown), float(rss)


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip", nargs="*", default=[], choices=["first", "later", "memory"])
    args = parser.parse_args()
    xvfb, display = start_xvfb("1366x768x24", "start_bench")
    env = environment(display)
    work = Path(tempfile.mkdtemp(prefix="wheelshare-start-bench-"))
    firsts: list[float] = []
    laters: list[float] = []
    bares: list[float] = []
    try:
        print(f"load average before: {load()}")
        for run in range(args.runs):
            data_dir = work / f"run{run}"
            bares.append(bare(env)[0])
            firsts.append(app_start(data_dir, env))
            for _ in range(2):  # the second start of a run is the one that counts
                later = app_start(data_dir, env)
            laters.append(later)
            print(
                f"run {run + 1}: first run {firsts[-1]:.2f} s, later start {laters[-1]:.2f} s, "
                f"bare window {bares[-1]:.3f} s (load {load()})",
                flush=True,
            )
        base = statistics.median(bares)
        first, later = statistics.median(firsts), statistics.median(laters)
        print(f"first run, process start to demo vehicles listed: {first:.2f} s")
        print(f"later start, process start to vehicles listed: {later:.2f} s")
        print(f"bare PySide6 window, process start to shown: {base:.3f} s")
        if "memory" not in args.skip:
            # A start that quits as soon as the vehicles are listed may leave the
            # demo's venues (loaded by its feed after the vehicles) for the next
            # start: the first pass completes the set, the second is the later
            # start that is measured.
            for _ in range(2):
                out = subprocess.run(
                    [sys.executable, "-c", MEMORY, str(work / "run0")],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=600,
                ).stdout
            line = next((x for x in out.splitlines() if x.startswith("MEMORY")), None)
            if line is None:
                print("memory: the app did not report")
            else:
                _, app_mib, feed_mib = line.split()
                _, bare_mib = bare(env)
                total = float(app_mib) + float(feed_mib)
                alone, both = float(app_mib) / float(bare_mib), total / float(bare_mib)
                print(
                    f"peak RSS after every screen: app {app_mib} MiB + demo feed {feed_mib} MiB"
                    f" = {total:.0f} MiB; bare window with a table {bare_mib} MiB:"
                    f" {alone:.2f}x (app), {both:.2f}x (with the demo feed)"
                )
        print(f"load average after: {load()}")
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
