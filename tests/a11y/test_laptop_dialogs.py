"""Dialogs as they open over the main window on a laptop screen, at 200 % text in
French in the high-contrast theme: *Record the handover* with every field wide
enough to read what it holds, even when the dialog is made as small as it goes;
the booking review as tall as its summary, neither cut nor floating in blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wheelshare.domain.handover import MAX_ODOMETER_KM, Moment
from wheelshare.ui import i18n, theme
from wheelshare.ui.bookings.handover_dialog import HandoverDialog
from wheelshare.ui.widgets.screen_fit import opening_size

from .screens import _handover_report, _review


def _laptop_window(appearance: QApplication, qtbot: QtBot) -> QWidget:
    """A main window stand-in at the size the app opens with on a 1366×768 screen."""
    theme.apply(appearance, "high_contrast", 200)
    i18n.install(appearance, "fr", pseudo=False)
    screen = next(s for s in QGuiApplication.screens() if s.name() == "1366x768")
    window = QWidget()
    qtbot.addWidget(window)
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.resize(opening_size(screen.availableGeometry(), 200))
    window.show()
    return window


def _too_narrow(dialog: HandoverDialog) -> list[str]:
    """The fields narrower than what they hold (or will) at the text size in use."""
    narrow = []
    notes: QPlainTextEdit = dialog.notes_edit
    if notes.viewport().width() < notes.fontMetrics().averageCharWidth() * 25:
        narrow.append(f"notes {notes.width()} px")
    typed = {
        dialog.fuel: "100",
        dialog.odometer: str(MAX_ODOMETER_KM),
        dialog.photos.description: "Rampe dépliée, sans rebord",
    }
    for edit, text in typed.items():
        if (
            edit.isVisibleTo(dialog)
            and edit.fontMetrics().horizontalAdvance(text) >= edit.contentsRect().width()
        ):
            narrow.append(f"{edit.objectName() or 'description'} {edit.width()} px")
    combo = dialog.photos.criterion
    assert isinstance(combo, QComboBox)
    widest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )
    if widest >= combo.width() - combo.height():  # the arrow takes about a square
        narrow.append(f"where it was taken {combo.width()} px")
    return narrow


@pytest.mark.parametrize("read_only", [False, True], ids=["to-fill-in", "to-read"])
def test_the_handover_fields_stay_usable_at_200_percent_in_french(
    appearance: QApplication, qtbot: QtBot, tmp_path: Path, read_only: bool
) -> None:
    window = _laptop_window(appearance, qtbot)
    screen = window.screen()
    booking, report = _handover_report()
    dialog = HandoverDialog(
        booking,  # type: ignore[arg-type]
        Moment.START,
        report,  # type: ignore[arg-type]
        i_am_renter=False,
        read_only=read_only,
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.photos.choose_file = lambda: tmp_path / "ramp.jpg"
    if not read_only:
        dialog.photos.add_photo()  # the new photo's fields are enabled
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert screen.availableGeometry().contains(dialog.frameGeometry())
    assert dialog.fuel.text() == "80" and isinstance(dialog.photos.description, QLineEdit)
    assert not _too_narrow(dialog), _too_narrow(dialog)

    # Made as narrow as it goes, the dialog keeps the fields readable.
    dialog.resize(1, dialog.height())
    QApplication.processEvents()
    assert not _too_narrow(dialog), _too_narrow(dialog)


def test_the_booking_review_is_as_tall_as_its_summary(
    appearance: QApplication, qtbot: QtBot
) -> None:
    window = _laptop_window(appearance, qtbot)
    dialog = _review(window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    area = dialog.findChild(QScrollArea)
    assert area is not None
    summary = area.widget()
    # All of it in view, without scrolling...
    assert not area.verticalScrollBar().isVisible()
    assert summary.height() <= area.viewport().height()
    # ...and no screenful of blank around it (it once filled the screen's height
    # with the text in the middle).
    blank = area.viewport().height() - summary.heightForWidth(area.viewport().width())
    assert blank <= 2 * summary.fontMetrics().lineSpacing(), blank
