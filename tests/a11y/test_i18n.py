"""Languages: live switching, Qt's own strings, pseudo-localisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.ui import i18n
from wheelshare.ui.context import AppContext
from wheelshare.ui.page import Page
from wheelshare.ui.progress import ProgressTracker
from wheelshare.ui.session import Session
from wheelshare.ui.settings import Settings
from wheelshare.ui.worker import Worker


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_french_then_english_live(appearance: QApplication) -> None:
    assert i18n.install(appearance, "fr") == "fr"
    assert _t("Settings", "Text size") == "Taille du texte"
    assert QLocale().language() == QLocale.Language.French
    assert i18n.current_language(appearance) == "fr"
    assert i18n.install(appearance, "en") == "en"
    assert _t("Settings", "Text size") == "Text size"
    assert QLocale().language() == QLocale.Language.English


def test_qt_own_strings_follow_the_language(appearance: QApplication) -> None:
    # Standard buttons and context menus come from Qt's qtbase translation.
    i18n.install(appearance, "fr")
    assert _t("QPlatformTheme", "Cancel") == "Annuler"


class _Screen(Page):
    """A screen with one text, following the language as every screen does."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.label = QLabel(self)
        self.retranslate()

    def initial_focus(self) -> QWidget:
        return self.label

    def retranslate(self) -> None:
        self.label.setText(_t("Settings", "Text size"))


def test_screens_hear_the_switch(appearance: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.in_data_dir(tmp_path)
    worker, tracker = Worker(), ProgressTracker()
    ctx = AppContext(
        tmp_path, settings, worker, Session(tmp_path, settings, worker, tracker), tracker
    )
    screen = _Screen(ctx)
    qtbot.addWidget(screen)
    i18n.install(appearance, "fr")
    appearance.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert screen.label.text() == "Taille du texte"
    i18n.install(appearance, "en")
    appearance.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert screen.label.text() == "Text size"
    worker.shutdown()


def test_a_screen_without_retranslate_is_refused_when_defined() -> None:
    with pytest.raises(TypeError, match="must define retranslate"):
        # A screen class that sets no texts again after a language change.
        type("Forgetful", (Page,), {"initial_focus": lambda self: self})


def test_system_language(appearance: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_BE")))
    assert i18n.resolve("system") == "fr"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"


def test_unknown_language_is_named() -> None:
    with pytest.raises(i18n.LanguageError, match="unknown language 'de'; expected one of"):
        i18n.resolve("de")


@pytest.mark.parametrize(
    "text",
    ["Text size", "&Search", "Enter {low} to {high} {unit}.", "%n result(s)", "<b>Bold</b> x"],
)
def test_pseudo_keeps_placeholders_and_grows_forty_percent(text: str) -> None:
    out = i18n.pseudo(text)
    assert len(out) >= 1.4 * len(text)
    assert out.startswith("[") and out.endswith("]")
    for kept in ("&S", "{low}", "{high}", "{unit}", "%n", "<b>", "</b>"):
        if kept in text:
            assert kept in out
    assert out != text


def test_pseudo_mode_wraps_every_string(appearance: QApplication) -> None:
    i18n.install(appearance, "en", pseudo=True)
    assert _t("Settings", "Text size") == i18n.pseudo("Text size")
    assert QCoreApplication.translate("Format", "%n minute(s) ago", None, 3) == i18n.pseudo(
        "3 minute(s) ago"
    )
    i18n.install(appearance, "en", pseudo=False)
    assert _t("Settings", "Text size") == "Text size"
