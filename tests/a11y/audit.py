"""Generic accessibility audits over a window or dialog and all its widgets.

Each audit walks every visible widget under a root, so screens and dialogs
added later are covered without changing the audits. Each returns the
problems found, in words that name the widget, plus counts for the report.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QAccessible, QColor, QFontInfo, QFontMetrics, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSizeGrip,
    QSlider,
    QSplitterHandle,
    QStackedWidget,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

from wheelshare.ui.help import mnemonic

MIN_TARGET_PX = 24


@dataclass
class Report:
    """Problems found and what was looked at."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)
    smallest_target: tuple[int, int, str] | None = None

    def add(self, widget: QWidget, what: str) -> None:
        self.problems.append(f"{describe(widget)}: {what}")

    def merge(self, other: Report) -> None:
        self.checked += other.checked
        self.problems += other.problems
        if other.smallest_target and (
            self.smallest_target is None
            or _area(other.smallest_target) < _area(self.smallest_target)
        ):
            self.smallest_target = other.smallest_target


def _area(t: tuple[int, int, str]) -> int:
    return min(t[0], t[1])


def widget_text(w: QWidget) -> str:
    for getter in ("text", "title", "windowTitle"):
        f = getattr(w, getter, None)
        if callable(f):
            try:
                value = f()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                return value
    return ""


def describe(w: QWidget) -> str:
    text = widget_text(w)
    name = w.objectName()
    window = w.window()
    where = window.windowTitle() or type(window).__name__
    bits = [type(w).__name__]
    if name:
        bits.append(f"#{name}")
    if text:
        bits.append(repr(text[:60]))
    return f"{' '.join(bits)} in {where!r}"


def shown(root: QWidget) -> list[QWidget]:
    """``root`` and every descendant a person can see now."""
    widgets = [root] if root.isVisible() else []
    widgets += [w for w in root.findChildren(QWidget) if w.isVisible() and not w.isWindow()]
    return widgets


def _inside(w: QWidget, kinds: tuple[type, ...]) -> bool:
    p = w.parentWidget()
    while p is not None and not p.isWindow():
        if isinstance(p, kinds):
            return True
        p = p.parentWidget()
    return False


def is_internal(w: QWidget) -> bool:
    """Parts of a composite widget that its owner speaks for (a spin box's editor…)."""
    parent = w.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox) and isinstance(w, QLineEdit):
        return True
    if isinstance(parent, QTabBar | QLineEdit | QCalendarWidget | QMenu):
        return True
    if isinstance(w, QScrollBar | QSizeGrip | QSplitterHandle):
        return True
    return _inside(w, (QCalendarWidget,))


def takes_tab_focus(w: QWidget) -> bool:
    return (
        bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.isEnabled()
        and w.isVisible()
        and w.focusProxy() is None
        and not w.isWindow()
    )


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _columns(model: QAbstractItemModel) -> int:
    # A list model's columnCount is private in C++: a list has one column.
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount(QModelIndex())


_GENERIC_ROLES = {QAccessible.Role.NoRole, QAccessible.Role.Client}


# --------------------------------------------------------------------- names
def audit_names(root: QWidget) -> Report:
    """Every focusable control has a role and a name; images too; views have headers."""
    report = Report()
    for w in shown(root):
        if is_internal(w):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if takes_tab_focus(w):
            report.checked += 1
            if iface is None:
                report.add(w, "no accessible interface")
                continue
            name = accessible_name(w)
            if not re.search(r"\w", name):
                role = iface.role()
                kind = "no role of its own and " if role in _GENERIC_ROLES else ""
                report.add(
                    w,
                    f"focusable but has {kind}no accessible name (give it a buddy"
                    " label, text, or setAccessibleName)",
                )
        elif isinstance(w, QLabel) and w.pixmap() is not None and not w.pixmap().isNull():
            report.checked += 1
            if not accessible_name(w):
                report.add(w, "image without an accessible name")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            report.checked += 1
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            if callable(header) and header() is not None and not header().isHidden():
                for col in range(_columns(model)):
                    if header().isSectionHidden(col):
                        continue
                    title = model.headerData(col, Qt.Orientation.Horizontal)
                    if not isinstance(title, str) or not title.strip():
                        report.add(w, f"column {col} has no header text")
            for row in range(min(model.rowCount(QModelIndex()), 5)):
                index = model.index(row, 0)
                text = model.data(index, Qt.ItemDataRole.AccessibleTextRole) or model.data(
                    index, Qt.ItemDataRole.DisplayRole
                )
                if not isinstance(text, str) or not text.strip():
                    report.add(w, f"row {row} has no text for a screen reader")
    return report


