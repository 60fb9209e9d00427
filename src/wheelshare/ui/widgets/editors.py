"""Keyboard-friendly editors for money and date-times.

Both are spin boxes: typing works, Up/Down change the section under the
cursor, Page Up/Down take bigger steps, and the value is read back as a
domain value (``Money`` in minor units, aware UTC ``datetime``), never a float
or a naive time.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QDoubleSpinBox, QWidget

from wheelshare.domain import Money
from wheelshare.ui import formatting


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


class DateTimeEdit(QDateTimeEdit):
    """A local date and time with a calendar popup, in 30-minute steps by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self._use_locale_format()
        self.setAccelerated(True)
        self.setKeyboardTracking(False)

    def _use_locale_format(self) -> None:
        fmt = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
        # Always show a four-digit year: two digits are easy to misread aloud.
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        self.setDisplayFormat(fmt)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # Day/month order and the clock follow the language; the value stays.
            value = self.dateTime()
            self.setLocale(QLocale())
            self._use_locale_format()
            self.setDateTime(value)

    def value(self) -> datetime:
        return formatting.from_qdatetime(self.dateTime())

    def set_value(self, value: datetime) -> None:
        self.setDateTime(formatting.to_qdatetime(value))
