"""The photo gallery as the keyboard and a screen reader meet it: each photo is
named by its description, arrows move, Enter shows it large, Escape closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from wheelshare.domain.photo import Photo, PhotoFileRef
from wheelshare.ui.widgets.gallery import PhotoGallery, PhotoViewDialog

from ..helpers import DialogSeen, keys_in_next_dialog

DESCRIPTIONS = (
    "The rear ramp folded out, 80 cm wide, no lip at the bottom",
    "Space for the chair behind the front seats, with four floor clamps",
    "The driver's seat turns out to the side",
)


def _photo(n: int) -> Photo:
    ref = PhotoFileRef(f"{n:064x}", 320, 240)
    return Photo(f"p{n}", "vehicle", "v1", DESCRIPTIONS[n], None, n, ref, ref)


class _Source:
    """Answers a moment later, as the worker does."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def load(
        self,
        digest: str,
        edge: int,
        on_image: Callable[[QImage], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.asked.append((digest, edge))
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("teal"))
        QTimer.singleShot(0, lambda: on_image(image))


def test_the_gallery_reads_out_descriptions_and_follows_the_keyboard(qtbot: QtBot) -> None:
    gallery = PhotoGallery()
    qtbot.addWidget(gallery)
    gallery.source = _Source()
    gallery.show_photos([_photo(0), _photo(1), _photo(2)])
    gallery.resize(900, 400)
    gallery.show()
    qtbot.waitUntil(lambda: all(not gallery.item(i).icon().isNull() for i in range(3)))

    view = QAccessible.queryAccessibleInterface(gallery)
    names = [view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())]
    assert [n for n in names if n] == list(DESCRIPTIONS)
    assert [gallery.item(i).text() for i in range(3)] == list(DESCRIPTIONS)  # the captions

    gallery.setFocus()
    assert gallery.currentRow() == 0
    qtbot.keyClick(gallery, Qt.Key.Key_Right)
    assert gallery.currentRow() == 1
    qtbot.keyClick(gallery, Qt.Key.Key_Right)
    qtbot.keyClick(gallery, Qt.Key.Key_Left)
    assert gallery.currentRow() == 1

    seen: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)], seen)
    qtbot.keyClick(gallery, Qt.Key.Key_Return)
    assert [s.kind for s in seen] == [PhotoViewDialog]
    assert DESCRIPTIONS[1] in seen[0].text
    assert QApplication.activeModalWidget() is None
    assert gallery.source.asked[-1] == (f"{1:064x}", 1280)  # the large size, for the view


def test_the_large_view_names_the_picture_by_its_description(qtbot: QtBot) -> None:
    dialog = PhotoViewDialog(_photo(2), _Source(), None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.picture.pixmap() is not None and not dialog.picture.pixmap().isNull()
    )
    assert dialog.picture.accessibleName() == DESCRIPTIONS[2]
    assert dialog.caption.text() == DESCRIPTIONS[2]


def test_a_long_gallery_loads_the_thumbnails_in_view_and_more_as_it_scrolls(
    qtbot: QtBot,
) -> None:
    gallery = PhotoGallery()
    qtbot.addWidget(gallery)
    source = _Source()
    gallery.source = source
    photos = [
        Photo(f"p{n}", "vehicle", "v1", f"Photo {n}", None, n, thumb, thumb)
        for n in range(1000)
        for thumb in [PhotoFileRef(f"{n:064x}", 9, 9)]
    ]
    gallery.resize(900, 300)
    gallery.show()
    gallery.show_photos(photos)
    qtbot.waitUntil(lambda: not gallery.item(0).icon().isNull())
    # Not a thousand pictures read at once while the window waits.
    assert 5 < len(source.asked) < 40
    gallery.setFocus()
    qtbot.keyClick(gallery, Qt.Key.Key_End)
    last = gallery.item(999)
    qtbot.waitUntil(lambda: not last.icon().isNull())
    assert len(source.asked) < 80
    assert len({digest for digest, _ in source.asked}) == len(source.asked)  # each once


def test_a_long_caption_is_shown_whole_at_200_percent_and_said_in_full(qtbot: QtBot) -> None:
    long = (
        "The rear ramp folded out, 80 cm wide, no lip at the bottom; the left guide "
        "rail has a dent near the hinge and the anti-slip strip is worn in the middle, "
        "so wet shoes or wheels may slip on the way up"
    )
    ref = PhotoFileRef("f" * 64, 320, 240)
    photo = Photo("p-long", "vehicle", "v1", long, None, 0, ref, ref)
    gallery = PhotoGallery()
    qtbot.addWidget(gallery)
    font = gallery.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200 % text
    gallery.setFont(font)
    gallery.show_photos([photo, _photo(0)])
    gallery.resize(900, 400)
    gallery.show()

    # Every line of the caption has room under its thumbnail (none is cut off),
    # and not a line more: the height as the list view itself lays the text out.
    fm = gallery.fontMetrics()
    drawn = _drawn_caption_height(gallery, 0)
    assert drawn > 3 * fm.lineSpacing()  # longer than the three lines it once had
    assert drawn <= gallery.caption_room() < drawn + fm.lineSpacing() // 2
    # A screen reader says it in full too, whatever is drawn.
    view = QAccessible.queryAccessibleInterface(gallery)
    descriptions = [
        view.child(i).text(QAccessible.Text.Description) for i in range(view.childCount())
    ]
    assert long in descriptions
    # And the large view holds it whole in a stop the keyboard reaches.
    dialog = PhotoViewDialog(photo, None, None)
    qtbot.addWidget(dialog)
    assert dialog.caption.text() == long
    assert dialog.caption.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.caption.accessibleDescription() == long


def _drawn_caption_height(gallery: PhotoGallery, row: int) -> int:
    """The caption's height as the list view's delegate lays it out in a cell."""
    option = QStyleOptionViewItem()
    gallery.initViewItemOption(option)
    option.rect.setSize(gallery.gridSize())
    index = gallery.indexFromItem(gallery.item(row))
    return gallery.itemDelegate().sizeHint(option, index).height()


def test_short_captions_leave_no_empty_room_under_them(qtbot: QtBot) -> None:
    gallery = PhotoGallery()
    qtbot.addWidget(gallery)
    font = gallery.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200 % text
    gallery.setFont(font)
    gallery.show_photos([_photo(0), _photo(1)])
    gallery.show()
    # One line of caption each: the strip is the thumbnail and that line, not
    # three lines' worth of blank under every photo.
    drawn = max(_drawn_caption_height(gallery, row) for row in range(2))
    assert drawn <= gallery.caption_room() < drawn + gallery.fontMetrics().lineSpacing() // 2
