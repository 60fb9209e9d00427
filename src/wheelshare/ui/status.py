"""The status area: sync state in words, *Sync now*, and progress with *Cancel*.

When something keeps changes from being sent (offline, a sign-in needed…), the
area says why in words and offers what fixes it (``remedies``); after each
sync it says how it went ("Up to date", or the problem), so *Sync now* and F5
always show an answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from wheelshare.ui import announce, formatting, remedies
from wheelshare.ui.plurals import plurals
from wheelshare.ui.problems import describe as describe_problem
from wheelshare.ui.progress import ProgressTracker, ProgressWidget
from wheelshare.ui.session import Session, SyncState


def describe(state: SyncState) -> str:
    """The sync state as one sentence a screen reader can read."""
    parts: list[str] = []
    if not state.ready:
        parts.append(QCoreApplication.translate("StatusArea", "Starting…"))
    elif state.syncing:
        parts.append(QCoreApplication.translate("StatusArea", "Syncing…"))
    elif state.up_to_date:
        parts.append(
            QCoreApplication.translate("StatusArea", "Up to date (synced {when})").format(
                when=formatting.ago(state.last_sync)
            )
        )
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


def problem_text(state: SyncState) -> str:
    """Why something is not sent, in words; empty when nothing is wrong."""
    if state.problem is None or state.syncing:
        return ""
    return describe_problem(state.problem)


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
        # Why changes wait, in the problem's own sentence, and what fixes it.
        self.problem_label = QLabel()
        self.problem_label.setObjectName("syncProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remedy_button = QPushButton()
        self.remedy_button.setObjectName("syncRemedy")
        self._remedy: remedies.Remedy | None = None
        self.progress = ProgressWidget(tracker)
        self.sync_button = QPushButton()
        self.retranslate()
        self.sync_button.clicked.connect(session.sync_now)
        self.remedy_button.clicked.connect(self._apply_remedy)
        layout.addWidget(self.state_label)
        layout.addWidget(self.problem_label, 1)
        layout.addWidget(self.remedy_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.sync_button)
        # The buttons keep the width of their words: when no problem is shown (its
        # label hidden), the room goes to the state's words, not to a wide button.
        for button in (self.remedy_button, self.sync_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        session.state_changed.connect(self.show_state)
        session.sync_finished.connect(lambda _report: self._tell_outcome())
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
        problem = problem_text(state)
        self.problem_label.setText(f"⚠ {problem}" if problem else "")
        self.problem_label.setAccessibleName(problem)
        self.problem_label.setVisible(bool(problem))
        self._remedy = remedies.remedy_for(state.problem) if problem else None
        if self._remedy is not None:
            self.remedy_button.setText(remedies.label(self._remedy))
            self.remedy_button.setToolTip(remedies.description(self._remedy))
            self.remedy_button.setAccessibleDescription(problem)
        self.remedy_button.setVisible(self._remedy is not None)
        self.sync_button.setEnabled(state.ready and not state.syncing)

    def _apply_remedy(self) -> None:
        if self._remedy is not None:
            self._session.apply_remedy(self._remedy)

    def _tell_outcome(self) -> None:
        """Says how the sync went, also to a screen reader (the focus stays put)."""
        state = self._session.state
        text = problem_text(state) or describe(state)
        announce.announce(self.state_label, text)
