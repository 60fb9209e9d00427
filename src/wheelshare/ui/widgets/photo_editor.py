"""Adding, describing, ordering and removing photos, inside a form.

A photo cannot be kept without a description: until it has one, its row says
so and the form that holds the editor refuses to save, with the problem shown
beside the description field. Nothing typed is lost when that happens, and the
other photos stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.handover import Position
from wheelshare.domain.photo import MAX_DESCRIPTION, Photo, PhotoCriterion, clean_description
from wheelshare.ui.widgets.fields import FieldBlock
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy

CRITERION_WORDS = {
    PhotoCriterion.ENTRANCE: QT_TRANSLATE_NOOP("PhotoEditor", "Entrance"),
    PhotoCriterion.TOILET: QT_TRANSLATE_NOOP("PhotoEditor", "Toilet"),
    PhotoCriterion.PARKING: QT_TRANSLATE_NOOP("PhotoEditor", "Parking"),
    PhotoCriterion.ELEVATOR: QT_TRANSLATE_NOOP("PhotoEditor", "Elevator"),
    PhotoCriterion.OTHER: QT_TRANSLATE_NOOP("PhotoEditor", "Something else"),
}
# Where around a vehicle a handover photo was taken.
POSITION_WORDS = {
    Position.FRONT: QT_TRANSLATE_NOOP("PhotoEditor", "Front"),
    Position.BACK: QT_TRANSLATE_NOOP("PhotoEditor", "Back"),
    Position.LEFT: QT_TRANSLATE_NOOP("PhotoEditor", "Left side"),
    Position.RIGHT: QT_TRANSLATE_NOOP("PhotoEditor", "Right side"),
    Position.RAMP_OR_LIFT: QT_TRANSLATE_NOOP("PhotoEditor", "Ramp or lift"),
    Position.INTERIOR: QT_TRANSLATE_NOOP("PhotoEditor", "Interior"),
    Position.OTHER: QT_TRANSLATE_NOOP("PhotoEditor", "Something else"),
}


def position_words(position: Position) -> str:
    return QCoreApplication.translate("PhotoEditor", str(POSITION_WORDS[position]))


@dataclass
class EditedPhoto:
    """One row: a photo the feed has (``photo``) or a file to add (``path``)."""

    description: str
    photo: Photo | None = None
    path: Path | None = None
    criterion: PhotoCriterion = PhotoCriterion.OTHER
    position: Position = Position.FRONT
    # Where a photo to add goes in the gallery (its row, once saved).
    place: int | None = None


@dataclass(frozen=True)
class PhotoChanges:
    """What saving the form does to the photos, for the outbox."""

    added: tuple[EditedPhoto, ...] = ()
    removed: tuple[str, ...] = ()
    # (photo id, new description or None, new position or None)
    edited: tuple[tuple[str, str | None, int | None], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.edited)


def choose_image_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PhotoEditor", "Choose a photo"),
        "",
        QCoreApplication.translate("PhotoEditor", "Photos (*.jpg *.jpeg *.png *.webp)"),
    )
    return Path(name) if name else None


class PhotoEditor(QGroupBox):
    """The photos of one vehicle (or of one venue, with ``criteria``; or new
    photos of a handover report, with ``positions``). Without ``ordered``
    (a handover report, whose photos are known by where they were taken) there
    is no order to set: no *Move up* and *Move down*."""

    # The rows changed: added, removed, or given another position.
    rows_changed = Signal()

    def __init__(
        self,
        photos: Sequence[Photo] = (),
        parent: QWidget | None = None,
        *,
        criteria: bool = False,
        positions: bool = False,
        ordered: bool = True,
    ) -> None:
        super().__init__(parent)
        self._positions = positions
        self._ordered = ordered
        self.rows: list[EditedPhoto] = [EditedPhoto(p.description, photo=p) for p in photos]
        self.removed: list[str] = []
        # Replaced in tests; a person gets the system's file dialog.
        self.choose_file: Callable[[], Path | None] = lambda: choose_image_file(self)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(100)
        self.list.currentRowChanged.connect(self._selected)
        layout.addWidget(self.list)

        self.description = QLineEdit(self)
        self.description.setMaxLength(MAX_DESCRIPTION + 50)
        self.description.textEdited.connect(self._described)
        self.description_block = FieldBlock("", self.description, "", self)
        layout.addWidget(self.description_block)
        self.criterion: QComboBox | None = None
        self.criterion_block: FieldBlock | None = None
        if criteria or positions:
            self.criterion = QComboBox(self)
            for c in self._kinds():
                self.criterion.addItem("", c.value)
            self.criterion.activated.connect(self._criterion_chosen)
            self.criterion_block = FieldBlock("", self.criterion, "", self)
            layout.addWidget(self.criterion_block)

        # Wraps onto more lines rather than cutting the buttons' words short.
        button_row = QWidget(self)
        button_row.setSizePolicy(flow_policy())
        buttons = FlowLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(button_row)
        self.add_button.clicked.connect(self.add_photo)
        self.up_button = QPushButton(button_row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(button_row)
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(button_row)
        self.remove_button.clicked.connect(self.remove_photo)
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        self.up_button.setVisible(ordered)
        self.down_button.setVisible(ordered)
        layout.addWidget(button_row)
        self.retranslate()
        self._refresh()

    def _kinds(self) -> list[PhotoCriterion | Position]:
        if self._positions:
            return list(Position)
        return list(PhotoCriterion)

    def _words(self, kind: PhotoCriterion | Position) -> str:
        if isinstance(kind, Position):
            return position_words(kind)
        return QCoreApplication.translate("PhotoEditor", str(CRITERION_WORDS[kind]))

    def _kind_of(self, row: EditedPhoto) -> PhotoCriterion | Position:
        return row.position if self._positions else row.criterion

    def set_photos(self, photos: Sequence[Photo]) -> None:
        """The photos the feed has, arriving after the editor is shown; rows the
        person added meanwhile stay, after them."""
        added = [r for r in self.rows if r.photo is None]
        self.rows = [EditedPhoto(p.description, photo=p) for p in photos] + added
        self.removed = []
        self._refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Photos"))
        if self._ordered:
            self.hint.setText(
                self.tr(
                    "Describe each photo: what it shows, for someone who cannot see it. "
                    "The first photo is shown first."
                )
            )
            self.list.setAccessibleName(self.tr("Photos, in the order they are shown"))
        else:
            self.hint.setText(
                self.tr("Describe each photo: what it shows, for someone who cannot see it.")
            )
            self.list.setAccessibleName(self.tr("Photos"))
        self.description_block.set_texts(self.tr("Desc&ription of the selected photo"))
        if self.criterion is not None and self.criterion_block is not None:
            if self._positions:
                self.criterion_block.set_texts(self.tr("W&here it was taken"))
            else:
                self.criterion_block.set_texts(self.tr("W&hat the photo shows"))
            for i, c in enumerate(self._kinds()):
                self.criterion.setItemText(i, self._words(c))
        self.add_button.setText(self.tr("&Browse for a photo…"))
        self.up_button.setText(self.tr("&Move up"))
        self.down_button.setText(self.tr("Move dow&n"))
        self.remove_button.setText(self.tr("Remo&ve photo"))
        self._refresh()

    # ------------------------------------------------------------- the list
    def _row_text(self, row: EditedPhoto) -> str:
        text = row.description.strip() or self.tr("⚠ This photo needs a description")
        if self._positions:
            return self.tr("{position}: {description}").format(
                position=position_words(row.position), description=text
            )
        return text

    def _refresh(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(self._row_text(row))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._row_text(row))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.rows:
            self.list.setCurrentRow(min(max(current, 0), len(self.rows) - 1))
        self._selected(self.list.currentRow())
        self.rows_changed.emit()

    def _selected(self, index: int) -> None:
        has = 0 <= index < len(self.rows)
        for w in (self.description, self.up_button, self.down_button, self.remove_button):
            w.setEnabled(has)
        if self.criterion is not None:
            self.criterion.setEnabled(has)
        self.description.setText(self.rows[index].description if has else "")
        if has and self.criterion is not None:
            self.criterion.setCurrentIndex(self._kinds().index(self._kind_of(self.rows[index])))
        self.description_block.set_error("")

    def _described(self, text: str) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            self.rows[index].description = text
            item = self.list.item(index)
            item.setText(self._row_text(self.rows[index]))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._row_text(self.rows[index]))
            self.description_block.set_error("")

    def _criterion_chosen(self, i: int) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            if self._positions:
                self.rows[index].position = list(Position)[i]
                item = self.list.item(index)
                item.setText(self._row_text(self.rows[index]))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._row_text(self.rows[index]))
                self.rows_changed.emit()
            else:
                self.rows[index].criterion = list(PhotoCriterion)[i]

    def add_photo(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        self.rows.append(EditedPhoto("", path=path))
        self._refresh()
        self.list.setCurrentRow(len(self.rows) - 1)
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_photo(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row = self.rows.pop(index)
        if row.photo is not None:
            self.removed.append(row.photo.id)
        self._refresh()

    def _move(self, step: int) -> None:
        index = self.list.currentRow()
        target = index + step
        if not (0 <= index < len(self.rows) and 0 <= target < len(self.rows)):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self._refresh()
        self.list.setCurrentRow(target)

    # ------------------------------------------------------------ checking
    def validate(self) -> bool:
        """Shows the first photo without a usable description, and says so."""
        for index, row in enumerate(self.rows):
            try:
                clean_description(row.description)
            except ValidationError as e:
                self.list.setCurrentRow(index)
                self.description_block.set_error(
                    self.tr("Describe this photo: what it shows, for someone who cannot see it.")
                    if e.code == "required"
                    else self.tr("Shorten the description to {n} characters.").format(
                        n=MAX_DESCRIPTION
                    )
                )
                return False
        return True

    def focus_problem(self) -> None:
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    def changes(self) -> PhotoChanges:
        """Call after :meth:`validate` answered True."""
        added = tuple(
            EditedPhoto(
                clean_description(r.description),
                path=r.path,
                criterion=r.criterion,
                position=r.position,
                place=place,
            )
            for place, r in enumerate(self.rows)
            if r.path is not None
        )
        edited = []
        for position, row in enumerate(self.rows):
            if row.photo is None:
                continue
            text = clean_description(row.description)
            new_text = text if text != row.photo.description else None
            new_position = position if position != row.photo.position else None
            if new_text is not None or new_position is not None:
                edited.append((row.photo.id, new_text, new_position))
        return PhotoChanges(added, tuple(self.removed), tuple(edited))
