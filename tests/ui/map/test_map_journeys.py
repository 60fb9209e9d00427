"""The results map on *Venues* and *Find a vehicle*, against a tile server on
loopback: tiles fetched as the OSM policy asks, the search's markers, selection
both ways, "Search this area", the plain background offline, the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from tests.ui.conftest import LiveApp
from tests.ui.map.tile_server import TILE_RGB, TileServer

from wheelshare.domain import Location, WheelchairGrade
from wheelshare.ui import theme
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.settings import FIND_MAP_MODE, MAP_TILE_URL, VENUES_MAP_MODE
from wheelshare.ui.venues.page import VenuesPage
from wheelshare.ui.widgets.map_view import MapView


def venues(qtbot: QtBot, ctx: AppContext) -> tuple[VenuesPage, MapView]:
    ctx.settings.set(VENUES_MAP_MODE, "both")
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    view = page.with_map.map
    assert view is not None
    qtbot.waitUntil(lambda: view.is_loaded and len(view.marks_in_view()) > 0, timeout=10_000)
    return page, view


def credit_shown(view: MapView) -> bool:
    """Whether the tiles' credit is drawn in the map's corner."""
    assert view.root is not None
    credit = view.root.findChild(QObject, "attribution")
    assert credit is not None
    return bool(credit.property("visible"))


def click_marker(view: MapView, key: str) -> None:
    """What a marker's tap handler sends."""
    assert view.root is not None
    view.root.markClicked.emit(key)  # type: ignore[attr-defined]


