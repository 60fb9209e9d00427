#!/usr/bin/env python3
"""Screenshots for docs/accessibility.md: large text, high contrast, French, pseudo-locale.

    .venv/bin/python scripts/accessibility_screenshots.py [--out docs/screenshots/accessibility]

Runs the real app on Qt's offscreen platform against the reference feed (small
demo set) on a loopback port, signed in as the demo renter, and saves each main
screen as ``<screen>-<variant>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "wheelshare.sync.testing_keyring.MemoryKeyring")
os.environ.setdefault("WHEELSHARE_NO_NETWORK_GEOCODER", "1")

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 860
# variant name -> (text scale, theme, language, pseudo-localised)
VARIANTS = {
    "150": (150, "default", "en", False),
    "200-high-contrast-fr": (200, "high_contrast", "fr", False),
    "200-dark": (200, "dark", "en", False),
    "100-pseudo": (100, "default", "en", True),
}


def settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait(condition: object, timeout: float, what: str) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"accessibility screenshots: timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs/screenshots/accessibility")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from wheelshare.domain import demo
    from wheelshare.feed.testing import LiveFeed
    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient
    from wheelshare.ui import i18n
    from wheelshare.ui.app_setup import create_application, create_window
    from wheelshare.ui.main import parse_args
    from wheelshare.ui.pages import PAGES

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="wheelshare-a11y-shots-"))
    with LiveFeed(folder) as feed:
        for variant, (scale, theme, lang, pseudo) in VARIANTS.items():
            os.environ[i18n.PSEUDO_ENV] = "1" if pseudo else ""
            data = folder / f"data-{variant}"
            data.mkdir()
            with FeedClient(feed.url) as client:
                Accounts(client, data).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD)
            ns = parse_args(
                [
                    "--data-dir",
                    str(data),
                    "--feed",
                    feed.url,
                    "--text-scale",
                    str(scale),
                    "--theme",
                    theme,
                    "--lang",
                    lang,
                ]
            )
            ctx = create_application(app, data, ns)  # type: ignore[arg-type]
            window = create_window(ctx, ns)
            window.resize(WIDTH, HEIGHT)
            window.show()
            ctx.session.start(sync=True)
            wait(
                lambda c=ctx: c.session.state.last_sync is not None and not c.session.syncing,
                120,
                "the first sync",
            )
            for spec in PAGES:
                window.show_page(spec.key)
                settle(1.0)
                path = args.out / f"{spec.key}-{variant}.png"
                if not window.grab().save(str(path)):
                    raise SystemExit(f"could not write {path}")
                print(path)
            window.close()
            ctx.session.shutdown()
            ctx.worker.shutdown()
            window.deleteLater()
            settle(0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
