"""*Report…*: tells the moderators why a venue or a review should not be shown,
in the person's own words (a reason is required)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from wheelshare.domain.contribution import ReportTarget
from wheelshare.ui.widgets.reason_form import ReasonTexts, build_reason_form


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
        texts = ReasonTexts(
            title=title,
            about=self.tr("You report: {what}").format(what=about),
            explanation=self.tr(
                "A moderator reads your reason and decides whether to hide it. Nobody else "
                "sees who reported it."
            ),
            field_label=self.tr("&Why (required)"),
            hint=self.tr("For example: closed for years, insulting, not about this place."),
            button=self.tr("&Send the report"),
        )
        self.form = build_reason_form(self, texts, self._send)
        self.about = self.form.about
        self.reason_edit = self.form.reason_edit
        self.reason_block = self.form.reason_block
        self.send_button = self.form.accept_button

    def _send(self) -> None:
        text = self.form.reason(required=True)
        if text is not None:
            self.reason = text
            self.accept()
