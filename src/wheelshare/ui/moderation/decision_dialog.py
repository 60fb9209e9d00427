"""*Approve… / Reject… / Hide… / Restore… / Dismiss…*: one dialog per decision,
asking for the reason (the author or reporter reads it) and saying, before the
button is pressed, whether the decision can be undone. It is the only
question asked: nothing is sent until its button is pressed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from wheelshare.sync.moderation import Decision
from wheelshare.ui.widgets.reason_form import ReasonTexts, build_reason_form


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
        label = (
            self.tr("&Why (the member reads it)")
            if decision.needs_reason
            else self.tr("&Why (optional)")
        )
        texts = ReasonTexts(
            title=titles[decision],
            about=self.tr("You decide on: {what}").format(what=about),
            explanation=consequences[decision],
            field_label=label,
            hint="",
            button=buttons_text[decision],
        )
        self.form = build_reason_form(self, texts, self._confirm)
        self.about = self.form.about
        self.consequence = self.form.explanation
        self.reason_edit = self.form.reason_edit
        self.reason_block = self.form.reason_block
        self.confirm_button = self.form.accept_button

    def _confirm(self) -> None:
        text = self.form.reason(required=self.decision.needs_reason)
        if text is not None:
            self.reason = text
            self.accept()
