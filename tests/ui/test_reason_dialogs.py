"""Report… and the moderators' decisions ask for a reason the same way: required
where it must be given, never longer than the feed keeps, said beside the field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from wheelshare.domain.contribution import MAX_REASON, ReportTarget
from wheelshare.sync.moderation import Decision
from wheelshare.ui.moderation.decision_dialog import DecisionDialog
from wheelshare.ui.venues.report_dialog import ReportDialog


def test_a_report_needs_a_reason_of_a_sensible_length(qtbot: QtBot) -> None:
    dialog = ReportDialog(ReportTarget.VENUE, "Café des Roues", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.send_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.reason_block.error == "Say why, in a few words."
    dialog.reason_edit.setPlainText("x" * (MAX_REASON + 1))
    dialog.send_button.click()
    assert dialog.reason_block.error == f"Keep the reason to {MAX_REASON} characters."
    assert dialog.isVisible()
    dialog.reason_edit.setPlainText("  Closed for years.  ")
    dialog.send_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason == "Closed for years."


def test_a_decision_asks_for_a_reason_only_where_the_member_needs_one(qtbot: QtBot) -> None:
    reject = DecisionDialog(Decision.REJECT, "New venue, Café des Roues", None)
    qtbot.addWidget(reject)
    reject.show()
    reject.confirm_button.click()
    assert reject.isVisible()
    assert reject.reason_block.error == "Say why, in a few words."
    approve = DecisionDialog(Decision.APPROVE, "New venue, Café des Roues", None)
    qtbot.addWidget(approve)
    approve.show()
    approve.confirm_button.click()
    assert approve.result() == QDialog.DialogCode.Accepted
    assert approve.reason == ""
