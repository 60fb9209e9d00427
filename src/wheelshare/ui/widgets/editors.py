"""A keyboard-friendly editor for money (dates are in :mod:`.date_range`).

A spin box: typing works, Up/Down change the section under the cursor,
Page Up/Down take bigger steps, and the value is read back as a domain value
(``Money`` in minor units), never a float.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QWidget

from wheelshare.domain import Money


class MoneyEdit(QDoubleSpinBox):
    """An amount in a currency; ``optional=True`` adds a "no limit" value at 0."""

    def __init__(
        self,
        currency: str = "EUR",
        maximum: int = 10_000_00,
        optional: bool = False,
        none_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._currency = currency
        self.setDecimals(2)
        self.setRange(0.0, maximum / 100)
        self.setSingleStep(5.0)
        self.setSuffix(f" {currency}")
        self.setAccelerated(True)
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._optional = optional
        self._none_text = none_text
        self._retranslate()

    def _retranslate(self) -> None:
        if self._optional:
            self.setSpecialValueText(
                self._none_text or QCoreApplication.translate("MoneyEdit", "No maximum")
            )

    def set_none_text(self, text: str) -> None:
        """What the "no limit" value reads (an optional editor's zero)."""
        self._none_text = text
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The decimal separator follows the language, too.
            value = self.value()
            self._retranslate()
            self.setLocale(QLocale())
            self.setValue(value)

    def money(self) -> Money | None:
        """The amount, or None for the "no limit" value of an optional editor."""
        cents = round(self.value() * 100)
        if self._optional and cents == 0:
            return None
        return Money(cents, self._currency)

    def set_money(self, value: Money | None) -> None:
        if value is None:
            self.setValue(0.0)
            return
        self._currency = value.currency
        self.setSuffix(f" {value.currency}")
        self.setValue(value.amount / 100)
