"""The notices above the screens (demo data, no keyring) at 200 % text in French
in the window as it opens on a laptop screen: a line each, the screen's table
still shows rows enough to choose from, the rest one key away, and a notice
a person has hidden stays hidden."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.ui.problems import describe
from wheelshare.ui.settings import DEMO_NOTICE_DISMISSED, KEYRING_NOTICE_DISMISSED

from . import audit

# Find a vehicle with fewer result rows than this is a keyhole: choosing
# means scrolling after every few vehicles.
ROWS_NEEDED = 5
NO_KEYRING = Problem(ProblemCode.KEYRING_UNAVAILABLE)


def _press(qtbot: QtBot, button: QWidget) -> None:
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    QApplication.processEvents()


def _clipped(window: QWidget) -> list[str]:
    return audit.audit_clipping(window).problems


def test_both_notices_leave_the_results_rows_at_200_percent_in_french(
    main_window: Callable[..., QWidget], qtbot: QtBot
) -> None:
    window = main_window("--text-scale", "200", "--lang", "fr", screen="1366x768")
    ctx = window.ctx  # type: ignore[attr-defined]
    session = ctx.session
    session._set_state(replace(session.state, demo=True))
    session.keyring_unavailable(NO_KEYRING)
    window.show_page("find")  # type: ignore[attr-defined]
    QApplication.processEvents()
    demo, bar = window.demo_notice, window.message_bar  # type: ignore[attr-defined]
    assert demo.isVisible() and bar.isVisible()

    # A line each: the short form beside its buttons.
    for notice in (demo, bar):
        line = notice.summary.fontMetrics().lineSpacing()
        assert notice.summary.height() < 2 * line, notice.summary.text()
        assert notice.height() < 3 * line, (notice.objectName(), notice.height())
    table = window.page("find").table  # type: ignore[attr-defined]
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    print(f"window {window.width()}×{window.height()}: {rows} result rows shown")
    assert rows >= ROWS_NEEDED, (rows, demo.height(), bar.height())
    assert not _clipped(window)

    # The rest of the demo notice, and its actions, from the keyboard.
    assert not demo.role_button.isVisible()
    _press(qtbot, demo.details_button)
    assert demo.details_button.isChecked()  # said "pressed" by screen readers
    assert demo.details_button.text() == QCoreApplication.translate("DemoNotice", "Less") != "Less"
    assert demo.details.isVisible() and demo.role_button.isVisible() and demo.button.isVisible()
    assert not _clipped(window)
    _press(qtbot, demo.details_button)
    assert not demo.details.isVisible()

    # The whole sentence about the keyring is under Details.
    assert describe(NO_KEYRING) not in bar.summary.text()
    _press(qtbot, bar.details_button)
    assert bar.details.isVisible()
    assert bar.details.text() == describe(NO_KEYRING)
    assert not _clipped(window)

    # Hidden, each stays hidden: the settings keep it for the next start.
    _press(qtbot, demo.close_button)
    _press(qtbot, bar.close_button)
    assert not demo.isVisible() and not bar.isVisible()
    assert ctx.settings.get(DEMO_NOTICE_DISMISSED)
    assert ctx.settings.get(KEYRING_NOTICE_DISMISSED)
    session._set_state(replace(session.state, demo_owner=True))
    session._keyring_told = False  # as at the next start
    session.keyring_unavailable(NO_KEYRING)
    QApplication.processEvents()
    assert not demo.isVisible() and not bar.isVisible()