# ------------------------------------------------------------------- clipping
def _fits(needed: int, have: int) -> bool:
    return needed <= have + 1  # one pixel of rounding


def _longest_word(fm: QFontMetrics, text: str) -> int:
    words = re.split(r"\s+", re.sub(r"<[^>]+>", " ", text).replace("&", ""))
    return max((fm.horizontalAdvance(word) for word in words if word), default=0)


def audit_clipping(root: QWidget) -> Report:
    """No label, button, group title, tab or column header is cut off or overlapped."""
    report = Report()
    for w in shown(root):
        if is_internal(w):
            continue
        if isinstance(w, QLabel) and w.text() and (w.pixmap() is None or w.pixmap().isNull()):
            report.checked += 1
            rect = w.contentsRect()
            if w.wordWrap():
                need_h = w.heightForWidth(w.width())
                if need_h > 0 and not _fits(need_h, w.height()):
                    report.add(w, f"wrapped text needs {need_h} px height, has {w.height()}")
                if not _fits(_longest_word(w.fontMetrics(), w.text()), rect.width()):
                    report.add(w, f"a word is wider than the label ({rect.width()} px)")
            else:
                hint = w.sizeHint()
                if not _fits(hint.width(), w.width()) or not _fits(
                    w.fontMetrics().height(), w.height()
                ):
                    report.add(
                        w,
                        f"text needs {hint.width()}×{w.fontMetrics().height()} px,"
                        f" has {w.width()}×{w.height()}",
                    )
        elif isinstance(w, QAbstractButton) and w.text():
            report.checked += 1
            hint = w.sizeHint()
            if not _fits(hint.width(), w.width()) or not _fits(
                w.fontMetrics().height(), w.height()
            ):
                report.add(
                    w,
                    f"text needs {hint.width()}×{hint.height()} px, has {w.width()}×{w.height()}",
                )
        elif isinstance(w, QGroupBox) and w.title():
            report.checked += 1
            need = w.fontMetrics().horizontalAdvance(w.title().replace("&", "")) + 8
            if w.isCheckable():
                need += 24
            if not _fits(need, w.width()):
                report.add(w, f"title needs {need} px, has {w.width()}")
        elif isinstance(w, QComboBox) and w.currentText():
            report.checked += 1
            need = w.fontMetrics().horizontalAdvance(w.currentText()) + 24 + 2 * 6
            if not _fits(need, w.width()):
                report.add(w, f"choice {w.currentText()!r} needs {need} px, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                report.checked += 1
                if not _fits(w.tabSizeHint(i).width(), w.tabRect(i).width()):
                    report.add(w, f"tab {w.tabText(i)!r} is cut short")
        elif isinstance(w, QListView) and _entries_cannot_grow(w):
            model = w.model()
            for row in range(model.rowCount(QModelIndex()) if model is not None else 0):
                if w.isRowHidden(row):
                    continue
                report.checked += 1
                index = model.index(row, 0)
                need, have = w.sizeHintForIndex(index).width(), w.visualRect(index).width()
                # No pixel to spare: one short and the entry ends in "…".
                if need > have:
                    text = model.data(index, Qt.ItemDataRole.DisplayRole)
                    report.add(w, f"entry {text!r} is cut short (needs {need} px, has {have})")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            if model is None:
                continue
            fm = w.fontMetrics()
            for col in range(_columns(model)):
                if w.isSectionHidden(col):
                    continue
                report.checked += 1
                title = model.headerData(col, Qt.Orientation.Horizontal)
                if not isinstance(title, str):
                    continue
                tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                margin = w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, w)
                need = fm.horizontalAdvance(title) + 2 * margin
                if w.isSortIndicatorShown() and w.sortIndicatorSection() == col:
                    need += w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, w)
                if not _fits(need, w.sectionSize(col)) and not tip:
                    report.add(
                        w, f"column title {title!r} needs {need} px, has {w.sectionSize(col)}"
                    )
    report.merge(audit_overlap(root))
    return report


