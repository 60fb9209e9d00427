"""Languages: install the translators, switch live, and pseudo-localise.

The app ships ``resources/translations/wheelshare_<lang>.qm`` (compiled from
the ``.ts`` files by ``scripts/update_translations``); Qt's own strings
(standard buttons, context menus) come from Qt's ``qtbase_<lang>.qm`` when the
Qt installation carries it.

Switching is live: :func:`install` replaces the translators, which makes Qt
send ``QEvent.LanguageChange`` to every widget; a screen re-sets its texts in
``retranslate()``, which :class:`wheelshare.ui.page.Page` calls from
``changeEvent``. The default ``QLocale`` follows the language, so
``wheelshare.ui.formatting`` formats numbers, money, dates and distances the
French or English way, in a region (:func:`regional_locale`): the one chosen
in the settings, else the system's (a British user reads British dates, English
on a German system reads German ones), else, when the system names none (C,
POSIX, nothing set), the demo's own region, France.

Pseudo-localisation (``WHEELSHARE_PSEUDO_L10N=1``, or ``pseudo=True``) makes
every translated string about 40 % longer and visibly bracketed, so clipped
text and strings that bypass translation both stand out.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from wheelshare.paths import resources_dir

LANGUAGES: tuple[str, ...] = ("system", "en", "fr")
# Languages with a complete translation of the app; English is the source.
TRANSLATED: tuple[str, ...] = ("fr",)
PSEUDO_ENV = "WHEELSHARE_PSEUDO_L10N"


class LanguageError(ValueError):
    """A language the app does not offer, or a translation file that will not load."""


def resolve(language: str) -> str:
    """The concrete language code for ``language``; ``"system"`` follows the OS."""
    if language == "system":
        for name in QLocale.system().uiLanguages():
            code = name.replace("_", "-").split("-")[0].lower()
            if code in ("en", *TRANSLATED):
                return code
        return "en"
    if language not in LANGUAGES:
        raise LanguageError(
            f"unknown language {language!r}; expected one of: {', '.join(LANGUAGES)}"
        )
    return language


# The demo's own region: its vehicles and venues are in France, so when the
# system names no region, distances read in km and dates day first.
DEMO_REGION = QLocale.Country.France
# The region the system is taken to name, whatever LANG and LC_ALL say (``en_US``,
# ``de_DE``): one region for a whole test run, or to try another on one machine.
REGION_ENV = "WHEELSHARE_REGION"


def system_locale() -> QLocale | None:
    """The system's locale when it names a region; None for C, POSIX or nothing set.

    :data:`REGION_ENV`, when set, stands for the system's locale.
    """
    named = os.environ.get(REGION_ENV, "")
    system = QLocale(named) if named else QLocale.system()
    if system.language() == QLocale.Language.C:
        return None
    if system.territory() == QLocale.Country.AnyTerritory:
        return None
    return system


def regional_locale(code: str, region: str = "system", system: QLocale | None = None) -> QLocale:
    """The locale that formats dates, numbers, money and distances for ``code``.

    ``region`` is a territory code from the settings (``"GB"``) or ``"system"``.
    The system's region, when the system names one: its own locale when it
    speaks ``code`` (English with an en_GB system is en_GB; French with fr_CA is
    fr_CA), else the language as written there (English on a German system,
    en_DE: day first, km). When the system names none, the demo's region,
    France (en_FR: English words, French formats). A region Qt has no data for
    in that language falls back to the language's main region (en_US, fr_FR).
    ``system`` defaults to :func:`system_locale`.
    """
    wanted = QLocale(code)
    if region != "system":
        territory = QLocale.codeToTerritory(region)
    else:
        system = system_locale() if system is None else system
        if system is None:
            territory = DEMO_REGION
        elif system.language() == wanted.language():
            # Rebuilt from its parts: the system locale itself may answer some
            # formats from other categories (LC_TIME, LC_MONETARY) in another language.
            return QLocale(system.language(), system.script(), system.territory())
        else:
            territory = system.territory()
    local = QLocale(wanted.language(), territory)
    return local if local.territory() == territory else wanted


def translation_file(language: str) -> str:
    """Path of the app's compiled translation for ``language``."""
    return str(resources_dir() / "translations" / f"wheelshare_{language}.qm")


