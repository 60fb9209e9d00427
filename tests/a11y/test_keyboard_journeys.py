"""Journeys done with the keyboard alone: no mouse click, no widget poked directly.

Each step is a key press a person would make (Ctrl+number for a screen,
Alt+letter, Tab, arrows, Space, Enter, typing), on the real main window, a real
feed on a loopback port and the real Qt event loop.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.domain import Adaptation, Location, clock
from wheelshare.feed.testing import LiveFeed
from wheelshare.geo.gazetteer import FILE_NAME as PLACES_FILE
from wheelshare.geo.gazetteer import Gazetteer
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.ui.help import mnemonic

from . import audit
from .screens import VENUE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier

# Key presses a journey may take at most (docs/accessibility.md lists the
# figures measured): a person who needs many presses for a common task tires,
# and a switch or sip-and-puff user pays for each one.
BUDGETS = {"request a vehicle": 30, "accept a request": 12, "rate a venue": 20}


class Keystrokes:
    """The key presses of one journey, as a person would count them: a chord
    (Alt+S, Ctrl+1) is one press, a typed word one press a letter."""

    def __init__(self) -> None:
        self.count = 0

    def check(self, journey: str) -> None:
        budget = BUDGETS[journey]
        print(f"keystrokes: {journey}: {self.count} (budget {budget})")
        assert self.count <= budget, f"{journey}: {self.count} key presses, budget {budget}"


keys = Keystrokes()


@pytest.fixture(autouse=True)
def _count_from_zero() -> None:
    keys.count = 0


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """One key press, delivered where the keyboard focus is, as a person's would be."""
    # An open completion list takes the keys, as it does for a person; once it
    # closes it hands the focus back a moment later.
    popup = QApplication.activePopupWidget()
    if popup is None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    target = popup or QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    keys.count += 1
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    keys.count += len(text)
    qtbot.keyClicks(target, text)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot: QtBot, wanted: QWidget, limit: int = 120) -> None:
    """Presses Tab until ``wanted`` has the focus; fails if Tab never gets there."""
    for _ in range(limit):
        widget = focused()
        if widget is wanted or (widget is not None and wanted.isAncestorOf(widget)):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(wanted).__name__} {wanted.objectName()!r}")


def press_in_next_dialog(qtbot: QtBot, key: Qt.Key, timeout: float = 15) -> list[str]:
    """Presses Alt+``key`` in the next modal dialog once it has the keyboard;
    the list returned gets the dialog's title."""
    answered: list[str] = []
    deadline = time.monotonic() + timeout

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.isVisible():
            if time.monotonic() > deadline:
                box.close()  # never hang the run; the assertions then fail
                return
            if not answered:
                answered.append(box.windowTitle())
                keys.count += (
                    1  # the press that answers (repeated until the window has the keyboard)
                )
            # Until the window has the keyboard, a key press may not reach it.
            qtbot.keyClick(QApplication.focusWidget() or box, key, ALT)
        if not answered or (box is not None and box.isVisible()):
            QTimer.singleShot(100, confirm)

    QTimer.singleShot(0, confirm)
    return answered


def keys_in_next_dialog(
    qtbot: QtBot, letters: list[Qt.Key], enter: bool = False, timeout: float = 15
) -> list[str]:
    """In the next modal dialog, once it has the keyboard, presses Alt+each letter
    (then Enter when ``enter``). The list returned gets the dialog's texts, then
    after each press but the last whether the dialog is "still open"."""
    from PySide6.QtWidgets import QLabel

    said: list[str] = []
    deadline = time.monotonic() + timeout

    def act() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible() or not box.isActiveWindow():
            if box is not None:
                box.activateWindow()
            if time.monotonic() < deadline:
                QTimer.singleShot(50, act)
            return
        said.append("\n".join(label.text() for label in box.findChildren(QLabel)))
        chords = [(k, ALT) for k in letters] + ([(Qt.Key.Key_Return, NONE)] if enter else [])
        for n, (key, modifier) in enumerate(chords):
            keys.count += 1
            qtbot.keyClick(QApplication.focusWidget() or box, key, modifier)
            if n < len(chords) - 1:
                qtbot.wait(300)  # a button's Alt+letter clicks it after a short animation
                said.append("still open" if box.isVisible() else "closed")
        if not chords:
            box.close()

    QTimer.singleShot(0, act)
    return said


