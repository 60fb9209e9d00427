#!/usr/bin/env python3
"""Screenshots of the places features: Find a vehicle after "Near me", and Help → About.

    .venv/bin/python scripts/screenshot_places.py [--out docs/screenshots] [--scales 100 200]

Same set-up as screenshots.py (real app, built-in demo feed, offscreen); files
are ``find-near-me-<scale>.png`` and ``about-<scale>.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import HEIGHT, ROOT, WIDTH, settle, wait


def shoot(data_dir: Path, out: Path, scale: int) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from wheelshare.domain import Location
    from wheelshare.ui.about import AboutDialog
    from wheelshare.ui.app_setup import create_application, create_window
    from wheelshare.ui.find.page import FindPage
    from wheelshare.ui.main import parse_args
    from wheelshare.ui.settings import HOME_LOCATION

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ns = parse_args(["--data-dir", str(data_dir), "--text-scale", str(scale), "--theme", "default"])
    ctx = create_application(app, data_dir, ns)  # type: ignore[arg-type]
    ctx.settings.set(HOME_LOCATION, Location(45.7578, 4.832, city="Lyon", address="Lyon, France"))
    window = create_window(ctx, ns)
    window.resize(WIDTH, HEIGHT)
    window.show()
    ctx.session.start()
    wait(
        app,
        lambda: ctx.session.state.last_sync is not None and not ctx.session.syncing,
        300,
        "the demo feed and the first sync",
    )
    saved: list[Path] = []
    window.show_page("find")
    page = window.page("find")
    assert isinstance(page, FindPage)
    page.form.near_me.click()
    page.form.submit()
    settle(app, 0.5)
    wait(app, lambda: not page.model.loading, 60, "search results")
    if page.model.rowCount():
        page.table.selectRow(0)
        wait(app, lambda: page.detail.details is not None, 60, "vehicle details")
    page.form.near_me.setFocus()
    settle(app, 0.8)
    path = out / f"find-near-me-{scale}.png"
    window.grab().save(str(path))
    saved.append(path)

    dialog = AboutDialog(window)
    dialog.show()
    settle(app, 0.6)
    path = out / f"about-{scale}.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()

    window.close()
    ctx.session.shutdown()
    ctx.worker.shutdown()
    for obj in (window, ctx.session, ctx.worker, ctx.progress, ctx.settings):
        obj.deleteLater()
    settle(app, 0.2)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
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
