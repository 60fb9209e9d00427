"""The place field: a line edit that completes places from the offline list.

Only a place from the list (or one set by the program, such as the saved
home) resolves to a :class:`Location`; anything else typed is kept as typed
and :meth:`PlaceField.place` returns None, so the form can say why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from wheelshare.domain import Location

# Finds places for the field: the typed text -> matching places (city names in .city).
PlaceLookup = Callable[[str], list[Location]]


def city(loc: Location) -> str:
    return loc.city


class PlaceField(QLineEdit):
    """Completion as the person types (from two letters), matched anywhere in a
    name and regardless of case.

    With ``lookup``, completions are looked up as the person types; without
    it, the owner looks them up (on the worker, say) and hands them to
    :meth:`set_choices`. ``label_of`` says how a place is written in the field.
    """

    def __init__(
        self,
        lookup: PlaceLookup | None = None,
        parent: QWidget | None = None,
        *,
        label_of: Callable[[Location], str] = city,
        shown: int = 20,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._label_of = label_of
        self._shown = shown
        self._choice: Location | None = None
        self._choice_text = ""
        self._known: dict[str, Location] = {}  # label, folded -> place offered
        self._model = QStringListModel(self)
        self.place_completer = QCompleter(self._model, self)
        self.place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(self.place_completer)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self._choice = None
        if self._lookup is not None:
            matches = self._lookup(text) if len(text.strip()) >= 2 else []
            self.set_choices(matches[: self._shown], pop_up=False)

    def set_choices(self, places: Sequence[Location], pop_up: bool = True) -> None:
        """Offers ``places`` to complete with (and opens the list if the field has
        the focus and ``pop_up``)."""
        for loc in places:
            self._known[self._label_of(loc).casefold()] = loc
        self._model.setStringList([self._label_of(loc) for loc in places])
        if pop_up and self.hasFocus() and places:
            self.place_completer.complete()

    def set_place(self, loc: Location, text: str | None = None) -> None:
        """Shows ``loc`` (as ``text``, or as its label) and takes it as chosen."""
        self._choice_text = self._label_of(loc) if text is None else text
        self._known[self._choice_text.casefold()] = loc
        self.setText(self._choice_text)
        self._choice = loc

    @property
    def chosen(self) -> Location | None:
        """The place chosen or set, until the text is edited."""
        return self._choice

    def place(self) -> Location | None:
        """The place the text names: the one set while the text still reads as
        it, else the one found (or, without a lookup, offered) under exactly
        that name; None if the field is empty or names none."""
        text = self.text().strip()
        if not text:
            return None
        choice = self._choice
        if choice is not None and text in (self._label_of(choice), self._choice_text):
            return choice
        key = text.casefold()
        if self._lookup is not None:
            for loc in self._lookup(text):
                if self._label_of(loc).casefold() == key:
                    self._choice, self._choice_text = loc, text
                    return loc
            return None
        if key in self._known:
            return self._known[key]
        # "Lyon" names the place offered as "Lyon, Auvergne-Rhône-Alpes".
        for label, loc in self._known.items():
            if label.split(",")[0].strip() == key:
                return loc
        return None