# Letters swapped for accented look-alikes: still readable, clearly "translated".
_ACCENTS = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZz",
    "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž",
)
# Parts a translation must keep as they are: Qt (%1, %n, %L1) and Python
# ({name}) placeholders, HTML tags, entities and the mnemonic marker's letter.
_KEEP = re.compile(r"%L?\d+|%n|\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&&|&.")
PSEUDO_GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` pseudo-localised: accented, bracketed, ≥ 40 % longer.

    Placeholders, tags and the mnemonic (``&S``) stay intact, so the string
    still works wherever the original did.
    """
    if not text.strip():
        return text
    out: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTS))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTS))
    body = "".join(out)
    # Padding in short words, as real translations grow: by more words, which
    # wrap, rather than by one unbreakable run.
    extra = max(1, math.ceil(len(text) * PSEUDO_GROWTH) - 2)
    words: list[str] = []
    while extra > 0:
        words.append("~" * min(extra, 6))
        extra -= len(words[-1]) + 1
    return f"[{body} {' '.join(words)}]" if len(text) > 12 else f"[{body}{''.join(words)}]"


class PseudoTranslator(QTranslator):
    """Translates every string to its pseudo-localised form."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if not source_text:
            return ""
        text = source_text
        if n >= 0 and "%n" in text:
            text = text.replace("%n", QLocale().toString(n))
        return pseudo(text)

    def isEmpty(self) -> bool:
        return False


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


class _Translators(QObject):
    """Holds the installed translators so the next switch can remove them."""

    NAME = "wheelshare-translators"

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.NAME)
        self.installed: list[QTranslator] = []
        self.language = "en"


def _holder(app: QCoreApplication) -> _Translators:
    for child in app.children():
        if isinstance(child, _Translators):
            return child
    return _Translators(app)


def install(
    app: QCoreApplication, language: str, pseudo: bool | None = None, region: str = "system"
) -> str:
    """Switch the whole app to ``language`` (one of :data:`LANGUAGES`); return its code.

    ``region`` (a territory code, or ``"system"``) decides the formats; see
    :func:`regional_locale`.

    Replaces any translators a previous call installed; Qt then sends
    ``LanguageChange`` to every widget. ``pseudo`` defaults to the
    ``WHEELSHARE_PSEUDO_L10N`` environment variable.
    """
    code = resolve(language)
    use_pseudo = pseudo_enabled() if pseudo is None else pseudo
    holder = _holder(app)
    for old in holder.installed:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    holder.installed = []

    QLocale.setDefault(regional_locale(code, region))
    wanted: list[QTranslator] = []
    if code != "en":
        qt_own = QTranslator(holder)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own translations are optional: some Qt installs ship none.
        if qt_own.load(f"qtbase_{code}", qt_dir):
            wanted.append(qt_own)
    # English is the source language; its file only holds the plural forms.
    ours = QTranslator(holder)
    path = translation_file(code)
    if not ours.load(path):
        raise LanguageError(f"cannot load the {code} translation from {path}")
    wanted.append(ours)
    if use_pseudo:
        # Installed last, so it is asked first and wraps every string.
        wanted.append(PseudoTranslator(holder))
    for translator in wanted:
        QCoreApplication.installTranslator(translator)
    holder.installed = wanted
    holder.language = code
    return code


def current_language(app: QCoreApplication | None = None) -> str:
    """The code installed by the last :func:`install` (``"en"`` before any)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return "en"
    for child in app.children():
        if isinstance(child, _Translators):
            return child.language
    return "en"


__all__ = [
    "DEMO_REGION",
    "LANGUAGES",
    "PSEUDO_ENV",
    "REGION_ENV",
    "LanguageError",
    "PseudoTranslator",
    "current_language",
    "install",
    "pseudo",
    "pseudo_enabled",
    "regional_locale",
    "resolve",
    "system_locale",
    "translation_file",
]
