"""The main window's screens, in navigation order.

Each row names the :class:`~wheelshare.ui.page.Page` subclass that builds a
screen, as ``"module:Class"``: a screen is built as ``Class(ctx, parent)`` the
first time the person opens it, and its module imported only then or while
the app is idle (building every screen at start would delay the first window
and stall the UI while the first sync runs). A row that names a missing module
or class fails with an error, never with a screen quietly left out.

A row may also name a :class:`~wheelshare.ui.page.Badge`, built soon after
start, so the navigation shows a count (e.g. requests waiting) before the
screen itself is ever opened. To add a screen, add a row.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from wheelshare.ui.context import AppContext
from wheelshare.ui.page import Badge, Page
from wheelshare.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wheelshare.ui.session import SyncState


def moderators_only(state: SyncState) -> bool:
    """The feed says the signed-in person is a moderator."""
    return state.moderator


@dataclass(frozen=True)
class PageSpec:
    key: str  # stored as the last screen shown; stable
    title: str  # English source; translated with context "Pages"
    target: str  # "package.module:Class"
    description: str = ""  # what the screen is for, read by screen readers
    badge: str = ""  # "package.module:Class" of a Badge; empty when the screen has none
    # Who the screen is for, from the session's state; None: everyone. A screen
    # hidden from someone has no navigation entry, menu item or shortcut.
    shown_when: Callable[[SyncState], bool] | None = None

    def shown(self, state: SyncState) -> bool:
        return self.shown_when is None or self.shown_when(state)

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
        "trips",
        QT_TRANSLATE_NOOP("Pages", "Trips"),
        "wheelshare.ui.trips.page:TripsPage",
        QT_TRANSLATE_NOOP(
            "Pages", "Find a companion for a journey, or help a traveller going your way"
        ),
    ),
    PageSpec(
        "messages",
        QT_TRANSLATE_NOOP("Pages", "Messages"),
        "wheelshare.ui.messages.page:MessagesPage",
        QT_TRANSLATE_NOOP("Pages", "Talk with the owner or renter of each booking"),
        badge="wheelshare.ui.messages.badge:MessagesBadge",
    ),
    PageSpec(
        "account",
        QT_TRANSLATE_NOOP("Pages", "Account & settings"),
        "wheelshare.ui.account.page:AccountPage",
        QT_TRANSLATE_NOOP("Pages", "Sign in, feed address, your wheelchair, text size and theme"),
    ),
    PageSpec(
        "moderation",
        QT_TRANSLATE_NOOP("Pages", "Moderation"),
        "wheelshare.ui.moderation.page:ModerationPage",
        QT_TRANSLATE_NOOP(
            "Pages", "Decide on venues and corrections members sent, and on reported content"
        ),
        shown_when=moderators_only,
    ),
)


def _load(target: str) -> object:
    """What ``target`` ("module:Class") names; an error when there is nothing."""
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def build_badge(spec: PageSpec, ctx: AppContext, parent: QObject) -> Badge | None:
    """The screen's badge, or None when its row names none."""
    if not spec.badge:
        return None
    cls = _load(spec.badge)
    if not (isinstance(cls, type) and issubclass(cls, Badge)):
        raise TypeError(f"{spec.badge} is not a Badge")
    return cls(ctx, parent)


def build_page(spec: PageSpec, ctx: AppContext, parent: QWidget | None = None) -> Page:
    cls = _load(spec.target)
    if not (isinstance(cls, type) and issubclass(cls, Page)):
        raise TypeError(f"{spec.target} is not a Page")
    return cls(ctx, parent)
