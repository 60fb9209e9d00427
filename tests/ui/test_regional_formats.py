"""Regional formats: English on a British system reads British, French on a
Canadian or Swiss one reads Canadian or Swiss, English on a German one writes
dates the German way; a system that names no region reads as France, the demo's
own region; a region chosen in the settings wins over the system's."""

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

from wheelshare.domain import Location, Money
from wheelshare.ui import formatting, i18n
from wheelshare.ui.account.home import home_label
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
            # The suite's pinned region stands for the system's: not here.
            mp.delenv(i18n.REGION_ENV, raising=False)

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
        # Another language keeps the system's region, as that language writes there.
        ("de_DE", "en", "Wednesday, 4 March 2026", "04/03/2026"),
        ("fr_CA", "en", "Wednesday, March 4, 2026", "2026-03-04"),
        # Unless Qt knows no such pair: the language's own main region.
        ("en_GB", "fr", "mercredi 4 mars 2026", "04/03/2026"),
        # A system that names no region: France, the demo's, in either language.
        ("C", "en", "Wednesday, 4 March 2026", "04/03/2026"),
        ("C", "fr", "mercredi 4 mars 2026", "04/03/2026"),
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
        # Ireland and the rest of Europe: kilometres, in English too.
        ("en_IE", 16.09344, "16 km"),
        ("de_DE", 0.1, "100 m"),
        ("C", 50, "50 km"),
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
from wheelshare.domain import Location, Money
from wheelshare.ui import formatting, i18n
from wheelshare.ui.account.home import home_label

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
        ("de_DE.UTF-8", "en", ["04/03/2026 12:00", "100 m"]),
        # No region named: France's formats, in English words or French.
        ("C.UTF-8", "en", ["04/03/2026 12:00", "100 m"]),
        ("POSIX", "en", ["04/03/2026 12:00", "100 m"]),
        ("", "en", ["04/03/2026 12:00", "100 m"]),
        ("C", "fr", ["04/03/2026 12:00", "100 m"]),
    ],
)
def test_the_locale_of_the_environment_is_the_system_locale(
    env_locale: str, language: str, expected: list[str]
) -> None:
    # As a person starts the app: the region comes from LANG / LC_ALL.
    # The suite's pinned region is left out too: the environment alone speaks.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG")) and k != i18n.REGION_ENV
    }
    env["TZ"] = "UTC"
    if env_locale:
        env.update(LANG=env_locale, LC_ALL=env_locale)
    out = subprocess.run(
        [sys.executable, "-c", _SHOW.format(language=language)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert [_plain(line) for line in out.splitlines()] == expected


def test_a_region_chosen_in_the_settings_wins_over_the_system(
    system_locale: System, qapp: QApplication
) -> None:
    system_locale("en_US")
    i18n.install(qapp, "en", pseudo=False, region="GB")
    assert _short_day() == "04/03/2026"
    assert _plain(formatting.distance_km(16.09344)) == "10 mi"
    i18n.install(qapp, "fr", pseudo=False, region="CH")
    assert _short_day() == "04.03.2026"
    i18n.install(qapp, "en", pseudo=False, region="FR")
    assert _plain(formatting.distance_km(16.09344)) == "16 km"
    assert formatting.date_time_short(MIDDAY).endswith("12:00")


def test_the_demo_region_writes_money_the_french_way(
    system_locale: System, qapp: QApplication
) -> None:
    system_locale("C")
    i18n.install(qapp, "en", pseudo=False)
    assert _plain(formatting.money(Money(16000, "EUR"))) == "160,00 €"
    assert _plain(formatting.distance_km(31)) == "31 km"
    i18n.install(qapp, "fr", pseudo=False)
    assert _plain(formatting.money(Money(16000, "EUR"))) == "160,00 €"


@pytest.mark.parametrize(
    ("system", "language", "expected"),
    [
        ("fr_FR", "fr", "48,8566° nord, 2,3522° est"),
        ("en_GB", "en", "48.8566° north, 2.3522° east"),
    ],
)
def test_a_home_saved_as_a_point_reads_in_the_language(
    system_locale: System, qapp: QApplication, system: str, language: str, expected: str
) -> None:
    # A home found by the computer's position has no town: its point is shown,
    # written as the language writes decimals.
    system_locale(system)
    i18n.install(qapp, language, pseudo=False)
    assert home_label(Location(48.8566, 2.3522)) == expected
