"""What became of the booking request sent from *Find a vehicle*, said under its
button and kept true: waiting to be sent (and why), sent and waiting for the
owner, booked, or refused.

The words follow the outbox entry, read again after every sync, so the note
never says "sent" while the status bar counts the request as waiting, and
they are worded when shown, so they follow a language switch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from wheelshare.domain import Vehicle
from wheelshare.domain.problems import Problem
from wheelshare.ui import announce
from wheelshare.ui.find.detail_pane import VehicleDetailPane
from wheelshare.ui.problems import describe
from wheelshare.ui.session import Session

if TYPE_CHECKING:
    from wheelshare.cache import Cache

PENDING, SENDING, DONE, REJECTED = "pending", "sending", "done", "rejected"


def outbox_state(cache: Cache, key: str) -> tuple[str, Problem | None] | None:
    """The outbox entry's state and why it waits or was refused (None: gone)."""
    from wheelshare.sync import store

    entry = store.outbox_get(cache, key)
    if entry is None:
        return None
    problem = Problem.stored(entry.error_code, entry.error_params) if entry.error_code else None
    return entry.state, problem


class SentRequest(QObject):
    """Follows the last request sent from the detail pane until the feed answers."""

    def __init__(self, session: Session, pane: VehicleDetailPane) -> None:
        super().__init__(pane)
        self._session = session
        self._pane = pane
        self._vehicle: Vehicle | None = None
        self._key = ""
        self._state: tuple[str, Problem | None] = (PENDING, None)
        session.sync_finished.connect(lambda _report: self.refresh())

    def track(self, vehicle: Vehicle, key: str) -> None:
        """``key``: the request's outbox key, just queued."""
        self._vehicle, self._key = vehicle, key
        self._state = (PENDING, None)
        self._show()
        self.refresh()

    def refresh(self) -> None:
        key = self._key
        if not key or self._state[0] in (DONE, REJECTED):
            return
        self._session.query(
            lambda cache: outbox_state(cache, key),
            on_done=lambda found: self._arrived(key, found),
            # The note keeps its last words; the status bar says what went wrong.
            on_error=lambda _error: None,
        )

    def _arrived(self, key: str, found: tuple[str, Problem | None] | None) -> None:
        if key != self._key or found is None or found == self._state:
            return
        self._state = found
        self._show()

    def _show(self) -> None:
        if self._vehicle is None:
            return
        self._pane.show_note(self._vehicle.id, self.text)
        announce.announce(self._pane.book_note, self.text())

    def text(self) -> str:
        """The note in the language in use now."""
        vehicle = self._vehicle
        if vehicle is None:
            return ""
        state, problem = self._state
        title = vehicle.title
        if state == REJECTED:
            return QCoreApplication.translate("SentRequest", "Refused: {problem}").format(
                problem=describe(problem) if problem is not None else ""
            )
        if state == DONE:
            if vehicle.instant_book:
                return QCoreApplication.translate(
                    "SentRequest", "Booked: “{title}”. It appears under “My bookings”."
                ).format(title=title)
            return QCoreApplication.translate(
                "SentRequest",
                "Sent — waiting for the owner's answer about “{title}”. Follow it under "
                "“My bookings”.",
            ).format(title=title)
        if problem is not None:
            return QCoreApplication.translate(
                "SentRequest", "Waiting to be sent: {problem}"
            ).format(problem=describe(problem))
        if state == SENDING:
            return QCoreApplication.translate(
                "SentRequest", "Sending your request for “{title}”…"
            ).format(title=title)
        return QCoreApplication.translate(
            "SentRequest",
            "Waiting to be sent: your request for “{title}” goes out at the next sync.",
        ).format(title=title)
