"""What the app says about a request agrees everywhere and follows it: the note
under the booking button, the status bar's count and My bookings, in the
language in use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.feed.testing import LiveFeed
from wheelshare.ui import i18n
from wheelshare.ui.bookings.entries import EntryState
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.plurals import plurals
from wheelshare.ui.problems import describe

from .find.test_renter_journeys import open_first_result, search_at, wait_for_entry
from .helpers import (
    DialogSeen,
    add_vehicle,
    keys_in_next_dialog,
    restart_server,
    sign_in_renter,
    stop_server,
    wait_synced,
)

pytestmark = pytest.mark.dates

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def tr(text: str) -> str:
    return QCoreApplication.translate("SentRequest", text)


def test_the_note_after_a_request_agrees_with_the_status_bar_and_follows_the_language(
    make_app: AppFactory,
    qtbot: QtBot,
    live_feed: LiveFeed,
    data_dir: Path,
    qapp: QApplication,
    back_to_english: None,
) -> None:
    vehicle = add_vehicle(live_feed, city="Concordance", lat=46.4, lon=-5.9, instant=False)
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app(
        "--data-dir", str(data_dir), "--feed", live_feed.url, "--lang", "en", start=True
    )
    wait_synced(qtbot, ctx)
    find = window.page("find")
    assert isinstance(find, FindPage)
    search_at(qtbot, find, "Concordance")
    open_first_result(qtbot, find)

    # The feed is out of reach: the request waits, and every place says so.
    port = stop_server(live_feed)
    button = find.detail.book_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    reviewed: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)], reviewed)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the review step opens; Alt+F confirms
    qtbot.waitUntil(lambda: bool(reviewed), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.session.syncing and ctx.session.state.offline, timeout=30_000)
    offline = Problem(ProblemCode.OFFLINE, {"feed_url": live_feed.url})
    note = find.detail.book_note
    # The note is worded again from the outbox on the worker, a moment after
    # the session turned offline: wait for the words, not for the first note.
    expected = f"Waiting to be sent: {describe(offline)}"
    qtbot.waitUntil(lambda: note.text() == expected, timeout=10_000)
    assert "sent for" not in note.text().lower()
    status = window.status_area.state_label
    assert "1 action waiting to be sent" in status.text()

    # In French, the note and the status bar are worded again.
    i18n.install(qapp, "fr")
    QApplication.processEvents()
    french_note = tr("Waiting to be sent: {problem}").format(problem=describe(offline))
    assert french_note.startswith("En attente d’envoi")
    assert note.text() == french_note
    assert plurals().actions_waiting(1) in status.text()

    # Once it went through: sent, waiting for the owner; nothing counted as waiting.
    restart_server(live_feed, port)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: ctx.session.state.up_to_date, timeout=30_000)
    sent = tr(
        "Sent — waiting for the owner's answer about “{title}”. Follow it under “My bookings”."
    ).format(title=vehicle["title"])
    assert sent.startswith("Envoyée")
    qtbot.waitUntil(lambda: note.text() == sent, timeout=10_000)
    assert plurals().actions_waiting(1) not in status.text()
    entry = wait_for_entry(qtbot, window, vehicle["title"], EntryState.REQUESTED)
    assert entry.price is not None
    assert not window.message_bar.isVisible()
