"""The main window: navigation, the screens, menus and the status area."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui import announce, theme
from wheelshare.ui.context import AppContext
from wheelshare.ui.demo_notice import DemoNotice
from wheelshare.ui.message_bar import MessageBar
from wheelshare.ui.notifications import words
from wheelshare.ui.page import Badge, Page
from wheelshare.ui.pages import PAGES, PageSpec, build_badge, build_page
from wheelshare.ui.remedies import Remedy
from wheelshare.ui.settings import LAST_PAGE
from wheelshare.ui.status import StatusArea
from wheelshare.ui.widgets.screen_fit import available_area, keep_on_screen, opening_size

if TYPE_CHECKING:
    from wheelshare.notify.notices import Notice

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"


class MainWindow(QMainWindow):
    page_changed = Signal(str)  # the key of the screen now shown

    def __init__(self, ctx: AppContext, pages: tuple[PageSpec, ...] = PAGES) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("wheelshare"))
        self.setObjectName("mainWindow")
        self._specs = pages
        self._pages: dict[str, Page] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._warmed = False
        self._warm_started = False
        self._badges: dict[str, Badge] = {}
        self._nav_actions: dict[str, QAction] = {}
        self.shortcuts: list[tuple[str, str]] = []  # (keys, what they do), for the help page
        self._badge_counts: dict[str, tuple[int, str]] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(3)
        self.nav.setWordWrap(True)
        self.nav.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.stack = _LazyStack(lambda index: self.page(self._specs[index].key))
        self.stack.setObjectName("pages")

        # The demo notice and other banners sit above the screens.
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(0, 0, 0, 0)
        # Each notice has its own frame: no gap between them, the screen's rows first.
        self.banner_area.setSpacing(0)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self.banner_area)
        right_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        for spec in pages:
            # Every screen can scroll as a whole: at 200 % text or in a small
            # window nothing is squeezed below its minimum size or clipped.
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self._holders[spec.key] = holder
            self.stack.addWidget(holder)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._row_changed)

        self.demo_notice = DemoNotice(ctx.session, ctx.settings)
        self.banner_area.addWidget(self.demo_notice)
        self.message_bar = MessageBar(ctx.settings)
        self.banner_area.addWidget(self.message_bar)
        ctx.session.message.connect(self.message_bar.show_notice)
        ctx.session.state_changed.connect(self.message_bar.follow)
        ctx.session.remedy_wanted.connect(self.open_remedy)

        self.status_area = StatusArea(ctx.session, ctx.progress)
        self.statusBar().addPermanentWidget(self.status_area, 1)
        self.notifications_button: QPushButton | None = None
        if ctx.notifications is not None:
            self.notifications_button = QPushButton()
            self.notifications_button.setObjectName("recentNotifications")
            self.notifications_button.clicked.connect(self.show_notifications)
            self.statusBar().addPermanentWidget(self.notifications_button)
            ctx.notifications.unread_changed.connect(lambda _n: self._show_unread())
            ctx.notifications.arrived.connect(self._announce_notices)
        self.statusBar().setSizeGripEnabled(True)

        self._build_menus()
        self._shown: dict[str, bool] = {}
        self._show_allowed_pages()
        ctx.session.state_changed.connect(lambda _s: self._show_allowed_pages())
        self.retranslate()
        # The window shows first and the screen is built on the event loop's first
        # turn: building it (its code, its widgets) took longer than the window.
        self._first_page_pending = True
        self._restore()
        QTimer.singleShot(0, self, self._show_first_page)

    def retranslate(self) -> None:
        """Sets every text the window itself shows, in the language now in use
        (again on a language change; the screens retranslate themselves)."""
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setAccessibleDescription(
            self.tr("Choose a screen; Ctrl+1 to Ctrl+{n} also work").format(
                n=min(len(self._specs), 9)
            )
        )
        for index, spec in enumerate(self._specs):
            self._holders[spec.key].setAccessibleName(spec.translated_title())
            item = self.nav.item(index)
            count, words = self._badge_counts.get(spec.key, (0, ""))
            self._show_nav_item(index, count, words)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, spec.translated_description())
            item.setToolTip(spec.translated_description())
            page = self._pages.get(spec.key)
            if page is not None:
                page.setAccessibleName(spec.translated_title())
                page.setAccessibleDescription(spec.translated_description())
        self._fit_nav_width()
        self._retranslate_menus()
        self._show_unread()
        row = self.nav.currentRow()
        if row >= 0:
            title = self._specs[row].translated_title()
            self.setWindowTitle(self.tr("{screen} — wheelshare").format(screen=title))
        else:
            self.setWindowTitle(self.tr("wheelshare"))

    # ----------------------------------------------------------- navigation
    def _nav_text(self, spec: PageSpec, index: int, badge: int = 0, words: str = "") -> str:
        """The entry's name, and what its count counts ("My vehicles — 5 requests
        waiting"): a bare "(5)" beside "My vehicles" reads as five vehicles."""
        title = spec.translated_title()
        if not badge:
            return title
        return f"{title} — {words}" if words else f"{title} ({badge})"

    def _show_allowed_pages(self) -> None:
        """Only the screens the person may use have an entry, a menu item and a
        shortcut (the Moderation screen is a moderator's); a screen that goes
        while shown gives way to the first one."""
        state = self.ctx.session.state
        shown = {spec.key: spec.shown(state) for spec in self._specs}
        if shown == self._shown:
            return
        self._shown = shown
        for index, spec in enumerate(self._specs):
            self.nav.item(index).setHidden(not shown[spec.key])
            action = self._nav_actions[spec.key]
            action.setVisible(shown[spec.key])
            action.setEnabled(shown[spec.key])
        self._retranslate_menus()
        row = self.nav.currentRow()
        if row >= 0 and not shown[self._specs[row].key]:
            self.nav.setCurrentRow(0)

    def _fit_nav_width(self) -> None:
        """Wide enough for the longest entry at the text size and in the language
        now in use: what the item draws around its text (margins, spacing) and
        the list's own frame and padding from the theme count too, or the
        entry is cut short ("Account & …")."""
        self.nav.ensurePolished()
        model = self.nav.model()
        fm = self.nav.fontMetrics()
        rows = range(model.rowCount())
        entry = max(
            (self.nav.sizeHintForIndex(model.index(i, 0)).width() for i in rows), default=100
        )
        text = max((fm.horizontalAdvance(self.nav.item(i).text()) for i in rows), default=100)
        margins = self.nav.contentsMargins()
        chrome = margins.left() + margins.right() + 2 * self.nav.spacing()
        # Some room to spare beside the longest text, and never less than it needs.
        self.nav.setMinimumWidth(max(text + fm.averageCharWidth() * 4, entry + chrome))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_nav_width()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_badge(self, key: str, count: int, words: str) -> None:
        """Shows ``count`` beside a screen's name (0 hides it); ``words`` is what a
        screen reader says, e.g. "3 requests waiting for an answer"."""
        for index, spec in enumerate(self._specs):
            if spec.key != key:
                continue
            self._badge_counts[key] = (count, words)
            self._show_nav_item(index, count, words)
        self._fit_nav_width()

    def _show_nav_item(self, index: int, count: int, words: str) -> None:
        spec = self._specs[index]
        item = self.nav.item(index)
        item.setText(self._nav_text(spec, index, count, words))
        title = spec.translated_title()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {words}" if count else title)

    def page(self, key: str) -> Page:
        """The screen ``key``, built now if it was not yet."""
        page = self._pages.get(key)
        if page is None:
            spec = next(s for s in self._specs if s.key == key)
            page = build_page(spec, self.ctx, self)
            page.setAccessibleName(spec.translated_title())
            page.setAccessibleDescription(spec.translated_description())
            self._pages[key] = page
            holder = self._holders[key]
            holder.setWidget(page)
            holder.setFocusProxy(page)
            page.badge_changed.connect(lambda n, words, k=key: self.set_badge(k, n, words))
            page.open_elsewhere.connect(self.open_record)
        return page

    def open_record(self, key: str, record_id: str) -> None:
        """Shows the screen ``key`` with one of its records (a booking…)."""
        self.show_page(key)
        self.page(key).open_record(record_id)

    def built_pages(self) -> dict[str, Page]:
        return dict(self._pages)

    def _check_idle(self, _state: object) -> None:
        # On the next turn: the session may start a sync right after saying it is ready.
        QTimer.singleShot(0, self, self._warm_if_idle)

    def _warm_if_idle(self) -> None:
        state = self.ctx.session.state
        if self._warm_started or not state.ready or state.syncing:
            return
        self._warm_started = True
        self.ctx.session.state_changed.disconnect(self._check_idle)
        self.warm_up()

    def warm_up(self) -> None:
        """After the window is shown: import the other screens' code, so opening a
        screen later does not wait for it; then start the navigation badges.

        On the main thread, one module per turn of the event loop, once the
        session is ready and no sync runs (each then takes a fraction of a second,
        the data layer being loaded): two threads making the first import of a
        module together can see it half initialised."""
        targets = [spec.target.partition(":")[0] for spec in self._specs]
        targets += [spec.badge.partition(":")[0] for spec in self._specs if spec.badge]
        targets += ["wheelshare.ui.find.data", "wheelshare.ui.bookings.data"]
        # Every module of the screens' packages first, one at a time: a screen's
        # own module would otherwise bring a dozen in one go, long enough to feel.
        modules: list[str] = []
        for package in dict.fromkeys(t.rpartition(".")[0] for t in targets):
            path = importlib.import_module(package).__path__
            modules += sorted(m.name for m in pkgutil.iter_modules(path, f"{package}."))
        self._import_next([*modules, *targets])

    def _import_next(self, modules: list[str]) -> None:
        if not modules:
            self._start_badges()
            return
        importlib.import_module(modules[0])
        QTimer.singleShot(0, self, lambda: self._import_next(modules[1:]))

    def _start_badges(self) -> None:
        for spec in self._specs:
            if spec.key in self._badges:
                continue
            badge = build_badge(spec, self.ctx, self)
            if badge is None:
                continue
            self._badges[spec.key] = badge
            badge.badge_changed.connect(lambda n, words, k=spec.key: self.set_badge(k, n, words))

    def current_key(self) -> str:
        return self._specs[max(0, self.nav.currentRow())].key

    def show_page(self, key: str) -> None:
        for index, spec in enumerate(self._specs):
            if spec.key == key and self._shown.get(key, True):
                self.nav.setCurrentRow(index)
                return
        raise KeyError(f"no screen called {key!r}")

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        self.stack.setCurrentWidget(self._holders[spec.key])
        self.setWindowTitle(self.tr("{screen} — wheelshare").format(screen=spec.translated_title()))
        self.ctx.settings.set(LAST_PAGE, spec.key)
        if not self._first_page_pending:
            self._enter(spec.key)

    def _show_first_page(self) -> None:
        if not self._first_page_pending:
            return
        self._first_page_pending = False
        self._enter(self.current_key())

    def _enter(self, key: str) -> None:
        self.page(key).page_shown()
        self.page_changed.emit(key)

    # ---------------------------------------------------------------- menus
    def _add_action(self, keys: QKeySequence | str | None, slot: Callable[..., object]) -> QAction:
        """An action without words yet: :meth:`_retranslate_menus` sets them."""
        action = QAction(self)
        if keys is not None:
            action.setShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        self._actions: list[QAction] = []
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.sync_action = self._add_action(
            QKeySequence(QKeySequence.StandardKey.Refresh), self.ctx.session.sync_now
        )
        self.file_menu.addAction(self.sync_action)
        self.notifications_action = self._add_action(
            QKeySequence("Ctrl+Shift+N"), self.show_notifications
        )
        self.file_menu.addAction(self.notifications_action)
        self.file_menu.addSeparator()
        self.quit_action = self._add_action(QKeySequence("Ctrl+Q"), self.close)
        self.file_menu.addAction(self.quit_action)

        self.go_menu = bar.addMenu("")
        for index, spec in enumerate(self._specs):
            keys = QKeySequence(f"Ctrl+{index + 1}") if index < 9 else None
            action = self._add_action(keys, lambda _checked=False, k=spec.key: self._go(k))
            self._nav_actions[spec.key] = action
            self.go_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self._add_action(QKeySequence("F1"), self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = self._add_action(None, self.show_about)
        self.help_menu.addAction(self.about_action)

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts: dict[QAction, tuple[str, str]] = {
            self.sync_action: (
                self.tr("S&ync now"),
                self.tr("Fetch the latest data and send waiting actions"),
            ),
            self.quit_action: (self.tr("&Quit"), self.tr("Close wheelshare")),
            self.notifications_action: (
                self.tr("Recent &notifications"),
                self.tr("List the notifications of recent changes"),
            ),
            self.shortcuts_action: (
                self.tr("&Keyboard shortcuts"),
                self.tr("List every keyboard shortcut"),
            ),
            self.about_action: (self.tr("&About wheelshare"), ""),
        }
        for spec in self._specs:
            title = spec.translated_title()
            texts[self._nav_actions[spec.key]] = (
                # "&&": a single "&" would be taken for an Alt+letter marker.
                title.replace("&", "&&"),
                self.tr("Go to {screen}").format(screen=title),
            )
        self.shortcuts = []
        for action in self._actions:
            menu_text, help_text = texts[action]
            action.setText(menu_text)
            action.setStatusTip(help_text)
            seq = action.shortcut()
            if not seq.isEmpty() and action.isVisible():
                self.shortcuts.append(
                    (
                        seq.toString(QKeySequence.SequenceFormat.NativeText),
                        help_text or menu_text.replace("&", ""),
                    )
                )

    def _go(self, key: str) -> None:
        self.show_page(key)
        # Put the keyboard in the screen, not left in the navigation list.
        self.page(key).initial_focus().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -------------------------------------------------------- notifications
    def show_notifications(self) -> None:
        if self.ctx.notifications is not None:
            self.ctx.notifications.open_list(self)

    def _show_unread(self) -> None:
        if self.notifications_button is None or self.ctx.notifications is None:
            return
        count = self.ctx.notifications.unread
        self.notifications_button.setText(
            self.tr("Notifications (%n new)", "", count) if count else self.tr("Notifications")
        )
        self.notifications_button.setAccessibleName(
            self.tr("Recent notifications: %n new", "", count)
        )
        self.notifications_button.setToolTip(self.tr("List recent notifications (Ctrl+Shift+N)"))

    def _announce_notices(self, notices: list[Notice]) -> None:
        """Read to screen-reader users without moving the focus: bubbles are not."""
        if self.notifications_button is not None:
            text = " ".join(f"{words.title(n)}." for n in notices)
            announce.announce(self.notifications_button, text)
            self._show_unread()

    def open_remedy(self, remedy: Remedy) -> None:
        """Opens where a problem is fixed: the sign-in form or the feed settings."""
        self.show_page("account")
        page = self.page("account")
        target = page.initial_focus()
        if remedy is Remedy.CHECK_CONNECTION:
            target = getattr(page, "feed_edit", target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_shortcuts(self) -> None:
        from wheelshare.ui.help import KeyboardShortcutsDialog

        KeyboardShortcutsDialog(self).exec()

    def show_about(self) -> None:
        from wheelshare.ui.about import AboutDialog

        AboutDialog(self).exec()

    # ------------------------------------------------------- save / restore
    def _restore(self) -> None:
        store = self.ctx.settings.qsettings
        geometry = store.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            # Saved on a larger screen, or one no longer connected: all of it
            # comes back onto the screen the window is on now.
            keep_on_screen(self)
        else:
            self.open_at_screen_size()
        state = store.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([self.nav.minimumWidth(), self.width()])
        key = self.ctx.settings.get(LAST_PAGE)
        keys = [s.key for s in self._specs]
        allowed = key in keys and self._shown.get(key, True)
        self.nav.setCurrentRow(keys.index(key) if allowed else 0)

    def open_at_screen_size(self) -> None:
        """The first size: most of the free area of the window's screen, as much
        as the text size needs, and all of it on that screen."""
        area = available_area(self)
        self.resize(opening_size(area, theme.current_text_scale()))
        keep_on_screen(self, area)

    def save_state(self) -> None:
        store = self.ctx.settings.qsettings
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(STATE_KEY, self.saveState())
        store.setValue(SPLITTER_KEY, self.splitter.saveState())
        store.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            # Only once the session's first task has imported the data layer, so the
            # screens' imports find it loaded and no two threads import it at once;
            # and not while a sync runs: its parsing already competes with the UI
            # thread for the interpreter, and each import would add a pause.
            self.ctx.session.state_changed.connect(self._check_idle)
            QTimer.singleShot(0, self, self._warm_if_idle)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for page in self._pages.values():
            page.page_closing()
        super().closeEvent(event)


class _LazyStack(QStackedWidget):
    """The screens' stack; asking it for a screen (as the help page and tests do)
    builds that screen first if it was not opened yet."""

    def __init__(self, build: Callable[[int], QWidget]) -> None:
        super().__init__()
        self._build = build

    def widget(self, index: int) -> QWidget | None:
        if 0 <= index < self.count():
            self._build(index)
        return super().widget(index)
