"""*Account & settings*: the account on the feed, the feed address, my wheelchair,
and how the app looks and speaks.

Every setting is read from and written to the one settings registry
(:mod:`wheelshare.ui.settings`); storing a value is enough for the app to apply
it live (theme, text size and language are applied by whoever owns the
application). Account work runs on the worker; nothing here blocks the window.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import ValidationError
from wheelshare.sync.account import SignInResult, SignOutResult, User
from wheelshare.sync.errors import RejectedError
from wheelshare.ui.account.data import AccountService, FeedCheck
from wheelshare.ui.account.home import HomeLocationBox
from wheelshare.ui.account.rights import RightsBox
from wheelshare.ui.account.updates import UpdatesBox
from wheelshare.ui.context import AppContext
from wheelshare.ui.demo_notice import role_button_text, role_description, switch_demo_role
from wheelshare.ui.page import Page
from wheelshare.ui.problems import describe
from wheelshare.ui.settings import (
    FEED_URL,
    LANGUAGE,
    REGION,
    TEXT_SCALE,
    THEME,
    WHEELCHAIR_PROFILE,
    Setting,
    SettingError,
)
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.profile_editor import ProfileEditor
from wheelshare.ui.widgets.scrolling_form import scrolling_body

TEXT_SIZES = (100, 125, 150, 175, 200)
V = TypeVar("V")


class Notice(QLabel):
    """A line of status in words; problems start with a warning sign and the word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def say(self, text: str, problem: bool = False) -> None:
        self.setObjectName("formError" if problem else "formHint")
        shown = f"⚠ {text}" if problem and text else text
        self.setText(shown)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self.style().unpolish(self)
        self.style().polish(self)


