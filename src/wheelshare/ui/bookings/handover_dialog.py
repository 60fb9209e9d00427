"""*Record the handover*: the vehicle's condition at the start or the end of a
rental, recorded by the renter and the owner together.

The required positions are listed with a tick once a photo shows them (those
already in the report and those added here); the fuel or charge level, the
odometer and notes follow. *Confirm the report* saves and confirms it, once it
holds everything; the dialog says whether the other party has confirmed. A
report both parties confirmed is shown read-only: what was recorded, who
confirmed it and when, without the instructions for filling it in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Booking
from wheelshare.domain.handover import (
    MAX_NOTES,
    MAX_ODOMETER_KM,
    REQUIRED_POSITIONS,
    HandoverPhoto,
    HandoverReport,
    Moment,
    Position,
)
from wheelshare.ui import formatting
from wheelshare.ui.tr import QT_TRANSLATE_NOOP
from wheelshare.ui.widgets.fields import (
    FieldBlock,
    FieldProblem,
    keep_room_for,
    parse_optional_int,
)
from wheelshare.ui.widgets.gallery import PhotoGallery, PhotoSource
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.photo_editor import EditedPhoto, PhotoEditor, position_words
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form


def report_title(moment: Moment) -> str:
    if moment is Moment.START:
        return QCoreApplication.translate("HandoverDialog", "Start-of-rental report")
    return QCoreApplication.translate("HandoverDialog", "End-of-rental report")


def confirmation_words(report: HandoverReport | None, i_am_renter: bool) -> str:
    """Who has confirmed the report, from the reader's side."""
    if report is None:
        return QCoreApplication.translate("HandoverDialog", "Nobody has confirmed it yet.")
    if report.locked:
        return QCoreApplication.translate(
            "HandoverDialog", "Confirmed by both of you: it can no longer change."
        )
    mine = report.renter_confirmed if i_am_renter else report.owner_confirmed
    theirs = report.owner_confirmed if i_am_renter else report.renter_confirmed
    words = {
        (True, True): QT_TRANSLATE_NOOP(
            "HandoverDialog", "The owner has confirmed it; you have not yet."
        ),
        (True, False): QT_TRANSLATE_NOOP(
            "HandoverDialog", "You have confirmed it; the owner has not yet."
        ),
        (False, True): QT_TRANSLATE_NOOP(
            "HandoverDialog", "The renter has confirmed it; you have not yet."
        ),
        (False, False): QT_TRANSLATE_NOOP(
            "HandoverDialog", "You have confirmed it; the renter has not yet."
        ),
    }
    if theirs or mine:
        return QCoreApplication.translate("HandoverDialog", words[(i_am_renter, theirs)])
    return QCoreApplication.translate("HandoverDialog", "Nobody has confirmed it yet.")


def recorded_words(report: HandoverReport) -> str:
    """Who confirmed a report shown to read, and when (one line each)."""
    lines = []
    for confirmed, at, party in (
        (report.renter_confirmed, report.renter_confirmed_at, "renter"),
        (report.owner_confirmed, report.owner_confirmed_at, "owner"),
    ):
        if confirmed and at is not None:
            when = formatting.date_time_short(at)
            if party == "renter":
                line = QCoreApplication.translate(
                    "HandoverDialog", "The renter confirmed it on {when}."
                )
            else:
                line = QCoreApplication.translate(
                    "HandoverDialog", "The owner confirmed it on {when}."
                )
            lines.append(line.format(when=when))
        elif confirmed:
            lines.append(
                QCoreApplication.translate("HandoverDialog", "The renter confirmed it.")
                if party == "renter"
                else QCoreApplication.translate("HandoverDialog", "The owner confirmed it.")
            )
        else:
            lines.append(
                QCoreApplication.translate("HandoverDialog", "The renter has not confirmed it.")
                if party == "renter"
                else QCoreApplication.translate("HandoverDialog", "The owner has not confirmed it.")
            )
    if report.locked:
        lines.append(QCoreApplication.translate("HandoverDialog", "It can no longer change."))
    return "\n".join(lines)


def _fit_rows(view: QListWidget, most: int) -> None:
    """As tall as its rows (up to ``most``, then it scrolls), at any text size."""
    rows = max(1, min(view.count(), most))
    row = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing() + 4)
    view.setFixedHeight(rows * row + 2 * view.frameWidth() + 4)


