"""Photos in the listing form: added, described, ordered, removed; never kept
without a description, and nothing typed lost when one is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wheelshare.cache import lookups
from wheelshare.domain.photo import Photo, PhotoFileRef
from wheelshare.ui.owner.vehicle_form import VehicleDialog
from wheelshare.ui.photo_source import FeedPhotoSource
from wheelshare.ui.widgets.gallery import PhotoGallery

from .test_owner_journeys import owner_page
from .test_vehicle_form import fill_valid, places


def _photo(n: int, description: str) -> Photo:
    ref = PhotoFileRef(f"{n:064x}", 320, 240)
    return Photo(f"p{n}", "vehicle", "v1", description, None, n, ref, ref)


def test_an_owner_adds_orders_and_removes_photos(qtbot: QtBot, tmp_path: Path) -> None:
    existing = [_photo(0, "The rear ramp"), _photo(1, "The seat"), _photo(2, "Old photo")]
    dialog = VehicleDialog(places, "v1", "owner1", photos=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    fill_valid(qtbot, dialog.form)
    editor = dialog.photos
    picture = tmp_path / "clamps.jpg"
    picture.write_bytes(b"\xff\xd8")
    editor.choose_file = lambda: picture

    editor.add_button.click()
    assert editor.list.count() == 4
    qtbot.waitUntil(editor.description.hasFocus)  # to describe it at once
    dialog.save_button.click()  # the new photo has no description yet
    assert dialog.accepted_vehicle is None
    assert dialog.isVisible()
    assert "description" in dialog.form.banner.text()
    assert "Describe this photo" in editor.description_block.error
    assert [editor.list.item(i).text() for i in range(3)] == [
        "The rear ramp",
        "The seat",
        "Old photo",
    ]

    qtbot.keyClicks(editor.description, "Four floor clamps for the chair")
    assert editor.list.item(3).text() == "Four floor clamps for the chair"
    assert (
        editor.list.item(3).data(Qt.ItemDataRole.AccessibleTextRole)
        == "Four floor clamps for the chair"
    )
    editor.list.setCurrentRow(2)
    editor.remove_button.click()  # "Old photo"
    editor.list.setCurrentRow(1)
    editor.up_button.click()  # the seat first
    dialog.save_button.click()
    assert dialog.result() == VehicleDialog.DialogCode.Accepted

    changes = editor.changes()
    assert changes.removed == ("p2",)
    assert sorted(changes.edited) == [("p0", None, 1), ("p1", None, 0)]
    # Added last, after the two kept: third in the gallery.
    assert [(a.path, a.description, a.place) for a in changes.added] == [
        (picture, "Four floor clamps for the chair", 2)
    ]


def test_a_described_photo_added_in_the_form_reaches_the_feed_and_the_gallery(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    owner = feed.owner()
    van = feed.create_vehicle(owner, title="Van with photos")
    ctx = live_app.open(tmp_path / "owner-app", owner.email, owner.password)
    page = owner_page(qtbot, ctx)
    model = page.vehicles_view.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == van["id"]
    )
    page.vehicles_view.selectRow(row)
    picture = tmp_path / "ramp.png"
    Image.new("RGB", (640, 480), "teal").save(picture)
    notes: dict[str, Any] = {}

    def add(dialog: VehicleDialog) -> None:
        dialog.photos.choose_file = lambda: picture
        dialog.photos.add_button.click()
        qtbot.keyClicks(dialog.photos.description, "The rear ramp, 80 cm wide")
        dialog.save_button.click()

    in_dialog(page, add, notes)
    page.edit_button.click()
    assert "error" not in notes, notes.get("error")
    # The photo is queued on a worker thread while the page says "Saving…"; a
    # sync started before that ends could run beside it and send nothing.
    qtbot.waitUntil(lambda: page.notice.text() != "Saving…", timeout=10_000)
    live_app.sync(ctx)

    photos = [
        c["data"]
        for c in feed.all_changes()[0]
        if c["kind"] == "photo" and c["data"]["target_id"] == van["id"]
    ]
    assert [p["description"] for p in photos] == ["The rear ramp, 80 cm wide"]

    gallery = PhotoGallery()
    qtbot.addWidget(gallery)
    gallery.source = FeedPhotoSource(ctx)
    with ctx.session.cache.session() as s:
        gallery.show_photos(lookups.photos_for(s, "vehicle", van["id"]))
    assert gallery.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "The rear ramp, 80 cm wide"
    qtbot.waitUntil(lambda: not gallery.item(0).icon().isNull(), timeout=10_000)