class AccountPage(Page):
    """The *Account & settings* screen."""

    signed_in_changed = Signal(object)  # User | None
    # Each question as it opens (sign out?), for tests and the help page.
    dialog_opened = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        service: AccountService | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.settings = ctx.settings
        self.service = service or AccountService(
            # Where the session keeps who is signed in (the demo feed has its own dir).
            lambda: ctx.session.cache_dir,
            allow_insecure=ctx.session.allow_insecure_feed,
        )
        self.user: User | None = None
        self._build()
        self.retranslate()
        ctx.session.state_changed.connect(lambda _state: self.refresh_user())
        self.refresh_user()

    def initial_focus(self) -> QWidget:
        if self.user is not None and not self.session.state.sign_in_needed:
            return self.sign_out_button
        return self.email if self.feed_url() else self.feed_edit

    def retranslate(self) -> None:
        """Every text in the language now in use; what was typed and chosen stays.
        Messages already said are cleared: they were in the old language."""
        self.heading.setText(self.tr("Account & settings"))
        self.account_box.setTitle(self.tr("Account"))
        self.sign_out_button.setText(self.tr("Sig&n out"))
        self.sign_in_box.setTitle(self.tr("Sign in"))
        self.email_block.set_texts(self.tr("&Email"))
        self.password_block.set_texts(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("S&ign in"))
        self.register_box.setTitle(self.tr("New here? Create an account"))
        self.reg_name_block.set_texts(self.tr("&Name others will see"))
        self.reg_email_block.set_texts(self.tr("Email for the new account"))
        self.reg_password_block.set_texts(self.tr("Password for the new account"))
        self.register_button.setText(self.tr("&Create account and sign in"))
        self.rights_box.retranslate()
        for block in (*self._account_blocks(), self.feed_block):
            block.set_error("")

        self.feed_box.setTitle(self.tr("Feed"))
        self.feed_intro.setText(
            self.tr(
                "The feed is the server that shares listings, bookings and "
                "reviews. Leave the address empty to use the built-in demo feed."
            )
        )
        in_use = self.settings.get(FEED_URL)
        hint = (
            self.tr("In use: {url}").format(url=in_use)
            if in_use
            else self.tr("In use: the built-in demo feed.")
        )
        self.feed_block.set_texts(self.tr("Feed &address"), hint)
        self._check_feed_text(self.feed_edit.text())
        self.check_button.setText(self.tr("Chec&k connection"))
        self.use_feed_button.setText(self.tr("U&se this feed"))

        self.profile_box.setTitle(self.tr("My wheelchair"))
        self.profile_intro.setText(
            self.tr(
                "With these measurements, searches can tell whether a vehicle "
                "or a venue fits your chair. They stay on this computer."
            )
        )
        self.profile_editor.retranslate()
        self.save_profile_button.setText(self.tr("Sa&ve my wheelchair"))
        self.forget_profile_button.setText(self.tr("Forget &my wheelchair"))
        self.home_box.retranslate()
        self.updates_box.retranslate()

        self.appearance_box.setTitle(self.tr("Appearance and language"))
        self.appearance_intro.setText(self.tr("Changes apply at once and are remembered."))
        for i in range(self.text_size.count()):
            self.text_size.setItemText(i, self.tr("{n} %").format(n=self.text_size.itemData(i)))
        self.text_size_block.set_texts(self.tr("&Text size"))
        self._name_choices(THEME, self.theme)
        self.theme_block.set_texts(self.tr("Theme"))
        self._name_choices(LANGUAGE, self.language)
        self.language_block.set_texts(self.tr("Language"))
        self._name_choices(REGION, self.region)
        self.region_block.set_texts(
            self.tr("Region"),
            self.tr("How dates, times, money and distances are written."),
        )

        for notice in (self.account_notice, self.feed_notice, self.profile_notice):
            notice.say("")
        self._show_user()

    # -- the feed this screen acts on -----------------------------------------

    def feed_url(self) -> str:
        """The feed in use: the session's (the built-in demo feed too), else the setting."""
        return self.session.state.feed_url or self.settings.get(FEED_URL)

    # -- building (the texts are set by retranslate) ---------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body, layout = scrolling_body(self, outer)
        self.heading = Heading("", body, wrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(self._account_box(body))
        self.rights_box = RightsBox(self.ctx, self.service, self.feed_url, body)
        self.rights_box.account_deleted.connect(self._account_deleted)
        self.rights_box.renamed.connect(self._renamed)
        layout.addWidget(self.rights_box)
        layout.addWidget(self._feed_box(body))
        layout.addWidget(self._profile_box(body))
        self.home_box = HomeLocationBox(self.ctx, body)
        layout.addWidget(self.home_box)
        layout.addWidget(self._appearance_box(body))
        self.updates_box = UpdatesBox(self.settings, body)
        layout.addWidget(self.updates_box)
        layout.addStretch(1)

    # -- account --------------------------------------------------------------

    def _account_box(self, parent: QWidget) -> QGroupBox:
        self.account_box = box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.user_label = QLabel(box)
        self.user_label.setWordWrap(True)
        layout.addWidget(self.user_label)
        self.account_notice = Notice(box)
        layout.addWidget(self.account_notice)
        self.sign_out_button = QPushButton(box)
        self.sign_out_button.clicked.connect(self.sign_out)
        # On the demo: try the owner's side, and come back to the renter's.
        self.demo_role_button = QPushButton(box)
        self.demo_role_button.clicked.connect(lambda: switch_demo_role(self.session, self))
        out_row = QHBoxLayout()
        out_row.addWidget(self.sign_out_button)
        out_row.addWidget(self.demo_role_button)
        out_row.addStretch(1)
        layout.addLayout(out_row)

        self.sign_in_box = QGroupBox(box)
        s_l = QVBoxLayout(self.sign_in_box)
        self.email = QLineEdit(self.sign_in_box)
        self.email_block = FieldBlock("", self.email, parent=self.sign_in_box)
        s_l.addWidget(self.email_block)
        self.password = QLineEdit(self.sign_in_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_block = FieldBlock("", self.password, parent=self.sign_in_box)
        s_l.addWidget(self.password_block)
        self.sign_in_button = QPushButton(self.sign_in_box)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        s_l.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.sign_in_box)

        self.register_box = QGroupBox(box)
        r_l = QVBoxLayout(self.register_box)
        self.reg_name = QLineEdit(self.register_box)
        self.reg_name_block = FieldBlock("", self.reg_name, parent=self.register_box)
        r_l.addWidget(self.reg_name_block)
        self.reg_email = QLineEdit(self.register_box)
        self.reg_email_block = FieldBlock("", self.reg_email, parent=self.register_box)
        r_l.addWidget(self.reg_email_block)
        self.reg_password = QLineEdit(self.register_box)
        self.reg_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reg_password_block = FieldBlock("", self.reg_password, parent=self.register_box)
        r_l.addWidget(self.reg_password_block)
        self.register_button = QPushButton(self.register_box)
        self.register_button.clicked.connect(self.register)
        r_l.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.register_box)
        return box

    def _account_blocks(self) -> tuple[FieldBlock, ...]:
        return (
            self.email_block,
            self.password_block,
            self.reg_name_block,
            self.reg_email_block,
            self.reg_password_block,
        )

    def refresh_user(self) -> None:
        url = self.feed_url()
        try:
            self.user = self.service.current_user(url) if url else None
        except Exception:  # a bad address: nobody can be signed in to it
            self.user = None
        self._show_user()

    def _show_user(self) -> None:
        url = self.feed_url()
        if not url:
            text = self.tr(
                "The app is not connected to a feed yet; sign-in is possible once it is."
            )
        elif self.user is None:
            text = self.tr(
                "Not signed in to {feed}. Sign in to list vehicles, answer "
                "requests and write reviews."
            ).format(feed=url)
        elif self.session.state.sign_in_needed:
            # Remembered, but the feed no longer takes the sign-in (it expired, or
            # without a keyring it was kept only until the app last closed).
            text = self.tr(
                "Sign in again as {email} on {feed}: changes wait to be sent until then."
            ).format(email=self.user.email, feed=url)
            if not self.email.text():
                self.email.setText(self.user.email)
        else:
            text = self.tr("Signed in as {name} ({email}) on {feed}.").format(
                name=self.user.display_name or self.user.email, email=self.user.email, feed=url
            )
        self.user_label.setText(text)
        self.user_label.setAccessibleName(text)
        signed_in = self.user is not None and not self.session.state.sign_in_needed
        self.sign_out_button.setVisible(signed_in)
        self.rights_box.setVisible(signed_in)
        state = self.session.state
        self.demo_role_button.setVisible(state.demo and state.ready)
        self.demo_role_button.setText(role_button_text(state.demo_owner))
        self.demo_role_button.setAccessibleDescription(role_description(state.demo_owner))
        self.sign_in_box.setVisible(not signed_in and bool(url))
        self.register_box.setVisible(not signed_in and bool(url))

    def _busy(self, busy: bool) -> None:
        for button in (self.sign_in_button, self.register_button, self.sign_out_button):
            button.setEnabled(not busy)

    def _account_failed(self, error: BaseException, blocks: dict[str, FieldBlock]) -> None:
        self._busy(False)
        if isinstance(error, ValidationError):
            # The checks are the sync layer's; the words are ours, so they translate.
            words = {
                "email": self.tr("Enter an email address such as name@example.org."),
                "password": self.tr("Enter your password."),
                "display_name": self.tr(
                    "Enter the name other people will see (80 characters at most)."
                ),
            }
            unplaced = []
            for path, message in error.errors.items():
                key = path.split(".")[-1]
                block = blocks.get(key)
                if block is not None:
                    block.set_error(words.get(key, message))
                else:
                    unplaced.append(message)
            self.account_notice.say(
                " ".join(unplaced) or self.tr("Correct the fields marked below."), problem=True
            )
            return
        if isinstance(error, RejectedError) and error.fields:
            # The feed's words are English: the field is marked, the notice says why.
            for path in error.fields:
                block = blocks.get(path.split(".")[-1])
                if block is not None:
                    block.set_error(self.tr("Check this field."))
        self.account_notice.say(describe(error), problem=True)

    def _signed_in(self, result: SignInResult) -> None:
        self._busy(False)
        self.password.clear()
        self.reg_password.clear()
        self.user = result.user
        if result.keyring_problem is not None:
            self.account_notice.say(describe(result.keyring_problem), problem=True)
        else:
            self.account_notice.say(
                self.tr("Signed in. Your sign-in is kept in the system's password store (keyring).")
            )
        self._show_user()
        self.signed_in_changed.emit(self.user)
        self._sync()

    def sign_in(self) -> None:
        blocks = {"email": self.email_block, "password": self.password_block}
        for b in blocks.values():
            b.set_error("")
        url, email, password = self.feed_url(), self.email.text(), self.password.text()
        self._busy(True)
        self.account_notice.say(self.tr("Signing in…"))
        self.ctx.worker.submit(
            lambda _t: self.service.sign_in(url, email, password),
            on_done=self._signed_in,
            on_error=lambda e: self._account_failed(e, blocks),
            name="sign in",
        )

    def register(self) -> None:
        blocks = {
            "display_name": self.reg_name_block,
            "email": self.reg_email_block,
            "password": self.reg_password_block,
        }
        for b in blocks.values():
            b.set_error("")
        url = self.feed_url()
        name, email, password = (
            self.reg_name.text(),
            self.reg_email.text(),
            self.reg_password.text(),
        )
        self._busy(True)
        self.account_notice.say(self.tr("Creating the account…"))
        self.ctx.worker.submit(
            lambda _t: self.service.register(url, email, password, name),
            on_done=self._signed_in,
            on_error=lambda e: self._account_failed(e, blocks),
            name="register",
        )

    def sign_out(self) -> None:
        if not self._sign_out_confirmed():
            return
        url = self.feed_url()
        self._busy(True)
        self.ctx.worker.submit(
            lambda _t: self.service.sign_out(url),
            on_done=self._signed_out,
            on_error=lambda e: self._account_failed(e, {}),
            name="sign out",
        )

    def _sign_out_confirmed(self) -> bool:
        """Asks first; *Stay signed in* is the default, so Enter keeps the sign-in."""
        name = self.user.display_name or self.user.email if self.user is not None else ""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sign out?"))
        box.setText(self.tr("Sign out {name}?").format(name=name) if name else self.tr("Sign out?"))
        info = self.tr(
            "Your bookings and requests are hidden on this computer until you sign in "
            "again, with your password."
        )
        pending = self.session.state.pending
        if pending:
            info += " " + self.tr(
                "What waits to be sent stays waiting, and goes with the next sign-in."
            )
        box.setInformativeText(info)
        yes = box.addButton(self.tr("Sign &out"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Stay signed in"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        stay.setFocus()
        self.dialog_opened.emit(box)
        box.exec()
        return box.clickedButton() is yes

    def _signed_out(self, result: SignOutResult) -> None:
        self._busy(False)
        self.user = None
        if result.revoked_on_feed:
            self.account_notice.say(
                self.tr("Signed out; the sign-in was removed from this computer and from the feed.")
            )
        else:
            self.account_notice.say(
                self.tr(
                    "Signed out on this computer. The feed could not be told ({why}); the old "
                    "sign-in stops working when it expires."
                ).format(why=str(result.problem))
            )
        self._show_user()
        self.signed_in_changed.emit(None)
        # The session drops the signed-out person's bookings, then syncs.
        self.session.signed_out()

    def _renamed(self, user: User) -> None:
        self.user = user
        self._show_user()
        self.signed_in_changed.emit(user)
        # The session's status shows the name, and the feed now sends it anew.
        self._sync()

    def _account_deleted(self) -> None:
        self.user = None
        self.account_notice.say(
            self.tr(
                "Your account was deleted from the feed, and you are signed out. "
                "Your bookings were removed from this computer."
            )
        )
        self._show_user()
        self.email.setFocus()
        self.signed_in_changed.emit(None)
        self.session.signed_out()

    def _sync(self) -> None:
        # The session syncs as whoever is signed in now.
        self.session.refresh_account()

    # -- feed -----------------------------------------------------------------

    def _feed_box(self, parent: QWidget) -> QGroupBox:
        self.feed_box = box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.feed_intro = QLabel(box)
        self.feed_intro.setWordWrap(True)
        layout.addWidget(self.feed_intro)
        self.feed_edit = QLineEdit(self.settings.get(FEED_URL), box)
        self.feed_edit.setPlaceholderText("https://feed.example.org")
        self.feed_block = FieldBlock("", self.feed_edit, parent=box)
        self.feed_edit.textChanged.connect(self._check_feed_text)
        layout.addWidget(self.feed_block)
        row = QHBoxLayout()
        self.check_button = QPushButton(box)
        self.check_button.clicked.connect(self.check_connection)
        self.use_feed_button = QPushButton(box)
        self.use_feed_button.clicked.connect(self.use_feed)
        row.addWidget(self.check_button)
        row.addWidget(self.use_feed_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.feed_notice = Notice(box)
        layout.addWidget(self.feed_notice)
        return box

    def _feed_problem(self, text: str) -> str:
        try:
            FEED_URL.check(text.strip())
        except SettingError as e:
            return e.message
        return ""

    def _check_feed_text(self, text: str) -> None:
        self.feed_block.set_error(self._feed_problem(text))

    def check_connection(self) -> None:
        url = self.feed_edit.text().strip() or self.feed_url()
        problem = self._feed_problem(url)
        if problem or not url:
            self.feed_block.set_error(problem or self.tr("Enter the feed's address first."))
            return
        self.check_button.setEnabled(False)
        self.feed_notice.say(self.tr("Checking {url}…").format(url=url))
        service = self.service
        self.ctx.worker.submit(
            lambda _t: service.check_feed(url),
            on_done=self._checked,
            on_error=self._check_failed,
            name="check feed",
        )

    def _checked(self, result: FeedCheck) -> None:
        self.check_button.setEnabled(True)
        self.feed_notice.say(
            self.tr("Connected: {url} answered as a wheelshare feed.").format(url=result.url)
        )

    def _check_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.feed_notice.say(describe(error), problem=True)

    def use_feed(self) -> None:
        url = self.feed_edit.text().strip()
        try:
            FEED_URL.check(url)
        except SettingError as e:
            self.feed_block.set_error(e.message)
            return
        self.session.switch_feed(url)  # stores the setting and reconnects
        if url:
            self.feed_notice.say(
                self.tr(
                    "Saved. The app now uses {url}; sign in to it if you have an account there."
                ).format(url=url)
            )
        else:
            self.feed_notice.say(self.tr("Saved. The app uses the built-in demo feed."))
        self.refresh_user()

    # -- my wheelchair --------------------------------------------------------

    def _profile_box(self, parent: QWidget) -> QGroupBox:
        self.profile_box = box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.profile_intro = QLabel(box)
        self.profile_intro.setWordWrap(True)
        layout.addWidget(self.profile_intro)
        self.profile_editor = ProfileEditor(self.settings.get(WHEELCHAIR_PROFILE), box)
        layout.addWidget(self.profile_editor)
        row = QHBoxLayout()
        self.save_profile_button = QPushButton(box)
        self.save_profile_button.clicked.connect(self.save_profile)
        self.forget_profile_button = QPushButton(box)
        self.forget_profile_button.clicked.connect(self.forget_profile)
        row.addWidget(self.save_profile_button)
        row.addWidget(self.forget_profile_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.profile_notice = Notice(box)
        layout.addWidget(self.profile_notice)
        return box

    def save_profile(self) -> None:
        profile = self.profile_editor.profile()
        if profile is None:
            self.profile_notice.say(
                self.tr("Not saved: correct the measurements marked above."), problem=True
            )
            return
        self.settings.set(WHEELCHAIR_PROFILE, profile)
        self.profile_notice.say(self.tr("Saved. “Fits my wheelchair” now uses these measurements."))

    def forget_profile(self) -> None:
        self.settings.reset(WHEELCHAIR_PROFILE)
        self.profile_editor.clear()
        self.profile_notice.say(self.tr("Forgotten: searches no longer check your chair."))

    # -- appearance and language ----------------------------------------------

    def _appearance_box(self, parent: QWidget) -> QGroupBox:
        self.appearance_box = box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.appearance_intro = QLabel(box)
        self.appearance_intro.setWordWrap(True)
        layout.addWidget(self.appearance_intro)
        self.text_size = QComboBox(box)
        current = self.settings.get(TEXT_SCALE)
        sizes = sorted({*TEXT_SIZES, current})
        for size in sizes:
            self.text_size.addItem("", size)
        self.text_size.setCurrentIndex(sizes.index(current))
        self.text_size.activated.connect(
            lambda _i: self._store(TEXT_SCALE, self.text_size.currentData())
        )
        self.text_size_block = FieldBlock("", self.text_size, parent=box)
        layout.addWidget(self.text_size_block)
        self.theme = self._choice_combo(THEME, box)
        self.theme_block = FieldBlock("", self.theme, parent=box)
        layout.addWidget(self.theme_block)
        self.language = self._choice_combo(LANGUAGE, box)
        self.language_block = FieldBlock("", self.language, parent=box)
        layout.addWidget(self.language_block)
        self.region = self._choice_combo(REGION, box)
        self.region_block = FieldBlock("", self.region, parent=box)
        layout.addWidget(self.region_block)
        return box

    def _choice_combo(self, setting: Setting[str], parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        for value, _label in setting.choices:
            combo.addItem("", value)
        combo.setCurrentIndex(max(0, combo.findData(self.settings.get(setting))))
        combo.activated.connect(lambda _i: self._store(setting, combo.currentData()))
        return combo

    def _name_choices(self, setting: Setting[str], combo: QComboBox) -> None:
        for i, (value, label) in enumerate(setting.choices):
            # Language names are shown in their own language, untranslated.
            own_name = setting is LANGUAGE and value != "system"
            combo.setItemText(i, label if own_name else self._translate_setting(label))

    @staticmethod
    def _translate_setting(label: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Settings", label)

    def _store(self, setting: Setting[V], value: V) -> None:
        # Deferred: applying a language names every choice again, which is best
        # done outside the combo box's own signal.
        QTimer.singleShot(0, self, lambda: self.settings.set(setting, value))
