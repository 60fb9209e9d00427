"""Form fields that explain their errors beside the field and to screen readers.

A :class:`FormField` is a label (the field's buddy, so its mnemonic focuses
the field), the editor, an optional hint, and a message line under the
editor. ``set_error(text)`` shows the message, puts it in the editor's
accessible description (so a screen reader reads it with the field) and
marks the field invalid with a word and an icon, never colour alone.

:class:`FormFields` groups fields by name, so a ``ValidationError`` from the
domain (``errors`` = field -> message) lands beside the right fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class FormField(QWidget):
    """One editor with its label, hint and error line. Add ``label`` and ``self``
    to a QFormLayout row (see :meth:`add_to`), or use it on its own."""

    def __init__(
        self,
        label: str,
        editor: QWidget,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.hint = hint
        self._error = ""
        self.label = QLabel(label)
        self.label.setBuddy(editor)
        self.label.setWordWrap(True)
        self._name_editor(label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.hint_label = QLabel(hint, self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("formHint")
        layout.addWidget(self.hint_label)
        # Only once it has a parent: a label shown without one is a window of
        # its own, which flashes up and takes the focus.
        self.hint_label.setVisible(bool(hint))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._update_description()

    def _name_editor(self, label: str) -> None:
        # The accessible name is the label without its mnemonic marker.
        self.editor.setAccessibleName(label.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def set_texts(self, label: str, hint: str | None = None) -> None:
        """New label (and hint, unless None), as after a language change; the
        error shown stays until its owner sets it again."""
        self.label.setText(label)
        self._name_editor(label)
        if hint is not None:
            self.hint = hint
            self.hint_label.setText(hint)
            self.hint_label.setVisible(bool(hint))
        if self._error:
            self.set_error(self._error)  # its "Problem:" prefix in the new language
        self._update_description()

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self)

    @property
    def error(self) -> str:
        return self._error

    def set_error(self, message: str) -> None:
        """Shows ``message`` beside the field (empty clears it)."""
        self._error = message
        if message:
            prefix = QCoreApplication.translate("FormField", "Problem:")
            self.error_label.setText(f"⚠ {prefix} {message}")
            self.error_label.setAccessibleName(f"{prefix} {message}")
            self.error_label.show()
            self.editor.setProperty("invalid", True)
        else:
            self.error_label.clear()
            self.error_label.hide()
            self.editor.setProperty("invalid", False)
        # Re-polish so a theme's [invalid="true"] style rule applies.
        style: QStyle = self.editor.style()
        style.unpolish(self.editor)
        style.polish(self.editor)
        self._update_description()

    def clear_error(self) -> None:
        self.set_error("")

    def _update_description(self) -> None:
        parts = [p for p in (self._error, self.hint) if p]
        self.editor.setAccessibleDescription(" ".join(parts))


class FormFields:
    """Fields by name, so validation errors find their place."""

    def __init__(self) -> None:
        self._fields: dict[str, FormField] = {}

    def add(self, name: str, field: FormField) -> FormField:
        self._fields[name] = field
        return field

    def __getitem__(self, name: str) -> FormField:
        return self._fields[name]

    def __iter__(self) -> Iterable[FormField]:
        return iter(self._fields.values())

    def names(self) -> list[str]:
        return list(self._fields)

    def clear_errors(self) -> None:
        for f in self._fields.values():
            f.clear_error()

    def show_errors(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Puts each message beside its field (matching the last dotted part too);
        returns the errors that matched no field, for a general message."""
        self.clear_errors()
        unmatched: dict[str, str] = {}
        first: FormField | None = None
        for key, message in errors.items():
            field = self._fields.get(key) or self._fields.get(key.rsplit(".", 1)[-1])
            if field is None:
                unmatched[key] = message
                continue
            field.set_error(message)
            first = first or field
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return unmatched

    @property
    def has_errors(self) -> bool:
        return any(f.error for f in self._fields.values())
