"""*Report damage*: within 5 days after a rental, either party describes the
damage and points at the photos of the start and end reports that show it,
chosen by their descriptions. The other party sees the report."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import Booking
from wheelshare.domain.handover import MAX_DAMAGE_DESCRIPTION, HandoverReport, Moment
from wheelshare.ui.bookings.handover_dialog import report_title
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.gallery import PhotoGallery, PhotoSource
from wheelshare.ui.widgets.headings import DETAIL, Heading
from wheelshare.ui.widgets.photo_editor import position_words
from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.scrolling_form import add_scrolling_form


class DamageDialog(QDialog):
    """The reports' pictures are shown from ``source`` (none without it).
    After ``accept()``: ``description`` and the chosen ``photo_ids``."""

    def __init__(
        self,
        booking: Booking,
        reports: Mapping[Moment, HandoverReport],
        parent: QWidget | None = None,
        source: PhotoSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damageDialog")
        self.description = ""
        self.photo_ids: list[str] = []
        vehicle = booking.vehicle_title or booking.vehicle_id
        self.setWindowTitle(self.tr("Report damage: {vehicle}").format(vehicle=vehicle))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.windowTitle(), self, scale=DETAIL, wrap=True))
        self.banner, body, b_l = add_scrolling_form(
            self,
            layout,
            self.tr(
                "Describe the damage and tick the photos of the handover reports that "
                "show it, before and after. Only the two of you see this report."
            ),
        )
        # The pictures to look at, then the same photos as a list to tick.
        self.gallery = PhotoGallery(body)
        self.gallery.setObjectName("damageGallery")
        self.gallery.source = source
        self.gallery.show_photos(
            [p for moment in Moment if moment in reports for p in reports[moment].photos]
        )
        self.gallery.setVisible(self.gallery.count() > 0)
        b_l.addWidget(
            FieldBlock(
                self.tr("P&ictures of the handover reports"),
                self.gallery,
                self.tr("Enter shows the selected picture large"),
            )
        )
        self.photos = QListWidget(body)
        self.photos.setObjectName("damagePhotos")
        self.photos.setWordWrap(True)
        for moment in Moment:
            report = reports.get(moment)
            for photo in report.photos if report else ():
                text = self.tr("{report}, {position}: {description}").format(
                    report=report_title(moment),
                    position=position_words(photo.position),
                    description=photo.description,
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                item.setData(Qt.ItemDataRole.UserRole, photo.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.photos.addItem(item)
        if self.photos.count():
            self.photos.setCurrentRow(0)
        self.photos_block = FieldBlock(
            self.tr("&Photos that show it"),
            self.photos,
            self.tr("Space ticks or unticks the selected photo"),
        )
        b_l.addWidget(self.photos_block)
        self.text = QPlainTextEdit(body)
        self.text.setObjectName("damageDescription")
        self.text.setTabChangesFocus(True)
        self.text_block = FieldBlock(self.tr("&What is damaged"), self.text, "")
        b_l.addWidget(self.text_block)
        buttons = QDialogButtonBox(self)
        send = buttons.addButton(
            self.tr("Send the &damage report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        send.clicked.connect(self._send)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.photos.count()):
            item = self.photos.item(i)
            if item.checkState() is Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _send(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.text_block.set_error(self.tr("Describe the damage."))
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if len(text) > MAX_DAMAGE_DESCRIPTION:
            self.text_block.set_error(
                self.tr("The description is {n} characters long; keep it to {max}.").format(
                    n=len(text), max=MAX_DAMAGE_DESCRIPTION
                )
            )
            return
        self.text_block.set_error("")
        self.description = text
        self.photo_ids = self.chosen()
        self.accept()
