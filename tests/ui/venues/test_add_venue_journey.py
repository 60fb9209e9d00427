"""A member adds a missing venue from the keyboard; it waits for a moderator, who
approves it; after a sync a third person finds it, its facts credited to her."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.domain import VenueCriterion
from wheelshare.feed import moderators
from wheelshare.feed.models import User
from wheelshare.feed.testing import Account, LiveFeed
from wheelshare.sync import moderation
from wheelshare.sync.client import FeedClient
from wheelshare.ui.venues.add_dialog import AddVenueDialog
from wheelshare.ui.venues.models import CriteriaModel
from wheelshare.ui.venues.page import VenuesPage

pytestmark = pytest.mark.dates

# Typed by key presses, which carry plain letters only.
NAME = "Le Fauteuil Bleu"


def _moderator(feed: LiveFeed) -> Account:
    account = feed.register("Mo")
    with feed.db.write() as s:
        user = s.get(User, account.id)
        assert user is not None
        moderators.grant(s, user)
    return account


def _page(qtbot: QtBot, ctx: Any) -> VenuesPage:
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    return page


def _source_of(page: VenuesPage, criterion: VenueCriterion) -> str:
    model = page.detail.criteria
    for row in range(model.rowCount()):
        found = model.row_object(row)
        if found is not None and found.criterion is criterion:
            return str(model.index(row, CriteriaModel.SOURCE).data())
    raise AssertionError(f"{criterion} is not on the detail")


def test_a_new_members_venue_waits_is_approved_and_reaches_a_third_person(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed: LiveFeed = live_app.feed
    ana, mo, tom = feed.register("Ana"), _moderator(feed), feed.register("Tom")
    ctx = live_app.open(tmp_path / "ana", ana.email, ana.password)
    page = _page(qtbot, ctx)
    notes: dict[str, Any] = {}

    def fill(dialog: AddVenueDialog) -> None:
        def key(widget: Any, k: Qt.Key) -> None:
            qtbot.keyClick(widget, k)

        qtbot.keyClicks(dialog.name_edit, NAME)
        # The category is chosen by typing its first letters, as in any list.
        qtbot.keyClicks(dialog.category_combo, "Caf")
        notes["category"] = dialog.category_combo.currentText()
        qtbot.keyClicks(dialog.place, "Paris")
        door = dialog.editors[VenueCriterion.DOOR_WIDTH_CM]
        door.setFocus()
        qtbot.keyClicks(door, "90")
        # Sent before agreeing to the licence: said beside the box, nothing lost.
        key(dialog.add_button, Qt.Key.Key_Space)
        notes["consent"] = dialog.blocks["odbl_consent"].error
        notes["kept"] = (dialog.name_edit.text(), dialog.place.text(), door.text())
        notes["point"] = dialog.point.text()
        dialog.consent.setFocus()
        key(dialog.consent, Qt.Key.Key_Space)
        key(dialog.add_button, Qt.Key.Key_Space)

    in_dialog(page, fill, notes)
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert "error" not in notes, notes.get("error")
    assert notes["category"] == "Café"
    assert "Tick this box" in notes["consent"]
    assert notes["kept"] == (NAME, "Paris", "90")
    assert notes["point"].startswith("The venue will be put on the map in Paris, at 48.")

    # Sent: the feed holds it for a moderator; nobody sees it yet.
    def waiting() -> list[Any]:
        with FeedClient(feed.url) as c:
            c.token = mo.token
            return [w for w in moderation.fetch_queue(c).contributions if w.venue_name == NAME]

    qtbot.waitUntil(lambda: bool(waiting()), timeout=30_000)
    public, _ = feed.all_changes()
    assert not [c for c in public if c["kind"] == "venue" and c["data"]["name"] == NAME]

    with FeedClient(feed.url) as c:
        c.token = mo.token
        moderation.decide(c, moderation.Decision.APPROVE, waiting()[0].id, "")

    other = live_app.open(tmp_path / "tom", tom.email, tom.password)
    tom_page = _page(qtbot, other)
    qtbot.keyClicks(tom_page.form.text, NAME)
    qtbot.keyClick(tom_page.form.text, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: tom_page.model.rowCount() == 1 and tom_page.model.hit(0).venue.name == NAME,
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: tom_page.detail.title.text() == NAME, timeout=10_000)
    door = _source_of(tom_page, VenueCriterion.DOOR_WIDTH_CM)
    assert door.startswith("Ana, a member, ") and "approved by a moderator" in door
