"""What a dialog asking for a reason is made of: *Report…* and the moderators'
*Approve… / Reject… / Hide…* share it.

A heading, what the reason is about, what happens once it is sent, the reason
field and the button that sends it, laid out the same way in both; and one
check of the reason, with the same words for the same mistakes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from wheelshare.domain.contribution import MAX_REASON
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.screen_fit import fit_to_screen


@dataclass(frozen=True)
class ReasonTexts:
    """The dialog's own words, already translated."""

    title: str
    about: str
    explanation: str
    field_label: str
    hint: str
    button: str


@dataclass(frozen=True)
class ReasonForm:
    """The parts :func:`build_reason_form` put in the dialog."""

    about: QLabel
    explanation: QLabel
    reason_edit: QPlainTextEdit
    reason_block: FieldBlock
    accept_button: QPushButton

    def reason(self, required: bool) -> str | None:
        """The reason typed, or None after saying beside the field what is wrong."""
        text = self.reason_edit.toPlainText().strip()
        if required and not text:
            self.reason_block.set_error(
                QCoreApplication.translate("ReasonForm", "Say why, in a few words.")
            )
            self.reason_edit.setFocus()
            return None
        if len(text) > MAX_REASON:
            self.reason_block.set_error(
                QCoreApplication.translate(
                    "ReasonForm", "Keep the reason to {max} characters."
                ).format(max=MAX_REASON)
            )
            return None
        return text


def build_reason_form(
    dialog: QDialog, texts: ReasonTexts, on_accept: Callable[[], None]
) -> ReasonForm:
    """Lays out ``dialog``; its accepting button calls ``on_accept``, Cancel rejects."""
    dialog.setWindowTitle(texts.title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(Heading(texts.title, dialog, scale=DETAIL, wrap=True))
    about = QLabel(texts.about, dialog)
    about.setWordWrap(True)
    about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    layout.addWidget(about)
    explanation = QLabel(texts.explanation, dialog)
    explanation.setWordWrap(True)
    layout.addWidget(explanation)
    reason_edit = QPlainTextEdit(dialog)
    reason_edit.setTabChangesFocus(True)
    reason_edit.setMinimumHeight(dialog.fontMetrics().height() * 3)
    reason_block = FieldBlock(texts.field_label, reason_edit, texts.hint, dialog)
    layout.addWidget(reason_block)
    buttons = QDialogButtonBox(dialog)
    accept_button = buttons.addButton(texts.button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    reason_edit.setFocus()
    fit_to_screen(dialog)
    return ReasonForm(about, explanation, reason_edit, reason_block, accept_button)
