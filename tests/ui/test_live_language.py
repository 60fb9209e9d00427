"""Switching the language applies at once to the window and the screens that say so."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wheelshare.ui import i18n
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow

AppFactory = Callable[..., tuple[AppContext, MainWindow]]


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def french(context: str, text: str) -> str:
    translated = QCoreApplication.translate(context, text)
    assert translated != text, f"{text!r} has no French translation to check against"
    return translated


def test_the_window_and_my_bookings_change_language_at_once(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path, qapp: QApplication, back_to_english: None
) -> None:
    _ctx, window = make_app("--data-dir", str(data_dir), "--lang", "en", "--no-sync")
    window.show_page("bookings")
    bookings = window.page("bookings")
    assert isinstance(bookings, BookingsPage)
    assert window.file_menu.title() == "&File"

    i18n.install(qapp, "fr")
    QApplication.processEvents()

    assert window.file_menu.title() == french("MainWindow", "&File")
    assert window.sync_action.text() == french("MainWindow", "S&ync now")
    assert window.nav.item(0).text() == french("Pages", "Find a vehicle")
    assert window.windowTitle().startswith(french("Pages", "My bookings"))
    assert window.status_area.sync_button.text() == french("StatusArea", "S&ync now")
    assert window.demo_notice.button.text() == french(
        "DemoNotice", "Use a &real wheelshare service…"
    )
    assert window.message_bar.close_button.text() == french("MessageBar", "Dismiss")
    assert window.message_bar.details_button.text() == french("MessageBar", "&Details")
    assert bookings.heading.text() == french("BookingsPage", "My bookings")
    assert bookings.cancel_button.text() == french("BookingsPage", "&Cancel booking…")
    keys = dict(window.shortcuts)
    assert french("MainWindow", "Close wheelshare") in keys.values()


def test_find_a_vehicle_keeps_what_was_typed_across_a_language_change(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path, qapp: QApplication, back_to_english: None
) -> None:
    from wheelshare.ui.find.page import FindPage

    _ctx, window = make_app("--data-dir", str(data_dir), "--lang", "en", "--no-sync")
    window.show_page("find")
    find = window.page("find")
    assert isinstance(find, FindPage)
    form = find.form
    # US English reads miles: 50 km is 31 mi.
    form.radius.setValue(31)
    assert form.radius.suffix() == " mi"
    form.place_edit.setText("Lyo")
    form.adaptation_boxes[next(iter(form.adaptation_boxes))].setChecked(True)
    form.dates.set_range(form.dates.start(), form.dates.start())  # an end not after the start
    assert form.fields["end"].error == "The end must be after the start."

    i18n.install(qapp, "fr")
    qtbot.waitUntil(lambda: form.search_button.text() == "Rec&hercher", timeout=5_000)
    # The same radius in kilometres; the text, the tick and the problem stay, in French.
    assert (form.radius.value(), form.radius.suffix()) == (50, " km")
    assert form.place_edit.text() == "Lyo"
    assert any(box.isChecked() for box in form.adaptation_boxes.values())
    assert form.fields["end"].error == "La fin doit être après le début."
    assert form.fields["end"].label.text() == "A&u"
    assert form.needs_toggle.text() == "E&xigences"
    assert form.needs_summary.text().startswith("Exigences : ")


def test_account_and_venues_keep_what_was_typed_across_a_language_change(
    make_app: AppFactory, qtbot: QtBot, data_dir: Path, qapp: QApplication, back_to_english: None
) -> None:
    from wheelshare.ui.account.page import AccountPage
    from wheelshare.ui.venues.page import VenuesPage

    _ctx, window = make_app("--data-dir", str(data_dir), "--lang", "en", "--no-sync")
    window.show_page("account")
    account = window.page("account")
    assert isinstance(account, AccountPage)
    account.email.setText("ana@example.org")
    width = account.profile_editor.edits["width_cm"]
    width.setText("700")
    assert "700 cm is not physically sensible" in account.profile_editor.blocks["width_cm"].error
    window.show_page("venues")
    venues = window.page("venues")
    assert isinstance(venues, VenuesPage)
    venues.form.text.setText("boulangerie")
    venues.form.toilet.setChecked(True)
    venues.form.radius.setValue(31)  # US English reads miles: 50 km
    assert venues.form.radius.suffix() == " mi"

    i18n.install(qapp, "fr")
    QApplication.processEvents()

    # The same widgets, in French, with what was typed and ticked.
    assert account.email.text() == "ana@example.org"
    assert account.email.accessibleName() == french("AccountPage", "&Email").replace("&", "")
    assert width.text() == "700"
    assert account.profile_editor.blocks["width_cm"].label.text() == french(
        "ProfileEditor", "Chair &width (cm)"
    )
    assert "700 cm" in account.profile_editor.blocks["width_cm"].error
    assert "not physically sensible" not in account.profile_editor.blocks["width_cm"].error
    assert account.save_profile_button.text() == french("AccountPage", "Sa&ve my wheelchair")
    assert venues.form.text.text() == "boulangerie"
    assert venues.form.toilet.isChecked()
    assert venues.form.toilet.text() == french("VenueSearchForm", "Accessible toilet")
    assert (venues.form.radius.value(), venues.form.radius.suffix()) == (50, " km")
    assert venues.detail.empty.text() == french(
        "VenueDetail", "Choose a venue in the results to see how accessible it is."
    )
