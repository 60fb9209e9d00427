"""*Moderation*, for moderators only: the queue of contributions and reports,
read fresh from the feed, and the decisions on them, sent at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain.contribution import Contribution, Report, ReportStatus
from wheelshare.sync import moderation
from wheelshare.sync.errors import AuthNeededError
from wheelshare.sync.moderation import Decision, Queue
from wheelshare.ui.announce import announce
from wheelshare.ui.context import AppContext
from wheelshare.ui.moderation.decision_dialog import DecisionDialog
from wheelshare.ui.moderation.models import ContributionsModel, ReportsModel
from wheelshare.ui.page import Page
from wheelshare.ui.problems import describe
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.tables import make_table, selected_object


class ModerationPage(Page):
    """The *Moderation* screen."""

    # Emitted with each dialog just before it opens (keyboard journeys drive it).
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.heading = Heading(parent=self)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("resultCount")
        # Wrapped lines keep their height: the tables give way, not the words.
        for label in (self.intro, self.status):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.status)

        self.contributions_heading = QLabel(self)
        self.contributions_heading.setObjectName("sectionHeading")
        layout.addWidget(self.contributions_heading)
        self.contributions = ContributionsModel(self)
        self.contributions_view = make_table(self.contributions, "", self)
        self.contributions_heading.setBuddy(self.contributions_view)
        layout.addWidget(self.contributions_view, 1)
        c_buttons = QHBoxLayout()
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self._decide_contribution(Decision.APPROVE))
        self.reject_button.clicked.connect(lambda: self._decide_contribution(Decision.REJECT))
        c_buttons.addWidget(self.approve_button)
        c_buttons.addWidget(self.reject_button)
        c_buttons.addStretch(1)
        layout.addLayout(c_buttons)

        self.reports_heading = QLabel(self)
        self.reports_heading.setObjectName("sectionHeading")
        layout.addWidget(self.reports_heading)
        self.reports = ReportsModel(self)
        self.reports_view = make_table(self.reports, "", self)
        self.reports_heading.setBuddy(self.reports_view)
        layout.addWidget(self.reports_view, 1)
        r_buttons = QHBoxLayout()
        self.hide_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        self.hide_button.clicked.connect(lambda: self._decide_report(Decision.HIDE))
        self.restore_button.clicked.connect(lambda: self._decide_report(Decision.RESTORE))
        self.dismiss_button.clicked.connect(lambda: self._decide_report(Decision.DISMISS))
        for b in (self.hide_button, self.restore_button, self.dismiss_button):
            r_buttons.addWidget(b)
        r_buttons.addStretch(1)
        layout.addLayout(r_buttons)
        self.contributions_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reports_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        # Rows enough to read at 200 % text; the screen scrolls as a whole rather
        # than squeezing the lines above the tables.
        for view in (self.contributions_view, self.reports_view):
            view.setMinimumHeight(view.fontMetrics().height() * 8)
        for b in (self.approve_button, self.reject_button):
            say_why_greyed(b, lambda: self.tr("Choose a contribution in the list first."))
        for b in (self.hide_button, self.dismiss_button):
            say_why_greyed(b, lambda: self.tr("Choose a report that waits for a decision first."))
        say_why_greyed(
            self.restore_button, lambda: self.tr("Choose a report whose content is hidden first.")
        )
        self._loaded = False
        self.retranslate()
        self._enable()

    def initial_focus(self) -> QWidget:
        return self.contributions_view

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Moderation"))
        self.intro.setText(
            self.tr(
                "Venues and corrections from new members wait here until a moderator "
                "decides; reported content waits for a decision too. Every decision is "
                "recorded with your name, the time and your reason."
            )
        )
        self.refresh_button.setText(self.tr("Refresh the &queue"))
        self.contributions_heading.setText(self.tr("&Contributions waiting"))
        self.contributions_view.setAccessibleName(self.tr("Contributions waiting"))
        self.reports_heading.setText(self.tr("Re&ports"))
        self.reports_view.setAccessibleName(self.tr("Reports"))
        self.approve_button.setText(self.tr("&Approve…"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.hide_button.setText(self.tr("H&ide…"))
        self.restore_button.setText(self.tr("R&estore…"))
        self.dismiss_button.setText(self.tr("Dis&miss…"))
        self.contributions.retranslate()
        self.reports.retranslate()

    def page_shown(self) -> None:
        if not self._loaded:
            self.refresh()

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(("⚠ " if problem and text else "") + text)
        self.status.setAccessibleName(text)
        announce(self.status, text)

    def refresh(self) -> None:
        if not self.session.state.user_id:
            # Said at once: only a signed-in moderator reads the queue.
            self._failed(AuthNeededError())
            return
        self._say(self.tr("Reading the queue from the feed…"))
        self.session.call_feed(moderation.fetch_queue, self._show, self._failed)

    def _show(self, queue: Queue) -> None:
        self._loaded = True
        self.contributions.set_rows(queue.contributions)
        self.reports.set_rows(queue.reports)
        n, m = len(queue.contributions), len(queue.reports)
        self._say(
            self.tr("Waiting for a decision: contributions {n}, reports {m}.").format(n=n, m=m)
            if n or m
            else self.tr("Nothing waits for a decision.")
        )
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self._say(describe(error), problem=True)

    def _enable(self) -> None:
        c = selected_object(self.contributions_view)
        r = selected_object(self.reports_view)
        self.approve_button.setEnabled(isinstance(c, Contribution))
        self.reject_button.setEnabled(isinstance(c, Contribution))
        is_report = isinstance(r, Report)
        hidden = isinstance(r, Report) and r.status is ReportStatus.HIDDEN
        self.hide_button.setEnabled(is_report and not hidden)
        self.restore_button.setEnabled(hidden)
        self.dismiss_button.setEnabled(is_report and not hidden)

    def _decide_contribution(self, decision: Decision) -> None:
        row = selected_object(self.contributions_view)
        if isinstance(row, Contribution):
            about = ", ".join(
                self.contributions.display(row, c)
                for c in (ContributionsModel.WHAT, ContributionsModel.VENUE)
            )
            about += ". " + self.contributions.proposal_text(row)
            self._decide(decision, row.id, about)

    def _decide_report(self, decision: Decision) -> None:
        row = selected_object(self.reports_view)
        if isinstance(row, Report):
            self._decide(decision, row.id, self.reports.describe(row))

    def _decide(self, decision: Decision, record_id: str, about: str) -> None:
        dialog = DecisionDialog(decision, about, self)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason
        self._say(self.tr("Sending your decision…"))
        self.session.call_feed(
            lambda client: moderation.decide(client, decision, record_id, reason),
            lambda _none: self._decided(),
            self._failed,
        )
        self.contributions_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _decided(self) -> None:
        self._say(self.tr("Your decision was recorded."))
        self.refresh()
