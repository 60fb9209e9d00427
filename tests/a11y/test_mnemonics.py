"""Every Alt+letter on a screen does one thing, in English and in French.

A letter used twice only moves the focus between the two controls (Qt cannot
tell which was meant), so a keyboard user who learnt "Alt+R searches" finds
that it sometimes does nothing. Everything that answers Alt+letter at the
same time counts: the menus, the status bar and banners every screen shares,
and the screen's buttons, check boxes, tabs, group boxes and labelled fields.
Dialogs are checked on their own: while one is open only its letters answer.
Screens are walked twice: as a visitor, and signed in (what only a member sees,
such as *Rename…* and *Sign out*, takes letters too), with the results map
beside the list (its *Search the visible area* answers too); signed in, the
Venues screen is walked again with the person's own review of the venue shown
(*Edit your review* replaces *Rate this venue*).
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

from wheelshare.domain.review import Review, TargetKind
from wheelshare.sync.account import User
from wheelshare.ui import i18n
from wheelshare.ui.help import mnemonic

from . import audit
from .screens import VENUE, dialogs, pages

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
# The member's own review of the venue shown: its button then reads "Edit your review".
OWN_REVIEW = Review("review-a11y", TargetKind.VENUE, VENUE.id, MEMBER.id, {"step_free": True})


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


def _check(where: str, window: QWidget, page: QWidget, banner: tuple[QWidget, ...]) -> list[str]:
    """The letters used twice on ``page`` as shown now, and its buttons without one."""
    problems = _duplicates(where, _letters(window, banner))
    # Every button has a letter (or, when none is left, a shortcut).
    return problems + [f"{where}: {p}" for p in audit.audit_mnemonics(page).problems]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_alt_letter_does_one_thing(
    main_window: Factory,
    appearance: QApplication,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window("--lang", language)
    # As large as a common laptop screen: Venues has room for its map beside
    # the list there, and the map's button takes a letter too.
    window.resize(1366, 768)
    i18n.install(appearance, language)
    # On the built-in demo feed, as most people first see it: its banner's
    # buttons take their letters on every screen.
    session = window.ctx.session  # type: ignore[attr-defined]
    session._set_state(replace(session.state, demo=True))
    QApplication.processEvents()
    assert window.demo_notice.isVisible()  # type: ignore[attr-defined]
    # Opened, its actions under More… take their letters too.
    window.demo_notice.set_expanded(True)  # type: ignore[attr-defined]
    QApplication.processEvents()
    # The problem banner shows up over any screen; its buttons' letters are taken there too.
    bar = window.message_bar  # type: ignore[attr-defined]
    banner = (bar.details_button, bar.close_button)
    problems: list[str] = []
    for visitor in (True, False):
        if not visitor:
            _sign_in(window, monkeypatch)
        # A venue chosen: its detail's buttons take letters too.
        for key, page in pages(window, venue_chosen=True):
            unfold = UNFOLD.get(key)
            if unfold is not None:
                unfold(page)
                QApplication.processEvents()
            with_map = getattr(page, "with_map", None)
            if with_map is not None:
                assert with_map.map.search_area.isVisible(), f"{key}: the map is not shown"
            where = key if visitor else f"{key} (signed in)"
            problems += _check(where, window, page, banner)
            if key == "venues" and not visitor:
                # The venue again, with the member's own review of it.
                page.detail.show_venue(VENUE, [OWN_REVIEW], own_author_id=MEMBER.id)  # type: ignore[attr-defined]
                QApplication.processEvents()
                assert page.detail.own_review is not None  # type: ignore[attr-defined]
                problems += _check(f"{where}, own review shown", window, page, banner)
    for name, dialog in dialogs(window):
        problems += _duplicates(name, _letters(dialog))
    print(f"Alt+letters ({language}): {len(problems)} used twice")
    assert not problems, "\n".join(problems)
