"""Reviewers' and renters' review journeys end to end, on the real feed and cache."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from wheelshare.cache import lookups
from wheelshare.domain import BookingStatus, VenueCriterion, WheelchairGrade, clock
from wheelshare.feed.bookings import sweep
from wheelshare.ui.context import AppContext
from wheelshare.ui.find.detail_pane import review_text
from wheelshare.ui.reviews.to_review import RentalsToReview
from wheelshare.ui.venues.models import CriteriaModel
from wheelshare.ui.venues.page import VenuesPage
from wheelshare.ui.venues.rate_dialog import RateVenueDialog


def venues_page(qtbot: QtBot, ctx: AppContext) -> VenuesPage:
    page = VenuesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    return page


def reviewers_say(page: VenuesPage, criterion: VenueCriterion) -> str:
    model = page.detail.criteria
    for row in range(model.rowCount()):
        if model.row_object(row).criterion is criterion:
            return str(model.index(row, CriteriaModel.REVIEWERS).data())
    raise AssertionError(f"{criterion} is not on the detail")


def test_filters_narrow_the_results_and_grades_read_in_words(
    qtbot: QtBot, tmp_path: Path, live_app: Any
) -> None:
    ctx = live_app.open(tmp_path / "app")
    page = venues_page(qtbot, ctx)
    everything = page.model.total
    assert page.count.text() == f"{everything} venues match."
    page.form.step_free.setChecked(True)
    page.form.at_least_partially.setChecked(True)
    qtbot.waitUntil(lambda: page.model.total < everything, timeout=10_000)
    page.model.fetchMore()
    for row in range(page.model.rowCount()):
        venue = page.model.hit(row).venue
        assert venue.accessibility.entrance.step_free is True
        assert venue.accessibility.wheelchair_grade in (
            WheelchairGrade.FULLY,
            WheelchairGrade.PARTIALLY,
        )
        grade = page.model.index(row, page.model.GRADE).data()
        assert grade in ("Fully accessible", "Partially accessible")


@pytest.mark.dates
def test_reviewer_rates_a_venue_then_edits_the_review(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    vera = live_app.feed.register("Vera Reviewer")
    ctx = live_app.open(tmp_path / "app", vera.email, vera.password)
    page = venues_page(qtbot, ctx)
    page.results.selectRow(0)
    venue = page.model.hit(0).venue
    qtbot.waitUntil(
        lambda: page.detail.venue is not None and page.detail.venue.id == venue.id, timeout=10_000
    )
    assert page.detail.rate_button.text() == "Rate this ven&ue"
    before = len(page.detail.reviews.rows())
    elevator_yes = sum(1 for r in page.detail.reviews.rows() if r.criteria.get("elevator") is True)
    elevator_no = sum(1 for r in page.detail.reviews.rows() if r.criteria.get("elevator") is False)
    notes: dict[str, Any] = {}

    def rate(dialog: RateVenueDialog) -> None:
        dialog.send_button.click()  # nothing rated yet: refused, nothing sent
        notes["refused"] = dialog.banner.text()
        elevator = dialog.choices[VenueCriterion.ELEVATOR]
        elevator.setCurrentIndex(elevator.findText("Yes"))
        qtbot.keyClicks(dialog.measures[VenueCriterion.DOOR_WIDTH_CM], "95")
        qtbot.keyClicks(dialog.comment_edit, "Lift at the back, ask at the desk")
        dialog.send_button.click()

    in_dialog(page, rate, notes)
    page.detail.rate_button.click()
    assert "error" not in notes, notes.get("error")
    assert "answer at least one question" in notes["refused"]

    def mine() -> Any:
        return next(
            (
                r
                for r in page.detail.reviews.rows()
                if r.author_id and r.author_name == "Vera Reviewer"
            ),
            None,
        )

    qtbot.waitUntil(lambda: mine() is not None, timeout=30_000)
    assert len(page.detail.reviews.rows()) == before + 1
    expected = f"{elevator_yes + 1} yes, {elevator_no} no"
    assert reviewers_say(page, VenueCriterion.ELEVATOR) == expected
    assert page.detail.rate_button.text() == "Edit yo&ur review"
    assert "Vera Reviewer (you)" in [
        page.detail.reviews.index(r, 0).data() for r in range(page.detail.reviews.rowCount())
    ]

    def edit(dialog: RateVenueDialog) -> None:
        notes["title"] = dialog.windowTitle()
        elevator = dialog.choices[VenueCriterion.ELEVATOR]
        notes["preset"] = elevator.currentText()
        elevator.setCurrentIndex(elevator.findText("No"))
        dialog.send_button.click()

    in_dialog(page, edit, notes)
    page.detail.rate_button.click()
    assert "error" not in notes, notes.get("error")
    assert notes["title"] == f"Edit your review of {venue.name}"
    assert notes["preset"] == "Yes"
    qtbot.waitUntil(
        lambda: mine() is not None and mine().criteria.get("elevator") is False, timeout=30_000
    )
    assert len(page.detail.reviews.rows()) == before + 1  # replaced, not added
    # The edit started from the earlier answers: what was not changed is kept.
    assert mine().criteria == {"elevator": False, "door_width_cm": 95}
    assert (
        reviewers_say(page, VenueCriterion.ELEVATOR) == f"{elevator_yes} yes, {elevator_no + 1} no"
    )


@pytest.mark.dates
def test_renter_reviews_a_vehicle_after_a_completed_rental(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    feed = live_app.feed
    van = feed.create_vehicle(feed.owner(), title="Reviewable van", instant_book=True)
    renter = feed.register("Rita Renter")
    start = clock.now().replace(microsecond=0) + timedelta(days=1)
    end = start + timedelta(days=2)
    assert feed.book(renter, van["id"], start, end).json()["booking"]["status"] == "confirmed"
    # The feed's periodic sweep, run as of the day after the rental: it completes it.
    with feed.db.write() as s:
        assert sweep(s, now=end + timedelta(hours=1)) >= 1
    ctx = live_app.open(tmp_path / "app", renter.email, renter.password)
    section = RentalsToReview(ctx)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=10_000)
    booking = section.selected()
    assert booking is not None and booking.status is BookingStatus.COMPLETED
    assert booking.vehicle_id == van["id"]
    before = section.model.rowCount()
    notes: dict[str, Any] = {}

    def review(dialog: Any) -> None:
        dialog.form.send_button.click()  # nothing rated: refused
        notes["refused"] = dialog.form.banner.text()
        for name, score in (("overall", 5), ("accessibility", 4), ("owner", 5)):
            combo = next(c for k, c in dialog.form.choices.items() if k.value == name)
            combo.setCurrentIndex(combo.findData(score))
        qtbot.keyClicks(dialog.form.comment_edit, "Ramp easy to use")
        dialog.form.send_button.click()

    in_dialog(section, review, notes)
    section.review_button.click()
    assert "error" not in notes, notes.get("error")
    assert "rate at least one thing" in notes["refused"]
    qtbot.waitUntil(lambda: section.model.rowCount() == before - 1, timeout=30_000)
    with ctx.session.cache.session() as s:
        reviews = lookups.reviews_for(s, "vehicle", booking.vehicle_id)
    mine = [r for r in reviews if r.author_id == renter.id]
    assert len(mine) == 1
    assert mine[0].criteria == {"overall": 5, "accessibility": 4, "owner": 5}
    assert mine[0].comment == "Ramp easy to use"
    # How the vehicle's detail (Find a vehicle) shows it to the next renter.
    shown = review_text(mine[0])
    assert shown.startswith("Rita Renter, ")
    assert shown.endswith(". Ramp easy to use")


def test_a_review_of_a_venue_removed_meanwhile_is_explained(
    qtbot: QtBot, tmp_path: Path, live_app: Any, in_dialog: Any
) -> None:
    from wheelshare.feed.models import VenueRow

    feed = live_app.feed
    vera = feed.register("Vera Reviewer")
    ctx = live_app.open(tmp_path / "app", vera.email, vera.password)
    page = venues_page(qtbot, ctx)
    page.results.selectRow(0)
    venue = page.model.hit(0).venue
    qtbot.waitUntil(
        lambda: page.detail.venue is not None and page.detail.venue.id == venue.id, timeout=10_000
    )
    # The feed's operator removes the venue (e.g. an OpenStreetMap update) meanwhile.
    with feed.db.write() as s:
        s.get(VenueRow, venue.id).retired = True  # type: ignore[union-attr]
    notes: dict[str, Any] = {}

    def rate(dialog: RateVenueDialog) -> None:
        hearing = dialog.choices[VenueCriterion.HEARING_LOOP]
        hearing.setCurrentIndex(hearing.findText("Yes"))
        dialog.send_button.click()

    in_dialog(page, rate, notes)
    page.detail.rate_button.click()
    assert "error" not in notes, notes.get("error")
    qtbot.waitUntil(lambda: page.detail.dismiss_button.isVisible(), timeout=30_000)
    text = page.detail.pending.text()
    assert text.startswith("⚠ Your review was refused.")
    assert "removed meanwhile" in text
    page.detail.dismiss_button.click()
    qtbot.waitUntil(lambda: not page.detail.pending.isVisible(), timeout=10_000)


def test_switching_language_keeps_the_search_and_speaks_french(
    qtbot: QtBot, tmp_path: Path, live_app: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from wheelshare.ui import i18n

    ctx = live_app.open(tmp_path / "app")
    page = venues_page(qtbot, ctx)
    page.form.step_free.setChecked(True)
    qtbot.keyClicks(page.form.text, "Agence")
    everything = page.model.total
    page.form.submit()
    qtbot.waitUntil(lambda: page.model.total < everything, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            page.detail.venue is not None and page.detail.venue.id == page.model.hit(0).venue.id
        ),
        timeout=10_000,
    )
    chosen = page.detail.venue.id
    app = QApplication.instance()
    try:
        i18n.install(app, "fr")
        qtbot.waitUntil(lambda: page.form.search_button.text() == "&Rechercher", timeout=5_000)
        assert page.form.text.text() == "Agence"
        assert page.form.step_free.isChecked()
        qtbot.waitUntil(
            lambda: page.detail.venue is not None and page.detail.venue.id == chosen, timeout=10_000
        )
        assert page.detail.rate_button.text() == "&Noter ce lieu"
        qtbot.waitUntil(
            lambda: (
                "lieux correspondent" in page.count.text()
                or "Un lieu correspond" in page.count.text()
            ),
            timeout=10_000,
        )
    finally:
        i18n.install(app, "en")
