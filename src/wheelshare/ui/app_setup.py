"""Assemble the app: QApplication identity, settings, theme, language, session, window.

Split from ``main.run`` so tests build the same app around a temporary data
dir inside pytest-qt's QApplication.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from wheelshare import APP_ID
from wheelshare.paths import resource
from wheelshare.ui import i18n, theme
from wheelshare.ui.context import AppContext
from wheelshare.ui.live import LiveUpdates
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.notifications.center import NotificationCenter
from wheelshare.ui.progress import ProgressTracker
from wheelshare.ui.session import Session
from wheelshare.ui.settings import LANGUAGE, LAST_PAGE, REGION, TEXT_SCALE, THEME, Settings
from wheelshare.ui.worker import Worker


def apply_appearance(app: QApplication, settings: Settings, ns: argparse.Namespace | None) -> None:
    """Theme and text size, from the command line or else the settings."""
    chosen = (ns.theme if ns and ns.theme else None) or settings.get(THEME)
    scale = (ns.text_scale if ns and ns.text_scale else None) or settings.get(TEXT_SCALE)
    theme.apply(app, chosen, scale)


def apply_language(app: QApplication, settings: Settings, ns: argparse.Namespace | None) -> None:
    """Translations and regional formats, from the command line or else the settings."""
    language = (ns.lang if ns and ns.lang else None) or settings.get(LANGUAGE)
    i18n.install(app, language, region=settings.get(REGION))


def create_application(
    app: QApplication, data_dir: Path, ns: argparse.Namespace | None = None
) -> AppContext:
    QCoreApplication.setApplicationName("wheelshare")
    QCoreApplication.setOrganizationName("wheelshare")
    QCoreApplication.setOrganizationDomain("wheelshare.org")
    QGuiApplication.setApplicationDisplayName("wheelshare")
    QGuiApplication.setDesktopFileName(APP_ID)
    # The installed theme's icon when there is one; else the one we ship.
    shipped = resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    app.setWindowIcon(QIcon.fromTheme(APP_ID, QIcon(str(shipped))))
    settings = Settings.in_data_dir(data_dir)
    apply_language(app, settings, ns)
    apply_appearance(app, settings, ns)
    worker = Worker(parent=app)
    tracker = ProgressTracker(app)
    session = Session(
        data_dir,
        settings,
        worker,
        tracker,
        feed_override=ns.feed if ns else None,
        allow_insecure_feed=ns.insecure_feed if ns else False,
        parent=app,
    )
    ctx = AppContext(data_dir, settings, worker, session, tracker)
    ctx.live = LiveUpdates(session, parent=app)
    ctx.notifications = NotificationCenter(session, settings, parent=app)
    settings.changed.connect(lambda key: _settings_changed(app, ctx, key))
    return ctx


def _settings_changed(app: QApplication, ctx: AppContext, key: str) -> None:
    # Applied live: the settings screen only has to store the value.
    if key in (THEME.key, TEXT_SCALE.key):
        apply_appearance(app, ctx.settings, None)
    elif key in (LANGUAGE.key, REGION.key):
        apply_language(app, ctx.settings, None)


def create_window(ctx: AppContext, ns: argparse.Namespace | None = None) -> MainWindow:
    if ns is not None and ns.page:
        ctx.settings.set(LAST_PAGE, ns.page)
    from wheelshare.ui import map_tiles

    ctx.session.ready.connect(lambda: map_tiles.ask_feed(ctx))
    return MainWindow(ctx)
