"""*Approve… / Reject… / Hide… / Restore… / Dismiss…*: one dialog per decision,
asking for the reason (the author or reporter reads it) and saying, before the
button is pressed, whether the decision can be undone. It is the only
question asked: nothing is sent until its button is pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain.contribution import MAX_REASON
from wheelshare.sync.moderation import Decision
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.screen_fit import fit_to_screen


class DecisionDialog(QDialog):
    """``reason`` holds the text once accepted; ``accept()`` only with a reason
    where the decision needs one."""

    def __init__(self, decision: Decision, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = decision
        self.reason = ""
        titles = {
            Decision.APPROVE: self.tr("Approve and publish"),
            Decision.REJECT: self.tr("Reject"),
            Decision.REVERT: self.tr("Revert"),
            Decision.HIDE: self.tr("Hide the reported content"),
            Decision.RESTORE: self.tr("Restore the hidden content"),
            Decision.DISMISS: self.tr("Dismiss the report"),
        }
        consequences = {
            Decision.APPROVE: self.tr(
                "It is published in the public feed at once, with the member's name. "
                "This cannot be undone here; an approved contribution can only be reverted."
            ),
            Decision.REJECT: self.tr(
                "The member reads your reason. This cannot be undone: to change it, the "
                "member has to send it again."
            ),
            Decision.REVERT: self.tr(
                "The venue leaves the public feed, or the fact gets its earlier value back. "
                "This cannot be undone."
            ),
            Decision.HIDE: self.tr(
                "It leaves the public feed like a deletion. You can restore it later."
            ),
            Decision.RESTORE: self.tr("It is shown in the public feed again."),
            Decision.DISMISS: self.tr(
                "The report is closed and nothing is hidden. This cannot be undone."
            ),
        }
        buttons_text = {
            Decision.APPROVE: self.tr("&Approve"),
            Decision.REJECT: self.tr("&Reject"),
            Decision.REVERT: self.tr("Re&vert"),
            Decision.HIDE: self.tr("&Hide"),
            Decision.RESTORE: self.tr("R&estore"),
            Decision.DISMISS: self.tr("&Dismiss report"),
        }
        self.setWindowTitle(titles[decision])
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(titles[decision], self, scale=DETAIL, wrap=True))
        self.about = QLabel(self.tr("You decide on: {what}").format(what=about), self)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.about)
        self.consequence = QLabel(consequences[decision], self)
        self.consequence.setWordWrap(True)
        layout.addWidget(self.consequence)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(self.fontMetrics().height() * 3)
        label = (
            self.tr("&Why (the member reads it)")
            if decision.needs_reason
            else self.tr("&Why (optional)")
        )
        self.reason_block = FieldBlock(label, self.reason_edit, "", self)
        layout.addWidget(self.reason_block)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            buttons_text[decision], QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()
        fit_to_screen(self)

    def _confirm(self) -> None:
        text = self.reason_edit.toPlainText().strip()
        if self.decision.needs_reason and not text:
            self.reason_block.set_error(self.tr("Say why, in a few words."))
            self.reason_edit.setFocus()
            return
        if len(text) > MAX_REASON:
            self.reason_block.set_error(
                self.tr("Keep the reason to {max} characters.").format(max=MAX_REASON)
            )
            return
        self.reason = text
        self.accept()
