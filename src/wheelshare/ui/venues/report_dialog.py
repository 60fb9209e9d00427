"""*Report…*: tells the moderators why a venue or a review should not be shown,
in the person's own words (a reason is required)."""

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

from wheelshare.domain.contribution import MAX_REASON, ReportTarget
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.screen_fit import fit_to_screen


class ReportDialog(QDialog):
    """``reason`` holds the text once accepted."""

    def __init__(self, kind: ReportTarget, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.reason = ""
        title = (
            self.tr("Report this review")
            if kind is ReportTarget.REVIEW
            else self.tr("Report this venue")
        )
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(title, self, scale=DETAIL, wrap=True))
        self.about = QLabel(self.tr("You report: {what}").format(what=about), self)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.about)
        explain = QLabel(
            self.tr(
                "A moderator reads your reason and decides whether to hide it. Nobody else "
                "sees who reported it."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(self.fontMetrics().height() * 3)
        self.reason_block = FieldBlock(
            self.tr("&Why (required)"),
            self.reason_edit,
            self.tr("For example: closed for years, insulting, not about this place."),
            self,
        )
        layout.addWidget(self.reason_block)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("&Send the report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()
        fit_to_screen(self)

    def _send(self) -> None:
        text = self.reason_edit.toPlainText().strip()
        if not text:
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
