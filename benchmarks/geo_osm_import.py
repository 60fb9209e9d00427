#!/usr/bin/env python3
"""OpenStreetMap import of the Helsinki test extract: parsing, and the full CLI import.

Prints the median time of ``parse_osm`` against a raw pyosmium pass over the
same file with node locations (the floor any importer pays), then times
``wheelshare-feed import-osm`` into a fresh SQLite feed database, first import
and idempotent re-import.

Usage: .venv/bin/python benchmarks/geo_osm_import.py [--rounds N] [--db URL] [FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
import time
from pathlib import Path

import osmium
from _timing import median_seconds

from wheelshare.feed.cli import main as feed_cli
from wheelshare.opendata.osm import parse_osm

ROOT = Path(__file__).resolve().parent.parent
HELSINKI = ROOT / "tests" / "data" / "osm" / "helsinki.osm.pbf"


def _raw_pass(path: Path) -> int:
    n = 0
    for o in osmium.FileProcessor(str(path)).with_locations():
        if o.tags:
            n += 1
    return n


def _cli(*args: str) -> float:
    out = io.StringIO()
    t = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = feed_cli(list(args))
    elapsed = time.perf_counter() - t
    if code != 0:
        raise SystemExit(f"import failed: {out.getvalue()}")
    print(f"    {out.getvalue().strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=HELSINKI)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--db", help="also time the import into this (empty) feed database, e.g. PostgreSQL"
    )
    args = parser.parse_args()

    result = parse_osm(args.file)
    size = args.file.stat().st_size
    print(f"{args.file.name}: {size / 1e3:.0f} kB, {result.summary()}")
    ours = median_seconds(lambda: parse_osm(args.file), args.rounds)
    raw = median_seconds(lambda: _raw_pass(args.file), args.rounds)
    print(f"parse_osm: median {ours * 1000:.0f} ms over {args.rounds} runs")
    print(
        f"raw pyosmium pass with locations (baseline): median {raw * 1000:.0f} ms; "
        f"ratio {ours / raw:.1f}x"
    )

    with tempfile.TemporaryDirectory(prefix="wheelshare-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'feed.sqlite3'}"
        print("wheelshare-feed import-osm into a new SQLite feed database:")
        first = _cli("--db", url, "import-osm", str(args.file))
        print(f"  first import: {first * 1000:.0f} ms")
        again = _cli("--db", url, "import-osm", str(args.file), "--retire-missing")
        print(f"  re-import (nothing changes): {again * 1000:.0f} ms")
    if args.db:
        print(f"wheelshare-feed import-osm into {args.db.split('@')[-1]}:")
        first = _cli("--db", args.db, "import-osm", str(args.file))
        print(f"  first import: {first * 1000:.0f} ms")
        again = _cli("--db", args.db, "import-osm", str(args.file), "--retire-missing")
        print(f"  re-import (nothing changes): {again * 1000:.0f} ms")


if __name__ == "__main__":
    main()