def _entries_cannot_grow(view: QListView) -> bool:
    """A list whose entries keep one line (no wrapping, or every entry as high
    as the first): an entry wider than the list is cut short ("Account & …")."""
    return view.viewMode() == QListView.ViewMode.ListMode and (
        not view.wordWrap() or view.uniformItemSizes()
    )


def audit_overlap(root: QWidget) -> Report:
    """Sibling widgets laid out side by side never cover each other."""
    report = Report()
    for parent in shown(root):
        if isinstance(
            parent,
            QAbstractScrollArea
            | QStackedWidget
            | QTabBar
            | QAbstractSpinBox
            | QComboBox
            | QCalendarWidget,
        ):
            continue
        kids = [
            k
            for k in parent.children()
            if isinstance(k, QWidget) and k.isVisible() and not k.isWindow() and not is_internal(k)
        ]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                report.checked += 1
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    report.add(a, f"overlaps {describe(b)} by {overlap.width()}×{overlap.height()}")
    return report


# -------------------------------------------------------------------- targets
def clickable(w: QWidget) -> bool:
    return (
        isinstance(w, QAbstractButton | QComboBox | QAbstractSpinBox | QLineEdit | QSlider)
        and w.isEnabled()
    )


def audit_targets(root: QWidget, minimum: int = MIN_TARGET_PX) -> Report:
    """Every clickable control is at least ``minimum`` px in both directions."""
    report = Report()
    for w in shown(root):
        if is_internal(w) or not clickable(w):
            continue
        report.checked += 1
        size = (w.width(), w.height())
        if report.smallest_target is None or min(size) < min(report.smallest_target[:2]):
            report.smallest_target = (size[0], size[1], describe(w))
        if min(size) < minimum:
            report.add(w, f"target is {size[0]}×{size[1]} px, under {minimum}×{minimum}")
    for bar in (w for w in shown(root) if isinstance(w, QTabBar)):
        for i in range(bar.count()):
            report.checked += 1
            r = bar.tabRect(i)
            if min(r.width(), r.height()) < minimum:
                report.add(bar, f"tab {bar.tabText(i)!r} is {r.width()}×{r.height()} px")
    return report


# ------------------------------------------------------------------ keyboard
_STANDARD_BUTTON = QDialogButtonBox.StandardButton.NoButton


def audit_mnemonics(root: QWidget) -> Report:
    """Every button has an Alt+letter or a shortcut; a dialog's standard buttons
    answer Enter and Escape. Mnemonics used twice on one screen are listed."""
    report = Report()
    letters: dict[str, list[QWidget]] = {}
    for w in shown(root):
        # Actions; check boxes and radio buttons are choices, reached with Tab.
        if not isinstance(w, QPushButton | QToolButton):
            continue
        if is_internal(w) or not w.text():
            continue
        box = w.parentWidget()
        if isinstance(box, QDialogButtonBox) and box.standardButton(w) != _STANDARD_BUTTON:
            continue
        report.checked += 1
        letter = mnemonic(w.text())
        if letter:
            letters.setdefault(letter, []).append(w)
        elif w.shortcut().isEmpty():
            report.add(w, "no underlined letter (&) and no shortcut")
    for w in shown(root):
        if isinstance(w, QLabel) and w.buddy() is not None and mnemonic(w.text()):
            letters.setdefault(mnemonic(w.text()) or "", []).append(w)
    report.duplicates = {k: v for k, v in letters.items() if len(v) > 1}  # type: ignore[attr-defined]
    return report


def audit_keyboard_traps(root: QWidget) -> Report:
    """Tab never stays inside one control: text areas pass Tab on, and item views
    do not walk cell by cell on Tab (arrows do that)."""
    report = Report()
    for w in shown(root):
        if isinstance(w, QTextEdit | QPlainTextEdit) and not w.isReadOnly():
            report.checked += 1
            if not w.tabChangesFocus():
                report.add(w, "Tab types a tab character instead of moving on (tabChangesFocus)")
        elif isinstance(w, QAbstractItemView) and takes_tab_focus(w):
            report.checked += 1
            if w.tabKeyNavigation():
                report.add(w, "Tab moves between cells, trapping the keyboard (tabKeyNavigation)")
    return report


