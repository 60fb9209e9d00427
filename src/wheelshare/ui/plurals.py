"""Texts with a count, in the language's plural forms ("1 note", "2 notes").

The translation tools give a string its plural forms only when they see it in
a ``self.tr(text, "", n)`` call, not in ``QCoreApplication.translate``; module
functions that need a count therefore ask this object. Without a translation
with plural forms (English), :func:`english_plural` turns "(s)" into the
English plural.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def english_plural(text: str, n: int) -> str:
    """English plurals when no translation with plural forms is loaded: Qt then
    leaves "(s)" of a ``%n`` string as it is."""
    if "(s)" in text:
        return text.replace("(s)", "" if n == 1 else "s")
    return text


class Plurals(QObject):
    """One method per counted text; the context in the translation files is "Plurals"."""

    def _n(self, text: str, n: int) -> str:
        return english_plural(text, n)

    def ratings(self, n: int) -> str:
        return self._n(self.tr("{avg} out of 5 (%n rating(s))", "", n), n)

    def minutes_ago(self, n: int) -> str:
        return self._n(self.tr("%n minute(s) ago", "", n), n)

    def actions_waiting(self, n: int) -> str:
        return self._n(self.tr("%n action(s) waiting to be sent", "", n), n)

    def days(self, n: int) -> str:
        return self._n(self.tr("%n day(s)", "", n), n)

    def weeks(self, n: int) -> str:
        return self._n(self.tr("%n week(s)", "", n), n)

    def half_days(self, n: int) -> str:
        return self._n(self.tr("%n half-day(s)", "", n), n)

    def rentals(self, n: int) -> str:
        return self._n(self.tr("%n rental(s)", "", n), n)

    def reviews(self, n: int) -> str:
        return self._n(self.tr("%n review(s)", "", n), n)

    def venues_in_view(self, n: int) -> str:
        return self._n(self.tr("%n venue(s) in view", "", n), n)

    def vehicles_in_view(self, n: int) -> str:
        return self._n(self.tr("%n vehicle(s) in view", "", n), n)


def plurals() -> Plurals:
    """A fresh asker (cheap); not kept, so it never outlives the application."""
    return Plurals()


__all__ = ["Plurals", "english_plural", "plurals"]
