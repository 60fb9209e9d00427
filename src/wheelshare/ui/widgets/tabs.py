"""Tab widgets that a screen reader and the Tab key meet as their tabs only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget


def tabs_in_reading_order(tabs: QTabWidget, first: QWidget | None = None) -> None:
    """Make ``tabs`` a plain container for its tab bar and pages.

    Qt gives a tab widget a focus policy of its own (its tab bar takes the
    focus for it), so the accessibility bus shows it as a focusable object
    with no name: a screen reader says "filler". The widget itself takes no
    focus; its tab bar keeps the policy it had, as setting a policy on a
    widget passes it on to the widget it hands its focus to.

    Qt also creates the pages' stack before the tab bar, so the accessibility
    tree (which a screen reader's review follows) lists the page before its
    tabs; the tab bar is moved first. With ``first`` (the first control on the
    first page), Tab goes from the tabs to it.
    """
    bar = tabs.tabBar()
    policy = bar.focusPolicy()
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    bar.setFocusPolicy(policy)
    # lower() puts the bar first among the tab widget's children; the bar and
    # the pages do not overlap, so nothing drawn changes.
    bar.lower()
    if first is not None:
        QWidget.setTabOrder(bar, first)