def tab_sequence(
    window: QWidget, presses: int, key: Qt.Key = Qt.Key.Key_Tab
) -> list[tuple[QWidget, QRect, QRect | None]]:
    """Widgets that hold focus after each of ``presses`` real Tab key presses,
    with where each one was on screen at that moment, and where the control
    Tab came from was at that same moment (a scroll area may have moved both)."""
    from PySide6.QtTest import QTest

    seen: list[tuple[QWidget, QRect, QRect | None]] = []
    for _ in range(presses):
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, key)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is not None:
            before = _global_rect(target) if target is not window else None
            seen.append((focused, _global_rect(focused), before))
    return seen


def _radio_group(w: QWidget) -> object | None:
    if not isinstance(w, QRadioButton):
        return None
    group = w.group()
    if group is not None and group.exclusive():
        return group
    return w.parentWidget() if w.autoExclusive() else None


def audit_tab_order(window: QWidget, root: QWidget) -> Report:
    """Tab reaches every focusable control of ``root`` and comes back round, and
    never jumps back up within one column (reading order: down, then across)."""
    report = Report()
    targets = [w for w in shown(root) if takes_tab_focus(w) and not is_internal(w)]
    report.checked += len(targets)
    if not targets:
        return report
    targets[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget()
    steps = tab_sequence(window, len(shown(window)) + 5)
    sequence = [w for w, _, _ in steps]
    visited = set(map(id, sequence))
    # In a group of radio buttons Tab enters once; arrows move between them.
    groups_reached = {id(_radio_group(w)) for w in sequence if _radio_group(w) is not None}
    for w in targets:
        group = _radio_group(w)
        if group is not None and id(group) in groups_reached:
            continue
        if id(w) not in visited:
            report.add(w, "never reached with Tab")
    if start is None or id(start) not in visited:
        report.add(start or window, "Tab never comes back round: focus is trapped")
        return report
    # One round, from the start back to it: reading order within one column.
    first = sequence.index(start)
    cycle = [(start, _global_rect(start), None), *steps[:first]]
    inside = [
        (i, w, r, before)
        for i, (w, r, before) in enumerate(cycle)
        if w is root or root.isAncestorOf(w)
    ]
    for (i, a, ra, _), (j, b, rb, before) in itertools.pairwise(inside):
        # Both where they were once Tab had moved on (and any scrolling was done).
        if j == i + 1 and before is not None:
            ra = before
        same_column = ra.left() < rb.right() and rb.left() < ra.right()
        if same_column and rb.bottom() < ra.top() and not a.isAncestorOf(b):
            report.add(b, f"comes after {describe(a)} but sits above it")
    return report


def _global_rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(w.rect().topLeft()), w.size())


# --------------------------------------------------------------- focus frame
def focus_ring_fraction(w: QWidget, colour: QColor, width: int = 2) -> float:
    """Share of the pixels of ``w``'s outer ring (``width`` px) drawn in ``colour``."""
    area = w.rect()
    if isinstance(w, QTabBar):
        area = w.tabRect(w.currentIndex())
    image: QImage = w.grab(area).toImage()
    ratio = image.devicePixelRatio()
    wpx, hpx = image.width(), image.height()
    band = max(1, round(width * ratio))
    total = hits = 0
    target = colour.rgb()
    for x in range(wpx):
        for y in list(range(band)) + list(range(hpx - band, hpx)):
            total += 1
            hits += image.pixel(x, y) == target
    for y in range(band, hpx - band):
        for x in list(range(band)) + list(range(wpx - band, wpx)):
            total += 1
            hits += image.pixel(x, y) == target
    return hits / total if total else 0.0


