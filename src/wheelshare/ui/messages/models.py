"""The conversations list and one thread, as models of one object a row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from wheelshare.domain.booking import Booking, BookingStatus
from wheelshare.domain.handover import DamageReport, HandoverReport, Moment
from wheelshare.domain.message import FORMER_MEMBER, ConversationSummary
from wheelshare.ui import formatting
from wheelshare.ui.bookings.entries import EntryState, state_words
from wheelshare.ui.bookings.handover_dialog import report_title
from wheelshare.ui.widgets.table_model import RowsModel


def other_party(b: Booking, me: str) -> str:
    """Whom the conversation is with: the renter's name for the owner; for the
    renter, the vehicle's owner (bookings do not carry the owner's name)."""
    if b.owner_id == me:
        return b.renter_name or QCoreApplication.translate("Messages", "a renter")
    return QCoreApplication.translate("Messages", "the vehicle's owner")


def unread_words(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate("Messages", "no unread messages")
    if n == 1:
        return QCoreApplication.translate("Messages", "1 unread message")
    return QCoreApplication.translate("Messages", "{n} unread messages").format(n=n)


class ConversationsModel(RowsModel[ConversationSummary]):
    """Newest first, as loaded; a row reads whom it is with, the vehicle and
    dates, how many messages are unread, and the last one."""

    WITH, BOOKING, UNREAD, LAST = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.me = ""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Messages", "With"),
            QCoreApplication.translate("Messages", "Booking"),
            QCoreApplication.translate("Messages", "Unread"),
            QCoreApplication.translate("Messages", "Last message"),
        )

    def key(self, row: ConversationSummary) -> str:
        return row.booking.id

    def display(self, row: ConversationSummary, column: int) -> str:
        if column == self.WITH:
            who = other_party(row.booking, self.me)
            return who[:1].upper() + who[1:]
        if column == self.BOOKING:
            b = row.booking
            return QCoreApplication.translate("Messages", "{vehicle}, {dates}").format(
                vehicle=b.vehicle_title or b.vehicle_id,
                dates=formatting.date_time_short(b.period.start),
            )
        if column == self.UNREAD:
            return str(row.unread) if row.unread else ""
        if row.last is None:
            return QCoreApplication.translate("Messages", "No messages yet")
        return row.last.text.splitlines()[0] if row.last.text else ""

    def describe(self, row: ConversationSummary) -> str:
        return QCoreApplication.translate("Messages", "{who}, {booking}, {unread}: {last}").format(
            who=self.display(row, self.WITH),
            booking=self.display(row, self.BOOKING),
            unread=unread_words(row.unread),
            last=self.display(row, self.LAST),
        )


@dataclass(frozen=True)
class ThreadLine:
    """One message of a thread, or one of mine still in the outbox."""

    key: str
    author: str
    when: str
    text: str
    mine: bool
    unread: bool = False
    outbox_key: str = ""  # set for a message the feed does not have yet
    waiting: bool = False  # in the outbox, not yet refused
    sent: bool = False  # went out at least once (can no longer be withdrawn)


def author_words(author_id: str | None, author_name: str, me: str) -> str:
    if author_id is not None and author_id == me:
        return QCoreApplication.translate("Messages", "You")
    if author_id is None or author_name == FORMER_MEMBER:
        return QCoreApplication.translate("Messages", "Former member")
    return author_name or QCoreApplication.translate("Messages", "the other party")


def booking_status_words(status: BookingStatus) -> str:
    return state_words(EntryState(status.value))


def _report_state(report: HandoverReport) -> str:
    if report.locked:
        words = QCoreApplication.translate("Messages", "{report} confirmed by both")
    elif report.renter_confirmed:
        words = QCoreApplication.translate(
            "Messages", "{report} confirmed by the renter, waiting for the owner"
        )
    elif report.owner_confirmed:
        words = QCoreApplication.translate(
            "Messages", "{report} confirmed by the owner, waiting for the renter"
        )
    else:
        words = QCoreApplication.translate("Messages", "{report} recorded, not confirmed yet")
    return words.format(report=report_title(report.moment))


def handover_lines(
    reports: Mapping[Moment, HandoverReport], damage: DamageReport | None, since: datetime
) -> list[tuple[datetime, ThreadLine]]:
    """A booking's reports as lines of its conversation, each at the time it last
    changed (``since``, the booking's start, for one that does not say)."""
    out = []
    author = QCoreApplication.translate("Messages", "Handover")
    for report in reports.values():
        at = report.updated_at or since
        line = ThreadLine(
            key=report.id,
            author=author,
            when=formatting.date_time_short(at),
            text=_report_state(report),
            mine=False,
        )
        out.append((at, line))
    if damage is not None:
        text = QCoreApplication.translate("Messages", "Damage reported: {text}").format(
            text=damage.description
        )
        line = ThreadLine(
            key=damage.id,
            author=author,
            when=formatting.date_time_short(damage.opened_at),
            text=text,
            mine=False,
        )
        out.append((damage.opened_at, line))
    return out


class ThreadModel(RowsModel[ThreadLine]):
    """One column: each message reads "author, time, text"."""

    def headers(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("Messages", "Message"),)

    def key(self, row: ThreadLine) -> str:
        return row.key

    def display(self, row: ThreadLine, column: int) -> str:
        return f"{row.author} — {row.when}\n{row.text}"

    def describe(self, row: ThreadLine) -> str:
        return QCoreApplication.translate("Messages", "{author}, {time}, {text}").format(
            author=row.author, time=row.when, text=row.text
        )

    def cell(self, row: ThreadLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if row.mine else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and row.unread:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
