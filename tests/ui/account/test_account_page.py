"""Account & settings: values land in the settings registry and survive a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.domain import WheelchairProfile
from wheelshare.ui.account.page import AccountPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.settings import (
    FEED_URL,
    LANGUAGE,
    REGION,
    TEXT_SCALE,
    THEME,
    WHEELCHAIR_PROFILE,
    Settings,
)


def make_page(qtbot: QtBot, ctx: AppContext) -> AccountPage:
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_profile_validates_beside_fields_and_is_saved(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClicks(page.profile_editor.edits["width_cm"], "700")
    assert "700 cm is not physically sensible" in page.profile_editor.blocks["width_cm"].error
    page.save_profile_button.click()
    assert ctx.settings.get(WHEELCHAIR_PROFILE) is None
    assert page.profile_editor.edits["width_cm"].text() == "700"
    page.profile_editor.edits["width_cm"].clear()
    for key, text in (
        ("width_cm", "68"),
        ("length_cm", "110"),
        ("seated_height_cm", "135"),
        ("weight_with_occupant_kg", "120"),
    ):
        page.profile_editor.edits[key].setText(text)
    page.profile_editor.drives.setChecked(True)
    page.save_profile_button.click()
    assert ctx.settings.get(WHEELCHAIR_PROFILE) == WheelchairProfile(68, 110, 135, 120, True)


def test_a_feed_url_that_is_not_one_is_refused(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClicks(page.feed_edit, "feed dot example")
    assert "http://" in page.feed_block.error
    page.use_feed_button.click()
    assert ctx.settings.get(FEED_URL) == ""
    assert page.feed_edit.text() == "feed dot example"


def test_connection_check_reports_an_unreachable_feed(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    page.feed_edit.setText("http://127.0.0.1:9")  # the discard port: nothing listens
    page.check_button.click()
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=15_000)
    assert "The feed cannot be reached" in page.feed_notice.text()
    assert page.feed_notice.text().startswith("⚠")


def test_settings_survive_a_restart(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    page.text_size.setCurrentIndex(page.text_size.findData(150))
    page.text_size.activated.emit(page.text_size.currentIndex())
    page.theme.setCurrentIndex(page.theme.findData("high_contrast"))
    page.theme.activated.emit(page.theme.currentIndex())
    qtbot.waitUntil(lambda: ctx.settings.get(THEME) == "high_contrast")
    assert ctx.settings.get(TEXT_SCALE) == 150
    # A new registry on the same data dir, as after a restart:
    again = Settings.in_data_dir(ctx.data_dir)
    assert again.get(TEXT_SCALE) == 150
    assert again.get(THEME) == "high_contrast"
    assert again.get(LANGUAGE) == "system"


def test_the_chosen_region_is_remembered_and_writes_the_dates(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QApplication

    from wheelshare.ui import formatting, i18n
    from wheelshare.ui.app_setup import apply_language

    page = make_page(qtbot, ctx)
    assert page.region.currentData() == "system"
    assert page.region_block.label.buddy() is page.region
    page.region.setCurrentIndex(page.region.findText("United Kingdom"))
    page.region.activated.emit(page.region.currentIndex())
    qtbot.waitUntil(lambda: ctx.settings.get(REGION) == "GB")
    again = Settings.in_data_dir(ctx.data_dir)
    assert again.get(REGION) == "GB"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        # As at the next start: the remembered region writes the dates and distances.
        apply_language(app, again, None)
        moment = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
        assert formatting.date(moment) == "Wednesday, 4 March 2026"
        assert formatting.distance_km(16.09344) == "10 mi"
    finally:
        i18n.install(app, "en")


def test_every_control_has_an_accessible_name(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    page = make_page(qtbot, ctx)
    for w in page.findChildren(QLineEdit) + page.findChildren(QComboBox):
        if w.isVisibleTo(page) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert w.accessibleName(), w
    for b in page.findChildren(QAbstractButton):
        if b.isVisibleTo(page):
            assert b.text() or b.accessibleName(), b


def test_register_sign_out_and_sign_in_on_a_live_feed(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    ctx = live_app.open(tmp_path / "app")
    page = make_page(qtbot, ctx)
    assert page.sign_in_box.isVisible()
    assert page.user_label.text().startswith("Not signed in to ")
    # A bad email is explained beside its field; nothing is sent.
    qtbot.keyClicks(page.reg_name, "Nina New")
    qtbot.keyClicks(page.reg_email, "nina at example")
    qtbot.keyClicks(page.reg_password, "long enough password")
    page.register_button.click()
    qtbot.waitUntil(lambda: bool(page.reg_email_block.error), timeout=10_000)
    assert "email address" in page.reg_email_block.error
    assert page.reg_name.text() == "Nina New"
    page.reg_email.setText("nina@example.org")
    page.reg_password.setText("long enough password")
    page.register_button.click()
    qtbot.waitUntil(lambda: page.user is not None, timeout=15_000)
    assert page.user_label.text().startswith("Signed in as Nina New (nina@example.org)")
    assert page.sign_out_button.isVisible()
    qtbot.waitUntil(lambda: ctx.session.state.signed_in_as == "Nina New", timeout=15_000)

    # Signing out asks first.
    in_dialog(
        page,
        lambda box: next(b for b in box.buttons() if b.text() == "Sign &out").click(),
        {},
    )
    page.sign_out_button.click()
    qtbot.waitUntil(lambda: page.user is None, timeout=15_000)
    assert "from the feed" in page.account_notice.text()
    qtbot.keyClicks(page.email, "nina@example.org")
    qtbot.keyClicks(page.password, "wrong password")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.account_notice.text().startswith("⚠"), timeout=15_000)
    assert page.user is None
    assert page.email.text() == "nina@example.org"
    page.password.setText("long enough password")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.user is not None, timeout=15_000)


def test_connection_check_accepts_a_real_feed(qtbot: QtBot, tmp_path: Path, live_app: Any) -> None:
    ctx = live_app.open(tmp_path / "app")
    page = make_page(qtbot, ctx)
    page.feed_edit.setText(live_app.feed.url)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=15_000)
    assert page.feed_notice.text() == (
        f"Connected: {live_app.feed.url} answered as a wheelshare feed."
    )


def test_without_a_keyring_the_sign_in_says_it_lasts_this_session_only(
    qtbot: QtBot, tmp_path: Path, live_app: Any
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    ctx = live_app.open(tmp_path / "app")
    page = make_page(qtbot, ctx)
    owner = live_app.feed.owner()
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        qtbot.keyClicks(page.email, owner.email)
        qtbot.keyClicks(page.password, owner.password)
        page.sign_in_button.click()
        qtbot.waitUntil(lambda: page.user is not None, timeout=15_000)
    finally:
        keyring.set_keyring(before)
    # The problem's own sentence, in the language in use (not the error's English).
    from wheelshare.domain.problems import Problem, ProblemCode
    from wheelshare.ui.problems import describe

    text = page.account_notice.text()
    assert text == f"⚠ {describe(Problem(ProblemCode.KEYRING_UNAVAILABLE))}"
    assert "only until the app closes" in text


def test_language_and_text_size_apply_at_once(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from wheelshare.ui import i18n, theme
    from wheelshare.ui.app_setup import create_application

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (app.styleSheet(), app.palette(), app.font())
    saved_theme, saved_scale = theme.current(app).name, theme.current_text_scale(app)
    ctx = create_application(app, data_dir)
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.show()
    size = app.font().pointSizeF()
    try:
        page.text_size.setCurrentIndex(page.text_size.findData(200))
        page.text_size.activated.emit(page.text_size.currentIndex())
        qtbot.waitUntil(lambda: app.font().pointSizeF() >= size * 1.9, timeout=5_000)
        page.language.setCurrentIndex(page.language.findData("fr"))
        page.language.activated.emit(page.language.currentIndex())
        # The screen is rebuilt in French; what was typed stays.
        qtbot.waitUntil(lambda: page.sign_out_button.text() == "&Se déconnecter", timeout=5_000)
        assert ctx.settings.get(LANGUAGE) == "fr"
        assert ctx.settings.get(TEXT_SCALE) == 200
    finally:
        # Leave the application as other tests expect it.
        i18n.install(app, "en")
        # The theme's own scaled style stays the app's style: setting another one
        # would leave later tests with scroll bars and indicators at 100 %.
        theme.apply(app, saved_theme, saved_scale)
        sheet, palette, font = saved
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(font)
        ctx.worker.shutdown()
