"""The place field: a line edit that completes places from the offline list.

Only a place from the list (or one set by the program, such as the saved
home) resolves to a :class:`Location`; anything else typed is kept as typed
and :meth:`PlaceField.place` returns None, so the form can say why.

A form may add an online step (Find a vehicle does): a place the offline list
lacks is looked up online once, when the person submits it, never while they
type (Nominatim's policy forbids autocomplete). The field remembers which texts
were looked up and why nothing came back; the form asks the geocoder.
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
        # Texts looked up online since the last edit, folded -> why nothing came ("" if unknown).
        self._looked_up: dict[str, str] = {}
        self._model = QStringListModel(self)
        self.place_completer = QCompleter(self._model, self)
        self.place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(self.place_completer)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self._choice = None
        self._looked_up.clear()
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

    def place_label(self) -> str:
        """How the place the text names is written where it was offered or set
        ("Lyon, France" for "lyon"); "" if the text names none."""
        loc = self.place()
        if loc is None:
            return ""
        return self._choice_text if loc is self._choice else self._label_of(loc)

    # -- the optional online step -------------------------------------------

    def online_step_due(self) -> bool:
        """True when the text names no known place and was not looked up online yet."""
        text = self.text().strip()
        return bool(text) and self.place() is None and text.casefold() not in self._looked_up

    def looked_up(self, text: str, why_not_found: str = "") -> None:
        """``text`` was looked up online (``why_not_found``: the problem, if any)."""
        self._looked_up[text.strip().casefold()] = why_not_found

    def look_up_again(self, text: str) -> None:
        """Forgets the online lookup of ``text``, which is being asked again."""
        self._looked_up.pop(text.strip().casefold(), None)

    def why_not_found(self) -> str:
        """Why the online lookup of the text shown found nothing ("" if it was not asked)."""
        return self._looked_up.get(self.text().strip().casefold(), "")

    def found_online(self, text: str, loc: Location, label: str) -> bool:
        """Takes the place found online for ``text``, unless the person has typed
        something else meanwhile (then False, and nothing changes)."""
        if self.text().strip().casefold() != text.strip().casefold():
            return False
        self.set_place(loc, label)
        return True
