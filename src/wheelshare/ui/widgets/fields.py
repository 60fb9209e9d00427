"""A labelled field whose validation message sits right under it.

The message is shown in words with a warning sign (never colour alone) and is
also set as the editor's accessible description, so a screen reader reads it
when the field gets focus (the shared :mod:`wheelshare.ui.widgets.form` does
that). Parsing helpers turn typed text into the domain's integers
(centimetres, cents) with messages a person can act on.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wheelshare.ui.widgets.form import FormField


def plain(label: str) -> str:
    """A label without its mnemonic marker, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FieldBlock(QWidget):
    """The shared :class:`FormField` with its label above it, for stacked forms that
    reflow at large text sizes (a two-column form would squeeze the editors)."""

    def __init__(
        self,
        label: str,
        editor: QWidget,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = FormField(label, editor, hint, self)
        self.editor = editor
        self.label = self.field.label
        self.error_label = self.field.error_label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.field)

    @property
    def error(self) -> str:
        return self.field.error

    def set_texts(self, label: str, hint: str | None = None) -> None:
        """New label (and hint, unless None), as after a language change."""
        self.field.set_texts(label, hint)

    def set_error(self, message: str) -> None:
        """Shows ``message`` under the field (empty clears it)."""
        if message != self.field.error:
            self.field.set_error(message)


def keep_room_for(editor: QLineEdit | QComboBox | QAbstractScrollArea, sample: str = "") -> None:
    """Keeps ``editor`` wide enough, at the text size it is built at, for ``sample``
    (a line edit, a text area) or for its longest choice (a combo box): a layout
    short of room would otherwise squeeze it to a sliver, where nothing typed
    can be read, before it offers to scroll."""
    fm = editor.fontMetrics()
    if isinstance(editor, QComboBox):
        # Its size hint is its longest choice with the arrow beside it.
        least = editor.sizeHint().width()
    elif isinstance(editor, QLineEdit):
        # What the line edit adds around its text (frame, margins), as its hint shows.
        extra = editor.sizeHint().width() - 17 * fm.horizontalAdvance("x")
        least = fm.horizontalAdvance(sample) + max(0, extra)
    else:
        bar = editor.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, editor)
        least = fm.horizontalAdvance(sample) + bar + 2 * editor.frameWidth() + fm.averageCharWidth()
    editor.setMinimumWidth(max(editor.minimumWidth(), least))


class FieldProblem(ValueError):
    """Typed text that cannot become the value the field holds; ``str()`` says why."""


_INT = re.compile(r"^[+-]?\d+$")


def parse_optional_int(text: str, low: int, high: int, unit: str) -> int | None:
    """Empty means "not given"; otherwise a whole number within ``[low, high]``."""
    text = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if not text:
        return None
    if not _INT.match(text):
        raise FieldProblem(
            QCoreApplication.translate(
                "Fields", "Enter a whole number of {unit}, or leave it empty."
            ).format(unit=unit)
        )
    value = int(text)
    if not low <= value <= high:
        raise FieldProblem(
            QCoreApplication.translate(
                "Fields", "{value} {unit} is not physically sensible; enter {low} to {high} {unit}."
            ).format(value=value, unit=unit, low=low, high=high)
        )
    return value


def parse_required_int(text: str, low: int, high: int, unit: str) -> int:
    value = parse_optional_int(text, low, high, unit)
    if value is None:
        raise FieldProblem(
            QCoreApplication.translate(
                "Fields", "Enter a number from {low} to {high} {unit}."
            ).format(low=low, high=high, unit=unit)
        )
    return value


def parse_money_minor(text: str, locale: QLocale | None = None, maximum: int = 10_000_00) -> int:
    """A price such as ``65``, ``65.50`` or ``65,50`` in cents; never through floats."""
    locale = locale or QLocale()
    raw = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    group = locale.groupSeparator()
    if group and group not in (".", ","):
        raw = raw.replace(group, "")
    if not raw:
        raise FieldProblem(QCoreApplication.translate("Fields", "Enter a price (0 is allowed)."))
    if raw.startswith("-"):
        raise FieldProblem(QCoreApplication.translate("Fields", "A price cannot be negative."))
    match = re.fullmatch(r"\+?(\d{1,9})(?:[.,](\d{1,2}))?", raw)
    if not match:
        raise FieldProblem(
            QCoreApplication.translate("Fields", "Enter a price such as 65 or 65.50.")
        )
    whole, frac = match.group(1), (match.group(2) or "").ljust(2, "0")
    cents = int(whole) * 100 + int(frac)
    if cents > maximum:
        raise FieldProblem(
            QCoreApplication.translate(
                "Fields", "This price is unrealistically high; the most is {amount}."
            ).format(amount=locale.toString(maximum // 100))
        )
    return cents


def format_money_minor(cents: int, locale: QLocale | None = None) -> str:
    """Cents as the text a person would type back into a price field."""
    locale = locale or QLocale()
    whole, frac = divmod(cents, 100)
    if frac == 0:
        return str(whole)
    return f"{whole}{locale.decimalPoint()}{frac:02d}"
