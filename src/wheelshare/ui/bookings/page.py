"""*My bookings*: the renter's requests and rentals, cancel, export to a calendar."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import ValidationError, clock
from wheelshare.ui import announce, formatting, remedies
from wheelshare.ui.bookings.entries import BookingEntry, EntryState
from wheelshare.ui.bookings.handover_actions import HandoverActions
from wheelshare.ui.bookings.ics import write_calendar
from wheelshare.ui.bookings.model import BookingsModel
from wheelshare.ui.bookings.more_bookings import MoreBookings
from wheelshare.ui.context import AppContext
from wheelshare.ui.page import Page
from wheelshare.ui.policy_words import policy_text
from wheelshare.ui.problems import describe
from wheelshare.ui.remedies import Remedy, remedy_for
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.tables import make_table, select_row
from wheelshare.ui.widgets.text import SelectableText
from wheelshare.ui.worker import TaskHandle

if TYPE_CHECKING:
    from wheelshare.cache import Cache


def _load(cache: Cache, user_id: str) -> list[BookingEntry]:
    # Imported on the worker: the database layer is slow to import.
    from wheelshare.ui.bookings import data

    return data.load_entries(cache, user_id)


class BookingsPage(Page):
    # Each question as it opens, for tests and the help page.
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._task: TaskHandle[list[BookingEntry]] | None = None
        self._all: list[BookingEntry] = []

        layout = QVBoxLayout(self)
        self.heading = heading = Heading()
        layout.addWidget(heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("bookingsSummary")
        layout.addWidget(self.summary)
        self.show_past = QCheckBox()
        self.show_past.toggled.connect(lambda _on: self._apply_filter())
        layout.addWidget(self.show_past)

        self.model = BookingsModel(self)
        self.table = make_table(
            self.model,
            "",
            None,
            sort="none",
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            stretch=self.model.COL_STATUS,
        )
        self.table.setObjectName("bookingsTable")
        layout.addWidget(self.table, 1)

        self.detail = SelectableText()
        layout.addWidget(self.detail)
        # The selected rental's handover reports, and the buttons to record them.
        self.handover = HandoverActions(ctx, self)
        layout.addWidget(self.handover)

        # The buttons wrap onto more lines when they do not fit side by side
        # (large text, longer translations) instead of cutting their words short.
        button_row = QWidget()
        button_row.setSizePolicy(flow_policy())
        buttons = FlowLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_selected)
        # Each greyed button says why, and what to do first.
        self._why_no_cancel = say_why_greyed(self.cancel_button, self._cancel_greyed)
        for button in (self.dismiss_button, self.retry_button):
            say_why_greyed(
                button, lambda: self.tr("Choose a request that was refused in the list first.")
            )
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.message_button = QPushButton()
        self.message_button.setObjectName("messageOwner")
        self.message_button.clicked.connect(self.message_owner)
        say_why_greyed(
            self.message_button,
            lambda: self.tr("Choose one booking the owner has received in the list first."),
        )
        for b in (
            self.cancel_button,
            self.message_button,
            self.dismiss_button,
            self.retry_button,
            self.export_button,
        ):
            buttons.addWidget(b)
        # What gets a waiting request sent: "Sign in…", "Try again"…
        self.remedy_button = QPushButton()
        self.remedy_button.setObjectName("bookingRemedy")
        self.remedy_button.clicked.connect(self.apply_remedy)
        buttons.addWidget(self.remedy_button)
        layout.addWidget(button_row)

        # Below the renter's list: rentals to review, and rentals of one's own vehicles.
        self.more = MoreBookings(ctx, self)
        layout.addWidget(self.more, 1)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.session.data_changed.connect(self.refresh)
        self._set_texts()
        self._selection_changed(QItemSelection(), QItemSelection())
        self.refresh()

    def retranslate(self) -> None:
        """Every text of the screen in the language now in use; the list and the
        selection stay as they are."""
        self._set_texts()
        self.handover.retranslate()
        if self.ctx.session.cache is None:
            self.refresh()  # says the data is not ready yet, in the new language
        elif self._task is None:
            self._apply_filter()  # the summary and the rows' words
        self._selection_changed(QItemSelection(), QItemSelection())

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("My bookings"))
        self.show_past.setText(self.tr("Show &past and closed bookings"))
        self.table.setAccessibleName(self.tr("Your bookings"))
        self.detail.setAccessibleName(self.tr("Selected booking"))
        self.cancel_button.setText(self.tr("&Cancel booking…"))
        self.message_button.setText(self.tr("Message the &owner"))
        self.dismiss_button.setText(self.tr("D&ismiss refused request"))
        self.retry_button.setText(self.tr("&Try again"))
        self.export_button.setText(self.tr("&Export to calendar…"))
        self.export_button.setToolTip(
            self.tr("Save the selected bookings (or all shown) as an .ics calendar file")
        )

    def initial_focus(self) -> QWidget:
        return self.table

    def page_shown(self) -> None:
        self.refresh()

    # --------------------------------------------------------------- loading
    def refresh(self) -> None:
        session = self.ctx.session
        cache = session.cache
        if cache is None:
            self.summary.setText(self.tr("Your bookings appear here once the data is ready."))
            self.model.set_rows([])
            return
        user_id = session.state.user_id
        if self._task is not None:
            self._task.cancel()
        self._task = self.ctx.worker.submit(
            lambda task: _load(cache, user_id),
            on_done=self._loaded,
            on_error=lambda e: self.summary.setText(
                self.tr("Your bookings could not be read: {problem}").format(problem=describe(e))
            ),
            name="bookings",
        )

    def _loaded(self, entries: list[BookingEntry]) -> None:
        self._task = None
        self._all = entries
        self._apply_filter()

    def _apply_filter(self) -> None:
        now = clock.now()
        closed = {
            EntryState.DECLINED,
            EntryState.EXPIRED,
            EntryState.CANCELLED,
            EntryState.COMPLETED,
        }
        if self.show_past.isChecked():
            shown = self._all
        else:
            shown = [e for e in self._all if e.period.end > now and e.state not in closed]
        keep = {e.key for e in self.selected()}
        self.model.set_rows(shown)
        for row, e in enumerate(shown):
            if e.key in keep:
                select_row(self.table, row)
        if not self.ctx.session.state.signed_in_as:
            text = self.tr("Sign in under “Account & settings” to see your bookings.")
        elif not shown:
            text = self.tr("No bookings to show. Find a vehicle to make one.")
        else:
            text = formatting.plural(self.tr("%n booking(s) shown.", "", len(shown)), len(shown))
        self.summary.setText(text)
        announce.announce(self.summary, text)

    # ------------------------------------------------------------- selection
    def _cancel_greyed(self) -> str:
        if len(self.selected()) != 1:
            return self.tr("Choose one booking in the list first.")
        return self.tr("Only a request or a confirmed booking can be cancelled.")

    def selected(self) -> list[BookingEntry]:
        out = []
        for index in self.table.selectionModel().selectedRows():
            e = self.model.row_object(index.row())
            if e is not None:
                out.append(e)
        return out

    def _selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.cancel_button.setEnabled(one is not None and one.can_cancel)
        self.cancel_button.setText(
            self.tr("&Cancel request…")
            if one is not None and one.is_request
            else self.tr("&Cancel booking…")
        )
        self.message_button.setEnabled(one is not None and one.booking is not None)
        refused = one is not None and one.state is EntryState.REFUSED
        self.dismiss_button.setEnabled(refused)
        self.retry_button.setEnabled(refused)
        self._why_no_cancel()
        self._show_remedy(one)
        self.handover.set_booking(one.booking if one is not None else None, i_am_renter=True)
        if one is None:
            self.detail.setText("")
            return
        lines = [
            one.vehicle_title or one.vehicle_id,
            formatting.period(one.period.start, one.period.end),
            self.tr("Status: {status}").format(status=one.status_text),
        ]
        if one.price is not None:
            lines.append(self.tr("Price: {price}").format(price=formatting.money(one.price)))
        if one.state is EntryState.WAITING and one.reason is None:
            lines.append(self.tr("It is sent at the next sync, as soon as the connection works."))
        if one.state is EntryState.REFUSED:
            lines.append(self.tr("Choose other dates or another vehicle, or try again."))
        self.detail.setText("\n".join(lines))

    def _remedy(self, entry: BookingEntry | None) -> Remedy | None:
        if entry is None or entry.state is not EntryState.WAITING:
            return None
        return remedy_for(entry.reason)

    def _show_remedy(self, entry: BookingEntry | None) -> None:
        remedy = self._remedy(entry)
        self.remedy_button.setVisible(remedy is not None)
        if remedy is not None and entry is not None:
            self.remedy_button.setText(remedies.label(remedy))
            self.remedy_button.setToolTip(remedies.description(remedy))
            self.remedy_button.setAccessibleDescription(entry.status_text)

    def open_record(self, record_id: str) -> None:
        """Selects this booking, showing past ones too when it is one of them."""
        if not any(e.key == record_id for e in self.model.rows()) and any(
            e.key == record_id for e in self._all
        ):
            self.show_past.setChecked(True)
        for row, e in enumerate(self.model.rows()):
            if e.key == record_id:
                select_row(self.table, row)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --------------------------------------------------------------- actions
    def message_owner(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].booking is not None:
            self.open_elsewhere.emit("messages", chosen[0].key)

    def apply_remedy(self) -> None:
        """Does what gets the selected waiting request sent (sign in, sync again…)."""
        chosen = self.selected()
        remedy = self._remedy(chosen[0]) if len(chosen) == 1 else None
        if remedy is not None:
            self.ctx.session.apply_remedy(remedy)

    def cancel_selected(self) -> None:
        """Asks first, with *Keep* as the default (Enter keeps it): withdraws a
        request nobody accepted, or cancels a booking with the refund said."""
        chosen = self.selected()
        if len(chosen) != 1 or not chosen[0].can_cancel:
            return
        e = chosen[0]
        title = e.vehicle_title or e.vehicle_id
        dates = formatting.period(e.period.start, e.period.end)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        if e.is_request:
            box.setWindowTitle(self.tr("Withdraw your request?"))
            box.setText(
                self.tr("Withdraw your request for “{title}”, {dates}?").format(
                    title=title, dates=dates
                )
            )
            if e.state is EntryState.WAITING and not e.sent:
                info = self.tr("It has not been sent yet: the owner will never see it.")
            else:
                info = self.tr("The owner has not accepted it: nothing was paid, nothing is owed.")
            box.setInformativeText(info)
            yes = box.addButton(
                self.tr("&Withdraw the request"), QMessageBox.ButtonRole.DestructiveRole
            )
            keep = box.addButton(self.tr("&Keep the request"), QMessageBox.ButtonRole.RejectRole)
        else:
            box.setWindowTitle(self.tr("Cancel booking"))
            box.setText(
                self.tr("Cancel your booking of “{title}”, {dates}?").format(
                    title=title, dates=dates
                )
            )
            refund = e.refund_if_cancelled(clock.now())
            info = ""
            if refund is not None and e.price is not None:
                info = self.tr("You will be refunded {refund} of the {price} paid.").format(
                    refund=formatting.money(refund), price=formatting.money(e.price)
                )
            box.setInformativeText(f"{info}\n\n{policy_text()}".strip())
            yes = box.addButton(
                self.tr("Cancel the &booking"), QMessageBox.ButtonRole.DestructiveRole
            )
            keep = box.addButton(self.tr("&Keep the booking"), QMessageBox.ButtonRole.RejectRole)
        # Enter, and the button that has the focus first, keep it.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        keep.setFocus()
        self.dialog_opened.emit(box)
        box.exec()
        if box.clickedButton() is not yes:
            return
        if e.state is EntryState.WAITING:
            self._withdraw_unsent(e)
        else:
            self._do_cancel(e)

    def _withdraw_unsent(self, e: BookingEntry) -> None:
        from wheelshare.sync import outbox

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and error.code == "already_sent":
                QMessageBox.warning(
                    self,
                    self.tr("Not withdrawn yet"),
                    self.tr(
                        "The request went out while you were deciding. Once it has "
                        "arrived, it shows as requested here: withdraw it then."
                    ),
                )
                return
            self._action_failed(error)

        self.ctx.session.run_action(
            partial(outbox.withdraw, key=e.outbox_key),
            on_done=lambda _none: self._said(self.tr("Request withdrawn; it was never sent.")),
            on_error=failed,
            sync=False,
        )

    def _said(self, text: str) -> None:
        self.summary.setText(text)
        announce.announce(self.summary, text)

    def _do_cancel(self, e: BookingEntry) -> None:
        from wheelshare.sync import outbox

        self.ctx.session.run_action(
            lambda cache: outbox.cancel_booking(cache, e.key),
            on_error=self._action_failed,
        )

    def dismiss_selected(self) -> None:
        from wheelshare.sync import outbox

        for e in self.selected():
            if e.state is EntryState.REFUSED and e.outbox_key:
                self.ctx.session.run_action(
                    partial(outbox.dismiss, key=e.outbox_key),
                    on_error=self._action_failed,
                    sync=False,
                )

    def retry_selected(self) -> None:
        from wheelshare.sync import outbox

        for e in self.selected():
            if e.state is EntryState.REFUSED and e.outbox_key:
                self.ctx.session.run_action(
                    partial(outbox.retry, key=e.outbox_key), on_error=self._action_failed
                )

    def _action_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not done"), describe(error))

    def export(self, path: Path | None = None) -> Path | None:
        entries = self.selected() or self.model.rows()
        if not entries:
            QMessageBox.information(
                self, self.tr("Nothing to export"), self.tr("There is no booking to export.")
            )
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export bookings to a calendar file"),
                str(Path.home() / "wheelshare-bookings.ics"),
                self.tr("Calendar files (*.ics)"),
            )
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() != ".ics":
                path = path.with_suffix(".ics")
        try:
            write_calendar(path, entries)
        except OSError as err:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                self.tr(
                    "The file {path} could not be written: {problem}. Choose another folder."
                ).format(path=str(path), problem=err.strerror or str(err)),
            )
            return None
        n = len(entries)
        text = formatting.plural(self.tr("%n booking(s) exported to {path}", "", n), n).format(
            path=str(path)
        )
        self.summary.setText(text)
        announce.announce(self.summary, text)
        return path
