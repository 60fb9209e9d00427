"""Languages: live switching, Qt's own strings, pseudo-localisation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QLabel

from wheelshare.ui import i18n


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


def test_widgets_hear_the_switch(appearance: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    seen: list[str] = []

    def retranslate() -> None:
        seen.append(_t("Settings", "Text size"))
        label.setText(seen[-1])

    i18n.LanguageWatcher(label, retranslate)
    i18n.install(appearance, "fr")
    appearance.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert label.text() == "Taille du texte"
    i18n.install(appearance, "en")
    appearance.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert label.text() == "Text size"


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
