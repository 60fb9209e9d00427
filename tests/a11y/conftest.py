"""Accessibility checks: shared fixtures.

Each test that changes the application-wide theme, text size or language puts
it back, because pytest-qt shares one QApplication across the session.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from wheelshare.ui import i18n, theme


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[QApplication]:
    """The app with default theme, 100 % text and English, restored afterwards."""
    theme.apply(qapp, "default", 100)
    i18n.install(qapp, "en", pseudo=False)
    yield qapp
    theme.apply(qapp, "default", 100)
    i18n.install(qapp, "en", pseudo=False)
