"""Photos added while rating a venue: described, and saying what they show."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from wheelshare.domain import Location, Venue, VenueCriterion
from wheelshare.domain.photo import PhotoCriterion
from wheelshare.ui.venues.rate_dialog import RateVenueDialog

VENUE = Venue(
    id="v-photos",
    name="Musée des Beaux-Arts de Lyon",
    category="museum",
    location=Location(45.767, 4.834, city="Lyon"),
    updated_at=datetime(2026, 5, 1, tzinfo=UTC),
)


def test_a_reviewer_adds_a_described_photo_of_the_toilet(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RateVenueDialog(VENUE)
    qtbot.addWidget(dialog)
    dialog.show()
    grade = dialog.choices[VenueCriterion.WHEELCHAIR_GRADE]
    grade.setCurrentIndex(1)
    picture = tmp_path / "toilet.jpg"
    picture.write_bytes(b"\xff\xd8")
    dialog.photos.choose_file = lambda: picture
    dialog.photos.add_button.click()

    dialog.send_button.click()
    assert dialog.result() != RateVenueDialog.DialogCode.Accepted
    assert "photo needs a description" in dialog.banner.text()
    assert grade.currentIndex() == 1  # the answers are kept

    qtbot.keyClicks(dialog.photos.description, "Grab rails on both sides of the toilet")
    assert dialog.photos.criterion is not None
    dialog.photos.criterion.setCurrentIndex(list(PhotoCriterion).index(PhotoCriterion.TOILET))
    dialog.photos.criterion.activated.emit(dialog.photos.criterion.currentIndex())
    dialog.send_button.click()
    assert dialog.result() == RateVenueDialog.DialogCode.Accepted
    (added,) = dialog.photo_changes.added
    assert (added.path, added.description, added.criterion) == (
        picture,
        "Grab rails on both sides of the toilet",
        PhotoCriterion.TOILET,
    )
