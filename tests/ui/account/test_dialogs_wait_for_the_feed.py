"""The account dialogs stay open while the feed is at work: its answer (a
refusal beside a field, or done) would otherwise have nobody to tell."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from wheelshare.ui.account.rights import (
    ChangeNameDialog,
    ChangePasswordDialog,
    DeleteAccountDialog,
)

DIALOGS: dict[str, Callable[[], QDialog]] = {
    "password": lambda: ChangePasswordDialog(None),
    "name": lambda: ChangeNameDialog("Camille R.", None),
    "delete": lambda: DeleteAccountDialog(None),
}


@pytest.mark.parametrize("which", DIALOGS)
def test_escape_and_close_wait_until_the_feed_has_answered(qtbot: QtBot, which: str) -> None:
    dialog = DIALOGS[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.frame.busy(True, "Working…")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    dialog.frame.busy(False)  # type: ignore[attr-defined]
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
