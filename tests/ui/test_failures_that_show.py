"""A change that cannot be sent says so where people look, in words, with the
action that fixes it: in the status bar and on its row in My bookings. The real
app, a real feed on loopback, the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wheelshare import demo
from wheelshare.domain import BookingStatus, Money, Period, clock
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.feed.testing import LiveFeed
from wheelshare.sync import outbox
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.sync.credentials import TokenStore, service_name
from wheelshare.sync.testing_keyring import MemoryKeyring
from wheelshare.ui import formatting, i18n
from wheelshare.ui.account.page import AccountPage
from wheelshare.ui.bookings.entries import BookingEntry, EntryState
from wheelshare.ui.bookings.page import BookingsPage
from wheelshare.ui.context import AppContext
from wheelshare.ui.main_window import MainWindow
from wheelshare.ui.owner.page import MyVehiclesPage
from wheelshare.ui.problems import describe
from wheelshare.ui.session import Notice

from .helpers import (
    DialogSeen,
    add_vehicle,
    keys_in_next_dialog,
    restart_server,
    sign_in_renter,
    stop_server,
    wait_synced,
)

AppFactory = Callable[..., tuple[AppContext, MainWindow]]

OFFLINE_WORDS = "The feed cannot be reached"
SIGN_IN_WORDS = "You need to sign in again"


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def tomorrow() -> Period:
    start = (clock.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    return Period(start, start + timedelta(days=1))


def queue_request(qtbot: QtBot, ctx: AppContext, vehicle_id: str) -> None:
    """A request for tomorrow, queued as the booking button queues it."""
    done: list[object] = []
    ctx.session.run_action(
        lambda cache: outbox.request_booking(cache, vehicle_id, tomorrow()), on_done=done.append
    )
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def bookings_page(window: MainWindow) -> BookingsPage:
    page = window.page("bookings")
    assert isinstance(page, BookingsPage)
    return page


def row_of(window: MainWindow, title: str) -> BookingEntry | None:
    rows = [e for e in bookings_page(window).model.rows() if e.vehicle_title == title]
    return rows[0] if rows else None


def wait_row(qtbot: QtBot, window: MainWindow, title: str, *states: EntryState) -> BookingEntry:
    qtbot.waitUntil(
        lambda: (row := row_of(window, title)) is not None and row.state in states, timeout=20_000
    )
    row = row_of(window, title)
    assert row is not None
    return row


def select_row_by_keyboard(qtbot: QtBot, window: MainWindow, title: str) -> int:
    """Down arrow through My bookings until the row of ``title`` is selected."""
    window.show_page("bookings")
    page = bookings_page(window)
    page.table.setFocus()
    for _ in range(page.model.rowCount()):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        chosen = page.selected()
        if len(chosen) == 1 and chosen[0].vehicle_title == title:
            return page.table.selectionModel().selectedRows()[0].row()
    raise AssertionError(f"no row of {title} in My bookings")


def press(qtbot: QtBot, button: QWidget) -> None:
    """Tab lands on it; Space presses it."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


