"""The notice shown while the app runs on its built-in demo feed, and the
one-step way to point it at a real feed instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui.session import Session, SyncState
from wheelshare.ui.settings import FEED_URL, SettingError
from wheelshare.ui.widgets import FormField
from wheelshare.ui.widgets.screen_fit import fit_to_screen


class DemoNotice(QFrame):
    """A banner above the screens: "demo data", with *Use a real feed…*."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("demoNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self.choose_feed)
        self.retranslate()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        session.state_changed.connect(self._state_changed)
        self._state_changed(session.state)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Demo data notice"))
        self.text.setText(
            self.tr(
                "Demo data: the vehicles, venues and people shown come from a sample feed "
                "running on this computer. Bookings made here are not real."
            )
        )
        self.button.setText(self.tr("Use a &real feed…"))
        self.button.setAccessibleDescription(self.text.text())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _state_changed(self, state: SyncState) -> None:
        self.setVisible(state.demo)

    def choose_feed(self) -> None:
        dialog = FeedDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._session.switch_feed(dialog.url)


class FeedDialog(QDialog):
    """Asks for a feed address; explains a bad one beside the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use a real feed"))
        self.url = ""
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Enter the address of the wheelshare feed you use (your organisation or "
                "community gives it to you). Your demo bookings stay with the demo feed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("https://feed.example.org")
        self.field = FormField(self.tr("Feed &address"), self.edit)
        layout.addWidget(self.field.label)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def _accept(self) -> None:
        url = self.edit.text().strip().rstrip("/")
        if not url:
            self.field.set_error(self.tr("Enter the feed's address."))
            return
        try:
            FEED_URL.check(url)
        except SettingError as e:
            self.field.set_error(e.message)
            return
        self.url = url
        self.accept()
