"""*Your account* on a live feed, through the keyboard: change the password,
export my data, delete my account."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from wheelshare.domain import clock
from wheelshare.sync.account import Accounts
from wheelshare.sync.client import FeedClient
from wheelshare.ui.account.page import AccountPage
from wheelshare.ui.context import AppContext

NEW_PASSWORD = "copper lantern drifts over seven quiet hills"


def open_page(qtbot: QtBot, ctx: AppContext) -> AccountPage:
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.rights_box.isVisible(), timeout=10_000)
    return page


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    qtbot.keyClick(widget, key)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def signs_in(url: str, email: str, password: str) -> bool:
    r = requests.post(f"{url}/v1/auth/token", json={"email": email, "password": password})
    return r.status_code == 200


def bookings_in_cache(ctx: AppContext) -> int:
    cache = ctx.session.cache
    assert cache is not None
    with cache.session() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM bookings").scalar_one())


def vehicles_in_cache(ctx: AppContext) -> int:
    cache = ctx.session.cache
    assert cache is not None
    with cache.session() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM vehicles").scalar_one())


def test_change_password_explains_refusals_then_the_new_one_signs_in(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    person = feed.register("Paula Password")
    ctx = live_app.open(tmp_path / "app", person.email, person.password)
    page = open_page(qtbot, ctx)
    notes: dict[str, Any] = {}

    def change(dialog: Any) -> None:
        notes["description"] = dialog.accessibleDescription()
        assert QApplication.focusWidget() in (dialog.current, None)
        qtbot.keyClicks(dialog.current, person.password)
        qtbot.keyClicks(dialog.new, "password123456")
        qtbot.keyClicks(dialog.repeat, "password123456")
        press(qtbot, dialog.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.new_block.error), timeout=15_000)
        notes["weak"] = dialog.new_block.error
        notes["open_after_weak"] = dialog.isVisible()
        type_into(qtbot, dialog.new, NEW_PASSWORD)
        type_into(qtbot, dialog.repeat, NEW_PASSWORD + "!")
        press(qtbot, dialog.repeat, Qt.Key.Key_Return)
        notes["mismatch"] = dialog.repeat_block.error
        type_into(qtbot, dialog.repeat, NEW_PASSWORD)
        press(qtbot, dialog.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    in_dialog(page.rights_box, change, notes)
    press(qtbot, page.rights_box.password_button)
    assert "error" not in notes, notes.get("error")
    assert "Other computers" in notes["description"]
    assert notes["open_after_weak"]
    assert "too easy to guess" in notes["weak"]
    assert "not the same" in notes["mismatch"]
    assert page.rights_box.notice.text().startswith("Password changed.")

    assert signs_in(feed.url, person.email, NEW_PASSWORD)
    assert not signs_in(feed.url, person.email, person.password)
    # This computer's sign-in still works: only the other ones ended.
    with FeedClient(feed.url) as client:
        assert Accounts(client, ctx.session.cache_dir).restore() is not None
        assert client.request("GET", "/v1/me", auth=True).data["user"]["id"] == person.id


def test_export_writes_the_persons_bookings_to_the_chosen_file(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    renter = live_app.feed.renter()
    ctx = live_app.open(tmp_path / "app", renter.email, renter.password)
    page = open_page(qtbot, ctx)
    target = tmp_path / "my data.json"
    page.rights_box.export_folder = tmp_path
    notes: dict[str, Any] = {}

    def choose(chooser: Any) -> None:
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        notes["suggested"] = name.text()
        type_into(qtbot, name, target.name)
        press(qtbot, name, Qt.Key.Key_Return)

    in_dialog(page.rights_box, choose, notes)
    press(qtbot, page.rights_box.export_button)
    assert "error" not in notes, notes.get("error")
    assert notes["suggested"] == f"wheelshare-export-{clock.today().isoformat()}.json"
    qtbot.waitUntil(lambda: page.rights_box.export_button.isEnabled(), timeout=15_000)
    assert page.rights_box.notice.text() == f"Your data was saved to {target}."
    export = json.loads(target.read_text(encoding="utf-8"))
    assert export["user"]["email"] == renter.email
    ids = {b["id"] for b in export["bookings"]}
    assert ids and all(renter.id == b["renter_id"] for b in export["bookings"])
    assert target.stat().st_mode & 0o077 == 0  # only its owner may read it


def test_delete_needs_the_password_and_enter_never_deletes(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    renter = feed.renter()
    ctx = live_app.open(tmp_path / "app", renter.email, renter.password)
    page = open_page(qtbot, ctx)
    assert bookings_in_cache(ctx) > 0
    public_vehicles = vehicles_in_cache(ctx)
    notes: dict[str, Any] = {}

    def enter_only(dialog: Any) -> None:
        notes["description"] = dialog.accessibleDescription()
        qtbot.keyClicks(dialog.password, renter.password)
        press(qtbot, dialog.password, Qt.Key.Key_Return)
        notes["closed_by_enter"] = not dialog.isVisible()

    in_dialog(page.rights_box, enter_only, notes)
    press(qtbot, page.rights_box.delete_button)
    assert "error" not in notes, notes.get("error")
    assert notes["closed_by_enter"]
    for words in ("cannot be undone", "Former member", "refunds", "unlisted"):
        assert words in notes["description"]
    assert page.user is not None
    assert signs_in(feed.url, renter.email, renter.password)

    def confirm(dialog: Any) -> None:
        press(qtbot, dialog.delete_button)  # without the password: said beside it
        notes["empty"] = dialog.password_block.error
        qtbot.keyClicks(dialog.password, "not the password")
        press(qtbot, dialog.delete_button)
        qtbot.waitUntil(lambda: bool(dialog.password_block.error), timeout=15_000)
        notes["wrong"] = dialog.password_block.error
        type_into(qtbot, dialog.password, renter.password)
        press(qtbot, dialog.delete_button)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    in_dialog(page.rights_box, confirm, notes)
    press(qtbot, page.rights_box.delete_button)
    assert "error" not in notes, notes.get("error")
    assert notes["empty"] == "Enter your password to confirm."
    assert notes["wrong"] == "The password is wrong."
    assert page.user is None
    assert page.sign_in_box.isVisible() and not page.rights_box.isVisible()
    assert page.account_notice.text().startswith("Your account was deleted")
    assert not signs_in(feed.url, renter.email, renter.password)
    qtbot.waitUntil(lambda: ctx.session.state.signed_in_as == "", timeout=15_000)
    qtbot.waitUntil(lambda: not ctx.session.syncing, timeout=30_000)
    assert bookings_in_cache(ctx) == 0
    assert vehicles_in_cache(ctx) == public_vehicles


def test_change_name_refuses_a_deceptive_name_beside_the_field_then_the_new_one_shows(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    person = feed.register("Nadia Name")
    ctx = live_app.open(tmp_path / "app", person.email, person.password)
    page = open_page(qtbot, ctx)
    notes: dict[str, Any] = {}

    def rename(dialog: Any) -> None:
        notes["prefilled"] = dialog.name.text()
        # A direction override (pasted: no key types it) would make the name
        # read as something else.
        dialog.name.selectAll()
        dialog.name.insert("Nadia \u202eevil")
        press(qtbot, dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.name_block.error), timeout=15_000)
        notes["refused"] = dialog.name_block.error
        notes["kept"] = dialog.name.text()
        type_into(qtbot, dialog.name, "Nadia B.")
        press(qtbot, dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    in_dialog(page.rights_box, rename, notes)
    press(qtbot, page.rights_box.name_button)
    assert "error" not in notes, notes.get("error")
    assert notes["prefilled"] == "Nadia Name"
    assert "direction" in notes["refused"]
    assert notes["kept"] == "Nadia \u202eevil"
    assert "Nadia B." in page.rights_box.notice.text()
    me = requests.get(f"{feed.url}/v1/me", headers=person.headers).json()["user"]
    assert me["display_name"] == "Nadia B."
    # Kept here too: the next start says who is signed in by the new name.
    with FeedClient(feed.url) as client:
        user = Accounts(client, ctx.session.cache_dir).current_user()
        assert user is not None and user.display_name == "Nadia B."


def test_a_fourth_new_phone_number_in_a_day_is_refused_beside_the_field_and_removing_works(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner = feed.register("Paul Phone")
    url = f"{feed.url}/v1/me"
    for n in range(3):
        r = requests.patch(url, json={"phone": f"+33 6 00 00 00 0{n}"}, headers=owner.headers)
        assert r.status_code == 200
    ctx = live_app.open(tmp_path / "app", owner.email, owner.password)
    page = open_page(qtbot, ctx)
    notes: dict[str, Any] = {}

    def change(dialog: Any) -> None:
        notes["prefilled"] = dialog.phone.text()
        type_into(qtbot, dialog.phone, "+33 7 98 76 54 32")
        press(qtbot, dialog.phone, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.phone_block.error), timeout=15_000)
        notes["refused"] = dialog.phone_block.error
        notes["kept"] = dialog.phone.text()
        notes["banner"] = dialog.frame.banner.isVisible()
        # Removing the number is always possible.
        type_into(qtbot, dialog.phone, "")
        press(qtbot, dialog.phone, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    in_dialog(page.rights_box, change, notes)
    press(qtbot, page.rights_box.phone_button)
    # The dialog opens once the feed said which number it has.
    qtbot.waitUntil(lambda: "error" in notes or page.rights_box.notice.isVisible(), timeout=30_000)
    assert "error" not in notes, notes.get("error")
    assert notes["prefilled"] == "+33 6 00 00 00 02"
    assert notes["refused"].startswith("You can give a new phone number three times a day.")
    assert notes["kept"] == "+33 7 98 76 54 32"
    assert not notes["banner"]
    assert "removed" in page.rights_box.notice.text()
    assert requests.get(url, headers=owner.headers).json()["user"]["phone"] is None


def test_a_fourth_name_in_a_day_is_refused_beside_the_field_in_words(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    person = feed.register("Lina Limit")
    for i in range(3):
        renamed = feed.http.patch(
            f"{feed.url}/v1/me", json={"display_name": f"Lina {i}"}, headers=person.headers
        )
        assert renamed.status_code == 200, renamed.text
    ctx = live_app.open(tmp_path / "app", person.email, person.password)
    page = open_page(qtbot, ctx)
    notes: dict[str, Any] = {}

    def rename(dialog: Any) -> None:
        type_into(qtbot, dialog.name, "Lina Fourth")
        press(qtbot, dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.name_block.error), timeout=15_000)
        notes["refused"] = dialog.name_block.error
        notes["kept"] = dialog.name.text()
        press(qtbot, dialog, Qt.Key.Key_Escape)

    in_dialog(page.rights_box, rename, notes)
    press(qtbot, page.rights_box.name_button)
    assert "error" not in notes, notes.get("error")
    # Not "the feed is busy": the limit is about names, and says when to come back.
    assert "three times a day" in notes["refused"]
    assert notes["kept"] == "Lina Fourth"
