"""The results of *Find a vehicle* follow the filters: a box ticked changes them
without Search, and Enter in any field searches at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.domain import Adaptation
from wheelshare.feed.testing import LiveFeed
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.page import FindPage
from wheelshare.ui.main_window import MainWindow

from ..helpers import sign_in_renter, wait_synced

pytestmark = pytest.mark.dates

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


def test_ticking_a_need_changes_the_results_and_enter_searches(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    find = window.page("find")
    assert isinstance(find, FindPage)
    form = find.form
    qtbot.waitUntil(lambda: not find.model.loading and find.model.total > 0, timeout=10_000)
    everything = find.model.total
    said = find.count_label.text()
    searches: list[object] = []
    form.search_requested.connect(searches.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)

    # Space on "Rear ramp": fewer vehicles, and the count line says so; Search untouched.
    ramp = form.adaptation_boxes[Adaptation.REAR_RAMP]
    ramp.setFocus()
    qtbot.keyClick(ramp, Qt.Key.Key_Space)
    assert ramp.isChecked()
    qtbot.waitUntil(
        lambda: not find.model.loading and 0 < find.model.total < everything, timeout=10_000
    )
    qtbot.waitUntil(lambda: find.count_label.text() != said, timeout=5_000)
    assert len(searches) == 1, "one tick, one search"
    assert find.criteria is not None
    assert find.criteria.adaptations == frozenset({Adaptation.REAR_RAMP})

    # A number typed, then Enter: the search runs at the key press, once.
    places = form.places_spin
    places.setFocus()
    places.selectAll()
    qtbot.keyClicks(places, "1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(searches) == 2, "Enter did not search"
    assert find.criteria.min_wheelchair_places == 1
    qtbot.wait(500)  # the change typed does not search a second time
    assert len(searches) == 2
