"""The renter and the owner record the start-of-rental report together, each
in their own app against a real feed: the renter adds the photos and the
readings and confirms, the owner sees that and confirms, and both apps then
show the report as confirmed by both."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.domain import clock
from wheelshare.domain.handover import REQUIRED_POSITIONS, Position
from wheelshare.ui.bookings.handover_dialog import HandoverDialog
from wheelshare.ui.bookings.page import BookingsPage


def _picture(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (160, 120), "teal").save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def _fill_and_confirm(qtbot: QtBot, picture: Path) -> Any:
    def act(dialog: HandoverDialog) -> None:
        assert dialog.confirm_button is not None
        dialog.photos.choose_file = lambda: picture
        positions = list(Position)
        for position in REQUIRED_POSITIONS:
            dialog.photos.add_photo()
            assert dialog.photos.criterion is not None
            dialog.photos.criterion.setCurrentIndex(positions.index(position))
            dialog.photos.criterion.activated.emit(positions.index(position))
            qtbot.keyClicks(dialog.photos.description, f"The {position.value} of the van")
        ticks = [dialog.required.item(i).text() for i in range(dialog.required.count())]
        assert all(t.startswith("✓") for t in ticks), ticks
        qtbot.keyClicks(dialog.fuel, "75")
        qtbot.keyClicks(dialog.odometer, "42100")
        dialog.confirm_button.click()

    return act


def test_renter_and_owner_each_confirm_and_both_see_it_confirmed(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner, renter = feed.register("Olivia Owner"), feed.register("Rémi Renter")
    vehicle = feed.create_vehicle(owner, instant_book=True)
    start = clock.now().replace(microsecond=0) + timedelta(hours=2)
    r = feed.book(renter, vehicle["id"], start, start + timedelta(days=1))
    assert r.status_code == 201, r.text

    renter_ctx = live_app.open(tmp_path / "renter", renter.email, renter.password)
    renter_page = BookingsPage(renter_ctx)
    qtbot.addWidget(renter_page)
    qtbot.waitUntil(lambda: renter_page.model.rowCount() == 1, timeout=10_000)
    renter_page.table.selectRow(0)
    actions = renter_page.handover
    qtbot.waitUntil(actions.record_button.isEnabled, timeout=10_000)
    assert actions.damage_button.toolTip().startswith("Damage can be reported once")

    notes: dict[str, Any] = {}
    in_dialog(actions, _fill_and_confirm(qtbot, _picture(tmp_path / "side.jpg")), notes)
    actions.record_button.click()
    assert "error" not in notes, notes.get("error")
    qtbot.waitUntil(lambda: renter_ctx.session.state.pending == 0, timeout=20_000)
    qtbot.waitUntil(lambda: "waiting for the other" in actions.summary.text(), timeout=20_000)

    owner_ctx = live_app.open(tmp_path / "owner", owner.email, owner.password)
    owner_page = BookingsPage(owner_ctx)
    qtbot.addWidget(owner_page)
    rentals = owner_page.more.owner
    qtbot.waitUntil(lambda: rentals.upcoming.rowCount() == 1, timeout=10_000)
    rentals.upcoming_view.selectRow(0)
    theirs = owner_page.more.handover
    qtbot.waitUntil(theirs.record_button.isEnabled, timeout=10_000)
    seen: dict[str, Any] = {}

    def confirm(dialog: HandoverDialog) -> None:
        seen["status"] = dialog.status.text()
        gallery = dialog.recorded
        seen["photos"] = [
            gallery.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(gallery.count())
        ]
        # The pictures themselves arrive, fetched with the owner's sign-in.
        qtbot.waitUntil(
            lambda: all(not gallery.item(i).icon().isNull() for i in range(gallery.count())),
            timeout=10_000,
        )
        assert dialog.confirm_button is not None
        dialog.confirm_button.click()

    in_dialog(theirs, confirm, notes)
    theirs.record_button.click()
    assert "error" not in notes, notes.get("error")
    assert seen == {
        "status": "The renter has confirmed it; you have not yet.",
        "photos": [f"The {p.value} of the van" for p in REQUIRED_POSITIONS],
    }
    qtbot.waitUntil(lambda: owner_ctx.session.state.pending == 0, timeout=20_000)
    qtbot.waitUntil(
        lambda: "Start-of-rental report: confirmed by both" in theirs.summary.text(),
        timeout=20_000,
    )
    # Between the confirmed start report and the end report's window, the
    # report can no longer be recorded but can still be read.
    assert not theirs.record_button.isEnabled()
    assert theirs.view_button.isEnabled()
    looked: dict[str, Any] = {}

    def look(dialog: HandoverDialog) -> None:
        looked["read only"] = dialog.confirm_button is None and dialog.fuel.isReadOnly()
        looked["fuel"] = dialog.fuel.text()
        looked["photos"] = dialog.recorded.count()

    in_dialog(theirs, look, notes)
    theirs.view_button.click()
    assert "error" not in notes, notes.get("error")
    assert looked == {"read only": True, "fuel": "75", "photos": len(REQUIRED_POSITIONS)}
    live_app.sync(renter_ctx)
    qtbot.waitUntil(
        lambda: "Start-of-rental report: confirmed by both" in actions.summary.text(),
        timeout=20_000,
    )