# -------------------------------------------------------------- translations
_PSEUDO = re.compile(r"\[[^\[\]]*~\]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Words that are the same in every language on purpose.
# A widget whose whole text is what a person wrote, shown as they wrote it
# (ui/widgets/gallery.py marks the photo view's caption and picture).
USER_TEXT = "wheelshare-user-text"
# The parts of a widget's text that are data, the same in every language (a
# venue's name, its town: ui/widgets/text.py mark_data).
DATA_TEXT = "wheelshare-data-text"
UNTRANSLATED_ON_PURPOSE = {"wheelshare", "English", "Français", "EUR", "GBP", "CHF", "USD"}


def visible_texts(root: QWidget) -> Iterable[tuple[QWidget, str]]:
    """Every string the app shows or gives a screen reader, with its widget."""
    for w in shown(root):
        if isinstance(w, QLabel):
            yield w, re.sub(r"<[^>]+>", " ", w.text())
        elif isinstance(w, QAbstractButton):
            yield w, w.text()
        elif isinstance(w, QGroupBox):
            yield w, w.title()
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield w, w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w, w.tabText(i)
        elif isinstance(w, QLineEdit):
            yield w, w.placeholderText()
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                yield w, action.text()
                menu = action.menu()
                for item in menu.actions() if menu is not None else []:
                    yield w, item.text()
        elif isinstance(w, QAbstractSpinBox):
            yield w, getattr(w, "suffix", lambda: "")()
            yield w, w.specialValueText()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for col in range(_columns(model)):
                title = model.headerData(col, Qt.Orientation.Horizontal)
                if isinstance(title, str):
                    yield w, title
        if w.isWindow():
            yield w, w.windowTitle()
        yield w, w.toolTip()
        yield w, w.accessibleName()
        yield w, w.accessibleDescription()


_URL = re.compile(r"\b\w+://\S+")


def without_data(w: QWidget, text: str) -> str:
    """``text`` without the parts ``w`` marks as data: what is left are words."""
    for part in w.property(DATA_TEXT) or ():
        text = text.replace(part, " ")
    return text


def untranslated(text: str) -> str:
    """What is left of ``text`` outside pseudo-localised parts: words that
    never went through translation (web addresses are examples, not words)."""
    text = _URL.sub(" ", text)
    previous = None
    while previous != text:
        previous, text = text, _PSEUDO.sub(" ", text)
    words = [m.group(0) for m in _LETTERS.finditer(text)]
    local = _locale_words()
    return " ".join(w for w in words if w not in UNTRANSLATED_ON_PURPOSE and w not in local)


def _locale_words() -> set[str]:
    """Month and day names and AM/PM of the language's locale: a date or a time
    formatted by QLocale is in the reader's language without passing through tr()."""
    loc = QLocale()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    names = {loc.amText(), loc.pmText()}
    for fmt in formats:
        names |= {loc.monthName(m, fmt) for m in range(1, 13)}
        names |= {loc.standaloneMonthName(m, fmt) for m in range(1, 13)}
        names |= {loc.dayName(d, fmt) for d in range(1, 8)}
    return {w.group(0) for name in names for w in _LETTERS.finditer(name)}


def audit_translated(root: QWidget) -> Report:
    """Run under pseudo-localisation: every visible string went through tr()."""
    report = Report()
    for w, text in visible_texts(root):
        if not text or not text.strip():
            continue
        if w.property(USER_TEXT) is True:
            continue  # words a person wrote (a photo's description), in their language
        report.checked += 1
        left = untranslated(without_data(w, text))
        if left:
            report.add(w, f"not translatable: {left!r} in {text[:80]!r}")
    return report


# ------------------------------------------------------------ colour alone
_COLOUR_ROLES = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.DecorationRole,
)


def audit_colour_alone(root: QWidget, rows: int = 50) -> Report:
    """Cells that carry a colour or an icon also carry words."""
    report = Report()
    for view in (w for w in shown(root) if isinstance(w, QAbstractItemView)):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), rows)):
            for col in range(_columns(model)):
                index = model.index(row, col)
                marked = [r for r in _COLOUR_ROLES if model.data(index, r) is not None]
                if not marked:
                    continue
                report.checked += 1
                words = model.data(index, Qt.ItemDataRole.DisplayRole) or model.data(
                    index, Qt.ItemDataRole.AccessibleTextRole
                )
                if not isinstance(words, str) or not words.strip():
                    report.add(
                        view, f"row {row}, column {col} shows a colour or icon without words"
                    )
    return report


# ------------------------------------------------- the screen people have
def _screen_area(w: QWidget) -> QRect:
    screen = w.window().screen()
    return screen.availableGeometry() if screen is not None else QRect()


