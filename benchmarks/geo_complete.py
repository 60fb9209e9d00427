#!/usr/bin/env python3
"""Place completion from the offline gazetteer: index build, reopen, and query latency.

Prints medians in milliseconds, and the ratio of ``Gazetteer.complete`` to a
raw FTS5 prefix query on the same index (no ranking, no Place objects) run in
the same process, so the figure says what the ranking and wrapping cost.

Usage: .venv/bin/python benchmarks/geo_complete.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from _timing import median_seconds

from wheelshare.geo import Gazetteer
from wheelshare.geo.gazetteer import FILE_NAME

# What people type, keystroke by keystroke: short prefixes are the slow ones.
QUERIES = [
    "l",
    "li",
    "lil",
    "lille",
    "s",
    "sa",
    "sai",
    "saint-e",
    "saint-eti",
    "g",
    "ga",
    "gare",
    "gare de",
    "gare de l",
    "p",
    "pa",
    "par",
    "paris",
    "m",
    "ma",
    "mar",
    "marseille",
    "b",
    "bo",
    "bordeaux",
    "lyon",
    "nice",
    "toulouse",
    "münchen",
    "londres",
    "z",
    "zz",
    "saint",
    "la",
    "le",
    "de",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="wheelshare-bench-"))
    t = time.perf_counter()
    gazetteer = Gazetteer.open(data_dir)
    build = time.perf_counter() - t
    t = time.perf_counter()
    Gazetteer.open(data_dir).close()
    reopen = time.perf_counter() - t
    size = (data_dir / FILE_NAME).stat().st_size
    print(f"gazetteer: {gazetteer.count()} places, index {size / 1e6:.1f} MB")
    print(
        f"first open (builds the index): {build * 1000:.0f} ms; later opens: {reopen * 1000:.1f} ms"
    )

    raw = sqlite3.connect((data_dir / FILE_NAME).as_uri() + "?mode=ro", uri=True)

    def raw_query(q: str) -> None:
        words = q.replace("-", " ").split()
        expr = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        raw.execute(
            "SELECT rowid FROM places_fts WHERE places_fts MATCH ? LIMIT 10", (expr,)
        ).fetchall()

    per_query = []
    ratios = []
    for q in QUERIES:
        ours = 1000 * median_seconds(
            lambda q=q: gazetteer.complete(q, prefer_country="FR"), args.rounds
        )
        base = 1000 * median_seconds(lambda q=q: raw_query(q), args.rounds)
        per_query.append((q, ours, base))
        ratios.append(ours / base if base else float("nan"))
    worst = max(per_query, key=lambda r: r[1])
    print(
        f"complete(): median over {len(QUERIES)} queries "
        f"{statistics.median(r[1] for r in per_query):.3f} ms; "
        f"worst query {worst[0]!r} {worst[1]:.3f} ms (target: 10 ms median)"
    )
    print(
        f"raw FTS5 prefix query (baseline): median "
        f"{statistics.median(r[2] for r in per_query):.3f} ms; "
        f"ratio complete/raw: median {statistics.median(ratios):.1f}x"
    )
    for q, ours, base in per_query:
        print(f"  {q!r:14} {ours:7.3f} ms   raw {base:7.3f} ms")
    raw.close()
    gazetteer.close()


if __name__ == "__main__":
    main()
