"""*Messages*: the conversations of my bookings, one thread, and a reply.

The list shows every booking of mine, as renter or owner, the most recent
activity first, with its unread count. The thread is a list a screen reader
walks message by message, each read as "author, time, text"; a message that
arrives while the thread is open is announced without moving the focus. What
I write waits in the outbox, shown at the end of the thread as waiting to be
sent, until the feed has it; while it has not gone out it can be withdrawn.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import BookingStatus, ValidationError
from wheelshare.domain.message import MAX_MESSAGE_CHARS
from wheelshare.ui import announce, formatting
from wheelshare.ui.context import AppContext
from wheelshare.ui.messages.models import (
    ConversationsModel,
    ThreadLine,
    ThreadModel,
    author_words,
    booking_status_words,
    handover_lines,
    other_party,
    unread_words,
)
from wheelshare.ui.page import Page
from wheelshare.ui.problems import describe
from wheelshare.ui.widgets.flow import FlowLayout, flow_policy
from wheelshare.ui.widgets.greyed import say_why_greyed
from wheelshare.ui.widgets.headings import Heading
from wheelshare.ui.widgets.tables import make_table, select_row
from wheelshare.ui.widgets.text import SelectableText
from wheelshare.ui.worker import TaskHandle

if TYPE_CHECKING:
    from wheelshare.cache import Cache
    from wheelshare.domain import Booking
    from wheelshare.domain.message import ConversationSummary
    from wheelshare.ui.messages.data import Thread


def _summaries(cache: Cache, me: str) -> list[ConversationSummary]:
    # Imported on the worker: the database layer is slow to import.
    from wheelshare.ui.messages import data

    return data.load_summaries(cache, me)


def _thread(cache: Cache, booking: Booking) -> Thread:
    from wheelshare.ui.messages import data

    return data.load_thread(cache, booking)


class MessagesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._list_task: TaskHandle[list[ConversationSummary]] | None = None
        self._thread_task: TaskHandle[Thread] | None = None
        self._thread: Thread | None = None
        self._wanted = ""  # a booking asked for before the list was loaded
        # The reply field takes the keyboard once that booking's thread is shown.
        self._focus_reply = False

        layout = QVBoxLayout(self)
        self.heading = Heading()
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("messagesSummary")
        layout.addWidget(self.summary)

        self.model = ConversationsModel(self)
        # The list above the thread: both keep the window's whole width, which
        # their columns and messages need at large text sizes.
        self.table = make_table(self.model, "", self, sort="none", stretch=ConversationsModel.LAST)
        self.table.setObjectName("conversationsTable")
        layout.addWidget(self.table, 1)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.booking_text = SelectableText()
        self.booking_text.setObjectName("conversationBooking")
        side.addWidget(self.booking_text)
        self.show_booking_button = QPushButton()
        self.show_booking_button.setObjectName("showInBookings")
        self.show_booking_button.clicked.connect(self._show_booking)
        side.addWidget(self.show_booking_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.thread_label = QLabel()
        side.addWidget(self.thread_label)
        self.thread_model = ThreadModel(self)
        self.thread_view = QListView()
        self.thread_view.setObjectName("threadView")
        self.thread_view.setModel(self.thread_model)
        self.thread_view.setWordWrap(True)
        self.thread_view.setUniformItemSizes(False)
        self.thread_view.setAlternatingRowColors(True)
        self.thread_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.thread_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thread_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thread_label.setBuddy(self.thread_view)
        side.addWidget(self.thread_view, 1)
        # Says what arrived while the thread is open, without taking the focus.
        self.live = QLabel()
        self.live.setObjectName("threadLive")
        self.live.setWordWrap(True)
        side.addWidget(self.live)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawMessage")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        side.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.compose_label = QLabel()
        side.addWidget(self.compose_label)
        self.compose = QPlainTextEdit()
        self.compose.setObjectName("composeMessage")
        self.compose.setTabChangesFocus(True)
        self.compose.textChanged.connect(self._count)
        self.compose_label.setBuddy(self.compose)
        side.addWidget(self.compose)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.compose)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send)
        row = QWidget()
        row.setSizePolicy(flow_policy())
        flow = FlowLayout(row)
        flow.setContentsMargins(0, 0, 0, 0)
        self.counter = QLabel()
        self.counter.setObjectName("composeCounter")
        flow.addWidget(self.counter)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendMessage")
        self.send_button.clicked.connect(self.send)
        flow.addWidget(self.send_button)
        side.addWidget(row)
        # Why the message was not sent, beside the field; the text stays in it.
        self.compose_error = SelectableText()
        self.compose_error.setObjectName("composeError")
        side.addWidget(self.compose_error)
        layout.addWidget(right, 2)

        # Reading order, whatever order the widgets were put in their places.
        chain = [
            self.table,
            self.booking_text,
            self.show_booking_button,
            self.thread_view,
            self.withdraw_button,
            self.compose,
            self.send_button,
            self.compose_error,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        choose_first = lambda: self.tr("Choose a conversation in the list first.")  # noqa: E731
        for button in (self.show_booking_button, self.send_button):
            say_why_greyed(button, choose_first)
        say_why_greyed(
            self.withdraw_button,
            lambda: self.tr("Choose one of your messages still waiting to be sent first."),
        )

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.thread_view.selectionModel().selectionChanged.connect(
            lambda _a, _b: self._thread_selection()
        )
        ctx.session.data_changed.connect(self.refresh)
        self._set_texts()
        self._show_thread(None)
        self.refresh()

    # ------------------------------------------------------------- the contract
    def retranslate(self) -> None:
        self._set_texts()
        self.model.retranslate()
        if self._list_task is None:
            self._say_summary()
        self._show_thread(self._thread)

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("Messages"))
        self.table.setAccessibleName(self.tr("Conversations"))
        self.booking_text.setAccessibleName(self.tr("The booking"))
        self.show_booking_button.setText(self.tr("Show in My &bookings"))
        self.thread_label.setText(self.tr("&Thread"))
        self.thread_view.setAccessibleName(self.tr("Messages of this conversation"))
        self.thread_view.setAccessibleDescription(
            self.tr("Oldest first; move message by message with the arrow keys")
        )
        self.withdraw_button.setText(self.tr("&Withdraw unsent message"))
        self.compose_label.setText(self.tr("Your &message"))
        self.compose.setAccessibleName(self.tr("Your message"))
        self.compose.setAccessibleDescription(
            self.tr("Up to {n} characters; Ctrl+Enter sends").format(n=MAX_MESSAGE_CHARS)
        )
        self.send_button.setText(self.tr("&Send"))
        self.compose_error.setAccessibleName(self.tr("Why the message was not sent"))
        self._count()

    def initial_focus(self) -> QWidget:
        return self.table

    def page_shown(self) -> None:
        self.refresh()

    def open_record(self, record_id: str) -> None:
        self.open_booking(record_id)

    def open_booking(self, booking_id: str) -> None:
        """Shows this booking's conversation and puts the keyboard in its reply field."""
        self._wanted = booking_id
        self._focus_reply = True
        if not self._select(booking_id):
            self.refresh()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        session = self.ctx.session
        if session.cache is None:
            self.summary.setText(self.tr("Your messages appear here once the data is ready."))
            self.model.set_rows([])
            return
        me = session.state.user_id
        self.model.me = me
        if self._list_task is not None:
            self._list_task.cancel()
        self._list_task = self.ctx.worker.submit(
            lambda task: _summaries(session.cache, me),  # type: ignore[arg-type]
            on_done=self._loaded,
            on_error=lambda e: self.summary.setText(
                self.tr("Your messages could not be read: {problem}").format(problem=describe(e))
            ),
            name="messages",
        )

    def _loaded(self, summaries: list[ConversationSummary]) -> None:
        self._list_task = None
        current = self._wanted or self._current_id()
        self.model.set_rows(summaries)
        self._say_summary()
        if current and self._select(current):
            self._wanted = ""
        elif not summaries:
            self._show_thread(None)

    def _say_summary(self) -> None:
        rows = self.model.rows()
        if not self.ctx.session.state.signed_in_as:
            text = self.tr("Sign in under “Account & settings” to see your messages.")
        elif not rows:
            text = self.tr("No conversations yet: each booking has one, with its owner or renter.")
        else:
            unread = sum(r.unread for r in rows)
            text = formatting.plural(
                self.tr("%n conversation(s); {unread}.", "", len(rows)), len(rows)
            ).format(unread=unread_words(unread))
        self.summary.setText(text)

    def _current_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_object(rows[0].row()) if rows else None
        return row.booking.id if row is not None else ""

    def _select(self, booking_id: str) -> bool:
        for index, row in enumerate(self.model.rows()):
            if row.booking.id == booking_id:
                if self._current_id() == booking_id:
                    self._load_thread(row.booking)
                else:
                    select_row(self.table, index)
                return True
        return False

    def _selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_object(rows[0].row()) if rows else None
        if row is None:
            self._show_thread(None)
            return
        if self._thread is None or self._thread.booking.id != row.booking.id:
            self.live.clear()
        self._load_thread(row.booking)

    def _load_thread(self, booking: Booking) -> None:
        session = self.ctx.session
        if session.cache is None:
            return
        if self._thread_task is not None:
            self._thread_task.cancel()
        cache = session.cache
        self._thread_task = self.ctx.worker.submit(
            lambda task: _thread(cache, booking),
            on_done=self._thread_loaded,
            on_error=lambda e: self.live.setText(describe(e)),
            name="thread",
        )

    def _thread_loaded(self, thread: Thread) -> None:
        self._thread_task = None
        before = self._thread
        self._show_thread(thread)
        if before is not None and before.booking.id == thread.booking.id:
            self._announce_new(before, thread)
        self._mark_read(thread)
        if self._focus_reply and (not self._wanted or self._wanted == thread.booking.id):
            self._focus_reply = False
            self.compose.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- showing
    def _lines(self, thread: Thread) -> list[ThreadLine]:
        me = self.ctx.session.state.user_id
        dated: list[tuple[datetime, ThreadLine]] = [
            (
                m.sent_at,
                ThreadLine(
                    key=m.id,
                    author=author_words(m.author_id, m.author_name, me),
                    when=formatting.date_time_short(m.sent_at),
                    text=m.text,
                    mine=m.author_id == me,
                    unread=m.number > thread.read_through and m.author_id != me,
                ),
            )
            for m in thread.messages
        ]
        dated += handover_lines(thread.reports, thread.damage, thread.booking.period.start)
        dated.sort(key=lambda pair: pair[0])
        lines = [line for _, line in dated]
        for p in thread.pending:
            payload = p.payload or {}
            if p.state == "rejected":
                when = self.tr("not sent: {problem}").format(
                    problem=describe(p.problem) if p.problem is not None else ""
                )
            else:
                when = self.tr("waiting to be sent")
            lines.append(
                ThreadLine(
                    key=p.key,
                    author=self.tr("You"),
                    when=when,
                    text=str(payload.get("text", "")),
                    mine=True,
                    outbox_key=p.key,
                    waiting=p.state == "pending",
                    sent=p.state == "sending" or p.attempts > 0,
                )
            )
        return lines

    def _show_thread(self, thread: Thread | None) -> None:
        self._thread = thread
        has = thread is not None
        for w in (self.compose, self.send_button, self.show_booking_button):
            w.setEnabled(has)
        if thread is None:
            self.thread_model.set_rows([])
            self.booking_text.setText(self.tr("Choose a conversation."))
            self._thread_selection()
            return
        keep = self._selected_line_key()
        lines = self._lines(thread)
        self.thread_model.set_rows(lines)
        for index, line in enumerate(lines):
            if line.key == keep:
                self.thread_view.setCurrentIndex(self.thread_model.index(index, 0))
        if not keep and lines:
            self.thread_view.scrollToBottom()
        self.booking_text.setText(self._booking_words(thread))
        if thread.booking.renter_id == self.ctx.session.state.user_id:
            self.show_booking_button.setText(self.tr("Show in My &bookings"))
        else:
            self.show_booking_button.setText(self.tr("Show in My &vehicles"))
        self._thread_selection()

    def _booking_words(self, thread: Thread) -> str:
        b = thread.booking
        me = self.ctx.session.state.user_id
        lines = [
            self.tr("With {who}").format(who=other_party(b, me)),
            f"{b.vehicle_title or b.vehicle_id}, {formatting.period(b.period.start, b.period.end)}",
            self.tr("Status: {status}").format(status=booking_status_words(b.status)),
        ]
        if b.status is BookingStatus.CONFIRMED and b.pickup is not None:
            place = ", ".join(x for x in (b.pickup.address, b.pickup.city) if x)
            if place:
                lines.append(self.tr("Pick-up: {place}").format(place=place))
        phone = thread.conversation.owner_phone if thread.conversation is not None else None
        if phone and b.renter_id == me:
            lines.append(self.tr("Owner's phone: {phone}").format(phone=phone))
        return "\n".join(lines)

    def _announce_new(self, before: Thread, after: Thread) -> None:
        me = self.ctx.session.state.user_id
        seen = {m.id for m in before.messages}
        new = [m for m in after.messages if m.id not in seen and m.author_id != me]
        if not new:
            return
        last = new[-1]
        text = self.tr("New message from {author}: {text}").format(
            author=author_words(last.author_id, last.author_name, me), text=last.text
        )
        self.live.setText(text)
        announce.announce(self.live, text)

    def _mark_read(self, thread: Thread) -> None:
        """The open thread counts as read while the screen is shown."""
        if not self.isVisible():
            return
        me = self.ctx.session.state.user_id
        theirs = [m for m in thread.messages if m.author_id != me]
        if not theirs or theirs[-1].number <= thread.read_through:
            return
        from wheelshare.sync import outbox

        booking_id, message_id = thread.booking.id, theirs[-1].id
        self.ctx.session.run_action(
            lambda cache: outbox.mark_read(cache, booking_id, message_id),
            on_error=lambda e: None,  # a read mark not kept is asked again next time
            sync=False,
        )

    def _selected_line_key(self) -> str:
        index = self.thread_view.currentIndex()
        line = self.thread_model.row_object(index.row()) if index.isValid() else None
        return line.key if line is not None else ""

    def _thread_selection(self) -> None:
        index = self.thread_view.currentIndex()
        line = self.thread_model.row_object(index.row()) if index.isValid() else None
        self.withdraw_button.setEnabled(
            line is not None and bool(line.outbox_key) and line.waiting and not line.sent
        )

    # ---------------------------------------------------------------- writing
    def _count(self) -> None:
        n = len(self.compose.toPlainText().strip())
        self.counter.setText(self.tr("{n} of {max} characters").format(n=n, max=MAX_MESSAGE_CHARS))

    def send(self) -> None:
        thread = self._thread
        if thread is None:
            return
        text = self.compose.toPlainText()
        from wheelshare.sync import outbox

        booking_id = thread.booking.id
        self.ctx.session.run_action(
            lambda cache: outbox.send_message(cache, booking_id, text),
            on_done=lambda _item: self._sent(text),
            on_error=self._not_sent,
        )

    def _sent(self, text: str) -> None:
        # Only what was sent is cleared: a person may have typed on meanwhile.
        if self.compose.toPlainText() == text:
            self.compose.clear()
        self.compose_error.clear()
        said = self.tr("Message queued; it is sent as soon as the feed can be reached.")
        self.live.setText(said)
        announce.announce(self.live, said)

    def _not_sent(self, error: BaseException) -> None:
        words = describe(error)
        self.compose_error.setText(words)
        announce.announce(self.compose_error, words)
        if isinstance(error, ValidationError):
            self.compose.setFocus(Qt.FocusReason.OtherFocusReason)

    def withdraw_selected(self) -> None:
        key = self._selected_line_key()
        if not key:
            return
        from wheelshare.sync import outbox

        def failed(error: BaseException) -> None:
            self.live.setText(describe(error))
            announce.announce(self.live, self.live.text())

        self.ctx.session.run_action(
            partial(outbox.withdraw, key=key),
            on_done=lambda _none: self._withdrawn(),
            on_error=failed,
            sync=False,
        )

    def _withdrawn(self) -> None:
        said = self.tr("Message withdrawn; it was never sent.")
        self.live.setText(said)
        announce.announce(self.live, said)

    def _show_booking(self) -> None:
        """The booking where it is managed: My bookings for its renter, My
        vehicles for the owner."""
        if self._thread is None:
            return
        b = self._thread.booking
        mine = b.renter_id == self.ctx.session.state.user_id
        self.open_elsewhere.emit("bookings" if mine else "vehicles", b.id)
