"""Regional formats: English on a British system reads British, French on a
Canadian or Swiss one reads Canadian or Swiss; another language's region is
not borrowed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.ui import formatting, i18n
from wheelshare.ui.venues.search_form import VenueSearchForm

# Noon UTC: the same calendar day in every time zone a test machine might use.
MIDDAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)

System = Callable[[str], None]


@pytest.fixture
def system_locale(qapp: QApplication) -> Iterator[System]:
    """Pretends the operating system's locale is the one named; English after."""
    with pytest.MonkeyPatch.context() as mp:

        def use(name: str) -> None:
            mp.setattr(QLocale, "system", staticmethod(lambda: QLocale(name)))

        yield use
    # The real system locale is back before the language is reset.
    i18n.install(qapp, "en", pseudo=False)


def _short_day() -> str:
    return formatting.date_time_short(MIDDAY).split(" ")[0]


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("system", "language", "long_date", "short_day"),
    [
        # The region is kept when the system speaks the chosen language.
        ("en_GB", "en", "Wednesday, 4 March 2026", "04/03/2026"),
        ("en_US", "en", "Wednesday, March 4, 2026", "3/4/2026"),
        ("fr_CA", "fr", "mercredi 4 mars 2026", "2026-03-04"),
        ("fr_CH", "fr", "mercredi, 4 mars 2026", "04.03.2026"),
        ("fr_FR", "fr", "mercredi 4 mars 2026", "04/03/2026"),
        # Otherwise the language's own main region.
        ("de_DE", "en", "Wednesday, March 4, 2026", "3/4/2026"),
        ("en_GB", "fr", "mercredi 4 mars 2026", "04/03/2026"),
        ("fr_CA", "en", "Wednesday, March 4, 2026", "3/4/2026"),
        ("C", "en", "Wednesday, March 4, 2026", "3/4/2026"),
    ],
)
def test_dates_read_the_way_the_region_writes_them(
    system_locale: System,
    qapp: QApplication,
    system: str,
    language: str,
    long_date: str,
    short_day: str,
) -> None:
    system_locale(system)
    i18n.install(qapp, language, pseudo=False)
    assert formatting.date(MIDDAY) == long_date
    assert _short_day() == short_day


def test_following_the_system_language_keeps_its_region(
    system_locale: System, qapp: QApplication
) -> None:
    system_locale("fr_BE")
    assert i18n.install(qapp, "system", pseudo=False) == "fr"
    assert QLocale().territory() == QLocale.Country.Belgium
    assert formatting.date(MIDDAY) == "mercredi 4 mars 2026"


@pytest.mark.parametrize(
    ("system", "km", "expected"),
    [
        # The UK: miles for road distances, yards for short ones, as on its road signs.
        ("en_GB", 16.09344, "10 mi"),
        ("en_GB", 0.1, "110 yd"),
        ("en_GB", 0.5, "0.3 mi"),
        # The US: miles and feet.
        ("en_US", 0.1, "330 ft"),
        ("en_US", 16.09344, "10 mi"),
        # English elsewhere follows the US; French follows its region (all metric).
        ("en_IE", 16.09344, "16 km"),
        ("de_DE", 0.1, "330 ft"),
    ],
)
def test_distances_in_the_units_of_the_region(
    system_locale: System, qapp: QApplication, system: str, km: float, expected: str
) -> None:
    system_locale(system)
    i18n.install(qapp, "en", pseudo=False)
    assert _plain(formatting.distance_km(km)) == expected


def test_french_in_canada_reads_kilometres(system_locale: System, qapp: QApplication) -> None:
    system_locale("fr_CA")
    i18n.install(qapp, "fr", pseudo=False)
    assert _plain(formatting.distance_km(12.34)) == "12 km"
    assert _plain(formatting.distance_km(0.853)) == "850 m"


def test_a_british_search_radius_is_in_miles(
    system_locale: System, qapp: QApplication, qtbot: QtBot
) -> None:
    system_locale("en_GB")
    i18n.install(qapp, "en", pseudo=False)
    form = VenueSearchForm(lambda _text: [])
    qtbot.addWidget(form)
    assert form.radius.suffix() == " mi"


_SHOW = """
from datetime import UTC, datetime
from PySide6.QtCore import QCoreApplication
from wheelshare.ui import formatting, i18n

app = QCoreApplication([])
i18n.install(app, {language!r}, pseudo=False)
moment = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
print(formatting.date_time_short(moment))
print(formatting.distance_km(0.1))
"""


@pytest.mark.parametrize(
    ("env_locale", "language", "expected"),
    [
        ("en_GB.UTF-8", "en", ["04/03/2026 12:00", "110 yd"]),
        ("en_US.UTF-8", "en", ["3/4/2026 12:00 PM", "330 ft"]),
        ("fr_CA.UTF-8", "system", ["2026-03-04 12 h 00", "100 m"]),
        ("de_DE.UTF-8", "en", ["3/4/2026 12:00 PM", "330 ft"]),
    ],
)
def test_the_locale_of_the_environment_is_the_system_locale(
    env_locale: str, language: str, expected: list[str]
) -> None:
    # As a person starts the app: the region comes from LANG / LC_ALL.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=env_locale, LC_ALL=env_locale, TZ="UTC")
    out = subprocess.run(
        [sys.executable, "-c", _SHOW.format(language=language)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert [_plain(line) for line in out.splitlines()] == expected
