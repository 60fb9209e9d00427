"""Print how long the bundle takes to show its window and list the demo data.

    .venv/bin/python packaging/measure_start.py dist/wheelshare [--runs 3]

Starts its own Xvfb, then runs the bundle and, as the baseline, the same app
from source (``python -m wheelshare.app``) alternately, each on a fresh data
dir (first start: the demo feed is created and synced) and again on the same
data dir (later starts). Times come from the app's self-check report
(``WHEELSHARE_SELF_CHECK``), counted from process start; medians are printed
with the ratio bundle / source.
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


def start_xvfb(
    screen: str = "1280x1024x24", who: str = "measure_start"
) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb of its own on a free display (it names it), for measuring starts;
    also used by benchmarks/start_bench.py. ``who`` names the caller if it fails."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit(f"{who}: Xvfb did not start")
    return proc, f":{number}"


def one_run(cmd: list[str], data_dir: Path, display: str) -> dict[str, float | None]:
    report = data_dir.parent / f"{data_dir.name}-report.json"
    report.unlink(missing_ok=True)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env |= {"WHEELSHARE_SELF_CHECK": str(report), "WHEELSHARE_NO_NETWORK_GEOCODER": "1"}
    env.pop("WAYLAND_DISPLAY", None)
    subprocess.run([*cmd, "--data-dir", str(data_dir)], env=env, capture_output=True, timeout=900)
    if not report.exists():
        raise SystemExit(f"measure_start: {cmd[0]} wrote no self-check report")
    data = json.loads(report.read_text())
    return {"window": data["seconds_to_window"], "data": data["seconds_to_data"]}


def median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if len(known) == len(values) else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/wheelshare)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    commands = {
        "bundle": [str(args.bundle.resolve() / "wheelshare")],
        "source": [sys.executable, "-m", "wheelshare.app"],
    }
    xvfb, display = start_xvfb()
    results: dict[tuple[str, str], list[dict[str, float | None]]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="wheelshare-start-") as tmp:
            for run in range(args.runs):
                for name, cmd in commands.items():
                    data_dir = Path(tmp) / f"{name}-{run}"
                    results.setdefault((name, "first start"), []).append(
                        one_run(cmd, data_dir, display)
                    )
                    results.setdefault((name, "later start"), []).append(
                        one_run(cmd, data_dir, display)
                    )
    finally:
        xvfb.terminate()
        xvfb.wait()
    print(f"median of {args.runs} runs, seconds from process start")
    for start in ("first start", "later start"):
        for what in ("window", "data"):
            bundle = median([r[what] for r in results[("bundle", start)]])
            source = median([r[what] for r in results[("source", start)]])
            ratio = f"{bundle / source:.2f}" if bundle and source else "-"
            print(f"{start:12} {what:7} bundle {bundle}  source {source}  ratio {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
