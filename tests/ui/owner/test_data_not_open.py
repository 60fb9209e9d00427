"""Before the data is open (the app starting, or switching feeds), a screen says
so and every action it starts ends with words, never a "Saving…" left on screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wheelshare.domain import Booking, BookingStatus, Money, Period
from wheelshare.ui.context import AppContext
from wheelshare.ui.owner.page import MyVehiclesPage

START = datetime(2031, 5, 1, 9, tzinfo=UTC)


def _request() -> Booking:
    return Booking(
        "b1",
        "veh1",
        "renter1",
        "owner",
        Period(START, START + timedelta(days=2)),
        BookingStatus.REQUESTED,
        Money(13000),
        renter_name="Renter 1",
        vehicle_title="Van 1",
    )


def test_my_vehicles_says_it_is_loading_and_offers_no_listing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = MyVehiclesPage(ctx)
    qtbot.addWidget(page)
    assert not ctx.session.is_ready
    assert page.notice.isVisibleTo(page)
    assert page.notice.text().startswith("Loading your data")
    assert not page.new_button.isEnabled()


def test_saving_does_not_stay_on_screen_while_the_data_is_not_open(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = MyVehiclesPage(ctx)
    qtbot.addWidget(page)

    def say_yes(box: QMessageBox) -> None:  # accepting asks first
        yes = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
        QTimer.singleShot(0, yes[0].click)

    page.dialog_opened.connect(say_yes)
    page.accept(_request())
    assert page.notice.text() == "Saving…"
    qtbot.waitUntil(lambda: page.notice.text() != "Saving…", timeout=5_000)
    assert "still opening its data" in page.notice.text()
    assert page.notice.objectName() == "formError"
