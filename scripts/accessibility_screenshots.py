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
import tempfile
from pathlib import Path

from _screenshot_setup import SCREENSHOTS, close_app, open_app, save, settle

# variant name -> (text scale, theme, language, pseudo-localised)
VARIANTS = {
    "150": (150, "default", "en", False),
    "200-high-contrast-fr": (200, "high_contrast", "fr", False),
    "200-dark": (200, "dark", "en", False),
    "100-pseudo": (100, "default", "en", True),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCREENSHOTS / "accessibility")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from wheelshare import demo
    from wheelshare.feed.testing import LiveFeed
    from wheelshare.sync.account import Accounts
    from wheelshare.sync.client import FeedClient
    from wheelshare.ui import i18n
    from wheelshare.ui.pages import PAGES

    folder = Path(tempfile.mkdtemp(prefix="wheelshare-a11y-shots-"))
    with LiveFeed(folder) as feed:
        for variant, (scale, theme, lang, pseudo) in VARIANTS.items():
            os.environ[i18n.PSEUDO_ENV] = "1" if pseudo else ""
            data = folder / f"data-{variant}"
            data.mkdir()
            with FeedClient(feed.url) as client:
                Accounts(client, data).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD)
            options = ["--feed", feed.url, "--text-scale", str(scale)]
            options += ["--theme", theme, "--lang", lang]
            ctx, window = open_app(data, options, sync_timeout=120)
            for spec in PAGES:
                window.show_page(spec.key)
                settle(1.0)
                print(save(window, args.out / f"{spec.key}-{variant}.png"))
            close_app(ctx, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
