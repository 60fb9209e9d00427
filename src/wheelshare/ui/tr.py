"""``QT_TRANSLATE_NOOP`` typed as what it returns: the English text, unchanged.

PySide6's stub declares it as returning ``object``, so every table of marked
strings would need a cast. Importing it from here, under the same name, keeps
``pyside6-lupdate`` extracting the strings: it recognises the call by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

__all__ = ["QT_TRANSLATE_NOOP"]
