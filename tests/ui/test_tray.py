"""The tray icon carries the unread count and shows a bubble per notification;
where the desktop has no tray (here, Qt's offscreen platform), nothing is shown
outside the window, no error either, and the recent list still has everything."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from wheelshare.domain import clock
from wheelshare.notify.notices import Notice, NoticeKind
from wheelshare.ui.notifications.center import NotificationCenter
from wheelshare.ui.settings import NOTIFY

from .conftest import OFFSCREEN_NOISE
from .session_stand_in import StandInSession


def _message(n: int) -> Notice:
    at = clock.now() - timedelta(minutes=n)
    return Notice(f"message:m{n}", NoticeKind.MESSAGE, "Odile", f"Message {n}", at, "b1")


def _accepted() -> Notice:
    return Notice("booking:b1:confirmed", NoticeKind.ACCEPTED, "Kangoo", "", clock.now(), "b1")


def test_without_a_tray_notifications_go_to_the_recent_list_and_nothing_fails(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    session = StandInSession(tmp_path)
    center = NotificationCenter(session.as_session(), session.settings)
    try:
        assert center.tray is None
        with qtbot.waitSignal(center.unread_changed) as counted:
            session.notices_found.emit([_accepted()])
        assert counted.args == [1]
        assert QApplication.activeModalWidget() is None
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
        dialog = center.open_list(None)
        assert dialog.list.count() == 1
        assert dialog.list.item(0).text().startswith("Request accepted: Kangoo.")
        assert center.unread == 0
    finally:
        center.close()


# Qt's offscreen platform has no tray; the icon still works as an object, and
# the platform says so once as the icon is shown.
@pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, "No such signal QPlatformNativeInterface::systemTrayWindowChanged"
)
def test_the_tray_icon_counts_what_is_unread_and_bubbles_each_notification(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = StandInSession(tmp_path)
    center = NotificationCenter(session.as_session(), session.settings, use_tray=True)
    try:
        tray = center.tray
        assert tray is not None and tray.isVisible()
        bubbles: list[tuple[str, str]] = []
        monkeypatch.setattr(
            tray, "showMessage", lambda title, body, *_: bubbles.append((title, body))
        )
        plain = tray.icon().pixmap(64, 64).toImage()
        assert tray.toolTip() == "wheelshare"

        session.notices_found.emit([_accepted()])
        assert bubbles == [("Request accepted: Kangoo", "The owner accepted your request.")]
        assert tray.toolTip() == "wheelshare: 1 unread notification"
        assert tray.icon().pixmap(64, 64).toImage() != plain  # the count drawn on it

        # Many at once are one bubble; a kind turned off is neither told nor counted.
        session.settings.set(NOTIFY["accepted"], False)
        bubbles.clear()
        session.notices_found.emit([_message(1), _message(2), _message(3)])
        assert bubbles == [("wheelshare", "3 new notifications")]
        assert tray.toolTip() == "wheelshare: 4 unread notifications"
        session.notices_found.emit(
            [Notice("booking:b2:confirmed", NoticeKind.ACCEPTED, "Trafic", "", clock.now())]
        )
        assert bubbles == [("wheelshare", "3 new notifications")]
        assert center.unread == 4

        # Opening the list reads them: the icon is plain again.
        center.open_list(None)
        assert tray.toolTip() == "wheelshare"
        assert tray.icon().pixmap(64, 64).toImage() == plain
    finally:
        center.close()
