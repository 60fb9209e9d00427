"""Where notices go: the recent list (always), a bubble from the system's
notification service when there is one, and the tray icon's unread count.

The service is Qt's tray icon (``QSystemTrayIcon.showMessage``, which on Linux
goes through the freedesktop notifications interface where the desktop has
one). Without a system tray nothing is shown outside the window: the notices
are in the recent list and the status bar's count, and no error is raised.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from wheelshare.notify.log import Entry, NoticeLog
from wheelshare.notify.notices import Notice
from wheelshare.ui.notifications import words
from wheelshare.ui.notifications.dialog import RecentNotificationsDialog
from wheelshare.ui.plurals import english_plural
from wheelshare.ui.session import Session, SyncState
from wheelshare.ui.settings import NOTIFY, Settings

# More at once than this are told in one bubble ("3 new notifications").
BUBBLES_AT_ONCE = 2
BUBBLE_MS = 10_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app's icon with the unread count in a corner (none at zero)."""
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(QColor("#1a5fb4"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c01c28"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(24, 0, 40, 40)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(26)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(24, 0, 40, 40), Qt.AlignmentFlag.AlignCenter, str(min(count, 99)))
    painter.end()
    return QIcon(pixmap)


class NotificationCenter(QObject):
    # The number of unread notifications, after every change.
    unread_changed = Signal(int)
    # Notices just kept (list[Notice]): the window announces them.
    arrived = Signal(object)

    def __init__(
        self,
        session: Session,
        settings: Settings,
        *,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._log: NoticeLog | None = None
        self._folder: Path | None = None
        self.dialog: RecentNotificationsDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available() if use_tray is None else use_tray:
            self.tray = QSystemTrayIcon(self)
            self.tray.activated.connect(lambda _reason: self.open_list(None))
            self._show_count()
            self.tray.show()
        session.notices_found.connect(self.receive)
        session.state_changed.connect(self._follow)
        self._follow(session.state)

    @property
    def entries(self) -> list[Entry]:
        return [] if self._log is None else list(self._log.entries)

    @property
    def unread(self) -> int:
        return 0 if self._log is None else self._log.unread

    def _follow(self, state: SyncState) -> None:
        """Each feed's data folder keeps its own list."""
        folder = self.session.cache_dir if state.ready else None
        if folder == self._folder:
            return
        self._folder = folder
        self._log = None if folder is None else NoticeLog(folder)
        self._show_count()

    def receive(self, notices: Sequence[Notice]) -> None:
        if self._log is None:
            return
        wanted = [n for n in notices if self.settings.get(NOTIFY[n.kind.value])]
        new = self._log.add(wanted)
        if not new:
            return
        self._bubble(new)
        self._show_count()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_entries(self.entries)
        self.arrived.emit(new)

    def _bubble(self, new: list[Notice]) -> None:
        if self.tray is None or not self.tray.supportsMessages():
            return
        icon = QSystemTrayIcon.MessageIcon.Information
        if len(new) > BUBBLES_AT_ONCE:
            self.tray.showMessage(
                "wheelshare",
                english_plural(self.tr("%n new notification(s)", "", len(new)), len(new)),
                icon,
                BUBBLE_MS,
            )
            return
        for notice in new:
            self.tray.showMessage(words.title(notice), words.body(notice), icon, BUBBLE_MS)

    def _show_count(self) -> None:
        count = self.unread
        if self.tray is not None:
            base = QGuiApplication.windowIcon()
            self.tray.setIcon(badge_icon(base, count))
            self.tray.setToolTip(
                english_plural(self.tr("wheelshare: %n unread notification(s)", "", count), count)
                if count
                else "wheelshare"
            )
        self.unread_changed.emit(count)

    def open_list(self, parent: QWidget | None) -> RecentNotificationsDialog:
        """Shows the recent list (not modal: the window stays usable) and counts
        everything in it as read."""
        if self.dialog is None:
            self.dialog = RecentNotificationsDialog(self.entries, parent)
        else:
            self.dialog.show_entries(self.entries)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        if self._log is not None:
            self._log.mark_all_read()
        self._show_count()
        return self.dialog

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        if self.dialog is not None:
            self.dialog.close()
