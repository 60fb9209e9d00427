"""On a desktop without a keyring service the demo works fully, and the app says
once, plainly, that the sign-in lasts only until it closes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.sync.credentials import TokenStore
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.problems import describe, headline

from .helpers import wait_synced

pytestmark = pytest.mark.slow

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        TokenStore._memory.clear()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_demo_works_and_says_once_that_the_sign_in_is_for_this_run(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), start=True)
    wait_synced(qtbot, ctx, timeout=120_000)
    notice = describe(Problem(ProblemCode.KEYRING_UNAVAILABLE))
    assert "until the app closes" in notice
    bar = window.message_bar
    assert bar.isVisible()
    # On one line, its short form; the whole sentence under Details.
    assert bar.text.text() == f"⚠ {headline(Problem(ProblemCode.KEYRING_UNAVAILABLE))}"
    assert not bar.details.isVisible()
    bar.details_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(bar.details_button, Qt.Key.Key_Space)
    assert bar.details.isVisible()
    assert bar.details.text() == notice
    shown: list[str] = []
    ctx.session.message.connect(lambda n: shown.append(n.text()))

    # Signed in for the run: the demo renter's own bookings are there.
    assert ctx.session.state.signed_in_as
    assert ctx.session.state.problem is None
    window.show_page("bookings")
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)

    # Dismissed from the keyboard, it stays away through later syncs.
    bar.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(bar.close_button, Qt.Key.Key_Space)
    assert not bar.isVisible()
    for _ in range(2):
        ctx.session.sync_now()
        qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=30_000)
    assert not bar.isVisible()
    assert notice not in shown
    assert ctx.session.state.up_to_date
