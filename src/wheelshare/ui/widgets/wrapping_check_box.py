"""A check box whose words go onto a second line when its column is narrow.

Qt's check box keeps its text on one line, so a long label ("Commandes
manuelles pousser-tirer" at 200 % text) sets the width of the whole column it
sits in. This one asks for about ``chars`` characters and wraps the rest,
drawn by the application's style (its border, focus frame and indicator) with
only the text laid out here. It stays a real QCheckBox: its name, role, state
and Alt+letter are Qt's own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

WRAP_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None, chars: int = 22) -> None:
        super().__init__(text, parent)
        self._chars = chars
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _size_for(self, text: QSize) -> QSize:
        """The whole check box around a text of that size, as the style draws it."""
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_CheckBox, self._option(), text, self
        )

    def _text_size(self, width: int) -> QSize:
        fm = self.fontMetrics()
        rect = fm.boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP_FLAGS, self.text())
        return QSize(rect.width(), max(rect.height(), fm.height()))

    def _chrome(self) -> int:
        """The width the indicator, spacing, padding and border take."""
        return self._size_for(QSize(0, self.fontMetrics().height())).width()

    def _longest_word(self) -> int:
        fm = self.fontMetrics()
        words = re.split(r"\s+", self.text().replace("&", ""))
        return max((fm.horizontalAdvance(w) for w in words if w), default=0)

    def sizeHint(self) -> QSize:
        one_line = super().sizeHint()
        cap = self._chrome() + self.fontMetrics().averageCharWidth() * self._chars
        if one_line.width() <= cap:
            return one_line
        width = max(cap, self._chrome() + self._longest_word())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._chrome() + self._longest_word()
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = self._text_size(width - self._chrome())
        return max(super().sizeHint().height(), self._size_for(text).height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the wrapped words toggle it too

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = self._option()
        text = option.text
        option.text = ""  # the style draws the box and indicator; the words come below
        painter = QPainter(self)
        style = self.style()
        style.drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        option.text = text
        area = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        style.drawItemText(
            painter,
            area,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | WRAP_FLAGS),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
        painter.end()
