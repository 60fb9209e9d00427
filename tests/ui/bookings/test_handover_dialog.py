"""The handover dialog on its own: a photo of the report taken out before it is
confirmed, and no ordering buttons for photos known by where they were taken."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from wheelshare.domain import Booking, BookingStatus, Money, Period, clock
from wheelshare.domain.handover import HandoverPhoto, HandoverReport, Moment, Position
from wheelshare.domain.photo import PhotoFileRef
from wheelshare.ui.bookings.handover_dialog import HandoverDialog


def _dialog(qtbot: QtBot, *, read_only: bool = False) -> HandoverDialog:
    start = clock.now().replace(microsecond=0) + timedelta(hours=2)
    booking = Booking(
        "b-1",
        "v-1",
        "renter-1",
        "owner-1",
        Period(start, start + timedelta(days=1)),
        BookingStatus.CONFIRMED,
        Money(6500),
        vehicle_title="Kangoo with a ramp",
    )
    ref = PhotoFileRef("0" * 64, 320, 240)
    photos = tuple(
        HandoverPhoto(f"hp-{p.value}", p, f"The {p.value}, no marks", ref, ref)
        for p in (Position.FRONT, Position.BACK, Position.RAMP_OR_LIFT)
    )
    report = HandoverReport("r-1", booking.id, Moment.START, 80, 42100, "", photos, True, False)
    dialog = HandoverDialog(booking, Moment.START, report, i_am_renter=False, read_only=read_only)
    qtbot.addWidget(dialog)
    return dialog


def _ticks(dialog: HandoverDialog) -> list[str]:
    return [dialog.required.item(i).text() for i in range(dialog.required.count())]


def test_a_photo_taken_out_of_the_report_is_sent_as_removed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    assert dialog.photos.add_button.isVisible()
    assert not dialog.photos.up_button.isVisible() and not dialog.photos.down_button.isVisible()
    assert "✓ Back: photo taken" in _ticks(dialog)

    dialog.recorded.setCurrentRow(1)
    dialog.remove_recorded.click()
    names = [dialog.recorded.item(i).text() for i in range(dialog.recorded.count())]
    assert names == ["The front, no marks", "The ramp_or_lift, no marks"]
    assert "✗ Back: no photo yet" in _ticks(dialog)

    assert dialog.save_button is not None
    dialog.save_button.click()
    assert dialog.result() == HandoverDialog.DialogCode.Accepted
    assert dialog.removed_photo_ids == ["hp-back"]


def test_a_report_opened_to_read_offers_no_change(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, read_only=True)
    dialog.show()
    assert dialog.confirm_button is None and dialog.save_button is None
    assert not dialog.remove_recorded.isVisible() and not dialog.photos.isVisible()
    assert dialog.fuel.isReadOnly() and dialog.notes_edit.isReadOnly()
