#!/usr/bin/env python3
"""Screenshots of the places features: Find a vehicle after "Near me", and Help → About.

    .venv/bin/python scripts/screenshot_places.py [--out docs/screenshots] [--scales 100 200]

Same set-up as screenshots.py (real app, built-in demo feed, offscreen); files
are ``find-near-me-<scale>.png`` and ``about-<scale>.png``.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from _screenshot_setup import SCREENSHOTS, close_app, open_app, save, settle, wait


def shoot(data_dir: Path, out: Path, scale: int) -> list[Path]:
    from wheelshare.domain import Location
    from wheelshare.ui.about import AboutDialog
    from wheelshare.ui.find.page import FindPage
    from wheelshare.ui.settings import HOME_LOCATION

    def set_home(ctx: Any) -> None:
        home = Location(45.7578, 4.832, city="Lyon", address="Lyon, France")
        ctx.settings.set(HOME_LOCATION, home)

    options = ["--text-scale", str(scale), "--theme", "default"]
    ctx, window = open_app(data_dir, options, before_window=set_home)
    saved: list[Path] = []
    window.show_page("find")
    page = window.page("find")
    assert isinstance(page, FindPage)
    page.form.near_me.click()
    page.form.submit()
    settle(0.5)
    wait(lambda: not page.model.loading, 60, "search results")
    if page.model.rowCount():
        page.table.selectRow(0)
        wait(lambda: page.detail.details is not None, 60, "vehicle details")
    page.form.near_me.setFocus()
    settle(0.8)
    saved.append(save(window, out / f"find-near-me-{scale}.png"))

    dialog = AboutDialog(window)
    dialog.show()
    settle(0.6)
    saved.append(save(dialog, out / f"about-{scale}.png"))
    dialog.close()

    close_app(ctx, window)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCREENSHOTS)
    parser.add_argument("--scales", type=int, nargs="+", default=[100, 200])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wheelshare-screenshots-") as tmp:
        for scale in args.scales:
            for path in shoot(Path(tmp), args.out, scale):
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
