"""Item models of the Venues screen, without widgets, and through qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from wheelshare.domain import (
    Accessibility,
    Entrance,
    Location,
    Review,
    Source,
    TargetKind,
    Venue,
    WheelchairGrade,
)
from wheelshare.ui.venues.models import CriteriaModel, ReviewsModel, VenueHit, VenueResultsModel


def venue(i: int, grade: WheelchairGrade = WheelchairGrade.PARTIALLY) -> Venue:
    return Venue(
        f"ven{i}",
        f"Café {i}",
        "cafe",
        Location(45.76, 4.83, "Lyon"),
        Accessibility(grade, Entrance(step_free=True, door_width_cm=90)),
        Source("OpenStreetMap", "node/1", "https://www.openstreetmap.org/node/1"),
        updated_at=datetime(2026, 10, 1, tzinfo=UTC),
    )


def test_venue_results_fetch_pages_and_show_grade_in_words(
    qtmodeltester: ModelTester, qapp: QApplication
) -> None:
    model = VenueResultsModel()
    all_hits = [VenueHit(venue(i), i * 0.3) for i in range(250)]
    model.set_results(all_hits[:100], 250, lambda off, lim: all_hits[off : off + lim])
    qtmodeltester.check(model)
    assert model.rowCount() >= 100
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    grade = model.index(0, VenueResultsModel.GRADE)
    assert grade.data() == "Partially accessible"
    assert grade.data(Qt.ItemDataRole.DecorationRole) is not None
    # Distances follow the language's units; an app built earlier may have set English (miles).
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert model.index(0, VenueResultsModel.DISTANCE).data() == "0 m"
        assert model.index(5, VenueResultsModel.DISTANCE).data() == "1.5 km"
    finally:
        QLocale.setDefault(before)


def test_criteria_model_shows_provenance_and_aggregates(qtmodeltester: ModelTester) -> None:
    model = CriteriaModel()
    reviews = [
        Review(
            "r1", TargetKind.VENUE, "ven1", "u1", {"toilet_accessible": True, "door_width_cm": 80}
        ),
        Review(
            "r2", TargetKind.VENUE, "ven1", "u2", {"toilet_accessible": False, "door_width_cm": 90}
        ),
    ]
    model.set_venue(venue(1), reviews)
    qtmodeltester.check(model)
    texts = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(4)]
        for r in range(model.rowCount())
    }
    assert texts["Step-free entrance"][1] == "Yes"
    assert texts["Step-free entrance"][2].startswith("OpenStreetMap, ")
    assert texts["Accessible toilet"][1] == "Not known"
    assert texts["Accessible toilet"][3] == "1 yes, 1 no"
    assert texts["Door width (cm)"][3] == "85.0 on average, 80 to 90 (2 answers)"
    assert texts["Elevator"][3] == "No answers yet"


def test_reviews_model_says_who_said_what_when(qtmodeltester: ModelTester) -> None:
    model = ReviewsModel()
    model.own_author_id = "u1"
    model.set_rows(
        [
            Review(
                "r1",
                TargetKind.VENUE,
                "ven1",
                "u1",
                {"elevator": True},
                "Lift at the back",
                author_name="Ana",
                created_at=datetime(2026, 9, 1, tzinfo=UTC),
            ),
            Review("r2", TargetKind.VEHICLE, "veh1", "u2", {"overall": 4}, author_name="Bo"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, ReviewsModel.AUTHOR).data() == "Ana (you)"
    assert model.index(0, ReviewsModel.ANSWERS).data() == "Elevator: Yes"
    assert "2026" in model.index(0, ReviewsModel.DATE).data()
    assert model.index(1, ReviewsModel.ANSWERS).data() == "Overall: 4 — very good"


def test_venue_pages_read_elsewhere_arrive_in_order_and_stale_ones_are_dropped(
    qapp: QApplication,
) -> None:
    model = VenueResultsModel()
    hits = [VenueHit(venue(i), None) for i in range(300)]
    waiting: list[tuple[object, object]] = []

    def run(job: object, deliver: object) -> None:
        waiting.append((job, deliver))  # as if on a worker thread, delivered later

    model.set_results(hits[:100], 300, lambda off, lim: hits[off : off + lim], run)
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    job, deliver = waiting.pop()
    deliver(job())  # type: ignore[operator]
    assert model.rowCount() == 200
    model.fetchMore()
    stale_job, stale_deliver = waiting.pop()
    model.set_results(hits[:10], 10)  # a new search meanwhile
    stale_deliver(stale_job())  # type: ignore[operator]
    assert model.rowCount() == 10


def _grades(*grades: str) -> list[Review]:
    return [
        Review(f"r{n}", TargetKind.VENUE, "ven1", f"u{n}", {"wheelchair_grade": g})
        for n, g in enumerate(grades)
    ]


def _said(model: CriteriaModel) -> list[str]:
    return [
        str(model.index(r, CriteriaModel.REVIEWERS).data())
        for r in range(model.rowCount())
        if "said" in str(model.index(r, CriteriaModel.REVIEWERS).data())
        or "dit" in str(model.index(r, CriteriaModel.REVIEWERS).data())
    ]


def test_reviewers_grades_are_said_in_plain_words(qapp: QApplication) -> None:
    from wheelshare.ui import i18n

    model = CriteriaModel()
    try:
        model.set_venue(venue(1), _grades("fully"))
        assert _said(model) == ["1 member said: fully accessible"]
        model.set_venue(venue(1), _grades("fully", "partially", "fully"))
        assert _said(model) == ["2 of 3 members said: fully accessible"]
        i18n.install(qapp, "fr", pseudo=False)
        model.set_venue(venue(1), _grades("fully"))
        assert _said(model) == ["1 membre a dit : entièrement accessible"]
        model.set_venue(venue(1), _grades("fully", "fully"))
        assert _said(model) == ["2 membres ont dit : entièrement accessible"]
    finally:
        i18n.install(qapp, "en", pseudo=False)
