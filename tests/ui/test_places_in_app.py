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

from geo.fake_nominatim import fake_nominatim
from wheelshare import __version__
from wheelshare.domain import Accessibility, Entrance, Location, Source, Venue, WheelchairGrade
from wheelshare.ui import formatting
from wheelshare.ui.about import AboutDialog
from wheelshare.ui.account.home import HomeLocationBox
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.criteria import SearchCriteria
from wheelshare.ui.find.geocoding import PlaceGeocoder
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.find.search_form import SearchForm
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.settings import HOME_LOCATION
from wheelshare.ui.venues.detail import VenueDetail
from wheelshare.ui.venues.search_form import VenueSearchForm

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


# -- Find a vehicle: near me, and places looked up online ---------------------------


def _find(window: MainWindow) -> FindPage:
    page = window.page("find")
    assert isinstance(page, FindPage)
    return page


def test_near_me_is_off_and_says_why_until_a_home_is_saved_then_fills_the_place(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    form = _find(window).form
    assert not form.near_me.isEnabled()
    assert "No home location" in form.near_me.accessibleDescription()
    assert form.near_me.toolTip() == form.near_me.accessibleDescription()
    assert form.near_me.accessibleName() == "Near me"

    home = Location(45.764, 4.8357, city="Lyon", address="Lyon, France")
    ctx.settings.set(HOME_LOCATION, home)
    assert form.near_me.isEnabled()
    assert "Lyon, France" in form.near_me.accessibleDescription()

    requested: list[SearchCriteria] = []
    form.search_requested.connect(requested.append)
    qtbot.mouseClick(form.near_me, Qt.MouseButton.LeftButton)
    assert form.place_edit.text() == "Lyon, France"
    qtbot.mouseClick(form.search_button, Qt.MouseButton.LeftButton)
    assert len(requested) == 1
    assert requested[0].location == home


def _submit_and_wait(form: SearchForm, qtbot: QtBot, text: str) -> SearchCriteria:
    requested: list[SearchCriteria] = []
    form.search_requested.connect(requested.append)
    form.place_edit.setText(text)
    qtbot.mouseClick(form.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(requested) or bool(form.fields["place"].error), timeout=15_000)
    assert requested, form.fields["place"].error
    return requested[0]


def test_a_place_the_offline_list_lacks_is_looked_up_online_on_submit(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    form = _find(window).form
    with fake_nominatim() as fake:
        PlaceGeocoder.shared(ctx.data_dir, ctx.worker).options.update(
            domain=fake.domain, scheme="http", allow_network=True
        )
        # Typing asks nothing of the server: Nominatim forbids autocomplete.
        qtbot.keyClicks(form.place_edit, "Gare de")
        qtbot.wait(400)
        assert fake.requests == []
        criteria = _submit_and_wait(form, qtbot, "Gare de Lyon, Paris 12e")
        assert [r.path for r in fake.requests] == ["/search"]
    assert criteria.location is not None
    assert abs(criteria.location.lat - 48.8448) < 1e-3
    assert "Found online" in form.place_source.text()
    assert form.place_source.isVisible()


def test_when_the_online_search_fails_the_offline_list_answers_and_says_why(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    form = _find(window).form
    with fake_nominatim() as fake:
        fake.mode = "broken"
        PlaceGeocoder.shared(ctx.data_dir, ctx.worker).options.update(
            domain=fake.domain, scheme="http", allow_network=True
        )
        criteria = _submit_and_wait(form, qtbot, "Grenoble")
        assert len(fake.requests) == 1
    assert criteria.location is not None
    assert criteria.place.startswith("Grenoble")
    source = form.place_source.text()
    assert "online place search is unavailable" in source
    assert "looked up in the offline list" in source


def test_a_place_nobody_knows_says_so_after_the_lookup(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    form = _find(window).form
    requested: list[SearchCriteria] = []
    form.search_requested.connect(requested.append)
    form.place_edit.setText("Xqzzyville")
    qtbot.mouseClick(form.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.fields["place"].error), timeout=15_000)
    assert "No known place is called “Xqzzyville”" in form.fields["place"].error
    assert requested == []


# -- Account & settings: the home location, used by Venues' near me -----------------


def test_the_home_location_is_chosen_from_the_list_saved_and_used_by_venues(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    account = window.page("account")
    box = account.findChild(HomeLocationBox)
    assert box is not None
    assert box.edit.accessibleName() == "Home location"

    # Something not from the list is refused, in words.
    box.edit.setText("Atlantis")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "choose a place from the list" in box.notice.text()
    assert ctx.settings.get(HOME_LOCATION) is None

    box.edit.setFocus()
    box.edit.clear()
    qtbot.keyClicks(box.edit, "Greno")
    qtbot.waitUntil(lambda: box.completer.completionModel().rowCount() > 0, timeout=15_000)
    label = box.completer.completionModel().index(0, 0).data()
    box.edit.setText(label)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    home = ctx.settings.get(HOME_LOCATION)
    assert home is not None and "Grenoble" in (home.city or home.address)
    assert abs(home.lat - 45.17) < 0.1
    assert "Saved" in box.notice.text()

    venues = window.page("venues")
    form = venues.findChild(VenueSearchForm)
    assert form is not None and form.near_me.isEnabled()
    qtbot.mouseClick(form.near_me, Qt.MouseButton.LeftButton)
    query = form.query()
    assert query is not None and query.place == home

    qtbot.mouseClick(box.forget_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.get(HOME_LOCATION) is None
    assert not form.near_me.isEnabled()
    assert "No home location" in form.near_me.toolTip()


@pytest.mark.parametrize(("locale", "suffix", "km"), [("en_US", " mi", 8), ("fr_FR", " km", 5)])
def test_the_search_radius_is_typed_in_the_same_units_as_distances_are_shown(
    make_app: AppFactory,
    data_dir: Path,
    qtbot: QtBot,
    default_locale: None,
    locale: str,
    suffix: str,
    km: int,
) -> None:
    ctx, _window = make_app("--data-dir", str(data_dir), "--no-sync")
    QLocale.setDefault(QLocale(locale))
    form = SearchForm(ctx.settings)
    qtbot.addWidget(form)
    assert form.radius.suffix() == suffix
    form.radius.setValue(5)
    assert form.criteria().radius_km == km
    venues = VenueSearchForm(lambda _text: [], settings=ctx.settings)
    qtbot.addWidget(venues)
    assert venues.radius.suffix() == suffix


def test_look_up_online_asks_the_server_even_for_a_place_the_offline_list_knows(
    make_app: AppFactory, data_dir: Path, qtbot: QtBot
) -> None:
    ctx, window = make_app("--data-dir", str(data_dir), "--no-sync")
    form = _find(window).form
    assert form.search_online.accessibleName() == "Look up the place online"
    requested: list[SearchCriteria] = []
    form.search_requested.connect(requested.append)
    with fake_nominatim() as fake:
        PlaceGeocoder.shared(ctx.data_dir, ctx.worker).options.update(
            domain=fake.domain, scheme="http", allow_network=True
        )
        form.place_edit.setText("Gare de Lyon")
        qtbot.mouseClick(form.search_online, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(requested), timeout=15_000)
        assert [r.path for r in fake.requests] == ["/search"]
    assert "Found online" in form.place_source.text()
    assert requested[0].location is not None
    assert requested[0].location.lon == pytest.approx(2.3735)
