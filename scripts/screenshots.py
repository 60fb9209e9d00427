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
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Screenshots never touch the person's real keyring or the network geocoder.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "wheelshare.sync.testing_keyring.MemoryKeyring")
os.environ.setdefault("WHEELSHARE_NO_NETWORK_GEOCODER", "1")

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 860


def wait(app: object, condition: object, timeout: float, what: str) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.02)


def settle(app: object, seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(data_dir: Path, out: Path, scale: int, lang: str | None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from wheelshare.ui.app_setup import create_application, create_window
    from wheelshare.ui.find.page import FindPage
    from wheelshare.ui.main import parse_args
    from wheelshare.ui.pages import PAGES

    app = QApplication.instance() or QApplication(sys.argv[:1])
    args = ["--data-dir", str(data_dir), "--text-scale", str(scale), "--theme", "default"]
    if lang:
        args += ["--lang", lang]
    ns = parse_args(args)
    ctx = create_application(app, data_dir, ns)  # type: ignore[arg-type]
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
    suffix = f"-{lang}" if lang else ""
    saved: list[Path] = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        if isinstance(page, FindPage):
            wait(
                app,
                lambda p=page: p.model.rowCount() > 0 and not p.model.loading,
                60,
                "search results",
            )
            page.table.selectRow(0)
            page.table.setFocus()
            wait(app, lambda p=page: p.detail.details is not None, 60, "vehicle details")
        settle(app, 0.8)
        path = out / f"{spec.key}-{scale}{suffix}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"screenshots: could not write {path}")
        saved.append(path)
    # The owners' and reviewers' screens and dialogs (this signs in the demo owner).
    from screenshot_dialogs import shoot_more

    saved += shoot_more(app, window, ctx, out, scale, suffix)
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
