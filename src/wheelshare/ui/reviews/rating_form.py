"""The form both reviews after a rental share: one 1-to-5 choice per criterion,
an optional comment, *Send review* and *Cancel*. The vehicle's review and the
renter's dialogs differ only in their criteria, in what a choice left empty
means and in what they check before sending."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from wheelshare.ui.tr import QT_TRANSLATE_NOOP
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form

C = TypeVar("C", bound=StrEnum)

_SCORES = (
    QT_TRANSLATE_NOOP("VehicleReview", "1 — poor"),
    QT_TRANSLATE_NOOP("VehicleReview", "2 — fair"),
    QT_TRANSLATE_NOOP("VehicleReview", "3 — good"),
    QT_TRANSLATE_NOOP("VehicleReview", "4 — very good"),
    QT_TRANSLATE_NOOP("VehicleReview", "5 — excellent"),
)


def score_label(score: int) -> str:
    return QCoreApplication.translate("VehicleReview", _SCORES[score - 1])


class RatingForm(Generic[C]):
    """Lays the form out in ``dialog``: ``criteria`` are each criterion and its
    label (with its Alt+letter), in the order shown; ``empty`` the words of a
    choice left empty. *Send review* calls ``send``, which checks what was
    chosen and accepts the dialog or says what is wrong."""

    def __init__(
        self,
        dialog: QDialog,
        intro: str,
        criteria: Mapping[C, str],
        empty: str,
        send: Callable[[], None],
    ) -> None:
        self.blocks: dict[str, FieldBlock] = {}
        self.choices: dict[C, QComboBox] = {}
        layout = QVBoxLayout(dialog)
        self.banner, body, b_l = add_scrolling_form(dialog, layout, intro)
        for c, label in criteria.items():
            combo = QComboBox(body)
            combo.addItem(empty, None)
            for n in range(1, 6):
                combo.addItem(score_label(n), n)
            self.choices[c] = combo
            block = FieldBlock(label, combo, parent=body)
            self.blocks[c.value] = block
            b_l.addWidget(block)
        self.comment_edit = QPlainTextEdit(body)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMinimumHeight(dialog.fontMetrics().height() * 4)
        self.blocks["comment"] = FieldBlock(
            QCoreApplication.translate("RatingForm", "Comme&nt (optional)"),
            self.comment_edit,
            parent=body,
        )
        b_l.addWidget(self.blocks["comment"])
        b_l.addStretch(1)
        buttons = QDialogButtonBox(dialog)
        self.send_button = buttons.addButton(
            QCoreApplication.translate("RatingForm", "&Send review"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(send)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        fit_to_screen(dialog)

    def comment_within(self, limit: int) -> str | None:
        """The comment typed, or None (said beside it) when it is over ``limit``."""
        comment = self.comment_edit.toPlainText().strip()
        if len(comment) <= limit:
            self.blocks["comment"].set_error("")
            return comment
        self.blocks["comment"].set_error(
            QCoreApplication.translate(
                "RatingForm", "The comment is {n} characters long; keep it to {max}."
            ).format(n=len(comment), max=limit)
        )
        return None

    def too_long(self) -> None:
        self.say(
            QCoreApplication.translate("RatingForm", "Nothing was sent: the comment is too long.")
        )
        self.comment_edit.setFocus()

    def say(self, text: str) -> None:
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))
