"""The status area: sync state in words, *Sync now*, and progress with *Cancel*."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wheelshare.ui import formatting
from wheelshare.ui.plurals import plurals
from wheelshare.ui.progress import ProgressTracker, ProgressWidget
from wheelshare.ui.session import Session, SyncState


def describe(state: SyncState) -> str:
    """The sync state as one sentence a screen reader can read."""
    parts: list[str] = []
    if not state.ready:
        parts.append(QCoreApplication.translate("StatusArea", "Starting…"))
    elif state.syncing:
        parts.append(QCoreApplication.translate("StatusArea", "Syncing…"))
    else:
        parts.append(
            QCoreApplication.translate("StatusArea", "Last synced: {when}").format(
                when=formatting.ago(state.last_sync)
            )
        )
    if state.offline:
        parts.append(QCoreApplication.translate("StatusArea", "Offline"))
    if state.pending:
        parts.append(plurals().actions_waiting(state.pending))
    if state.demo:
        parts.append(QCoreApplication.translate("StatusArea", "Demo data"))
    return " · ".join(parts)


class StatusArea(QWidget):
    def __init__(
        self, session: Session, tracker: ProgressTracker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.progress = ProgressWidget(tracker)
        self.sync_button = QPushButton()
        self.retranslate()
        self.sync_button.clicked.connect(session.sync_now)
        layout.addWidget(self.state_label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.sync_button)
        session.state_changed.connect(self.show_state)
        # "5 minutes ago" must age while the window stays open.
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(lambda: self.show_state(self._session.state))
        self._tick.start()
        self.show_state(session.state)

    def retranslate(self) -> None:
        self.state_label.setAccessibleName(self.tr("Sync status"))
        self.sync_button.setText(self.tr("S&ync now"))
        self.sync_button.setToolTip(self.tr("Fetch the latest data and send waiting actions (F5)"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_state(self._session.state)

    def show_state(self, state: SyncState) -> None:
        text = describe(state)
        self.state_label.setText(text)
        self.state_label.setAccessibleDescription(state.error)
        self.state_label.setToolTip(state.error or text)
        self.sync_button.setEnabled(state.ready and not state.syncing)
