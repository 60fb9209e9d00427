"""Owners' journeys end to end: the real feed on loopback, the app's session, cache
and outbox, driven through the *My vehicles* screen as a person would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wheelshare.cache import search
from wheelshare.cache.queries import VehicleQuery
from wheelshare.domain import Adaptation, BookingStatus, Measurement, Vehicle, clock
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner import data
from wheelshare.ui.owner.badge import InboxBadge
from wheelshare.ui.owner.page import AvailabilityDialog, MyVehiclesPage
from wheelshare.ui.owner.vehicle_form import VehicleDialog

pytestmark = pytest.mark.dates

LYON = (45.764, 4.8357)


def owner_page(qtbot: QtBot, ctx: AppContext) -> MyVehiclesPage:
    page = MyVehiclesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.places.is_ready, timeout=30_000)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def rows(page: MyVehiclesPage) -> list[Vehicle]:
    return page.model.rows()


def search_cache(ctx: AppContext, **query: Any) -> list[Vehicle]:
    with ctx.session.cache.session() as s:
        return [h.vehicle for h in search.search_vehicles(s, VehicleQuery(**query)).items]


def test_owner_lists_a_vehicle_and_another_user_finds_it(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    owner = live_app.feed.owner()
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)
    notes: dict[str, Any] = {}

    def fill(dialog: VehicleDialog) -> None:
        form = dialog.form
        qtbot.keyClicks(form.title, "Kangoo journey van")
        qtbot.keyClicks(form.place, "Lyon")
        form.adaptation_boxes[Adaptation.REAR_RAMP].setChecked(True)
        qtbot.keyClicks(form.measurement_edits[Measurement.RAMP_WIDTH_CM], "900")
        for name, text in (("half_day", "35"), ("day", "-65"), ("week", "350")):
            qtbot.keyClicks(form.price_edits[name], text)
        dialog.save_button.click()  # refused: two problems, shown beside their fields
        notes["still_open"] = dialog.isVisible()
        notes["errors"] = {k: b.error for k, b in form.blocks.items() if b.error}
        notes["banner"] = form.banner.text()
        edit = form.measurement_edits[Measurement.RAMP_WIDTH_CM]
        edit.clear()
        qtbot.keyClicks(edit, "85")
        form.price_edits["day"].clear()
        qtbot.keyClicks(form.price_edits["day"], "65")
        dialog.save_button.click()

    in_dialog(page, fill, notes)
    page.new_button.click()
    assert "error" not in notes, notes.get("error")
    assert notes["still_open"]
    assert set(notes["errors"]) == {"ramp_width_cm", "day"}
    assert "A price cannot be negative." in notes["errors"]["day"]
    assert "2 fields need attention" in notes["banner"]

    # At once: listed here, waiting to be sent; after the sync: confirmed by the feed.
    listed = [v for v in rows(page) if v.title == "Kangoo journey van"]
    assert listed or page.notice.text() == "Saving…"
    qtbot.waitUntil(
        lambda: any(
            v.title == "Kangoo journey van" and not v.id.startswith("local-") for v in rows(page)
        ),
        timeout=30_000,
    )
    mine = next(v for v in rows(page) if v.title == "Kangoo journey van")
    assert mine.prices.day.amount == 6500
    assert mine.measurements.ramp_width_cm == 85

    # Another person's app, on its own data dir, finds it after its own sync.
    other = live_app.open(tmp_path / "other-app")
    found = search_cache(other, near=LYON, radius_km=5, text="Kangoo journey")
    assert [v.id for v in found] == [mine.id]


def press_yes(dialog: QMessageBox) -> None:
    """Answers the question with its *Yes, …* button."""
    for button in dialog.buttons():
        if button.text().startswith("Yes"):
            button.click()
            return
    raise AssertionError(f"no Yes button in {dialog.text()!r}")


def test_owner_accepts_one_request_and_declines_another(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Inbox test van", instant_book=False)
    rita = feed.register("Rita Renter")
    start = clock.now().replace(microsecond=0) + timedelta(days=30)
    first = feed.book(rita, van["id"], start, start + timedelta(days=2)).json()["booking"]
    second = feed.book(
        rita, van["id"], start + timedelta(days=5), start + timedelta(days=6)
    ).json()["booking"]

    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)
    # The navigation's counter, which works before the screen is ever opened.
    counter = InboxBadge(ctx)
    qtbot.waitUntil(lambda: counter.count > 0, timeout=10_000)
    badges: list[tuple[int, str]] = []
    page.badge_changed.connect(lambda n, words: badges.append((n, words)))
    page.refresh()
    qtbot.waitUntil(lambda: bool(badges), timeout=10_000)
    waiting = page.waiting_requests()
    assert badges[-1] == (waiting, f"{waiting} requests waiting")

    inbox = page.inbox
    page.tabs.setCurrentWidget(inbox)

    def select(booking_id: str) -> None:
        model = inbox.view.model()
        for row in range(model.rowCount()):
            b = model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
            if b.id == booking_id:
                inbox.view.selectRow(row)
                return
        raise AssertionError(f"request {booking_id} is not in the inbox")

    select(first["id"])
    assert inbox.selected().renter_name == "Rita Renter"
    assert "Rita Renter asks for Inbox test van from " in inbox.detail.text()
    asked: dict[str, Any] = {}
    in_dialog(page, lambda box: (asked.update(text=box.informativeText()), press_yes(box)), asked)
    inbox.accept_button.click()
    assert "error" not in asked, asked.get("error")
    assert "Rita Renter asks for Inbox test van from " in asked["text"]
    qtbot.waitUntil(lambda: first["id"] in page.view_data.pending_bookings, timeout=10_000)
    select(second["id"])
    in_dialog(page, press_yes, asked)
    inbox.decline_button.click()
    qtbot.waitUntil(
        lambda: (
            {b.id: b.status for b in page.view_data.rentals}.get(second["id"])
            is BookingStatus.DECLINED
        ),
        timeout=30_000,
    )
    statuses = {b.id: b.status for b in page.view_data.rentals}
    assert statuses[first["id"]] is BookingStatus.CONFIRMED
    assert badges[-1][0] == waiting - 2
    qtbot.waitUntil(lambda: counter.count == waiting - 2, timeout=10_000)
    # The renter sees the answers through the feed.
    seen = {
        c["id"]: c["data"]["status"]
        for c in feed.changes(who=rita)["changes"]
        if c["kind"] == "booking"
    }
    assert seen == {first["id"]: "confirmed", second["id"]: "declined"}


def test_availability_blocks_hide_the_vehicle_from_searches(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Blockable van")
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)
    for row in range(page.vehicles_view.model().rowCount()):
        v = page.vehicles_view.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        if v.id == van["id"]:
            page.vehicles_view.selectRow(row)
    assert page.selected_vehicle().id == van["id"]
    start = clock.now().replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=20)
    notes: dict[str, Any] = {}

    def block(dialog: AvailabilityDialog) -> None:
        editor = dialog.editor
        editor.dates.set_range(start, start - timedelta(days=1))
        editor.add_one_off_button.click()  # ends before it starts: refused
        notes["refused"] = editor.until_block.error
        notes["rows_after_refusal"] = editor.model.rowCount()
        editor.dates.set_range(start, start + timedelta(days=3))
        editor.add_one_off_button.click()
        dialog.save_button.click()

    in_dialog(page, block, notes)
    page.availability_button.click()
    qtbot.waitUntil(lambda: "refused" in notes or "error" in notes, timeout=10_000)
    assert "error" not in notes, notes.get("error")
    assert "ends before it starts" in notes["refused"]
    assert notes["rows_after_refusal"] == 0

    def synced_blocks() -> int:
        return len(data.availability(ctx.session.cache, van["id"]).blocks)

    # Sent with the sync the action starts; the feed's answer is applied to the cache.
    qtbot.waitUntil(lambda: synced_blocks() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: van["id"] not in page.view_data.pending_vehicle_ids, timeout=10_000)

    paris = (48.8566, 2.3522)
    inside = search_cache(
        ctx,
        near=paris,
        radius_km=5,
        text="Blockable",
        start=start + timedelta(days=1),
        end=start + timedelta(days=2),
    )
    outside = search_cache(
        ctx,
        near=paris,
        radius_km=5,
        text="Blockable",
        start=start + timedelta(days=5),
        end=start + timedelta(days=6),
    )
    assert inside == []
    assert [v.id for v in outside] == [van["id"]]


def test_a_refusal_from_the_feed_says_why_and_what_to_do(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Withdrawn request van", instant_book=False)
    rita = feed.register("Rita Renter")
    start = clock.now().replace(microsecond=0) + timedelta(days=40)
    booking = feed.book(rita, van["id"], start, start + timedelta(days=1)).json()["booking"]
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)
    # Offline for a moment: the answer waits in the outbox while the renter withdraws.
    ctx.session.sync_now = lambda: None  # type: ignore[method-assign]
    model = page.inbox.view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).id == booking["id"]:
            page.inbox.view.selectRow(row)
    in_dialog(page, press_yes, {})
    page.inbox.accept_button.click()
    qtbot.waitUntil(lambda: booking["id"] in page.view_data.pending_bookings, timeout=10_000)
    assert feed.act(rita, booking["id"], "cancel").status_code == 200
    del ctx.session.sync_now
    live_app.sync(ctx)
    qtbot.waitUntil(lambda: page.refusals.isVisible(), timeout=10_000)
    text = page.refusals.text()
    assert text.startswith("⚠ Accepting a request was refused by the feed.")
    assert "Sync to see where it stands" in text
    page.dismiss_button.click()
    qtbot.waitUntil(lambda: not page.refusals.isVisible(), timeout=10_000)


def test_owner_cancels_a_rental_after_reading_the_consequence(
    qtbot: QtBot, tmp_path: Path, live_app: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Cancellable van", instant_book=True)
    rita = feed.register("Rita Renter")
    start = clock.now().replace(microsecond=0) + timedelta(days=10)
    booking = feed.book(rita, van["id"], start, start + timedelta(days=1)).json()["booking"]
    assert booking["status"] == "confirmed"
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)
    rentals = page.rentals
    page.tabs.setCurrentWidget(rentals)
    model = rentals.upcoming_view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).id == booking["id"]:
            rentals.upcoming_view.selectRow(row)
    assert rentals.cancel_button.isEnabled()
    shown: dict[str, str] = {}

    def confirm() -> None:
        box = next(w for w in rentals.findChildren(QMessageBox) if w.isVisible())
        shown["text"] = box.informativeText()
        yes = next(b for b in box.buttons() if b.text() == "Cancel the &rental")
        yes.click()

    QTimer.singleShot(50, confirm)
    rentals.cancel_button.click()
    assert "Rita Renter gets a full refund of" in shown["text"]
    assert "you will not be paid" in shown["text"]
    qtbot.waitUntil(
        lambda: (
            {b.id: b.status for b in page.view_data.rentals}.get(booking["id"])
            is BookingStatus.CANCELLED
        ),
        timeout=30_000,
    )


def test_owner_edits_then_unlists_a_vehicle(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Editable van")
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)

    def select_van() -> None:
        model = page.vehicles_view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).id == van["id"]:
                page.vehicles_view.selectRow(row)
                return
        raise AssertionError("the van is not listed")

    select_van()
    notes: dict[str, Any] = {}

    def edit(dialog: VehicleDialog) -> None:
        notes["title"] = dialog.windowTitle()
        day = dialog.form.price_edits["day"]
        notes["was"] = day.text()
        day.clear()
        qtbot.keyClicks(day, "72,50")
        dialog.form.instant_book.setChecked(True)
        dialog.save_button.click()

    in_dialog(page, edit, notes)
    page.edit_button.click()
    assert "error" not in notes, notes.get("error")
    assert notes["title"] == "Edit vehicle"
    assert notes["was"] == "50"

    def edited() -> Vehicle | None:
        return next((v for v in rows(page) if v.id == van["id"]), None)

    qtbot.waitUntil(
        lambda: edited() is not None and edited().prices.day.amount == 7250, timeout=30_000
    )
    assert edited().instant_book is True

    select_van()

    def confirm() -> None:
        box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
        notes["question"] = box.text()
        next(b for b in box.buttons() if b.text() == "&Unlist").click()

    QTimer.singleShot(50, confirm)
    page.unlist_button.click()
    assert notes["question"] == "Unlist “Editable van”?"
    qtbot.waitUntil(lambda: edited() is not None and not edited().listed, timeout=30_000)
    other = live_app.open(tmp_path / "other-app")
    assert search_cache(other, near=(48.8566, 2.3522), radius_km=5, text="Editable") == []


def test_owner_lists_an_unlisted_vehicle_again_and_another_user_finds_it(
    qtbot: QtBot, tmp_path: Path, live_app: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Returning van")
    feed.http.delete(
        f"{feed.url}/v1/vehicles/{van['id']}", headers=owner.headers
    ).raise_for_status()
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)

    def van_row() -> Vehicle | None:
        return next((v for v in rows(page) if v.id == van["id"]), None)

    qtbot.waitUntil(lambda: van_row() is not None, timeout=10_000)
    assert not van_row().listed  # type: ignore[union-attr]
    model = page.vehicles_view.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == van["id"]
    )
    page.vehicles_view.selectRow(row)
    assert page.relist_button.isEnabled()
    assert not page.unlist_button.isEnabled()
    page.relist_button.click()
    qtbot.waitUntil(lambda: van_row() is not None and van_row().listed, timeout=30_000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: ctx.session.state.pending == 0, timeout=30_000)

    other = live_app.open(tmp_path / "other-app")
    found = search_cache(other, near=(48.8566, 2.3522), radius_km=5, text="Returning")
    assert [v.id for v in found] == [van["id"]]
