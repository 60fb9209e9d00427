"""What a renter reads on Find, Venues and My bookings, and in the status bar,
speaks of vehicles, places and bookings: no "feed", no web address (those
belong to the feed settings, for whoever opens them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from . import audit

JARGON = re.compile(r"\bfeeds?\b|\b\w+://", re.IGNORECASE)
RENTER_SCREENS = ("find", "venues", "bookings")


def test_renter_screens_say_no_feed_and_no_address(main_window: Callable[..., QWidget]) -> None:
    window = main_window()
    found: set[str] = set()
    for key in RENTER_SCREENS:
        window.show_page(key)  # type: ignore[attr-defined]
        QApplication.processEvents()
        # The whole window as the screen shows it: banners and status bar too.
        for widget, text in audit.visible_texts(window):
            if text and JARGON.search(text):
                found.add(f"{key}: {type(widget).__name__}: {text!r}")
    assert not found, "\n".join(sorted(found))
