"""The handover dialog on its own: a photo of the report taken out before it is
confirmed, and no ordering buttons for photos known by where they were taken."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from wheelshare.domain import Booking, BookingStatus, Money, Period, clock
from wheelshare.domain.handover import HandoverPhoto, HandoverReport, Moment, Position
from wheelshare.domain.photo import PhotoFileRef
from wheelshare.ui import formatting
from wheelshare.ui.bookings.handover_dialog import HandoverDialog


def _booking() -> Booking:
    start = clock.now().replace(microsecond=0) + timedelta(hours=2)
    return Booking(
        "b-1",
        "v-1",
        "renter-1",
        "owner-1",
        Period(start, start + timedelta(days=1)),
        BookingStatus.CONFIRMED,
        Money(6500),
        vehicle_title="Kangoo with a ramp",
    )


def _photos() -> tuple[HandoverPhoto, ...]:
    ref = PhotoFileRef("0" * 64, 320, 240)
    return tuple(
        HandoverPhoto(f"hp-{p.value}", p, f"The {p.value}, no marks", ref, ref)
        for p in (Position.FRONT, Position.BACK, Position.RAMP_OR_LIFT)
    )


def _dialog(qtbot: QtBot, *, read_only: bool = False) -> HandoverDialog:
    booking = _booking()
    report = HandoverReport("r-1", booking.id, Moment.START, 80, 42100, "", _photos(), True, False)
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


def _shown_texts(dialog: HandoverDialog) -> str:
    return "\n".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())


def test_a_report_both_confirmed_shows_who_confirmed_and_when_not_how_to_fill_it(
    qtbot: QtBot,
) -> None:
    booking = _booking()
    renter_at = datetime(2026, 5, 1, 8, 30, tzinfo=UTC)
    owner_at = datetime(2026, 5, 1, 8, 45, tzinfo=UTC)
    report = HandoverReport(
        "r-2", booking.id, Moment.START, 80, 42100, "A scratch on the left door", _photos(),
        True, True, owner_at, renter_confirmed_at=renter_at, owner_confirmed_at=owner_at,
    )  # fmt: skip
    dialog = HandoverDialog(booking, Moment.START, report, i_am_renter=True)
    qtbot.addWidget(dialog)
    dialog.show()

    shown = _shown_texts(dialog)
    # What was recorded, who confirmed it and when.
    assert f"The renter confirmed it on {formatting.date_time_short(renter_at)}." in shown
    assert f"The owner confirmed it on {formatting.date_time_short(owner_at)}." in shown
    assert "It can no longer change." in shown
    assert dialog.status.accessibleDescription() == dialog.status.text()
    assert dialog.notes_edit.toPlainText() == "A scratch on the left door"
    # None of the instructions for filling it in.
    assert "Walk round the vehicle" not in shown
    assert "0 for empty" not in shown and "Scratches, dents" not in shown
    assert dialog.confirm_button is None and not dialog.photos.isVisible()
    assert "✗ Left side: no photo" in _ticks(dialog)  # not "yet": nothing more comes
