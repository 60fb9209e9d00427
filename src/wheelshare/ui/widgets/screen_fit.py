"""Windows sized to what they show and to the screen they are on.

A dialog asks :func:`fit_to_screen` instead of choosing a size of its own: each
time it is shown, it takes the size its content asks for (forms and lists at
their full length, text at a comfortable reading width), never more than the
screen's free area (``QScreen.availableGeometry``: without the panels), and it
sits on that screen. What does not fit scrolls vertically only; forms are built
to reflow (labels wrap), so nothing needs a sideways scroll bar, and the
buttons under the scrolling part stay on screen.

:func:`opening_size` is the main window's size when there is none saved:
most of the screen, and no more than the app needs at the chosen text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QStyle, QTableView, QWidget

# A paragraph reads best at about this many characters a line.
READING_WIDTH_CHARS = 70
# The main window's share of the screen's free area when it first opens, and
# the most it asks for at 100 % text (grows with the text size).
SCREEN_SHARE = 0.9
MAIN_WINDOW_AT_100 = QSize(1100, 720)


def available_area(widget: QWidget) -> QRect:
    """The free area of the screen ``widget`` (or its parent window) is on."""
    holder = widget.parentWidget() or widget
    screen: QScreen | None = holder.window().screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def opening_size(area: QRect, text_scale: int) -> QSize:
    """The main window's first size on a screen whose free area is ``area``:
    :data:`SCREEN_SHARE` of it, at most what the app needs at ``text_scale`` %."""
    wanted = MAIN_WINDOW_AT_100 * (text_scale / 100)
    return QSize(
        min(round(area.width() * SCREEN_SHARE), wanted.width()),
        min(round(area.height() * SCREEN_SHARE), wanted.height()),
    )


def keep_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrinks ``window`` to the screen's free area if it is larger (a size saved
    on a larger screen) and moves it so that all of it is on the screen."""
    area = area or available_area(window)
    frame = _frame_extra(window)
    size = window.size().boundedTo(area.size() - frame)
    if size != window.size():
        window.resize(size)
    window.move(_inside(window.pos(), size + frame, area))


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager's frame adds around the window (0 before shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def _inside(pos: QPoint, size: QSize, area: QRect) -> QPoint:
    x = max(area.left(), min(pos.x(), area.right() + 1 - size.width()))
    y = max(area.top(), min(pos.y(), area.bottom() + 1 - size.height()))
    return QPoint(x, y)


def _content_extra(dialog: QWidget, width: int) -> int:
    """Height the scrolling parts would take beyond their own size hints, to
    show their whole content (a form's every field, a list's every row), with
    the dialog ``width`` wide."""
    extra = 0
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, dialog)
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    for area in dialog.findChildren(QScrollArea):
        body = area.widget()
        if body is not None and area.isVisibleTo(dialog):
            if body.hasHeightForWidth():
                # Wrapped text: as tall as it is at the width it gets, not at the
                # narrow width its size hint (and so the area's) guesses, which
                # left a short summary floating in a dialog the screen's height.
                inner = width - sides - bar - 2 * area.frameWidth()
                # A line to spare: framed by the style sheet, text may wrap a word
                # earlier than its estimate says.
                spare = body.fontMetrics().lineSpacing()
                needed = max(body.heightForWidth(inner) + spare, body.minimumSizeHint().height())
                extra += needed + 2 * area.frameWidth() - area.sizeHint().height()
            else:
                needed = body.sizeHint().height()
                extra += max(0, needed - area.viewport().sizeHint().height())
    for view in dialog.findChildren(QAbstractItemView):
        if not view.isVisibleTo(dialog):
            continue
        rows = view.sizeHintForRow(0) * view.model().rowCount() if view.model() else 0
        extra += max(0, rows - view.viewport().sizeHint().height())
    return extra


def _least_width(dialog: QWidget) -> int:
    """The narrowest the dialog can be without a scrolling part cutting its
    content: a scroll area reports a small minimum of its own, whatever it holds."""
    least = dialog.minimumSizeHint().width()
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, dialog)
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    for area in dialog.findChildren(QScrollArea):
        body = area.widget()
        if body is None or not area.isVisibleTo(dialog):
            continue
        # The content, its vertical scroll bar, the area's frame, the dialog's margins.
        need = body.minimumSizeHint().width() + bar + 2 * area.frameWidth() + sides
        least = max(least, need)
    return least


def _tables_width(dialog: QWidget) -> int:
    """The width that shows every column of the dialog's tables on one line each
    (their own size hints are a fixed guess)."""
    widest = 0
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, dialog)
    for view in dialog.findChildren(QTableView):
        if not view.isVisibleTo(dialog) or view.model() is None:
            continue
        header = view.horizontalHeader()
        columns = range(view.model().columnCount())
        natural = sum(
            max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
            for c in columns
            if not header.isSectionHidden(c)
        )
        widest = max(widest, natural + bar + 2 * view.frameWidth() + sides)
    return widest


def fitted_size(dialog: QWidget, area: QRect) -> QSize:
    """The size ``dialog`` asks for with its content shown whole, within ``area``."""
    frame = _frame_extra(dialog)
    most = area.size() - frame
    hint = dialog.sizeHint()
    reading = dialog.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
    comfortable = min(max(reading, _tables_width(dialog)), most.width())
    width = max(hint.width(), comfortable, _least_width(dialog))
    width = min(width, most.width())
    height = max(hint.height() + _content_extra(dialog, width), dialog.minimumSizeHint().height())
    return QSize(width, min(height, most.height()))


def fit_now(dialog: QWidget) -> None:
    """Sizes and places ``dialog`` now (see :func:`fit_to_screen`)."""
    area = available_area(dialog)
    for scroll in dialog.findChildren(QScrollArea):
        # Vertical scrolling only: the content reflows to the width it is given.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    dialog.setMaximumSize(area.size())
    size = fitted_size(dialog, area)
    dialog.resize(size)
    parent = dialog.parentWidget()
    if parent is not None:
        centre = parent.window().frameGeometry().center()
        pos = QPoint(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    else:
        pos = dialog.pos()
    dialog.move(_inside(pos, size + _frame_extra(dialog), area))


class _FitsOnShow(QObject):
    # Holds no reference to its dialog: a Python cycle between the two would
    # leave a dialog without a parent to the garbage collector, which may run
    # on another thread, where no widget may be deleted.
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.setObjectName("wheelshare-fits-screen")
        self._fitted: QSize | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() == QEvent.Type.Show:
            dialog = watched
            # A size given since (the person dragged the dialog's edge, or its
            # owner chose one) is kept, as long as it is on the screen.
            if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) and dialog.size() != (
                self._fitted or dialog.size() + QSize(1, 1)
            ):
                keep_on_screen(dialog)
            else:
                fit_now(dialog)
                self._fitted = dialog.size()
        return False


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls it vertically when the screen
    is too short for it; Tab goes straight to the controls inside."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def fit_to_screen(dialog: QWidget) -> None:
    """Each time ``dialog`` is shown: its content's size, within the free area of
    its parent's screen, centred over its parent and wholly on that screen.
    Scroll areas inside it scroll vertically only. A size set on the dialog
    since (by the person or its owner) is kept, within the screen. Calling it
    twice changes nothing."""
    if dialog.findChild(_FitsOnShow, "wheelshare-fits-screen") is None:
        _FitsOnShow(dialog)