@pytest.fixture(scope="session")
def places_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The place index the app builds on first start, built once for these tests."""
    folder = tmp_path_factory.mktemp("places")
    Gazetteer.open(folder).close()
    return folder / PLACES_FILE


@pytest.fixture
def feed(tmp_path: Path) -> LiveFeed:
    folder = tmp_path / "feed"
    folder.mkdir()
    with LiveFeed(folder) as f:
        yield f  # type: ignore[misc]


@pytest.mark.dates
@pytest.mark.slow
def test_find_request_and_cancel_a_vehicle_by_keyboard(
    main_window: Callable[..., QWidget],
    feed: LiveFeed,
    data_dir: Path,
    qtbot: QtBot,
    places_index: Path,
) -> None:
    shutil.copyfile(places_index, data_dir / PLACES_FILE)
    with FeedClient(feed.url) as client:
        Accounts(client, data_dir).sign_in(demo.DEMO_RENTER_EMAIL, demo.DEMO_PASSWORD)
    window = main_window("--feed", feed.url)
    ctx = window.ctx  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctx.session.sync_finished, timeout=60_000):
        ctx.session.start(sync=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: focused() is not None, timeout=5_000)

    # Ctrl+1: Find a vehicle; focus lands in the place field.
    press(qtbot, Qt.Key.Key_1, CTRL)
    page = window.page("find")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: focused() is page.form.place_edit, timeout=5_000)
    type_text(qtbot, "Lyon")
    offered = page.form.place_edit.place_completer.model()

    def lyon_offered() -> bool:
        return any("Lyon" in offered.index(r, 0).data() for r in range(offered.rowCount()))

    qtbot.waitUntil(lyon_offered, timeout=10_000)
    # Take the place from the completion list with the arrow keys; Search is
    # the next Tab.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert page.form.place_edit.text().startswith("Lyon")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.form.search_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0, timeout=15_000)

    # Nothing in the results is said by colour alone.
    shades = audit.audit_colour_alone(page)
    print(f"colour alone: {shades.checked} coloured cells checked, {len(shades.problems)} failures")
    assert not shades.problems, "\n".join(shades.problems)

    # Alt+T: the order of the results, right above them; Tab: the kind of
    # view (list, map); Tab: the results; an arrow: a vehicle, whose details load.
    press(qtbot, Qt.Key.Key_T, ALT)
    assert focused() is page.form.sort_combo
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.with_map.mode
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.table
    press(qtbot, Qt.Key.Key_Down)
    assert page.table.selectionModel().selectedRows(), "the first arrow press chose no row"
    qtbot.waitUntil(lambda: page.detail.details is not None, timeout=10_000)
    title = page.detail.details.vehicle.title
    # The demo's nearest vehicle to Lyon: the same on every run.
    expected = "confirmed" if page.detail.details.vehicle.instant_book else "requested"
    button = page.detail.book_button
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    # The button's Alt+letter, used by nothing else on the screen, presses it;
    # the review step opens, and its Alt+F confirms.
    letter = mnemonic(button.text())
    assert letter is not None, f"{button.text()!r} has no Alt+letter"
    reviewed = press_in_next_dialog(qtbot, Qt.Key.Key_F)
    press(qtbot, Qt.Key(ord(letter)), ALT)
    qtbot.waitUntil(lambda: bool(reviewed), timeout=20_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=20_000)
    keys.check("request a vehicle")
    # The window has the keyboard back (a window manager hands it back; headless does not).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)

    # Ctrl+3: My bookings shows it, in words.
    press(qtbot, Qt.Key.Key_3, CTRL)
    bookings = window.page("bookings")  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: any(e.vehicle_title == title for e in bookings.model.rows()), timeout=20_000
    )

    def state() -> str:
        entry = next(e for e in bookings.model.rows() if e.vehicle_title == title)
        return str(entry.state.value)

    # Queuing the request starts a sync; once it ends the request has reached
    # the feed. (Before it ends it reads "waiting", which is why looking at
    # once saw either.) F5 syncs again and changes nothing.
    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=30_000)
    qtbot.waitUntil(lambda: state() == expected, timeout=20_000)
    with qtbot.waitSignal(ctx.session.sync_finished, timeout=30_000):
        press(qtbot, Qt.Key.Key_F5)
    assert state() == expected
    tab_to(qtbot, bookings.table)
    press(qtbot, Qt.Key.Key_Home)
    assert bookings.table.selectionModel().selectedRows(), "Home chose no booking"
    row = next(i for i, e in enumerate(bookings.model.rows()) if e.vehicle_title == title)
    for _ in range(row):
        press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(bookings.cancel_button.isEnabled, timeout=10_000)

    # Alt+C: Cancel…; a request is withdrawn (Alt+W), a booking cancelled (Alt+B).
    answered = press_in_next_dialog(
        qtbot, Qt.Key.Key_W if expected == "requested" else Qt.Key.Key_B
    )
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: bool(answered), timeout=20_000)
    qtbot.waitUntil(lambda: "cancel" in state(), timeout=20_000)
    shades = audit.audit_colour_alone(bookings)
    print(f"colour alone: {shades.checked} coloured cells checked, {len(shades.problems)} failures")
    assert not shades.problems, "\n".join(shades.problems)


@pytest.mark.dates
def test_find_dates_are_typed_and_picked_by_keyboard(
    main_window: Callable[..., QWidget], qtbot: QtBot
) -> None:
    """The From and Until of Find a vehicle, as a tester met them: typed digits went
    into one section of the date, Tab stepped through the sections, Alt+Down opened
    nothing, a wrong date became 14 September 1752 without a word."""
    window = main_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None, timeout=5_000)
    press(qtbot, Qt.Key.Key_1, CTRL)
    form = window.page("find").form  # type: ignore[attr-defined]
    start, end = form.dates.start_field, form.dates.end_field
    length = form.dates.end() - form.dates.start()
    day = clock.today() + timedelta(days=20)
    typed = f"{day.month}/{day.day}/{day.year}"  # US English: month first

    # Alt+O: From, its whole date selected; typing replaces it; Tab leaves it.
    press(qtbot, Qt.Key.Key_O, ALT)
    assert focused() is start.date_edit
    assert start.date_edit.selectedText() == start.date_edit.text()
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is start.time_combo
    assert start.date_edit.text() == typed
    # Until followed: the rental keeps its length.
    assert end.date_edit.text() == typed
    assert form.dates.end() - form.dates.start() == length

    # Alt+U: an impossible date is refused in words; nothing changes.
    before = form.dates.end()
    press(qtbot, Qt.Key.Key_U, ALT)
    assert focused() is end.date_edit
    type_text(qtbot, f"2/31/{day.year + 1}")
    press(qtbot, Qt.Key.Key_Tab)
    assert end.error == f"There is no 31 February {day.year + 1}."
    assert end.error in end.date_edit.accessibleDescription()
    assert form.dates.end() == before

    # Alt+Down: the calendar; a week later, Enter chooses it.
    press(qtbot, Qt.Key.Key_U, ALT)
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert end.popup is not None and end.popup.isVisible()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is end.date_edit
    assert end.error == ""
    assert form.dates.end() == before + timedelta(days=7)


def test_rate_a_venue_by_keyboard(main_window: Callable[..., QWidget], qtbot: QtBot) -> None:
    from wheelshare.ui.venues.rate_dialog import RateVenueDialog

    window = main_window()
    dialog = RateVenueDialog(VENUE, None, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()), timeout=5_000)
    # Tab to each yes/no question in turn and answer it with the arrow keys.
    combos = [c for c in dialog.findChildren(QComboBox) if c.isVisible()]
    assert combos, "the dialog has no questions"
    for combo in combos[:3]:
        tab_to(qtbot, combo)
        press(qtbot, Qt.Key.Key_Down)
        assert combo.currentIndex() != 0
    tab_to(qtbot, dialog.comment_edit)
    type_text(qtbot, "Ramp at the side door; ask at the desk.")
    # Alt+S: Send review.
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.criteria, "nothing was rated"
    assert "side door" in dialog.comment
    keys.count -= len("Ramp at the side door; ask at the desk.")  # the words are the person's
    keys.check("rate a venue")


@pytest.mark.dates
@pytest.mark.slow
def test_accept_a_request_by_keyboard(
    main_window: Callable[..., QWidget],
    feed: LiveFeed,
    data_dir: Path,
    qtbot: QtBot,
    places_index: Path,
) -> None:
    shutil.copyfile(places_index, data_dir / PLACES_FILE)
    with FeedClient(feed.url) as client:
        Accounts(client, data_dir).sign_in(demo.DEMO_OWNER_EMAIL, demo.DEMO_PASSWORD)
    window = main_window("--feed", feed.url)
    ctx = window.ctx  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctx.session.sync_finished, timeout=60_000):
        ctx.session.start(sync=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: focused() is not None, timeout=5_000)

    # Ctrl+4: My vehicles; Alt+Q: the Requests tab.
    press(qtbot, Qt.Key.Key_4, CTRL)
    page = window.page("vehicles")  # type: ignore[attr-defined]
    inbox = page.inbox
    qtbot.waitUntil(lambda: inbox.view.model().rowCount() > 0, timeout=20_000)
    assert mnemonic(page.tabs.tabText(1)) == "Q", page.tabs.tabText(1)
    press(qtbot, Qt.Key.Key_Q, ALT)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is inbox, timeout=5_000)
    # The summary's Alt+letter takes the keyboard into the list of requests.
    letter = mnemonic(inbox.summary.text())
    assert letter is not None, f"{inbox.summary.text()!r} has no Alt+letter"
    press(qtbot, Qt.Key(ord(letter)), ALT)
    qtbot.waitUntil(lambda: focused() is inbox.view, timeout=5_000)
    press(qtbot, Qt.Key.Key_Home)
    request = inbox.selected()
    assert request is not None, "no request chosen with the keyboard"
    assert request.renter_name and request.renter_name in inbox.detail.text()
    # Alt+A: Accept request asks first, with the request in full; a second Alt+A
    # does not answer it, Alt+E (Yes, accept) does; the answer waits for the next sync.
    asked = keys_in_next_dialog(qtbot, [Qt.Key.Key_A, Qt.Key.Key_E])
    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert request.renter_name in asked[0]
    assert asked[1] == "still open", "a second Alt+A answered the question"
    qtbot.waitUntil(lambda: request.id in page.view_data.pending_bookings, timeout=10_000)
    keys.count -= 1  # the second Alt+A, pressed to show it answers nothing
    keys.check("accept a request")
    # Alt+A once more asks about the next request; Enter goes back, answering nothing.
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    if inbox.accept_button.isEnabled():
        again = keys_in_next_dialog(qtbot, [], enter=True)
        press(qtbot, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: bool(again), timeout=20_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    assert list(page.view_data.pending_bookings) == [request.id]


def _lyon(text: str, limit: int = 15) -> list[Location]:
    lyon = Location(45.764, 4.8357, "Lyon")
    return [lyon] if text.strip().casefold() in "lyon" else []


def test_list_a_vehicle_by_keyboard(main_window: Callable[..., QWidget], qtbot: QtBot) -> None:
    from wheelshare.ui.owner.vehicle_form import VehicleDialog

    window = main_window()
    dialog = VehicleDialog(_lyon, "v-new", "owner-a11y", parent=window)  # type: ignore[arg-type]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()), timeout=5_000)

    def alt(letter_of: QWidget) -> None:
        """Alt+the letter of the label that names ``letter_of``: the field gets the focus."""
        from PySide6.QtWidgets import QLabel

        label = next(
            lab for lab in dialog.findChildren(QLabel) if lab.buddy() is letter_of and lab.text()
        )
        letter = mnemonic(label.text())
        assert letter is not None, f"{label.text()!r} has no Alt+letter"
        for _ in range(4):  # a letter used twice moves between its fields
            press(qtbot, Qt.Key(ord(letter)), ALT)
            if focused() is letter_of or letter_of.isAncestorOf(focused()):
                return
        raise AssertionError(f"Alt+{letter} never reached the field of {label.text()!r}")

    form = dialog.form
    alt(form.title)
    type_text(qtbot, "Kangoo with rear ramp")
    alt(form.place)
    type_text(qtbot, "Lyon")
    if QApplication.activePopupWidget() is not None:
        # Take the place from the completion list.
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
    ramp = form.adaptation_boxes[Adaptation.REAR_RAMP]
    tab_to(qtbot, ramp)
    press(qtbot, Qt.Key.Key_Space)
    assert ramp.isChecked()
    for name, text in (("half_day", "35"), ("day", "65"), ("week", "350")):
        alt(form.price_edits[name])
        type_text(qtbot, text)
    # Alt+S: Save listing.
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    vehicle = dialog.accepted_vehicle
    assert vehicle is not None, form.banner.text()
    assert (vehicle.title, vehicle.location.city) == ("Kangoo with rear ramp", "Lyon")
    assert vehicle.prices.day.amount == 6500
    assert vehicle.adaptations == frozenset({Adaptation.REAR_RAMP})


@pytest.mark.slow
def test_venue_grades_are_in_words_not_colour_alone(
    main_window: Callable[..., QWidget],
    feed: LiveFeed,
    data_dir: Path,
    qtbot: QtBot,
    places_index: Path,
) -> None:
    shutil.copyfile(places_index, data_dir / PLACES_FILE)
    window = main_window("--feed", feed.url)
    ctx = window.ctx  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctx.session.sync_finished, timeout=60_000):
        ctx.session.start(sync=True)
    press(qtbot, Qt.Key.Key_2, CTRL)
    page = window.page("venues")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    shades = audit.audit_colour_alone(page)
    print(f"colour alone: {shades.checked} cells with a colour or icon checked")
    assert shades.checked > 0, "the venue results show no grade icon to check"
    assert not shades.problems, "\n".join(shades.problems)