def test_the_map_draws_tiles_and_the_searchs_venues(
    qtbot: QtBot, live_app: LiveApp, tile_server: TileServer, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    ctx.settings.set(MAP_TILE_URL, tile_server.url_template)
    page, view = venues(qtbot, ctx)
    qtbot.waitUntil(lambda: len(tile_server.requests) >= 4, timeout=10_000)
    # The OSM tile policy: an identifying User-Agent on every request.
    assert all(agent.startswith("wheelshare/") for _path, agent in tile_server.requests)

    def tile_on_screen() -> bool:
        image = view.surface.grabFramebuffer()
        return image.pixelColor(5, image.height() // 2) == QColor(*TILE_RGB)

    qtbot.waitUntil(tile_on_screen, timeout=10_000)
    # Zoomed to fit: every venue of the search is in view, in the list's order.
    shown = [page.model.hit(r).venue.id for r in range(page.model.rowCount())]
    assert [m.key for m in view.marks_in_view()] == shown
    # Each is drawn, alone or in a cluster that counts it.
    drawn = view.clusters.rows
    assert sum(d.count for d in drawn) == len(shown)
    assert {d.key for d in drawn if d.count == 1} <= set(shown)
    # The grade is drawn by shape and symbol too, and summed up in words.
    grades = {m.group: (m.shape, m.symbol) for m in view.marks_in_view()}
    assert len({look for look in grades.values()}) == len(grades)
    fully = sum(
        1
        for r in range(page.model.rowCount())
        if page.model.hit(r).venue.accessibility.wheelchair_grade is WheelchairGrade.FULLY
    )
    assert view.summary.startswith(f"{len(shown)} venues in view, {fully} fully accessible")
    assert view.tiles_reachable is True
    assert view.qml_property("offlineText") == ""
    assert view.qml_property("attribution") == "© OpenStreetMap contributors"
    assert credit_shown(view)


def test_selection_follows_between_the_list_and_the_map(
    qtbot: QtBot, live_app: LiveApp, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    page, view = venues(qtbot, ctx)
    # The suite's maps have their tiles turned off: said, and no tiles' credit.
    assert str(view.qml_property("offlineText")).startswith("Map tiles are turned off")
    assert not credit_shown(view)
    second = page.model.hit(1).venue.id
    page.results.selectRow(1)
    assert view.selected_key == second
    # A click on a marker chooses its row and detail.
    third = page.model.hit(2).venue.id
    click_marker(view, third)
    assert page.results.currentIndex().row() == 2
    qtbot.waitUntil(
        lambda: page.detail.venue is not None and page.detail.venue.id == third, timeout=15_000
    )


def test_search_this_area_searches_what_the_map_shows(
    qtbot: QtBot, live_app: LiveApp, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    page, view = venues(qtbot, ctx)
    target = page.model.hit(0).venue
    view.set_view(target.location.lat, target.location.lon, 16)
    before = page.model.total
    qtbot.mouseClick(view.search_area, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.total < before, timeout=10_000)
    search = page._search
    assert search is not None and search.place is not None
    assert abs(search.place.lat - target.location.lat) < 1e-6
    assert 0 < search.radius_km <= 2
    ids = [page.model.hit(r).venue.id for r in range(page.model.rowCount())]
    assert target.id in ids


def test_offline_the_map_names_places_on_a_plain_background(
    qtbot: QtBot, live_app: LiveApp, tile_server: TileServer, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    ctx.settings.set(MAP_TILE_URL, tile_server.url_template)
    tile_server.close()  # the server goes away: offline
    page, view = venues(qtbot, ctx)
    qtbot.waitUntil(lambda: view.tiles_reachable is False, timeout=15_000)
    assert "No map tiles" in str(view.qml_property("offlineText"))
    # No tiles drawn: no credit for them either.
    assert not credit_shown(view)
    qtbot.waitUntil(lambda: len(view.place_names) > 0, timeout=10_000)
    assert len(view.marks_in_view()) == page.model.rowCount()
    image = view.surface.grabFramebuffer()
    assert image.pixelColor(5, image.height() // 2) != QColor(*TILE_RGB)


def test_the_map_works_from_the_keyboard_and_says_what_it_shows(
    qtbot: QtBot, live_app: LiveApp, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    page, view = venues(qtbot, ctx)
    surface = view.frame
    assert surface.accessibleName() == "Map of the results"
    assert view.summary_label.text() and view.search_area.accessibleName()
    surface.setFocus()
    qtbot.waitUntil(surface.hasFocus)
    assert view.qml_property("focused") is True
    frame = surface.grab().toImage()
    assert frame.pixelColor(1, frame.height() // 2) == theme.colour("focus")  # the focus frame
    _lat, lon, zoom = view.view()
    qtbot.keyClick(surface, Qt.Key.Key_Right)
    assert view.view()[1] > lon
    qtbot.keyClick(surface, Qt.Key.Key_Plus)
    assert view.view()[2] == pytest.approx(zoom + 1)
    qtbot.keyClick(surface, Qt.Key.Key_Minus)
    qtbot.keyClick(surface, Qt.Key.Key_Left)
    in_view = view.marks_in_view()
    # Tab goes from marker to marker in the list's order; Enter chooses the row.
    qtbot.keyClick(surface, Qt.Key.Key_Tab)
    assert view.cursor_key == in_view[0].key
    qtbot.keyClick(surface, Qt.Key.Key_Tab)
    assert view.cursor_key == in_view[1].key
    assert in_view[1].name in surface.accessibleDescription()
    qtbot.keyClick(surface, Qt.Key.Key_Return)
    assert page.results.currentIndex().row() == in_view[1].order
    # Shift+Tab from the first marker leaves the map: no keyboard trap.
    qtbot.keyClick(surface, Qt.Key.Key_Backtab)
    qtbot.keyClick(surface, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: not surface.hasFocus())


def test_list_only_is_remembered_and_no_map_is_built(
    qtbot: QtBot, live_app: LiveApp, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    ctx.settings.set(VENUES_MAP_MODE, "both")
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    assert page.with_map.map is not None
    page.with_map.set_mode("list")
    assert ctx.settings.get(VENUES_MAP_MODE) == "list"
    again = VenuesPage(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.with_map.current_mode == "list"
    assert again.with_map.map is None
    assert again.results.isVisible()


# Vehicles are searched for the default dates, which follow the clock.
@pytest.mark.dates
def test_find_a_vehicle_shows_prices_on_its_map(
    qtbot: QtBot, live_app: LiveApp, tmp_path: Path
) -> None:
    ctx = live_app.open(tmp_path / "app")
    ctx.settings.set(FIND_MAP_MODE, "both")
    page = FindPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.form.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.loading, timeout=15_000)
    view = page.with_map.map
    assert view is not None
    qtbot.waitUntil(lambda: view.is_loaded and len(view.marks_in_view()) > 0, timeout=10_000)
    first = page.model.row_object(0)
    assert first is not None
    marks = {m.key: m for m in view.marks_in_view()}
    assert first.vehicle.id in marks
    assert marks[first.vehicle.id].shape == "tag"
    assert any(ch.isdigit() for ch in marks[first.vehicle.id].symbol)
    assert "vehicle" in view.summary
    click_marker(view, first.vehicle.id)
    assert page._selected_id() == first.vehicle.id
    # "Near me" found where the computer is: the map shows it.
    page.form.near_me.position_chosen.emit(Location(45.76, 4.83, city="where you are"))
    assert view.qml_property("hasPosition") is True
    assert view.qml_property("positionLat") == 45.76
