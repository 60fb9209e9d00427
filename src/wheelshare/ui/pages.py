"""The main window's screens, in navigation order.

Each row names the class that builds a screen as ``"module:Class"``. A screen
is a QWidget built as ``Class(ctx: AppContext, parent=None)`` the first time
the person opens it (building every screen at start would delay the first
window and stall the UI while the first sync runs); it may also offer, and the
main window then uses:

- ``page_shown()`` — called each time the person navigates to it;
- ``badge_changed = Signal(int, str)`` — a count for the navigation entry
  (e.g. requests waiting) and the words a screen reader says for it.

While a screen's module does not exist yet, a placeholder stands in and says
so in words. Nothing else needs registering: to add a screen, add a row.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wheelshare.ui.context import AppContext
from wheelshare.ui.widgets.text import keyboard_selectable


@dataclass(frozen=True)
class PageSpec:
    key: str  # stored as the last screen shown; stable
    title: str  # English source; translated with context "Pages"
    target: str  # "package.module:Class"
    description: str = ""  # what the screen is for, read by screen readers
    # "module:Class" of a light object with ``badge_changed = Signal(int, str)``,
    # built with (ctx, parent) soon after start, so the navigation shows a count
    # (e.g. requests waiting) before the screen itself is ever opened.
    badge: str = ""

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate("Pages", self.description)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "find",
        QT_TRANSLATE_NOOP("Pages", "Find a vehicle"),
        "wheelshare.ui.find.page:FindPage",
        QT_TRANSLATE_NOOP("Pages", "Search adapted vehicles to rent and book one"),
    ),
    PageSpec(
        "venues",
        QT_TRANSLATE_NOOP("Pages", "Venues"),
        "wheelshare.ui.venues.page:VenuesPage",
        QT_TRANSLATE_NOOP("Pages", "Find and rate how accessible places are"),
    ),
    PageSpec(
        "bookings",
        QT_TRANSLATE_NOOP("Pages", "My bookings"),
        "wheelshare.ui.bookings.page:BookingsPage",
        QT_TRANSLATE_NOOP("Pages", "Your booking requests and rentals"),
    ),
    PageSpec(
        "vehicles",
        QT_TRANSLATE_NOOP("Pages", "My vehicles"),
        "wheelshare.ui.owner.page:MyVehiclesPage",
        QT_TRANSLATE_NOOP("Pages", "List your vehicles and answer requests"),
        badge="wheelshare.ui.owner.badge:InboxBadge",
    ),
    PageSpec(
        "account",
        QT_TRANSLATE_NOOP("Pages", "Account & settings"),
        "wheelshare.ui.account.page:AccountPage",
        QT_TRANSLATE_NOOP("Pages", "Sign in, feed address, your wheelchair, text size and theme"),
    ),
)


class PlaceholderPage(QWidget):
    """Stands in for a screen that is not built yet, and says so."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(spec.translated_title())
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "This screen is coming in a later version of wheelshare. "
                "Until then, you can find and book vehicles under “Find a vehicle”."
            )
        )
        text.setWordWrap(True)
        keyboard_selectable(text)
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)


def build_badge(spec: PageSpec, ctx: AppContext, parent: QWidget) -> object | None:
    """The screen's badge source, or None when it has none (or it is not written yet)."""
    if not spec.badge:
        return None
    module_name, _, class_name = spec.badge.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name is None or not module_name.startswith(e.name):
            raise
        return None
    cls = getattr(module, class_name, None)
    return None if cls is None else cls(ctx, parent)


def build_page(spec: PageSpec, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    module_name, _, class_name = spec.target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        # Only a missing screen module falls back; a missing dependency inside it is a bug.
        if e.name is None or not module_name.startswith(e.name):
            raise
        return PlaceholderPage(spec, parent)
    cls = getattr(module, class_name, None)
    if cls is None:
        return PlaceholderPage(spec, parent)
    widget: QWidget = cls(ctx, parent)
    return widget
