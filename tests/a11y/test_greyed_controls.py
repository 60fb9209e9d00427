"""Every greyed control says why: a person who cannot press it learns what to
do first, from its tooltip and from what a screen reader says of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from wheelshare.ui import i18n

from . import audit
from .screens import pages


def _greyed(window: QWidget) -> Iterator[tuple[str, QAbstractButton]]:
    for key, page in pages(window):
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and not button.isEnabled() and not audit.is_internal(button):
                yield key, button


def test_every_greyed_button_says_why(
    main_window: Callable[..., QWidget], appearance: QApplication
) -> None:
    window = main_window()  # not signed in, no home saved, nothing chosen yet
    silent: list[str] = []
    greyed = 0
    for key, button in _greyed(window):
        greyed += 1
        if not button.toolTip().strip() or not button.accessibleDescription().strip():
            silent.append(f"{key}: {audit.describe(button)}")
    print(f"{greyed} greyed buttons checked")
    assert greyed > 0, "no greyed button to check: the test no longer looks where it should"
    assert not silent, "greyed without a reason:\n" + "\n".join(silent)
    # In the language in use.
    english = {button.toolTip() for _key, button in _greyed(window)}
    i18n.install(appearance, "fr", pseudo=False)
    QApplication.processEvents()
    french = {button.toolTip() for _key, button in _greyed(window)}
    assert not english & french, english & french
