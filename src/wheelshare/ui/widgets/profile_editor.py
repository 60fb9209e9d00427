"""The "my wheelchair" editor: four measurements and how its user travels.

One editor for every place that asks for them (Account & settings, and the
dialog Find opens when "Fits my wheelchair" has no profile yet). Each
measurement is checked as it is typed, with its problem under the field;
:meth:`ProfileEditor.profile` gives a :class:`WheelchairProfile` only when
all of them make sense, and nothing typed is lost when one does not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wheelshare.domain import WheelchairProfile
from wheelshare.domain.profile import PROFILE_RANGES
from wheelshare.ui.widgets.fields import FieldBlock, FieldProblem, parse_required_int


class ProfileEditor(QWidget):
    """The measurements of a wheelchair, each with its range and its problem."""

    def __init__(self, profile: WheelchairProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.blocks: dict[str, FieldBlock] = {}
        grid = QGridLayout()
        layout.addLayout(grid)
        for i, key in enumerate(PROFILE_RANGES):
            edit = QLineEdit(self)
            if profile is not None:
                edit.setText(str(getattr(profile, key)))
            block = FieldBlock("", edit, parent=self)
            edit.textChanged.connect(lambda _t, k=key: self.check(k))
            self.edits[key] = edit
            self.blocks[key] = block
            grid.addWidget(block, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        self.drives = QRadioButton(self)
        self.passenger = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.drives)
        group.addButton(self.passenger)
        (self.drives if profile is not None and profile.drives else self.passenger).setChecked(True)
        layout.addWidget(self.drives)
        layout.addWidget(self.passenger)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language now in use; what is typed stays. Its owner
        calls this from its own ``retranslate``."""
        labels = {
            "width_cm": self.tr("Chair &width (cm)"),
            "length_cm": self.tr("Chair length (cm)"),
            "seated_height_cm": self.tr("Seated height, head included (cm)"),
            "weight_with_occupant_kg": self.tr("Weight with occupant (kg)"),
        }
        for key, label in labels.items():
            low, high = PROFILE_RANGES[key]
            hint = self.tr("{low} to {high} {unit}").format(
                low=low, high=high, unit=self._unit(key)
            )
            self.blocks[key].field.set_texts(label, hint)
            if self.blocks[key].error:
                self.check(key)  # its problem in the new language
        self.drives.setText(self.tr("I drive (from the chair or after a transfer)"))
        self.passenger.setText(self.tr("I travel as a passenger in my chair"))

    def _unit(self, key: str) -> str:
        return self.tr("kg") if key.endswith("kg") else self.tr("cm")

    def _value(self, key: str) -> int:
        low, high = PROFILE_RANGES[key]
        return parse_required_int(self.edits[key].text(), low, high, self._unit(key))

    def check(self, key: str) -> bool:
        """Shows the problem of one measurement under it; True when there is none."""
        try:
            self._value(key)
        except FieldProblem as e:
            self.blocks[key].set_error(str(e))
            return False
        self.blocks[key].set_error("")
        return True

    def profile(self) -> WheelchairProfile | None:
        """The profile as typed, or None with every wrong measurement marked."""
        if not all([self.check(key) for key in self.edits]):
            return None
        return WheelchairProfile(
            **{key: self._value(key) for key in self.edits},
            drives=self.drives.isChecked(),
        )

    def clear(self) -> None:
        """Empties the measurements without marking them as missing."""
        for edit in self.edits.values():
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for block in self.blocks.values():
            block.set_error("")
