"""A greyed control says why: its tooltip and accessible description give the
reason (and what to do first) for as long as it is greyed, in the language in
use, and go back to what they were once it can be used."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _Why(QObject):
    def __init__(self, widget: QWidget, why: Callable[[], str]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._why = why
        self._said = ""  # the reason shown now; "" when the widget's own texts are
        widget.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        widget = self._widget
        if widget.isEnabled():
            if self._said:
                for get, put in (
                    (widget.toolTip, widget.setToolTip),
                    (widget.accessibleDescription, widget.setAccessibleDescription),
                ):
                    if get() == self._said:
                        put("")
                self._said = ""
            return
        reason = self._why()
        if reason != self._said:
            self._said = reason
            widget.setToolTip(reason)
            widget.setAccessibleDescription(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.LanguageChange):
            self.refresh()
        return False


def say_why_greyed(widget: QWidget, why: Callable[[], str]) -> Callable[[], None]:
    """While ``widget`` is greyed, its tooltip and accessible description say
    ``why()`` (asked again at each change of state or language). Returns a
    function to call when the reason changes while it stays greyed."""
    return _Why(widget, why).refresh