@pytest.mark.dates
def test_offline_with_a_waiting_request_the_status_bar_and_the_row_say_so_and_try_again_sends_it(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Hors-Réseau", lat=46.9, lon=-5.2, instant=True)
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    status = window.status_area
    assert "Up to date" in status.state_label.text()
    assert not status.problem_label.isVisible()

    port = stop_server(live_feed)
    queue_request(qtbot, ctx, vehicle["id"])
    qtbot.waitUntil(lambda: not ctx.session.syncing and ctx.session.state.offline, timeout=30_000)

    # The status bar: how many wait, why, and what to do.
    assert "1 action waiting to be sent" in status.state_label.text()
    assert status.problem_label.isVisible()
    assert OFFLINE_WORDS in status.problem_label.text()
    assert status.remedy_button.isVisible()
    assert status.remedy_button.text() == "Try again"

    # The row: the same reason, in words, and its quoted price (not "to be quoted").
    row = wait_row(qtbot, window, vehicle["title"], EntryState.WAITING)
    assert row.status_text.startswith("Waiting to be sent: ")
    assert OFFLINE_WORDS in row.status_text
    page = bookings_page(window)
    row_number = select_row_by_keyboard(qtbot, window, vehicle["title"])
    price = page.model.index(row_number, page.model.COL_PRICE).data()
    assert price == formatting.money(Money(5000, "EUR"))  # one day at the day price
    assert page.remedy_button.isVisible()
    assert page.remedy_button.text() == "Try again"
    assert OFFLINE_WORDS in page.detail.text()

    # The feed is back: Try again on the row sends it; everything says so.
    restart_server(live_feed, port)
    press(qtbot, page.remedy_button)
    wait_row(qtbot, window, vehicle["title"], EntryState.CONFIRMED)
    qtbot.waitUntil(lambda: ctx.session.state.up_to_date, timeout=20_000)
    assert "Up to date" in status.state_label.text()
    assert "waiting" not in status.state_label.text()
    assert not status.problem_label.isVisible()
    assert not status.remedy_button.isVisible()
    assert not window.message_bar.isVisible()


def forget_token(feed_url: str) -> None:
    """As on the next run of an app that had no keyring: the person is remembered
    (accounts.json) but their sign-in was not kept."""
    TokenStore._memory.clear()
    MemoryKeyring._store.pop((service_name(feed_url), demo.DEMO_RENTER_EMAIL), None)


@pytest.mark.dates
def test_a_request_waiting_for_a_sign_in_offers_sign_in_which_sends_it(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    vehicle = add_vehicle(live_feed, city="Sans-Jeton", lat=47.1, lon=-5.3, instant=False)
    sign_in_renter(live_feed, data_dir)
    forget_token(live_feed.url)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    # Not "Signed in as …" while the feed would refuse every change.
    assert ctx.session.state.signed_in_as == ""
    assert ctx.session.state.sign_in_needed
    # Said by the status bar (with its button), not a second time above the screens.
    assert SIGN_IN_WORDS in window.status_area.problem_label.text()
    assert not window.message_bar.isVisible()

    queue_request(qtbot, ctx, vehicle["id"])
    qtbot.waitUntil(
        lambda: not ctx.session.syncing and ctx.session.state.pending == 1, timeout=30_000
    )
    status = window.status_area
    qtbot.waitUntil(lambda: SIGN_IN_WORDS in status.problem_label.text(), timeout=10_000)
    assert "1 action waiting to be sent" in status.state_label.text()
    assert status.remedy_button.text() == "Sign in…"

    row = wait_row(qtbot, window, vehicle["title"], EntryState.WAITING)
    assert SIGN_IN_WORDS in row.status_text
    page = bookings_page(window)
    select_row_by_keyboard(qtbot, window, vehicle["title"])
    assert page.remedy_button.text() == "Sign in…"

    # Sign in… opens the sign-in form, with the keyboard in it.
    press(qtbot, page.remedy_button)
    account = window.page("account")
    assert isinstance(account, AccountPage)
    assert window.current_key() == "account"
    qtbot.waitUntil(lambda: account.email.hasFocus(), timeout=5_000)
    assert account.email.text() == demo.DEMO_RENTER_EMAIL
    assert "Sign in again as" in account.user_label.text()
    assert account.sign_in_box.isVisible()
    qtbot.keyClick(account.email, Qt.Key.Key_Tab)
    assert account.password.hasFocus()
    qtbot.keyClicks(account.password, demo.DEMO_PASSWORD)
    qtbot.keyClick(account.password, Qt.Key.Key_Return)

    wait_row(qtbot, window, vehicle["title"], EntryState.REQUESTED)
    qtbot.waitUntil(lambda: ctx.session.state.up_to_date, timeout=20_000)
    assert ctx.session.state.signed_in_as
    assert not status.problem_label.isVisible()
    assert "Signed in as" in account.user_label.text()


def test_sync_now_and_f5_always_answer(
    make_app: AppFactory, qtbot: QtBot, live_feed: LiveFeed, data_dir: Path
) -> None:
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    status = window.status_area
    seen: list[str] = []
    ctx.session.state_changed.connect(lambda _s: seen.append(status.state_label.text()))

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not ctx.session.syncing and len(seen) >= 2, timeout=20_000)
    assert seen[0].startswith("Syncing…")
    assert seen[-1].startswith("Up to date")

    # With the feed gone, Sync now answers with the problem and what to do.
    port = stop_server(live_feed)
    seen.clear()
    press(qtbot, status.sync_button)
    qtbot.waitUntil(lambda: not ctx.session.syncing and len(seen) >= 2, timeout=30_000)
    assert seen[0].startswith("Syncing…")
    assert not seen[-1].startswith("Up to date")
    assert OFFLINE_WORDS in status.problem_label.text()
    assert status.remedy_button.text() == "Try again"
    restart_server(live_feed, port)


def test_a_notice_about_reaching_the_feed_follows_the_language_and_goes_once_synced(
    make_app: AppFactory,
    qtbot: QtBot,
    live_feed: LiveFeed,
    data_dir: Path,
    qapp: QApplication,
    back_to_english: None,
) -> None:
    sign_in_renter(live_feed, data_dir)
    ctx, window = make_app(
        "--data-dir", str(data_dir), "--feed", live_feed.url, "--lang", "en", start=True
    )
    wait_synced(qtbot, ctx)
    # What the session says when a sync fails to reach the feed.
    problem = Problem(ProblemCode.OFFLINE, {"feed_url": live_feed.url})
    english = describe(problem)
    ctx.session.message.emit(Notice(problem, about_sync=True))
    bar = window.message_bar
    assert bar.isVisible()
    assert bar.text.text() == f"⚠ {english}"

    i18n.install(qapp, "fr")
    QApplication.processEvents()
    french = describe(problem)
    assert french != english
    assert bar.text.text() == f"⚠ {french}"

    # A sync goes through: the notice is no longer true, and goes; the status
    # bar says so in French.
    ctx.session.sync_now()
    qtbot.waitUntil(lambda: ctx.session.state.up_to_date, timeout=30_000)
    assert not bar.isVisible()
    up_to_date = QCoreApplication.translate("StatusArea", "Up to date (synced {when})")
    assert up_to_date.startswith("À jour")
    assert window.status_area.state_label.text().startswith("À jour")


@pytest.mark.dates
def test_an_owners_answer_that_cannot_be_sent_says_why_beside_it_and_goes_once_sent(
    make_app: AppFactory,
    qtbot: QtBot,
    live_feed: LiveFeed,
    data_dir: Path,
    qapp: QApplication,
    back_to_english: None,
) -> None:
    owner = live_feed.owner()
    van = live_feed.create_vehicle(owner, title="Answer-waits van", instant_book=False)
    rita = live_feed.register("Rita Renter")
    start = clock.now().replace(microsecond=0) + timedelta(days=20)
    request = live_feed.book(rita, van["id"], start, start + timedelta(days=1)).json()["booking"]
    with FeedClient(live_feed.url) as client:
        Accounts(client, data_dir).sign_in(owner.email, owner.password)
    ctx, window = make_app("--data-dir", str(data_dir), "--feed", live_feed.url, start=True)
    wait_synced(qtbot, ctx)
    window.show_page("vehicles")
    page = window.page("vehicles")
    assert isinstance(page, MyVehiclesPage)
    inbox = page.inbox
    page.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=10_000)
    inbox.view.setFocus()
    for _ in range(inbox.model.rowCount()):
        chosen = inbox.selected()
        if chosen is not None and chosen.id == request["id"]:
            break
        qtbot.keyClick(inbox.view, Qt.Key.Key_Down)
    chosen = inbox.selected()
    assert chosen is not None and chosen.id == request["id"]

    port = stop_server(live_feed)
    asked: list[DialogSeen] = []
    keys_in_next_dialog(qtbot, [(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)], asked)
    press(qtbot, inbox.accept_button)  # asks first; Alt+E: Yes, accept
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    window.activateWindow()  # a window manager hands the keyboard back; headless does not
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: not ctx.session.syncing and ctx.session.state.offline, timeout=30_000)
    qtbot.waitUntil(lambda: OFFLINE_WORDS in inbox.detail.text(), timeout=10_000)
    assert "Your answer to Rita Renter is waiting to be sent." in inbox.detail.text()
    assert inbox.remedy_button.isVisible()
    assert inbox.remedy_button.text() == "Try again"
    assert "the answer waits to be sent" in page.notice.text()

    # In French, the note and the reason beside the answer are worded again.
    i18n.install(qapp, "fr")
    QApplication.processEvents()
    waits = QCoreApplication.translate(
        "MyVehiclesPage", "You accepted {who}'s request; the answer waits to be sent."
    ).format(who="Rita Renter")
    assert waits.startswith("Vous avez accepté")
    assert page.notice.text() == waits
    offline = describe(Problem(ProblemCode.OFFLINE, {"feed_url": live_feed.url}))
    assert offline in inbox.detail.text()
    assert OFFLINE_WORDS not in inbox.detail.text()
    assert inbox.remedy_button.text() == QCoreApplication.translate("Remedies", "Try again")

    restart_server(live_feed, port)
    press(qtbot, inbox.remedy_button)
    qtbot.waitUntil(lambda: ctx.session.state.up_to_date, timeout=30_000)
    qtbot.waitUntil(lambda: not page.notice.isVisible(), timeout=10_000)
    statuses = {b.id: b.status for b in page.view_data.rentals}
    assert statuses.get(request["id"]) is BookingStatus.CONFIRMED
