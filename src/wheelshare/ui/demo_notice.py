"""The notice shown while the app runs on its built-in demo feed, and the
one-step way to point it at a real feed instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui.session import Session, SyncState
from wheelshare.ui.settings import DEMO_NOTICE_DISMISSED, FEED_URL, SettingError, Settings
from wheelshare.ui.widgets import FormField
from wheelshare.ui.widgets.notice_bar import NoticeBar
from wheelshare.ui.widgets.screen_fit import fit_to_screen


class DemoNotice(NoticeBar):
    """A banner above the screens: "demo data", one line until *Details* shows
    the rest, with *Try as the demo owner* and *Use a real feed…*. Once hidden
    it stays hidden (the status bar still says "Demo data")."""

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self.setObjectName("demoNotice")
        self.button = QPushButton()
        self.button.clicked.connect(self.choose_feed)
        # The demo signs in as its renter; this shows the owner's side (and back).
        self.role_button = QPushButton()
        self.role_button.setObjectName("demoRoleButton")
        self.role_button.clicked.connect(self.switch_role)
        self.add_action(self.role_button)
        self.add_action(self.button)
        self.dismissed.connect(lambda: settings.set(DEMO_NOTICE_DISMISSED, True))
        self.retranslate()
        session.state_changed.connect(self._state_changed)
        self._state_changed(session.state)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Demo data notice"))
        self.set_text(
            self.tr("Demo data: bookings made here are not real."),
            self.tr(
                "The vehicles, venues and people shown are examples that live on this "
                "computer. Try the owner's side, or use a real wheelshare service."
            ),
        )
        # "More" takes the letter of "Use a real…", which shows only once it is pressed.
        self.set_button_words(
            self.tr("Mo&re…"),
            self.tr("Less"),
            self.tr("Hide"),
            self.tr("Hides this notice for good; the status bar still says “Demo data”."),
        )
        # Plain words for the renter; the dialog it opens speaks of feeds.
        self.button.setText(self.tr("Use a &real wheelshare service…"))
        self.button.setAccessibleDescription(self.details.text())
        self._show_role(self._session.state)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _state_changed(self, state: SyncState) -> None:
        self.setVisible(state.demo and not self._settings.get(DEMO_NOTICE_DISMISSED))
        self._show_role(state)

    def _show_role(self, state: SyncState) -> None:
        self.role_button.setText(role_button_text(state.demo_owner))
        self.role_button.setAccessibleDescription(role_description(state.demo_owner))
        self.role_button.setToolTip(role_description(state.demo_owner))

    def switch_role(self) -> None:
        switch_demo_role(self._session, self)

    def choose_feed(self) -> None:
        dialog = FeedDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._session.switch_feed(dialog.url)


def role_button_text(as_owner: bool) -> str:
    if as_owner:
        return QCoreApplication.translate("DemoNotice", "Back to the demo renter")
    return QCoreApplication.translate("DemoNotice", "Try as the demo owner")


def role_description(as_owner: bool) -> str:
    if as_owner:
        return QCoreApplication.translate(
            "DemoNotice", "Signs in again as the demo renter, who books vehicles."
        )
    return QCoreApplication.translate(
        "DemoNotice",
        "Signs in as the demo owner, who lists vehicles and has requests to answer "
        "under “My vehicles”.",
    )


def switch_demo_role(session: Session, parent: QWidget) -> None:
    """Signs in as the demo's other person, or says why not yet."""
    to_owner = not session.state.demo_owner

    def failed(problem: str) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DemoNotice", "Not switched"),
            QCoreApplication.translate("DemoNotice", "The demo could not switch: {problem}").format(
                problem=problem
            ),
        )

    if not session.switch_demo_role(to_owner, failed):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("DemoNotice", "Not switched yet"),
            QCoreApplication.translate(
                "DemoNotice",
                "Some of your actions are still waiting to be sent. Sync first (F5), "
                "then switch: otherwise they would be sent as the other person.",
            ),
        )


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
