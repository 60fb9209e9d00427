"""The places layer as a person meets it: About with the data licences, distances in
the language's units, the OpenStreetMap notice on a venue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from wheelshare import __version__
from wheelshare.domain import Accessibility, Entrance, Location, Source, Venue, WheelchairGrade
from wheelshare.ui import formatting
from wheelshare.ui.about import AboutDialog
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.venues.detail import VenueDetail

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def default_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_help_about_opens_the_about_box_with_version_licence_and_data_notices(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    seen: list[AboutDialog] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog)
        # Escape closes it, as any dialog.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look_and_close)
    window.about_action.trigger()
    assert seen, "Help → About showed no About dialog"
    dialog = seen[0]
    text = dialog.text.text()
    assert dialog.windowTitle() == "About wheelshare"
    assert __version__ in text
    assert "GNU General Public License" in text
    assert "GeoNames" in text and "CC BY 4.0" in text
    assert "OpenStreetMap contributors" in text and "ODbL" in text
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.text.accessibleName()
    assert "OpenStreetMap contributors" in dialog.text.accessibleDescription()
    assert not dialog.isVisible()


def test_the_about_text_scrolls_rather_than_being_cut_at_large_text(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.resize(300, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize(
    ("locale", "km", "expected"),
    [
        ("en_US", 16.09344, "10 mi"),
        ("en_US", 3.2, "2.0 mi"),
        ("en_GB", 1.609344, "1.0 mi"),
        ("en_US", 0.05, "160 ft"),
        ("fr_FR", 12.34, "12 km"),
        ("fr_FR", 3.25, "3,2 km"),
        ("de_DE", 0.853, "850 m"),
    ],
)
def test_distances_read_in_the_units_of_the_language(
    default_locale: None, locale: str, km: float, expected: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    assert formatting.distance_km(km).replace("\u202f", " ") == expected


def _venue(source: Source) -> Venue:
    return Venue(
        "ven1",
        "Café de la Gare",
        "cafe",
        Location(45.76, 4.83, "Lyon"),
        Accessibility(WheelchairGrade.PARTIALLY, Entrance(step_free=True, door_width_cm=90)),
        source,
        updated_at=datetime(2026, 10, 1, tzinfo=UTC),
    )


def test_a_venue_from_openstreetmap_carries_the_odbl_notice(qtbot: QtBot) -> None:
    detail = VenueDetail()
    qtbot.addWidget(detail)
    detail.show_venue(
        _venue(Source("OpenStreetMap", "node/1", "https://www.openstreetmap.org/node/1")), []
    )
    assert "OpenStreetMap contributors" in detail.source.text()
    assert "ODbL" in detail.source.accessibleName()
    detail.show_venue(_venue(Source("community")), [])
    assert "ODbL" not in detail.source.text()
