"""The handover part of a booking's detail, for its renter and its owner alike:
where its start and end reports and any damage report stand, *Record the
handover…* (greyed outside the reports' windows, saying when they open),
*View the handover report…* (any report recorded, read-only, at any time: it is
both parties' record) and *Report damage…* (within 5 days after the end)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from wheelshare.domain import Booking, BookingStatus, clock
from wheelshare.domain.handover import (
    DamageReport,
    HandoverReport,
    Moment,
    damage_open,
    damage_window,
    open_window,
    window,
)
from wheelshare.ui import formatting
from wheelshare.ui.bookings.damage_dialog import DamageDialog
from wheelshare.ui.bookings.handover_dialog import HandoverDialog, report_title
from wheelshare.ui.context import AppContext
from wheelshare.ui.photo_source import HandoverPhotoSource
from wheelshare.ui.problems import describe
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.greyed import say_why_greyed

if TYPE_CHECKING:
    from wheelshare.cache import Cache

_HANDED_OVER = (BookingStatus.CONFIRMED, BookingStatus.COMPLETED)


@dataclass(frozen=True)
class BookingReports:
    reports: dict[Moment, HandoverReport] = field(default_factory=dict)
    damage: DamageReport | None = None


def _load(cache: Cache, booking_id: str) -> BookingReports:
    # Imported on the worker: the database layer is slow to import.
    from wheelshare.cache import handover

    with cache.session() as s:
        return BookingReports(
            handover.reports_for(s, booking_id), handover.damage_for(s, booking_id)
        )


class HandoverActions(QWidget):
    """Shows the selected booking's reports and opens their dialogs."""

    # Each dialog as it opens, for tests and the help page.
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.booking: Booking | None = None
        self.i_am_renter = True
        self.loaded = BookingReports()
        self.photo_source = HandoverPhotoSource(ctx)
        # The booking whose reports ``loaded`` holds: nothing opens before they are read.
        self._loaded_for: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("handoverSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.summary)
        row = QWidget(self)
        row.setSizePolicy(flow_policy())
        buttons = FlowLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.record_button = QPushButton(row)
        self.record_button.setObjectName("recordHandover")
        self.record_button.clicked.connect(self.record)
        self.view_button = QPushButton(row)
        self.view_button.setObjectName("viewHandover")
        self.view_button.clicked.connect(self.view)
        # With both reports recorded, the button offers a choice of the two.
        self.view_menu = QMenu(self.view_button)
        self.damage_button = QPushButton(row)
        self.damage_button.setObjectName("reportDamage")
        self.damage_button.clicked.connect(self.report_damage)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.damage_button)
        layout.addWidget(row)
        self._why_record = say_why_greyed(self.record_button, self._record_greyed)
        self._why_damage = say_why_greyed(self.damage_button, self._damage_greyed)
        self._why_view = say_why_greyed(self.view_button, self._view_greyed)
        ctx.session.data_changed.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("&Record the handover…"))
        self.view_button.setText(self.tr("View the &handover report…"))
        self.view_menu.setAccessibleName(self.tr("Which handover report"))
        self.damage_button.setText(self.tr("Report dama&ge…"))
        self.summary.setAccessibleName(self.tr("Handover reports"))
        self._update()

    # ---------------------------------------------------------------- state
    def set_booking(self, booking: Booking | None, *, i_am_renter: bool) -> None:
        self.booking = booking
        self.i_am_renter = i_am_renter
        if booking is None or booking.id != self._loaded_for:
            self.loaded = BookingReports()
            self._loaded_for = None
        self._update()
        self.reload()

    def reload(self) -> None:
        booking = self.booking
        if booking is None or not self.ctx.session.is_ready:
            return
        self.ctx.session.query(
            lambda cache: _load(cache, booking.id), lambda r: self._loaded(booking.id, r)
        )

    def _loaded(self, booking_id: str, loaded: BookingReports) -> None:
        if self.booking is not None and self.booking.id == booking_id:
            self.loaded = loaded
            self._loaded_for = booking_id
            self._update()

    def _moment(self) -> Moment | None:
        b = self.booking
        if b is None or b.status not in _HANDED_OVER or self._loaded_for != b.id:
            return None
        start = self.loaded.reports.get(Moment.START)
        locked = start is not None and start.locked
        return open_window(b.period.start, b.period.end, clock.now(), start_locked=locked)

    def _damage_allowed(self) -> bool:
        b = self.booking
        return (
            b is not None
            and self._loaded_for == b.id
            and b.status in _HANDED_OVER
            and self.loaded.damage is None
            and damage_open(b.period.end, clock.now())
        )

    def _update(self) -> None:
        b = self.booking
        self.setVisible(b is not None and b.status in _HANDED_OVER)
        moment = self._moment()
        self.record_button.setEnabled(moment is not None)
        if moment is not None:
            self.record_button.setText(
                self.tr("&Record the handover: {report}…").format(report=report_title(moment))
            )
        else:
            self.record_button.setText(self.tr("&Record the handover…"))
        self.damage_button.setEnabled(self._damage_allowed())
        viewable = self.viewable()
        self.view_button.setEnabled(bool(viewable))
        self.view_menu.clear()
        for m in viewable:
            action = self.view_menu.addAction(report_title(m))
            action.triggered.connect(lambda _checked=False, m=m: self.view_report(m))
        self._why_record()
        self._why_damage()
        self._why_view()
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        lines = []
        for moment in Moment:
            report = self.loaded.reports.get(moment)
            if report is None:
                state = self.tr("not recorded yet")
            elif report.locked:
                state = self.tr("confirmed by both")
            elif report.renter_confirmed or report.owner_confirmed:
                state = self.tr("confirmed by one of you, waiting for the other")
            else:
                state = self.tr("draft, not confirmed yet")
            lines.append(
                self.tr("{report}: {state}").format(report=report_title(moment), state=state)
            )
        if self.loaded.damage is not None:
            lines.append(
                self.tr("Damage reported: {text}").format(text=self.loaded.damage.description)
            )
        return "\n".join(lines)

    def _record_greyed(self) -> str:
        b = self.booking
        if b is None:
            return self.tr("Choose one booking in the list first.")
        if b.status not in _HANDED_OVER:
            return self.tr("Only a confirmed booking has handover reports.")
        if self._loaded_for != b.id:
            return self.tr("Reading this booking's reports…")
        now = clock.now()
        start_opens, _ = window(Moment.START, b.period.start, b.period.end)
        end_opens, end_closes = window(Moment.END, b.period.start, b.period.end)
        if now < start_opens:
            return self.tr("The handover can be recorded from {when}.").format(
                when=formatting.date_time_short(start_opens)
            )
        if now < end_opens:
            return self.tr(
                "The start report is confirmed by both; the end report can be recorded from {when}."
            ).format(when=formatting.date_time_short(end_opens))
        return self.tr("The end report could be recorded until {when}.").format(
            when=formatting.date_time_short(end_closes)
        )

    def viewable(self) -> list[Moment]:
        """The reports recorded for the selected booking, which may always be read."""
        b = self.booking
        if b is None or self._loaded_for != b.id:
            return []
        return [m for m in Moment if m in self.loaded.reports]

    def _view_greyed(self) -> str:
        b = self.booking
        if b is None:
            return self.tr("Choose one booking in the list first.")
        if self._loaded_for != b.id:
            return self.tr("Reading this booking's reports…")
        return self.tr("No handover report has been recorded for this booking yet.")

    def _damage_greyed(self) -> str:
        b = self.booking
        if b is None:
            return self.tr("Choose one booking in the list first.")
        if self._loaded_for != b.id:
            return self.tr("Reading this booking's reports…")
        if self.loaded.damage is not None:
            return self.tr("A damage report was already sent for this booking.")
        opens, closes = damage_window(b.period.end)
        if clock.now() < opens:
            return self.tr(
                "Damage can be reported once the rental has ended, until {when}."
            ).format(when=formatting.date_time_short(closes))
        return self.tr("Damage could be reported until {when}.").format(
            when=formatting.date_time_short(closes)
        )

    # -------------------------------------------------------------- dialogs
    def record(self) -> None:
        b, moment = self.booking, self._moment()
        if b is None or moment is None:
            return
        dialog = HandoverDialog(
            b,
            moment,
            self.loaded.reports.get(moment),
            i_am_renter=self.i_am_renter,
            source=self.photo_source,
            parent=self,
        )
        self.dialog_opened.emit(dialog)
        if dialog.exec() != HandoverDialog.DialogCode.Accepted:
            return
        photos, removed = dialog.new_photos, dialog.removed_photo_ids
        fuel, odometer, notes = dialog.fuel_percent, dialog.odometer_km, dialog.notes
        confirm = dialog.confirm

        def queue(cache: Cache) -> None:
            from wheelshare.sync import outbox

            for photo_id in removed:
                outbox.remove_handover_photo(cache, b.id, moment, photo_id)
            for p in photos:
                assert p.path is not None
                outbox.add_handover_photo(
                    cache, b.id, moment, p.path, p.position.value, p.description
                )
            if fuel is not None or odometer is not None or notes is not None:
                outbox.edit_handover(
                    cache, b.id, moment, fuel_percent=fuel, odometer_km=odometer, notes=notes
                )
            if confirm:
                outbox.confirm_handover(cache, b.id, moment)

        self.ctx.session.run_action(queue, on_error=self._failed)

    def view(self) -> None:
        viewable = self.viewable()
        if len(viewable) == 1:
            self.view_report(viewable[0])
        elif viewable:
            corner = self.view_button.rect().bottomLeft()
            self.view_menu.exec(self.view_button.mapToGlobal(corner))

    def view_report(self, moment: Moment) -> None:
        """The report as recorded, read-only, whether or not it may still change."""
        b, report = self.booking, self.loaded.reports.get(moment)
        if b is None or report is None:
            return
        dialog = HandoverDialog(
            b,
            moment,
            report,
            i_am_renter=self.i_am_renter,
            source=self.photo_source,
            read_only=True,
            parent=self,
        )
        self.dialog_opened.emit(dialog)
        dialog.exec()
        dialog.deleteLater()

    def report_damage(self) -> None:
        b = self.booking
        if b is None or not self._damage_allowed():
            return
        dialog = DamageDialog(b, self.loaded.reports, self, self.photo_source)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != DamageDialog.DialogCode.Accepted:
            return
        text, ids = dialog.description, dialog.photo_ids

        def queue(cache: Cache) -> None:
            from wheelshare.sync import outbox

            outbox.report_damage(cache, b.id, text, ids)

        self.ctx.session.run_action(queue, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("⚠ " + describe(error))