def audit_on_screen(root: QWidget) -> Report:
    """The window is wholly on its screen's free area, every control outside a
    scrolling part is on that screen, and a dialog's buttons (Close, OK…) sit
    outside its scrolling part, where they are always visible."""
    report = Report()
    window = root.window()
    area = _screen_area(window)
    report.checked += 1
    frame = window.frameGeometry()
    if not area.contains(frame):
        report.add(
            window,
            f"window {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}) is not"
            f" wholly on the screen's free area {area.width()}×{area.height()}",
        )
    for w in shown(root):
        if is_internal(w) or not (takes_tab_focus(w) or clickable(w)):
            continue
        in_scroll = _inside(w, (QAbstractScrollArea,))
        box = w.parentWidget()
        if isinstance(box, QDialogButtonBox):
            report.checked += 1
            if in_scroll:
                report.add(w, "a dialog's button inside the scrolling part: it can scroll away")
        if in_scroll:
            continue
        report.checked += 1
        rect = _global_rect(w)
        if not area.contains(rect):
            report.add(
                w, f"outside the screen: at ({rect.x()}, {rect.y()}), {rect.width()} px wide"
            )
    return report


def audit_scrolling(root: QWidget) -> Report:
    """Scrolling parts scroll vertically only: their content is never wider
    than what shows of it (labels wrap, forms reflow)."""
    report = Report()
    for area in (w for w in shown(root) if isinstance(w, QScrollArea)):
        body = area.widget()
        if body is None:
            continue
        report.checked += 1
        need, have = body.minimumSizeHint().width(), area.viewport().width()
        if area.horizontalScrollBar().isVisible():
            report.add(area, f"scrolls sideways: its content needs {need} px, shows {have}")
        elif not _fits(need, have):
            report.add(area, f"content is cut at the side: needs {need} px, shows {have}")
    return report


def _heading(w: QWidget) -> bool:
    name = w.objectName().lower()
    return "heading" in name or any(type(c).__name__ == "_FollowsTextSize" for c in w.children())


def audit_text_sizes(root: QWidget) -> Report:
    """Headings are larger than the body text and no text is smaller than it,
    at every text size (a font set once keeps its old size when the text grows)."""
    report = Report()
    body = QFontInfo(QApplication.font()).pixelSize()
    for w in shown(root):
        if not isinstance(w, QLabel | QAbstractButton | QGroupBox) or is_internal(w):
            continue
        if not widget_text(w):
            continue
        report.checked += 1
        size = QFontInfo(w.font()).pixelSize()
        if _heading(w):
            if size <= body:
                report.add(w, f"heading is {size} px, not larger than the body text ({body} px)")
        elif size < body:
            report.add(w, f"text is {size} px, smaller than the body text ({body} px)")
    return report


