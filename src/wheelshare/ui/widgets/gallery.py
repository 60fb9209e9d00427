"""A gallery of described photos, and the large view of one.

Each photo's accessible name is the description its uploader wrote, and the
same words are its caption, so a screen reader and a sighted person get the
same thing. The gallery is one list: the arrow keys move from photo to photo,
Enter opens the large view, Escape closes it.

Pictures come from a :class:`PhotoSource`, which loads them on the worker (a
disk cache, then the feed); the gallery only ever receives finished images.
It asks only for the thumbnails in view and a few either side, as the strip
scrolls: asking for a thousand at once held the UI thread for most of a second
(benchmarks/gallery_bench.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain.photo import PhotoFileRef
from wheelshare.ui.widgets.screen_fit import fit_to_screen

THUMB_EDGE = 160
# Thumbnails asked for beyond each edge of the view, so a short scroll finds them.
AHEAD = 8
# Marks a widget whose text is what a person wrote (the accessibility audits
# do not expect it to be translated).
USER_TEXT = "wheelshare-user-text"
LARGE_EDGE = 1280
_PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


class Photo(Protocol):
    """What the gallery shows of a photo: a vehicle's, a venue's or a handover
    report's (``domain.photo.Photo``, ``domain.handover.HandoverPhoto``)."""

    @property
    def id(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def thumb(self) -> PhotoFileRef: ...
    @property
    def large(self) -> PhotoFileRef: ...


class PhotoSource(Protocol):
    """Loads the picture named ``digest`` off the UI thread, scaled to fit
    ``edge`` pixels; answers with ``on_image`` or ``on_error`` on the UI thread."""

    def load(
        self,
        digest: str,
        edge: int,
        on_image: Callable[[QImage], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class PhotoGallery(QListWidget):
    """The photos of one vehicle, venue or handover report, in their order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        # One strip, left to right: as many photos as the width shows, the rest
        # a scroll (or an arrow key) away.
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(THUMB_EDGE, THUMB_EDGE * 3 // 4))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # In pixels, so the photos in view follow from the scroll bar's value.
        self.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.horizontalScrollBar().valueChanged.connect(self._ask_in_view)
        self.source: PhotoSource | None = None
        self.photos: tuple[Photo, ...] = ()
        # Raised at each new set of photos: a thumbnail asked for an earlier set
        # and arriving late is dropped.
        self._generation = 0
        self._asked: set[int] = set()  # rows whose thumbnail was asked for
        self._text_width = THUMB_EDGE  # a caption's width in its cell, set with the grid
        self.itemActivated.connect(self._open)
        self._retranslate()
        self._fit_grid()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Photos"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move between photos; Enter shows the photo large.")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_grid()

    def _fit_grid(self) -> None:
        """Room for the thumbnail and every line of the longest caption, at any
        text size, and no more: a caption cut short would hide part of what its
        uploader wrote from anyone who reads the screen rather than hears it, and
        empty room under short captions pushes the rest of the form away."""
        fm = self.fontMetrics()
        width = max(THUMB_EDGE, fm.averageCharWidth() * 18) + 16
        self._text_width = width - 2 * self._text_margin()
        tallest = max((self.caption_height(p.description) for p in self.photos), default=0)
        lines = max(tallest, fm.lineSpacing())
        grid = QSize(width, self.iconSize().height() + lines + 2 * self._text_margin())
        self.setGridSize(grid)
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(grid.height() + bar + 2 * self.frameWidth() + 4)

    def _text_margin(self) -> int:
        # What the item view leaves on each side of a caption (as Qt's styles lay it out).
        return self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1

    def caption_height(self, text: str) -> int:
        """The height of ``text`` wrapped as the list view draws it under a thumbnail:
        laid out line by line at the width a caption really has in its cell."""
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(self._text_width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return math.ceil(height)

    def caption_room(self) -> int:
        """The height a caption has under its thumbnail, in pixels."""
        return self.gridSize().height() - self.iconSize().height() - 2 * self._text_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._ask_in_view()

    def show_photos(self, photos: Sequence[Photo]) -> None:
        self._generation += 1
        self._asked = set()
        self.photos = tuple(photos)
        self.clear()
        for photo in self.photos:
            item = QListWidgetItem(photo.description)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, photo.description)
            # Said in full by a screen reader even where the name is cut short.
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, photo.description)
            item.setToolTip(photo.description)
            item.setData(_PHOTO_ROLE, photo.id)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self._fit_grid()
        # On the next turn of the event loop: adding a thousand rows is already
        # one long step for the UI thread.
        QTimer.singleShot(0, self._ask_in_view)

    def _ask_in_view(self) -> None:
        """Asks for the thumbnails of the photos in view, and a few either side."""
        if self.source is None or not self.photos:
            return
        cell = max(1, self.gridSize().width())
        left = self.horizontalScrollBar().value()
        # Before it is first shown the viewport's width is not yet the list's.
        right = left + max(self.viewport().width(), self.width())
        first, last = max(0, left // cell - AHEAD), min(len(self.photos), right // cell + AHEAD)
        for row in range(first, last + 1):
            if row < len(self.photos) and row not in self._asked:
                self._asked.add(row)
                self._ask_thumbnail(self.item(row), self.photos[row], self._generation)

    def _ask_thumbnail(self, item: QListWidgetItem, photo: Photo, generation: int) -> None:
        if self.source is None:
            return

        def arrived(image: QImage) -> None:
            if generation == self._generation:
                item.setIcon(QPixmap.fromImage(image))

        def failed(_error: BaseException) -> None:
            if generation == self._generation:
                item.setToolTip(
                    self.tr("{description} (the picture could not be loaded)").format(
                        description=photo.description
                    )
                )

        self.source.load(photo.thumb.sha256, THUMB_EDGE, arrived, failed)

    def photo_at(self, row: int) -> Photo:
        return self.photos[row]

    def _open(self, item: QListWidgetItem) -> None:
        dialog = PhotoViewDialog(self.photo_at(self.row(item)), self.source, self)
        dialog.exec()
        dialog.deleteLater()


class PhotoViewDialog(QDialog):
    """One photo, large, with its description under it; Escape closes it."""

    def __init__(self, photo: Photo, source: PhotoSource | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.setWindowTitle(self.tr("Photo"))
        layout = QVBoxLayout(self)
        self.picture = QLabel(self.tr("Loading the photo…"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(photo.description)
        self.picture.setMinimumSize(320, 240)
        # Named by what the uploader wrote, in their language: never translated.
        self.picture.setProperty(USER_TEXT, True)
        layout.addWidget(self.picture, 1)
        self.caption = QLabel(photo.description)
        self.caption.setWordWrap(True)
        # Reachable with Tab and read line by line: the whole description, which
        # a gallery's caption may not show.
        self.caption.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.caption.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.caption.setAccessibleName(self.tr("Photo description"))
        self.caption.setAccessibleDescription(photo.description)
        self.caption.setProperty(USER_TEXT, True)
        layout.addWidget(self.caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        fit_to_screen(self)
        if source is not None:
            source.load(photo.large.sha256, LARGE_EDGE, self._arrived, self._failed)

    def _arrived(self, image: QImage) -> None:
        screen = self.screen().availableSize() * 0.8
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > screen.width() or pixmap.height() > screen.height():
            pixmap = pixmap.scaled(
                screen,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(pixmap)

    def _failed(self, _error: BaseException) -> None:
        self.picture.setText(self.tr("The photo could not be loaded; its description is below."))
