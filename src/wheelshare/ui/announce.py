"""Tell screen-reader users about something that changed without moving focus.

A result count or "request sent" appears in a label; sighted people see it,
and :func:`announce` makes assistive technology speak it too: an
announcement event (read politely, after what is being read), and the
label's accessible name updated with a NameChanged event for readers that
do not support announcements.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    widget.setAccessibleName(text)
    if not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
