"""What *Add a venue…* and *Propose a correction…* are both made of: a heading,
an introduction, a banner for what no single field owns, the fields in a
scrolling body, the agreement to share under the ODbL, and the sending button.

Both send facts that may end up in OpenStreetMap, so they ask for the same
agreement in the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form
from wheelshare.ui.widgets.wrapping_check_box import WrappingCheckBox


class ContributionForm:
    """Lays out ``dialog``; the caller adds its fields to ``body_layout``, then
    calls :meth:`add_consent` and :meth:`finish`."""

    def __init__(self, dialog: QDialog, title: str, intro: str) -> None:
        self.dialog = dialog
        dialog.setWindowTitle(title)
        self.layout = QVBoxLayout(dialog)
        self.layout.addWidget(Heading(title, dialog, scale=DETAIL, wrap=True))
        self.banner, self.body, self.body_layout = add_scrolling_form(dialog, self.layout, intro)

    def add_consent(self) -> tuple[WrappingCheckBox, FieldBlock]:
        """The ODbL agreement, its error said under it; the box is its own label."""
        consent = WrappingCheckBox(
            QCoreApplication.translate(
                "ContributionForm",
                "What you add may be shared with OpenStreetMap under the Open Database "
                "&Licence (ODbL): anyone may reuse these facts if they say where they come from.",
            ),
            self.body,
            chars=50,
        )
        block = FieldBlock("", consent, "", self.body)
        block.label.setVisible(False)
        self.body_layout.addWidget(block)
        return consent, block

    def finish(self, button: str, on_accept: Callable[[], None], focus: QWidget) -> QPushButton:
        """The buttons under the body (made last, so Tab reaches them last); the
        dialog then takes its size and ``focus`` the focus."""
        self.body_layout.addStretch(1)
        buttons = QDialogButtonBox(self.dialog)
        accept_button = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(on_accept)
        buttons.rejected.connect(self.dialog.reject)
        self.layout.addWidget(buttons)
        focus.setFocus()
        fit_to_screen(self.dialog)
        return accept_button

    def say(self, text: str) -> None:
        """A problem no single field owns, above the fields (empty hides it)."""
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))