def audit_indicators(root: QWidget, text_scale: int) -> Report:
    """What goes with text grows with it: check box and radio squares, the arrows
    of number fields and lists, scroll bars, and table headers tall enough for
    their text."""
    from wheelshare.ui import theme

    report = Report()

    def at_scale(px: int) -> int:
        return round(px * text_scale / 100)

    square = at_scale(theme.INDICATOR_PX) - 2 * theme.BORDER_WIDTH_PX
    arrows = at_scale(theme.ARROW_BUTTON_PX)
    plain = QStyleFactory.create("Fusion")
    bar = at_scale(plain.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)) if plain else 0
    for w in shown(root):
        style = w.style()
        if isinstance(w, QCheckBox | QRadioButton):
            report.checked += 1
            option = QStyleOptionButton()
            option.initFrom(w)
            element = (
                QStyle.SubElement.SE_CheckBoxIndicator
                if isinstance(w, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonIndicator
            )
            r = style.subElementRect(element, option, w)
            if min(r.width(), r.height()) < square - 1:
                report.add(w, f"box is {r.width()}×{r.height()} px at {text_scale} %, not {square}")
        elif isinstance(w, QAbstractSpinBox) and w.buttonSymbols() != w.ButtonSymbols.NoButtons:
            report.checked += 1
            spin = QStyleOptionSpinBox()
            spin.initFrom(w)
            spin.subControls = QStyle.SubControl.SC_All
            r = style.subControlRect(
                QStyle.ComplexControl.CC_SpinBox, spin, QStyle.SubControl.SC_SpinBoxUp, w
            )
            if r.width() < arrows - 1:
                report.add(w, f"arrows are {r.width()} px wide at {text_scale} %, not {arrows}")
        elif isinstance(w, QComboBox):
            report.checked += 1
            combo = QStyleOptionComboBox()
            combo.initFrom(w)
            combo.subControls = QStyle.SubControl.SC_All
            r = style.subControlRect(
                QStyle.ComplexControl.CC_ComboBox, combo, QStyle.SubControl.SC_ComboBoxArrow, w
            )
            if r.width() < arrows - 1:
                report.add(w, f"drop-down is {r.width()} px wide at {text_scale} %, not {arrows}")
        elif isinstance(w, QScrollBar):
            report.checked += 1
            thickness = w.width() if w.orientation() == Qt.Orientation.Vertical else w.height()
            if thickness < bar - 1:
                report.add(w, f"scroll bar is {thickness} px thick at {text_scale} %, not {bar}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            report.checked += 1
            # Inside its border and padding: where the titles are drawn.
            need, have = w.fontMetrics().height(), w.contentsRect().height()
            if not _fits(need, have):
                report.add(w, f"header shows {have} px of its {need} px high text")
    return report


def _cell_text(model: QAbstractItemModel, index: QModelIndex) -> str:
    text = model.data(index, Qt.ItemDataRole.DisplayRole)
    return text if isinstance(text, str) else ""


def audit_cells(root: QWidget, rows: int = 20) -> Report:
    """No cell of a table shows its text cut short (``En …``) or cut at the top
    or bottom while its column could be wider: there is room beside it, or the
    column has a fixed width the person would have to drag."""
    report = Report()
    for view in (w for w in shown(root) if isinstance(w, QTableView)):
        model = view.model()
        header = view.horizontalHeader()
        if model is None or header.isHidden():
            continue
        spare = view.viewport().width() - header.length()
        fm = view.fontMetrics()
        margin = 2 * (
            view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        )
        icon = view.iconSize().width() if view.iconSize().isValid() else 0
        for row in range(min(model.rowCount(QModelIndex()), rows)):
            if view.isRowHidden(row):
                continue
            for col in range(_columns(model)):
                if header.isSectionHidden(col):
                    continue
                index = model.index(row, col)
                text = _cell_text(model, index)
                if not text:
                    continue
                report.checked += 1
                have = view.columnWidth(col)
                extra = margin
                if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                    extra += (
                        max(icon, view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)) + 4
                    )
                if view.wordWrap():
                    need = _longest_word(fm, text) + extra
                    lines = fm.boundingRect(
                        QRect(0, 0, max(1, have - extra), 100000),
                        int(Qt.TextFlag.TextWordWrap),
                        text,
                    ).height()
                    if not _fits(lines, view.rowHeight(row)):
                        report.add(
                            view,
                            f"row {row}, column {col}: {text[:40]!r} needs {lines} px high,"
                            f" the row has {view.rowHeight(row)}",
                        )
                        continue
                else:
                    need = fm.horizontalAdvance(text) + extra
                if _fits(need, have):
                    continue
                mode = header.sectionResizeMode(col)
                fixed = mode in (QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.Interactive)
                if spare >= need - have or fixed:
                    report.add(
                        view,
                        f"row {row}, column {col}: {text[:40]!r} is cut short (needs {need} px,"
                        f" the column has {have})",
                    )
    return report


_LONG_TEXT = "Saint-Rémy-de-Provence, chemin des Écoliers 12345"


def type_into_fields(root: QWidget) -> int:
    """Types a long text into every text field a person can type in, as a person
    would (messages under fields and suggestions then show); returns how many."""
    typed = 0
    for w in shown(root):
        if not isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) or is_internal(w):
            continue
        if not w.isEnabled() or w.isReadOnly():
            continue
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        # Key events carrying the text (QTest's own only know ASCII keys).
        for char in _LONG_TEXT:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(w, event)
        typed += 1
    # Messages under fields and their layouts settle over a few turns of the loop.
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    return typed
