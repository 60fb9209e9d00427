"""Every Alt+letter on a screen does one thing, in English and in French.

A letter used twice only moves the focus between the two controls (Qt cannot
tell which was meant), so a keyboard user who learnt "Alt+R searches" finds
that it sometimes does nothing. Everything that answers Alt+letter at the
same time counts: the menus, the status bar and banners every screen shares,
and the screen's buttons, check boxes, tabs, group boxes and labelled fields.
Dialogs are checked on their own: while one is open only its letters answer.
Screens are walked twice: as a visitor, and signed in (what only a member sees,
such as *Rename…* and *Sign out*, takes letters too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from wheelshare.sync.account import User
from wheelshare.ui import i18n
from wheelshare.ui.help import mnemonic

from . import audit
from .screens import dialogs, pages

Factory = Callable[..., QWidget]
# Sections that fold away: unfolded, so their letters are counted too.
UNFOLD: dict[str, Callable[[QWidget], None]] = {
    "find": lambda page: page.form.set_requirements_shown(True),  # type: ignore[attr-defined]
    "venues": lambda page: page.form.filters_button.setChecked(True),  # type: ignore[attr-defined]
}


def _letters(root: QWidget, extra: tuple[QWidget, ...] = ()) -> dict[str, list[str]]:
    """Letter -> the texts that claim it, among what a person can reach now."""
    letters: dict[str, list[str]] = {}

    def claim(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            letters.setdefault(letter, []).append(f"{what} {text!r}")

    for w in [*audit.shown(root), *extra]:
        if isinstance(w, QAbstractButton) and not audit.is_internal(w):
            claim(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            claim(w.text(), "label")
        elif isinstance(w, QGroupBox):
            # A titled box's letter moves into the box (or ticks it, when checkable).
            claim(w.title(), "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.isTabEnabled(i):
                    claim(w.tabText(i), "tab")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            claim(action.text(), "menu")
    return letters


# Letters shared on purpose: (screen or dialog, letter) -> why. Each one is
# written in docs/accessibility.md too. None so far.
DELIBERATE: dict[tuple[str, str], str] = {}


def _duplicates(where: str, letters: dict[str, list[str]]) -> list[str]:
    return [
        f"{where}: Alt+{letter} is {' and '.join(claims)}"
        for letter, claims in sorted(letters.items())
        if len(claims) > 1 and (where, letter) not in DELIBERATE
    ]


MEMBER = User("user-a11y", "camille@example.org", "Camille R.")


def _sign_in(window: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every screen as a signed-in member sees it (no feed needed)."""
    account = window.page("account")  # type: ignore[attr-defined]
    monkeypatch.setattr(account.service, "current_user", lambda _url: MEMBER)
    session = window.ctx.session  # type: ignore[attr-defined]
    session._set_state(
        replace(
            session.state,
            feed_url="https://feed.example.org",
            signed_in_as=MEMBER.display_name,
            user_id=MEMBER.id,
        )
    )
    QApplication.processEvents()
    assert account.sign_out_button.isVisibleTo(account), "the Account screen is not signed in"


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_alt_letter_does_one_thing(
    main_window: Factory,
    appearance: QApplication,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window("--lang", language)
    i18n.install(appearance, language)
    # On the built-in demo feed, as most people first see it: its banner's
    # buttons take their letters on every screen.
    session = window.ctx.session  # type: ignore[attr-defined]
    session._set_state(replace(session.state, demo=True))
    QApplication.processEvents()
    assert window.demo_notice.isVisible()  # type: ignore[attr-defined]
    # The problem banner shows up over any screen; its button's letter is taken there too.
    banner = (window.message_bar.close_button,)  # type: ignore[attr-defined]
    problems: list[str] = []
    checked = 0
    for visitor in (True, False):
        if not visitor:
            _sign_in(window, monkeypatch)
        # A venue chosen: its detail's buttons take letters too.
        for key, page in pages(window, venue_chosen=True):
            unfold = UNFOLD.get(key)
            if unfold is not None:
                unfold(page)
                QApplication.processEvents()
            letters = _letters(window, banner)
            checked += sum(len(v) for v in letters.values())
            where = key if visitor else f"{key} (signed in)"
            problems += _duplicates(where, letters)
            # Every button has a letter (or, when none is left, a shortcut).
            problems += [f"{where}: {p}" for p in audit.audit_mnemonics(page).problems]
    for name, dialog in dialogs(window):
        letters = _letters(dialog)
        checked += sum(len(v) for v in letters.values())
        problems += _duplicates(name, letters)
    print(f"Alt+letters ({language}): {checked} checked, {len(problems)} used twice")
    assert not problems, "\n".join(problems)
