""" "Near me" with the system's position: off by default; with the person's
leave it asks the system, and uses the saved home when the system cannot say
(a machine without GeoClue, as here) — without an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from pytestqt.qtbot import QtBot

from wheelshare.domain import Location
from wheelshare.ui import position
from wheelshare.ui.account import home as home_module
from wheelshare.ui.account.home import NearMeButton
from wheelshare.ui.settings import HOME_LOCATION, USE_SYSTEM_POSITION, Settings

LYON = Location(45.764, 4.8357, city="Lyon", address="Lyon, France")


def button(qtbot: QtBot, tmp_path: Path) -> tuple[NearMeButton, Settings, list[object]]:
    settings = Settings.in_data_dir(tmp_path)
    near = NearMeButton(settings)
    qtbot.addWidget(near)
    chosen: list[object] = []
    near.home_chosen.connect(lambda loc: chosen.append(("home", loc)))
    near.position_chosen.connect(lambda loc: chosen.append(("position", loc)))
    return near, settings, chosen


def test_without_leave_the_system_is_not_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    near, settings, chosen = button(qtbot, tmp_path)
    settings.set(HOME_LOCATION, LYON)
    monkeypatch.setattr(home_module, "PositionRequest", None)  # would fail if called
    qtbot.mouseClick(near, Qt.MouseButton.LeftButton)
    assert chosen == [("home", LYON)]


def test_with_leave_but_no_positioning_service_the_home_is_used(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    near, settings, chosen = button(qtbot, tmp_path)
    assert not near.isEnabled()
    settings.set(USE_SYSTEM_POSITION, True)
    assert near.isEnabled()
    assert "where this computer is" in near.accessibleDescription()
    settings.set(HOME_LOCATION, LYON)
    monkeypatch.setattr(position, "TIMEOUT_MS", 300)
    qtbot.mouseClick(near, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen), timeout=5_000)
    assert chosen == [("home", LYON)]


class _Found(QObject):
    found = Signal(float, float)
    unavailable = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QTimer.singleShot(0, self, lambda: self.found.emit(48.8606, 2.3376))


def test_with_leave_the_systems_position_fills_the_search(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    near, settings, chosen = button(qtbot, tmp_path)
    settings.set(USE_SYSTEM_POSITION, True)
    monkeypatch.setattr(home_module, "PositionRequest", _Found)
    qtbot.mouseClick(near, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen), timeout=5_000)
    kind, where = chosen[0]
    assert kind == "position"
    assert isinstance(where, Location) and (where.lat, where.lon) == (48.8606, 2.3376)