class HandoverDialog(QDialog):
    """The report's photos are shown from ``source`` (none without it);
    ``read_only`` shows the report with nothing to change and only *Close*.

    After ``accept()``: ``removed_photo_ids``, ``new_photos``, the changed ``fuel_percent``,
    ``odometer_km`` and ``notes`` (None when unchanged), and ``confirm``."""

    def __init__(
        self,
        booking: Booking,
        moment: Moment,
        report: HandoverReport | None,
        *,
        i_am_renter: bool,
        source: PhotoSource | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.booking = booking
        self.moment = moment
        self.report = report
        self.new_photos: tuple[EditedPhoto, ...] = ()
        self.fuel_percent: int | None = None
        self.odometer_km: int | None = None
        self.notes: str | None = None
        self.confirm = False
        locked = read_only or (report is not None and report.locked)
        self.locked = locked
        title = report_title(moment)
        vehicle = booking.vehicle_title or booking.vehicle_id
        self.setWindowTitle(self.tr("{report}: {vehicle}").format(report=title, vehicle=vehicle))

        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.windowTitle(), self, scale=DETAIL, wrap=True))
        if locked:
            # Shown to read: what was recorded, not how to fill it in.
            intro = self.tr("What was recorded, with the photos the two of you took.")
            status = recorded_words(report) if report is not None else ""
        else:
            intro = self.tr(
                "Walk round the vehicle together. Take a photo from the front, the back "
                "and each side, and one of the ramp or lift, and describe each one. "
                "Both of you confirm the report; any change asks both to confirm again."
            )
            status = confirmation_words(report, i_am_renter)
        self.banner, body, b_l = add_scrolling_form(self, layout, intro)
        self.status = QLabel(status, body)
        self.status.setObjectName("handoverStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status.setAccessibleName(self.tr("Confirmations"))
        self.status.setAccessibleDescription(self.status.text())
        b_l.addWidget(self.status)

        required = QGroupBox(self.tr("Required photos"), body)
        r_l = QVBoxLayout(required)
        self.required = QListWidget(required)
        self.required.setObjectName("requiredPositions")
        self.required.setAccessibleName(self.tr("Required photos, ticked when there is one"))
        self.required.setMinimumHeight(60)
        r_l.addWidget(self.required)
        b_l.addWidget(required)

        self.recorded = PhotoGallery(body)
        self.recorded.setObjectName("recordedPhotos")
        self.recorded.source = source
        # The report's photos still in it here: those removed go at accept().
        self.kept: list[HandoverPhoto] = list(report.photos if report else ())
        self.removed_photo_ids: list[str] = []
        self._show_kept()
        recorded_block = FieldBlock(self.tr("Photos already in the re&port"), self.recorded, "")
        b_l.addWidget(recorded_block)
        self.remove_recorded = QPushButton(self.tr("Remove the se&lected photo"), body)
        self.remove_recorded.setObjectName("removeRecordedPhoto")
        self.remove_recorded.setAccessibleDescription(
            self.tr("Takes it out of the report; both of you confirm the report again.")
        )
        self.remove_recorded.clicked.connect(self.remove_selected)
        self.remove_recorded.setVisible(not locked)
        self.remove_recorded.setEnabled(bool(self.kept))
        b_l.addWidget(self.remove_recorded, 0, Qt.AlignmentFlag.AlignLeft)

        self.photos = PhotoEditor((), body, positions=True, ordered=False)
        self.photos.setTitle(self.tr("New photos"))
        self.photos.rows_changed.connect(self._tick)
        self.photos.setVisible(not locked)
        b_l.addWidget(self.photos)

        self.fuel = QLineEdit(body)
        self.fuel.setObjectName("fuelPercent")
        self.fuel_block = FieldBlock(
            self.tr("&Fuel or charge level (%)"), self.fuel, self.tr("0 for empty, 100 for full")
        )
        b_l.addWidget(self.fuel_block)
        self.odometer = QLineEdit(body)
        self.odometer.setObjectName("odometerKm")
        self.odometer_block = FieldBlock(self.tr("&Odometer (km)"), self.odometer, "")
        b_l.addWidget(self.odometer_block)
        self.notes_edit = QPlainTextEdit(body)
        self.notes_edit.setObjectName("handoverNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_block = FieldBlock(
            self.tr("No&tes"),
            self.notes_edit,
            self.tr("Scratches, dents, anything missing (at most {n} characters)").format(
                n=MAX_NOTES
            ),
        )
        b_l.addWidget(self.notes_block)
        if report is not None:
            if report.fuel_percent is not None:
                self.fuel.setText(str(report.fuel_percent))
            if report.odometer_km is not None:
                self.odometer.setText(str(report.odometer_km))
            self.notes_edit.setPlainText(report.notes)
        for w in (self.fuel, self.odometer):
            w.setReadOnly(locked)
        self.notes_edit.setReadOnly(locked)
        if locked:
            # Nothing to fill in: no hints on how to.
            for block in (self.fuel_block, self.notes_block):
                block.set_texts(block.label.text(), "")

        self._keep_fields_usable()

        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton | None = None
        self.confirm_button: QPushButton | None = None
        if locked:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.confirm_button = self.buttons.addButton(
                self.tr("&Confirm the report"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.confirm_button.setObjectName("confirmReport")
            self.confirm_button.clicked.connect(lambda: self._send(confirm=True))
            self.save_button = self.buttons.addButton(
                self.tr("&Save without confirming"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_button.setObjectName("saveReport")
            self.save_button.clicked.connect(lambda: self._send(confirm=False))
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._tick()
        fit_to_screen(self)

    def _keep_fields_usable(self) -> None:
        """Each field keeps the width of what it holds at the text size in use, so
        at 200 % a short window scrolls the form instead of squeezing the fields."""
        keep_room_for(self.fuel, "100 %")
        keep_room_for(self.odometer, f"{MAX_ODOMETER_KM} km")
        keep_room_for(self.notes_edit, "x" * 30)
        keep_room_for(self.photos.description, "x" * 24)
        if self.photos.criterion is not None:
            keep_room_for(self.photos.criterion)

    # ------------------------------------------------------- the report's photos
    def _show_kept(self) -> None:
        self.recorded.show_photos(self.kept)
        self.recorded.setAccessibleName(self.tr("Photos already in the report"))
        for row, photo in enumerate(self.kept):
            # The name is the description; where it was taken is said with it.
            where = position_words(photo.position)
            item = self.recorded.item(row)
            full = self.tr("{position}: {description}").format(
                position=where, description=photo.description
            )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, full)
            item.setToolTip(full)

    def remove_selected(self) -> None:
        """Takes the selected photo out of the report (sent at *Confirm* or *Save*)."""
        row = self.recorded.currentRow()
        if not 0 <= row < len(self.kept):
            return
        self.removed_photo_ids.append(self.kept.pop(row).id)
        self._show_kept()
        if self.kept:
            self.recorded.setCurrentRow(min(row, len(self.kept) - 1))
            self.recorded.setFocus(Qt.FocusReason.OtherFocusReason)
        self.remove_recorded.setEnabled(bool(self.kept))
        self._tick()

    # ------------------------------------------------------------ required list
    def taken_positions(self) -> set[Position]:
        taken = {p.position for p in self.kept}
        return taken | {r.position for r in self.photos.rows}

    def _tick(self) -> None:
        taken = self.taken_positions()
        self.required.clear()
        for position in REQUIRED_POSITIONS:
            words = position_words(position)
            if position in taken:
                text = self.tr("✓ {position}: photo taken").format(position=words)
            elif self.locked:  # nothing more will be added
                text = self.tr("✗ {position}: no photo").format(position=words)
            else:
                text = self.tr("✗ {position}: no photo yet").format(position=words)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.required.addItem(item)
        _fit_rows(self.required, len(REQUIRED_POSITIONS))

    # ------------------------------------------------------------------ sending
    def _number(self, edit: QLineEdit, block: FieldBlock, high: int, unit: str) -> int | None:
        try:
            value = parse_optional_int(edit.text(), 0, high, unit)
        except FieldProblem as e:
            block.set_error(str(e))
            raise
        block.set_error("")
        return value

    def _send(self, *, confirm: bool) -> None:
        try:
            fuel = self._number(self.fuel, self.fuel_block, 100, "%")
            odometer = self._number(self.odometer, self.odometer_block, MAX_ODOMETER_KM, "km")
        except FieldProblem:
            self._say(self.tr("Nothing was saved: correct the fields marked below."))
            return
        notes = self.notes_edit.toPlainText().strip()
        if len(notes) > MAX_NOTES:
            self.notes_block.set_error(
                self.tr("The notes are {n} characters long; keep them to {max}.").format(
                    n=len(notes), max=MAX_NOTES
                )
            )
            self._say(self.tr("Nothing was saved: correct the fields marked below."))
            return
        self.notes_block.set_error("")
        if not self.photos.validate():
            self._say(self.tr("Nothing was saved: a photo needs a description; see the photos."))
            self.photos.focus_problem()
            return
        if confirm:
            missing = [p for p in REQUIRED_POSITIONS if p not in self.taken_positions()]
            lacking = [position_words(p) for p in missing]
            if fuel is None:
                lacking.append(self.tr("the fuel or charge level"))
            if odometer is None:
                lacking.append(self.tr("the odometer"))
            if lacking:
                self._say(
                    self.tr("Not confirmed: the report still needs {what}.").format(
                        what=", ".join(lacking)
                    )
                )
                return
        old = self.report
        self.fuel_percent = fuel if old is None or fuel != old.fuel_percent else None
        self.odometer_km = odometer if old is None or odometer != old.odometer_km else None
        self.notes = notes if notes != (old.notes if old else "") else None
        self.new_photos = self.photos.changes().added
        self.confirm = confirm
        self._say("")
        self.accept()

    def _say(self, text: str) -> None:
        self.banner.setText(f"⚠ {text}" if text else "")
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))
