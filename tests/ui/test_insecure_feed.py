"""``--feed http://…`` on another machine: refused in words unless ``--insecure-feed``.

The app is started with ``--no-sync``: no connection is ever attempted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wheelshare.ui.account.page import AccountPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main import parse_args
from wheelshare.ui.main_window import MainWindow

AppFactory = Callable[..., tuple[AppContext, MainWindow]]
FEED = "http://feed.example.org"


def test_the_option_is_parsed() -> None:
    assert parse_args(["--insecure-feed", "--feed", FEED]).insecure_feed is True
    assert parse_args(["--feed", FEED]).insecure_feed is False


def test_a_plain_http_feed_elsewhere_is_refused_and_the_cache_still_opens(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path
) -> None:
    ctx, _window = make_app("--data-dir", str(data_dir), "--feed", FEED, "--no-sync", start=True)
    qtbot.waitUntil(lambda: ctx.session.is_ready, timeout=15_000)
    error = ctx.session.state.error
    assert FEED in error and "https://feed.example.org" in error


def test_the_opt_in_reaches_every_client_the_app_makes(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="wheelshare.sync.client"):
        ctx, window = make_app(
            "--data-dir",
            str(data_dir),
            "--feed",
            FEED,
            "--insecure-feed",
            "--no-sync",
            start=True,
        )
        qtbot.waitUntil(lambda: ctx.session.is_ready, timeout=15_000)
    assert ctx.session.allow_insecure_feed
    assert ctx.session.state.error == ""
    assert any(FEED in r.getMessage() and "not encrypted" in r.getMessage() for r in caplog.records)
    window.show_page("account")
    account = window.page("account")
    assert isinstance(account, AccountPage)
    assert account.service.allow_insecure
