#!/usr/bin/env python3
"""Screenshots for docs/accessibility.md: large text, high contrast, French, pseudo-locale.

    .venv/bin/python scripts/accessibility_screenshots.py [--out docs/screenshots/accessibility]

Runs the real app on Qt's offscreen platform against the reference feed (small
demo set) on a loopback port, signed in as the demo renter, and saves each main
screen as ``<screen>-<variant>.png``; the ``1366x768-…`` variants open the window at
the size the app chooses on a 1366×768 screen and add the *Edit vehicle* and
*Keyboard shortcuts* dialogs (``edit-vehicle-…``, ``shortcuts-…``).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

# One 1366×768 screen, as many laptops have: the "at the opening size"
# variants open the window at the size the app chooses there.
SCREEN = (1366, 768)
_config = Path(tempfile.mkdtemp(prefix="wheelshare-screen-")) / "screen.json"
_config.write_text(
    json.dumps(
        {
            "screens": [
                {"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1]}
                | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
            ]
        }
    )
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_config}")

from _screenshot_setup import SCREENSHOTS, close_app, open_app, save, settle  # noqa: E402

# variant name -> (text scale, theme, language, pseudo-localised)
VARIANTS = {
    "150": (150, "default", "en", False),
    "200-high-contrast-fr": (200, "high_contrast", "fr", False),
    "200-dark": (200, "dark", "en", False),
    "100-pseudo": (100, "default", "en", True),
}
# Shot at the window's opening size on the 1366×768 screen, with the Edit
# vehicle and Keyboard shortcuts dialogs over it.
AT_OPENING_SIZE = {
    "1366x768-100-fr": (100, "default", "fr", False),
    "1366x768-200-fr": (200, "default", "fr", False),
    "1366x768-100-high-contrast": (100, "high_contrast", "en", False),
    "1366x768-200-high-contrast-fr": (200, "high_contrast", "fr", False),
}


def shoot_dialogs(window: Any, out: Path, variant: str) -> list[Path]:
    """The Edit vehicle and Keyboard shortcuts dialogs, as they open over ``window``."""
    from wheelshare.domain import Location, Money, Prices, Vehicle
    from wheelshare.ui.help import shortcuts_dialog
    from wheelshare.ui.owner.vehicle_form import VehicleDialog

    vehicle = Vehicle(
        "veh-shot",
        "owner-shot",
        "Renault Kangoo TPMR",
        Location(45.76, 4.83, "Lyon"),
        Prices(Money(3500), Money(6500), Money(35000)),
    )
    edit = VehicleDialog(lambda _t, _n=15: [], vehicle.id, vehicle.owner_id, vehicle, window)
    saved = []
    for dialog, name in ((edit, "edit-vehicle"), (shortcuts_dialog(window), "shortcuts")):
        dialog.show()
        settle(0.8)
        saved.append(save(dialog, out / f"{name}-{variant}.png"))
        dialog.reject()
        dialog.deleteLater()
    return saved


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
        for variant, (scale, theme, lang, pseudo) in (VARIANTS | AT_OPENING_SIZE).items():
            os.environ[i18n.PSEUDO_ENV] = "1" if pseudo else ""
            data = folder / f"data-{variant}"
            data.mkdir()
            with FeedClient(feed.url) as client:
                Accounts(client, data).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD)
            options = ["--feed", feed.url, "--text-scale", str(scale)]
            options += ["--theme", theme, "--lang", lang]
            ctx, window = open_app(data, options, sync_timeout=120)
            if variant in AT_OPENING_SIZE:
                window.open_at_screen_size()
            for spec in PAGES:
                window.show_page(spec.key)
                settle(1.0)
                print(save(window, args.out / f"{spec.key}-{variant}.png"))
            if variant in AT_OPENING_SIZE:
                for path in shoot_dialogs(window, args.out, variant):
                    print(path)
            close_app(ctx, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
