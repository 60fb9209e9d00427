"""Start the desktop app: options, the QApplication, the main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from wheelshare import APP_ID, __version__

APP_NAME = "wheelshare"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wheelshare",
        description="Rent adapted vehicles and find accessible venues.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file wheelshare writes (cache, settings, demo feed) under DIR",
    )
    parser.add_argument(
        "--feed",
        metavar="URL",
        help="use the feed at URL for this run instead of the configured one "
        "(no built-in demo feed is started)",
    )
    parser.add_argument(
        "--insecure-feed",
        action="store_true",
        help="allow a plain http:// feed on another machine (test networks only: "
        "the password and sign-in token cross the network in clear)",
    )
    parser.add_argument(
        "--text-scale",
        type=int,
        metavar="PERCENT",
        help="text size for this run, 100 to 200",
    )
    parser.add_argument("--lang", metavar="CODE", help="language for this run: en or fr")
    parser.add_argument(
        "--theme",
        choices=("system", "default", "dark", "high_contrast"),
        help="colour theme for this run",
    )
    parser.add_argument("--page", metavar="NAME", help="open this screen first (find, venues, …)")
    parser.add_argument(
        "--no-sync", action="store_true", help="do not sync at start (browse what is cached)"
    )
    parser.add_argument("--version", action="version", version=f"wheelshare {__version__}")
    return parser


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    parser = build_parser()
    ns = parser.parse_args(list(args))
    if ns.text_scale is not None and not 100 <= ns.text_scale <= 200:
        parser.error(f"--text-scale {ns.text_scale}: choose a text size from 100 to 200")
    if ns.lang is not None and ns.lang not in ("en", "fr", "system"):
        parser.error(f"--lang {ns.lang}: wheelshare speaks en and fr")
    if ns.feed is not None:
        from urllib.parse import urlsplit

        parts = urlsplit(ns.feed)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            parser.error(f"--feed {ns.feed}: give a web address such as https://feed.example.org")
    return ns


def prepare_environment() -> None:
    """Before the QApplication exists: expose the accessibility tree to screen readers."""
    os.environ.setdefault("QT_ACCESSIBILITY", "1")
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")


def run(args: list[str]) -> int:
    ns = parse_args(args)
    if ns.insecure_feed:
        print(
            "wheelshare: warning: --insecure-feed: a plain http:// feed on another machine "
            "is allowed; the password and sign-in token cross the network in clear.",
            file=sys.stderr,
        )
    from wheelshare.paths import SETTINGS_FILE, default_data_dir

    data_dir: Path = (ns.data_dir or default_data_dir()).expanduser().resolve()
    if ns.feed is None and not (data_dir / SETTINGS_FILE).exists():
        # A first run, so on the demo: the person waits for its feed, whose
        # process starts before even Qt is imported (see below for the rest).
        from wheelshare.ui import embedded_process

        with contextlib.suppress(OSError):  # said below, when the data dir is made
            embedded_process.prestart(data_dir / embedded_process.DEMO_DIR)
    prepare_environment()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wheelshare.private_files import make_private_dir
    from wheelshare.ui.app_setup import create_application, create_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    try:
        make_private_dir(data_dir)
    except OSError as e:
        print(f"wheelshare: cannot create the data dir {data_dir}: {e.strerror}", file=sys.stderr)
        return 2
    ctx = create_application(app, data_dir, ns)
    if ctx.session.state.demo:
        from wheelshare.ui import embedded_process

        # On a first run the demo feed is what the person waits for: its
        # process starts now, its imports and seeding on the other core while
        # the window is built. (A later start lists the cache first.)
        embedded_process.prestart(ctx.session.cache_dir)
    window = create_window(ctx, ns)
    window.show()
    # Packaging's smoke test asks the app to prove it came up (WHEELSHARE_SELF_CHECK).
    from wheelshare.ui import selfcheck

    selfcheck.install_if_requested(app, window)
    # The window paints first; the data (and on a first run the demo feed) follow.
    QTimer.singleShot(0, lambda: ctx.session.start(sync=not ns.no_sync))
    code = app.exec()
    if ctx.live is not None:
        ctx.live.stop()
    if ctx.notifications is not None:
        ctx.notifications.close()
    ctx.session.shutdown()
    ctx.worker.shutdown()
    return int(code)


__all__ = ["APP_ID", "APP_NAME", "build_parser", "parse_args", "run"]
