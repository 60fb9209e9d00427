#!/usr/bin/env python3
"""Screenshots of every main screen on the demo data, at 100 % and 200 % text.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--scales 100 200]

Runs the real app (built-in demo feed, demo renter signed in) on Qt's
offscreen platform, so it needs no display; fonts come from fontconfig
(``fonts-dejavu-core``). Files are named ``<screen>-<scale>.png``; the
README shows ``find-100.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from _screenshot_setup import ROOT, SCREENSHOTS, close_app, open_app, save, settle, wait


def shoot(data_dir: Path, out: Path, scale: int, lang: str | None) -> list[Path]:
    from wheelshare.ui.find.page import FindPage
    from wheelshare.ui.pages import PAGES

    options = ["--text-scale", str(scale), "--theme", "default"]
    if lang:
        options += ["--lang", lang]
    ctx, window = open_app(data_dir, options)
    suffix = f"-{lang}" if lang else ""
    saved: list[Path] = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        if isinstance(page, FindPage):
            _show_first_vehicle(page)
        settle(0.8)
        saved.append(save(window, out / f"{spec.key}-{scale}{suffix}.png"))
    # The owners' and reviewers' screens and dialogs (this signs in the demo owner).
    from screenshot_dialogs import shoot_more

    saved += shoot_more(window, ctx, out, scale, suffix)
    close_app(ctx, window)
    return saved


def _show_first_vehicle(page: Any) -> None:
    wait(lambda: page.model.rowCount() > 0 and not page.model.loading, 60, "search results")
    page.table.selectRow(0)
    page.table.setFocus()
    wait(lambda: page.detail.details is not None, 60, "vehicle details")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCREENSHOTS)
    parser.add_argument("--scales", type=int, nargs="+", default=[100, 200])
    parser.add_argument("--lang", default=None, help="also shoot in this language (fr)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="reuse this data dir (default: a fresh temporary one)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="wheelshare-screenshots-"))
    for scale in args.scales:
        for path in shoot(data_dir, args.out, scale, args.lang):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
