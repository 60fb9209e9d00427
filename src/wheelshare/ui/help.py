"""The *Keyboard shortcuts* help page.

Built from the window itself each time it opens, so it lists every shortcut
and every mnemonic that exists, including those of screens added later: the
window's actions (menus, F-keys, Ctrl+1…5), the underlined letters of each
screen's buttons and fields (Alt+letter), and the keys Qt gives every form.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui.widgets.screen_fit import fit_to_screen
from wheelshare.ui.widgets.tables import select_on_first_arrow


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as shown, e.g. "Ctrl+1", "Alt+S"
    action: str  # what it does, in words
    where: str  # "Everywhere", or the screen's name


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` in ``text``; ``"&&"`` and ``"& "`` are plain ampersands."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            if text[i + 1].isalnum():
                return text[i + 1].upper()
        i += 1
    return None


def plain(text: str) -> str:
    """``text`` without its mnemonic marker, as a person reads it."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":…").strip()


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every action of ``window`` that has a key sequence, once each."""
    everywhere = QCoreApplication.translate("KeyboardHelp", "Everywhere")
    seen: set[str] = set()
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            keys = _native(seq)
            if not keys or keys in seen:
                continue
            seen.add(keys)
            what = action.statusTip() or action.toolTip() or plain(action.text())
            found.append(Shortcut(keys, what, everywhere))
    return found


def screen_mnemonics(screen: QWidget, where: str) -> list[Shortcut]:
    """Alt+letter for every button and labelled field of ``screen``."""
    found: list[Shortcut] = []
    for button in screen.findChildren(QAbstractButton):
        letter = mnemonic(button.text())
        if letter:
            found.append(Shortcut(f"Alt+{letter}", plain(button.text()), where))
    for label in screen.findChildren(QLabel):
        letter = mnemonic(label.text()) if label.buddy() is not None else None
        if letter:
            what = QCoreApplication.translate("KeyboardHelp", "Go to “{field}”").format(
                field=plain(label.text())
            )
            found.append(Shortcut(f"Alt+{letter}", what, where))
    return found


def standard_keys() -> list[Shortcut]:
    anywhere = QCoreApplication.translate("KeyboardHelp", "In every screen and dialog")
    return [
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Tab"),
            QCoreApplication.translate("KeyboardHelp", "Move to the next field or button"),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Shift+Tab"),
            QCoreApplication.translate("KeyboardHelp", "Move to the previous field or button"),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Alt+underlined letter"),
            QCoreApplication.translate("KeyboardHelp", "Press that button or go to that field"),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Space"),
            QCoreApplication.translate(
                "KeyboardHelp", "Press the focused button, tick or untick a box"
            ),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Enter"),
            QCoreApplication.translate("KeyboardHelp", "Press the highlighted button of a dialog"),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Escape"),
            QCoreApplication.translate("KeyboardHelp", "Close a dialog without changing anything"),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Arrow keys"),
            QCoreApplication.translate(
                "KeyboardHelp", "Move in lists and tables; change a date or number"
            ),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Page Up, Page Down"),
            QCoreApplication.translate("KeyboardHelp", "Move a page at a time in lists"),
            anywhere,
        ),
        Shortcut(
            QCoreApplication.translate("KeyboardHelp", "Alt+Down"),
            QCoreApplication.translate("KeyboardHelp", "Open a drop-down list or a calendar"),
            anywhere,
        ),
    ]


def all_shortcuts(window: QWidget) -> list[Shortcut]:
    """What the help page lists for ``window``: actions, standard keys, each screen's letters."""
    rows = window_shortcuts(window) + standard_keys()
    stacks = window.findChildren(QStackedWidget)
    screens = [s.widget(i) for s in stacks[:1] for i in range(s.count())]
    for screen in filter(None, screens):
        where = (
            screen.accessibleName()
            or screen.windowTitle()
            or QCoreApplication.translate("KeyboardHelp", "This screen")
        )
        rows += screen_mnemonics(screen, where)
    return rows


class KeyboardShortcutsDialog(QDialog):
    """Every shortcut as a three-column table a screen reader reads row by row."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(QCoreApplication.translate("KeyboardHelp", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "KeyboardHelp",
                "Everything in wheelshare works from the keyboard. Letters underlined in a"
                " screen work with Alt held down. This list is made from the screens"
                " themselves, so it is always complete.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = all_shortcuts(window)
        table = QTableWidget(len(self.rows), 3, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(QCoreApplication.translate("KeyboardHelp", "Keyboard shortcuts"))
        titles = [
            QCoreApplication.translate("KeyboardHelp", "Keys"),
            QCoreApplication.translate("KeyboardHelp", "What they do"),
            QCoreApplication.translate("KeyboardHelp", "Where"),
        ]
        table.setHorizontalHeaderLabels(titles)
        for column, title in enumerate(titles):
            # The whole title stays available when a narrow column cuts it short.
            header_item = table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(title)
        table.verticalHeader().hide()
        select_on_first_arrow(table)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        # Arrows move between cells; Tab moves on to the Close button.
        table.setTabKeyNavigation(False)
        for row, shortcut in enumerate(self.rows):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows follow the columns' widths, which follow the dialog's, itself
        # sized to the screen: wrapped text is never cut short.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)
        table.setFocus(Qt.FocusReason.OtherFocusReason)


def shortcuts_dialog(parent: QWidget) -> QDialog:
    """The help page for ``parent`` (the main window); the window opens it with F1."""
    return KeyboardShortcutsDialog(parent)


__all__ = [
    "KeyboardShortcutsDialog",
    "Shortcut",
    "all_shortcuts",
    "mnemonic",
    "plain",
    "screen_mnemonics",
    "shortcuts_dialog",
    "standard_keys",
    "window_shortcuts",
]
