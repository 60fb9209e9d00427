"""The in-app list of recent notifications: for whoever missed the bubble,
and for screen-reader users, to whom bubbles are not reliably read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wheelshare.notify.log import Entry
from wheelshare.ui import formatting
from wheelshare.ui.notifications import words
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.screen_fit import fit_to_screen


def entry_text(entry: Entry) -> str:
    """One notification as one line read aloud: what, then when."""
    notice = entry.notice
    line = f"{words.title(notice)}. {words.body(notice)}".rstrip(". ") + "."
    return f"{line} ({formatting.ago(notice.at)})"


class RecentNotificationsDialog(QDialog):
    def __init__(self, entries: Sequence[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent notifications"))
        layout = QVBoxLayout(self)
        self.heading = Heading(self.tr("Recent notifications"), self, wrap=True)
        layout.addWidget(self.heading)
        self.empty = QLabel(self.tr("No notifications yet."), self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Recent notifications, newest first"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_entries(entries)
        fit_to_screen(self)

    def show_entries(self, entries: Sequence[Entry]) -> None:
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry_text(entry))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, entry_text(entry))
            self.list.addItem(item)
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        if entries:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.buttons.setFocus()
