"""*Your account* in Account & settings: the person's rights over their account —
change the password, export their data, delete the account.

The feed does the work (docs/feed-protocol.md, "Accounts"); the calls run on the
worker, and the dialogs stay open, answering beside their fields, until the
feed has said yes. Every dialog carries its explanation as its accessible
description, so a screen reader reads it when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import ValidationError, clock
from wheelshare.domain.problems import Problem, ProblemCode, problem_of
from wheelshare.sync.account import MAX_PHONE, MIN_PASSWORD, User
from wheelshare.ui.account.data import AccountService
from wheelshare.ui.context import AppContext
from wheelshare.ui.problems import describe
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import scrolling_body

# The feed's refusals of a new password, said beside the new password.
_NEW_PASSWORD_CODES = frozenset(
    {ProblemCode.WEAK_PASSWORD, ProblemCode.PASSWORD_TOO_SHORT, ProblemCode.PASSWORD_TOO_LONG}
)


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Frame:
    """What both dialogs hold: an explanation (also the dialog's accessible
    description), a banner for problems no field owns, the fields, the buttons."""

    def __init__(self, dialog: QDialog, title: str, explanation: str) -> None:
        self.dialog = dialog
        self.working = False
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setAccessibleDescription(explanation)
        self.layout = layout = QVBoxLayout(dialog)
        self.banner = QLabel(dialog)
        self.banner.setObjectName("formError")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.body, self.body_layout = scrolling_body(dialog, layout)
        self.explanation = QLabel(explanation, self.body)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(explanation)
        self.body_layout.addWidget(self.explanation)
        # Its content's size within the screen, and wide enough for the buttons,
        # whose words are longer in some languages.
        fit_to_screen(dialog)

    def add_buttons(self) -> QDialogButtonBox:
        """Made after the fields, so that Tab reaches them in reading order."""
        self.body_layout.addStretch(1)
        self.buttons = buttons = QDialogButtonBox(self.dialog)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.dialog.reject)
        self.layout.addWidget(buttons)
        return buttons

    def say(self, text: str) -> None:
        """A problem no single field owns (empty hides it)."""
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))

    def busy(self, busy: bool, text: str = "") -> None:
        self.working = busy
        self.buttons.setEnabled(not busy)
        self.body.setEnabled(not busy)
        if busy:
            self.banner.setText(text)
            self.banner.setAccessibleName(text)
            self.banner.setVisible(True)


# For the type checker the rule below is a dialog's; at run time a plain mixin,
# so that it is no dialog of its own (tests/a11y/screens.py lists every dialog).
if TYPE_CHECKING:
    _DialogBase = QDialog
else:
    _DialogBase = object


class _StaysWhileTheFeedWorks(_DialogBase):
    """The account dialogs' close rule: Cancel, Esc and the window's close button
    do nothing while the feed is at work, as its answer would have no one to tell."""

    frame: _Frame

    def reject(self) -> None:
        if not self.frame.working:
            super().reject()


class ChangePasswordDialog(_StaysWhileTheFeedWorks, QDialog):
    """Current password, the new one twice. ``submitted(old, new)`` once they agree."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = _Frame(
            self,
            self.tr("Change password"),
            self.tr(
                "Enter your current password, then the new one twice. Other computers "
                "signed in to this account will have to sign in again with the new password."
            ),
        )
        self.current = _password_edit(self.frame.body)
        self.new = _password_edit(self.frame.body)
        self.repeat = _password_edit(self.frame.body)
        self.current_block = FieldBlock(
            self.tr("&Current password"), self.current, parent=self.frame.body
        )
        self.new_block = FieldBlock(
            self.tr("&New password"),
            self.new,
            self.tr("At least 10 characters; a few unrelated words make a strong one."),
            parent=self.frame.body,
        )
        self.repeat_block = FieldBlock(
            self.tr("&Repeat the new password"), self.repeat, parent=self.frame.body
        )
        for block in (self.current_block, self.new_block, self.repeat_block):
            self.frame.body_layout.addWidget(block)
        self.change_button = self.frame.add_buttons().addButton(
            self.tr("C&hange password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.frame.buttons.accepted.connect(self._submit)
        self.current.setFocus()

    def _submit(self) -> None:
        self.frame.say("")
        old, new, again = self.current.text(), self.new.text(), self.repeat.text()
        errors = {
            self.current_block: "" if old else self.tr("Enter your current password."),
            self.new_block: ""
            if len(new) >= MIN_PASSWORD
            else describe(Problem(ProblemCode.PASSWORD_TOO_SHORT)),
            self.repeat_block: ""
            if new == again
            else self.tr("This is not the same as the new password; type it again."),
        }
        for block, message in errors.items():
            block.set_error(message)
        wrong = [block for block, message in errors.items() if message]
        if wrong:
            wrong[0].editor.setFocus()
            return
        self.frame.busy(True, self.tr("Changing the password…"))
        self.submitted.emit(old, new)

    def failed(self, error: BaseException) -> None:
        """The feed's (or the checks') refusal, beside the field it is about."""
        self.frame.busy(False)
        self.frame.say("")
        code = problem_of(error).code
        if code == ProblemCode.BAD_CREDENTIALS:
            self.current_block.set_error(self.tr("The current password is wrong."))
            self.current.selectAll()
            self.current.setFocus()
        elif code in _NEW_PASSWORD_CODES:
            self.new_block.set_error(describe(error))
            self.new.selectAll()
            self.new.setFocus()
        elif isinstance(error, ValidationError):
            self.current_block.set_error(self.tr("Enter your current password."))
            self.current.setFocus()
        else:
            self.frame.say(describe(error))


# The feed's refusals of a name, said beside the name.
_NAME_CODES = frozenset(
    {
        ProblemCode.NAME_CHANGES_LIMITED,
        ProblemCode.DISPLAY_NAME_CONTROL,
        ProblemCode.DISPLAY_NAME_BIDI,
        ProblemCode.DISPLAY_NAME_INVISIBLE,
        ProblemCode.DISPLAY_NAME_TOO_LONG,
    }
)


class ChangeNameDialog(_StaysWhileTheFeedWorks, QDialog):
    """The name others see, prefilled. ``submitted(name)`` once it is not empty."""

    submitted = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = _Frame(
            self,
            self.tr("Change the name others see"),
            self.tr(
                "This name shows on your listings, your reviews and your booking requests. "
                "The new one replaces the old one everywhere, also on what you did before. "
                "You can change it three times a day."
            ),
        )
        self.name = QLineEdit(current, self.frame.body)
        self.name.setMaxLength(80)
        self.name_block = FieldBlock(
            self.tr("&Name others see"),
            self.name,
            self.tr("Your first name and an initial are enough, for example Camille R."),
            parent=self.frame.body,
        )
        self.frame.body_layout.addWidget(self.name_block)
        self.change_button = self.frame.add_buttons().addButton(
            self.tr("C&hange name"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.frame.buttons.accepted.connect(self._submit)
        self.name.selectAll()
        self.name.setFocus()

    def _submit(self) -> None:
        self.frame.say("")
        name = self.name.text().strip()
        if not name:
            self.name_block.set_error(self.tr("Enter the name others will see."))
            self.name.setFocus()
            return
        self.name_block.set_error("")
        self.frame.busy(True, self.tr("Changing the name…"))
        self.submitted.emit(name)

    def failed(self, error: BaseException) -> None:
        """The feed's (or the checks') refusal, beside the name when it is about it."""
        self.frame.busy(False)
        self.frame.say("")
        if problem_of(error).code in _NAME_CODES or isinstance(error, ValidationError):
            self.name_block.set_error(describe(error))
            self.name.setFocus()
        else:
            self.frame.say(describe(error))


# The feed's refusals of a phone number, said beside the number.
_PHONE_CODES = frozenset({ProblemCode.PHONE_CHANGES_LIMITED, ProblemCode.PHONE_INVALID})


class ChangePhoneDialog(_StaysWhileTheFeedWorks, QDialog):
    """The phone number renters see, prefilled; empty removes it.
    ``submitted(phone)`` when it is sent."""

    submitted = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = _Frame(
            self,
            self.tr("Phone number for your renters"),
            self.tr(
                "Once you accept a booking, its renter sees this number in your "
                "conversation, to call you at the handover. Nobody else sees it. "
                "Leave it empty to remove it. You can give a new number three times a day."
            ),
        )
        self.phone = QLineEdit(current, self.frame.body)
        self.phone.setMaxLength(MAX_PHONE)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_block = FieldBlock(
            self.tr("&Phone number"),
            self.phone,
            self.tr("With the country code, for example +33 6 12 34 56 78."),
            parent=self.frame.body,
        )
        self.frame.body_layout.addWidget(self.phone_block)
        self.save_button = self.frame.add_buttons().addButton(
            self.tr("&Save number"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.frame.buttons.accepted.connect(self._submit)
        self.phone.selectAll()
        self.phone.setFocus()

    def _submit(self) -> None:
        self.frame.say("")
        self.phone_block.set_error("")
        self.frame.busy(True, self.tr("Saving the phone number…"))
        self.submitted.emit(self.phone.text())

    def failed(self, error: BaseException) -> None:
        """The feed's (or the checks') refusal, beside the number when it is about
        it; what was typed stays."""
        self.frame.busy(False)
        self.frame.say("")
        problem = problem_of(error)
        about_phone = problem.code in _PHONE_CODES or problem.params.get("field") == "phone"
        if about_phone:
            text = describe(error)
            if problem.code is ProblemCode.INVALID:
                text = describe(Problem(ProblemCode.PHONE_INVALID))
            self.phone_block.set_error(text)
            self.phone.setFocus()
        else:
            self.frame.say(describe(error))


class DeleteAccountDialog(_StaysWhileTheFeedWorks, QDialog):
    """What deleting does, and the password to confirm. The default button is
    *Cancel*: Enter never deletes; only the delete button itself does."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = _Frame(
            self,
            self.tr("Delete my account"),
            self.tr(
                "Deleting your account cannot be undone. On the feed:\n"
                "• your name, email address and password are erased;\n"
                "• your bookings still ahead are cancelled, with refunds as the "
                "cancellation policy says (in full for your renters);\n"
                "• your vehicles are unlisted and lose their street address;\n"
                "• your reviews stay, signed “Former member”, because they help the "
                "next wheelchair user;\n"
                "• the handover and damage reports of your rentals stay for the other "
                "party: they are their record of the vehicle's condition too.\n"
                "On this computer you are signed out and your bookings are removed. "
                "Export your data first if you want a copy."
            ),
        )
        self.password = _password_edit(self.frame.body)
        self.password_block = FieldBlock(
            self.tr("Your &password, to confirm"), self.password, parent=self.frame.body
        )
        self.frame.body_layout.addWidget(self.password_block)
        self.delete_button = self.frame.add_buttons().addButton(
            self.tr("&Delete my account"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._submit)
        self.frame.cancel_button.setText(self.tr("&Keep my account"))
        self.frame.cancel_button.setDefault(True)
        self.password.setFocus()

    def _submit(self) -> None:
        self.frame.say("")
        password = self.password.text()
        if not password:
            self.password_block.set_error(self.tr("Enter your password to confirm."))
            self.password.setFocus()
            return
        self.password_block.set_error("")
        self.frame.busy(True, self.tr("Deleting the account…"))
        self.submitted.emit(password)

    def failed(self, error: BaseException) -> None:
        self.frame.busy(False)
        self.frame.say("")
        if problem_of(error).code == ProblemCode.BAD_CREDENTIALS:
            self.password_block.set_error(self.tr("The password is wrong."))
            self.password.selectAll()
            self.password.setFocus()
        else:
            self.frame.say(describe(error))


class RightsBox(QGroupBox):
    """*Your account*: the three buttons and what came of them. Shown when signed in."""

    dialog_opened = Signal(object)  # the dialog, before it runs (for tests)
    account_deleted = Signal()
    renamed = Signal(object)  # the User, with the new name

    def __init__(
        self,
        ctx: AppContext,
        service: AccountService,
        feed_url: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.feed_url = feed_url
        # Where the save dialog starts: the person's documents.
        self.export_folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.name_button = QPushButton(self)
        self.name_button.clicked.connect(self.change_name)
        self.phone_button = QPushButton(self)
        self.phone_button.clicked.connect(self.change_phone)
        self.password_button = QPushButton(self)
        self.password_button.clicked.connect(self.change_password)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_data)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_account)
        for button in (
            self.name_button,
            self.phone_button,
            self.password_button,
            self.export_button,
            self.delete_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your account"))
        self.intro.setText(
            self.tr(
                "Change the name others see, the phone number your renters see or your "
                "password, take a copy of your data, or delete your account."
            )
        )
        # Alt+N is Sign out's on the same screen, Alt+R the demo banner's.
        self.name_button.setText(self.tr("R&ename…"))
        self.name_button.setAccessibleDescription(self.tr("Change the name others see"))
        self.phone_button.setText(self.tr("Phone n&umber…"))
        self.phone_button.setAccessibleDescription(self.tr("The phone number your renters see"))
        self.password_button.setText(self.tr("Change &password…"))
        self.export_button.setText(self.tr("E&xport my data…"))
        self.delete_button.setText(self.tr("Delete my a&ccount…"))
        self._say("")

    def _say(self, text: str, problem: bool = False) -> None:
        self.notice.setObjectName("formError" if problem else "formHint")
        self.notice.setText(f"⚠ {text}" if problem and text else text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    def _open(self, dialog: QDialog) -> int:
        self.dialog_opened.emit(dialog)
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()

    # -- change name ----------------------------------------------------------

    def change_name(self) -> None:
        user = self.service.current_user(self.feed_url())
        dialog = ChangeNameDialog(user.display_name if user else "", self.window())
        url, service = self.feed_url(), self.service
        renamed: list[User] = []

        def done(user: User) -> None:
            renamed.append(user)
            dialog.accept()

        def send(name: str) -> None:
            self.ctx.worker.submit(
                lambda _t: service.rename(url, name),
                on_done=done,
                on_error=dialog.failed,
                name="change name",
            )

        dialog.submitted.connect(send)
        if self._open(dialog) == QDialog.DialogCode.Accepted and renamed:
            self._say(
                self.tr("Your name is now {name}, everywhere it shows.").format(
                    name=renamed[0].display_name
                )
            )
            self.renamed.emit(renamed[0])

    # -- phone number ---------------------------------------------------------

    def change_phone(self) -> None:
        """Asks the feed for the number it has, then opens the dialog with it."""
        url, service = self.feed_url(), self.service
        self.phone_button.setEnabled(False)

        def fetched(phone: str) -> None:
            self.phone_button.setEnabled(True)
            self._ask_phone(url, phone)

        def not_fetched(error: BaseException) -> None:
            self.phone_button.setEnabled(True)
            self._say(describe(error), problem=True)

        self.ctx.worker.submit(
            lambda _t: service.phone(url), on_done=fetched, on_error=not_fetched, name="phone"
        )

    def _ask_phone(self, url: str, current: str) -> None:
        dialog = ChangePhoneDialog(current, self.window())
        service = self.service
        saved: list[str] = []

        def done(phone: str) -> None:
            saved.append(phone)
            dialog.accept()

        def send(phone: str) -> None:
            self.ctx.worker.submit(
                lambda _t: service.set_phone(url, phone),
                on_done=done,
                on_error=dialog.failed,
                name="change phone",
            )

        dialog.submitted.connect(send)
        if self._open(dialog) == QDialog.DialogCode.Accepted and saved:
            if saved[0]:
                text = self.tr("Your renters now see the phone number {phone}.")
                self._say(text.format(phone=saved[0]))
            else:
                self._say(self.tr("Your phone number is removed; renters no longer see it."))

    # -- change password ------------------------------------------------------

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.window())
        url, service = self.feed_url(), self.service

        def send(old: str, new: str) -> None:
            self.ctx.worker.submit(
                lambda _t: service.change_password(url, old, new),
                on_done=lambda _r: dialog.accept(),
                on_error=dialog.failed,
                name="change password",
            )

        dialog.submitted.connect(send)
        if self._open(dialog) == QDialog.DialogCode.Accepted:
            self._say(
                self.tr(
                    "Password changed. Other computers signed in to this account must "
                    "sign in again with the new password."
                )
            )

    # -- export ---------------------------------------------------------------

    def _choose_file(self) -> Path | None:
        name = f"wheelshare-export-{clock.today().isoformat()}.json"
        chooser = QFileDialog(
            self.window(), self.tr("Export my data"), str(self.export_folder / name)
        )
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setDefaultSuffix("json")
        chooser.setNameFilter(self.tr("JSON documents (*.json)"))
        if self._open(chooser) != QDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return None
        return Path(chooser.selectedFiles()[0])

    def export_data(self) -> None:
        path = self._choose_file()
        if path is None:
            return
        url, service = self.feed_url(), self.service
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting your data…"))
        handle = self.ctx.worker.submit(
            lambda _t: service.export_to(url, path),
            on_done=self._exported,
            on_error=self._export_failed,
            name="export my data",
        )
        self.ctx.progress.track(handle, self.tr("Exporting your data"))

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("Your data was saved to {path}.").format(path=path))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, OSError):
            self._say(
                self.tr("The file could not be written ({why}). Choose another folder.").format(
                    why=error.strerror or error
                ),
                problem=True,
            )
        else:
            self._say(describe(error), problem=True)

    # -- delete ---------------------------------------------------------------

    def delete_account(self) -> None:
        dialog = DeleteAccountDialog(self.window())
        url, service = self.feed_url(), self.service

        def send(password: str) -> None:
            self.ctx.worker.submit(
                lambda _t: service.delete_account(url, password),
                on_done=lambda _r: dialog.accept(),
                on_error=dialog.failed,
                name="delete account",
            )

        dialog.submitted.connect(send)
        if self._open(dialog) == QDialog.DialogCode.Accepted:
            self.account_deleted.emit()
