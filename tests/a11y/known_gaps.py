"""Problems the audits found in screens, not yet fixed, each with who fixes what.

A problem listed here is printed as a known gap instead of failing its test;
anything else the audits find fails. docs/accessibility.md lists the same
gaps for users. Remove an entry as soon as its fix lands.
"""

from __future__ import annotations

import re

KNOWN_GAPS: dict[str, str] = {
    # Reported by the accessibility bus (any focus, not only Tab)
    r"focusable filler has no name \(inside filler"
    r" '(My bookings|My vehicles)'": (
        "a container on My bookings and on My vehicles takes focus (on click) with no"
        " name; a screen reader says only 'filler'"
    ),
    r"focusable label has no name \(inside filler 'Vehicle details'": (
        "the vehicle detail pane has empty labels that take focus (selectable text"
        " with nothing in it) before a vehicle is chosen"
    ),
    # My vehicles
    r"QTabBar #qt_tabwidget_tabbar in 'My vehicles .*comes after QTableView": (
        "on My vehicles, Tab reaches the tab bar after the table below it; needs"
        " QWidget.setTabOrder(tab bar, first control)"
    ),
}


def split(problems: list[str]) -> tuple[list[str], list[str]]:
    """(new problems, known gaps) among ``problems``."""
    new: list[str] = []
    known: list[str] = []
    for problem in problems:
        if any(re.search(pattern, problem) for pattern in KNOWN_GAPS):
            known.append(problem)
        else:
            new.append(problem)
    return new, known
