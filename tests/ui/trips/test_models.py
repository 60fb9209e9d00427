"""The Trips screen's tables, without widgets: Qt's model contract, why each
match matches in words, and the states a person sees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from wheelshare.cache.companions import PostMatch
from wheelshare.domain.companion_wire import companionship_from_wire, post_from_wire
from wheelshare.domain.companions import Candidate, match
from wheelshare.domain.wire import format_time
from wheelshare.ui import i18n
from wheelshare.ui.trips.entries import MineEntry
from wheelshare.ui.trips.models import MatchesModel, MineModel
from wheelshare.ui.widgets.table_model import ObjectRole

T0 = datetime(2026, 12, 10, 8, tzinfo=UTC)
PART_DIEU = {"name": "Lyon Part-Dieu", "kind": "station", "city": "Lyon", "lat": 45.7606}
PART_DIEU |= {"lon": 4.8594}
PERRACHE = {"name": "Lyon Perrache", "kind": "station", "city": "Lyon", "lat": 45.7485}
PERRACHE |= {"lon": 4.8260}
GARE_DE_LYON = {"name": "Gare de Lyon", "kind": "station", "city": "Paris", "lat": 48.8443}
GARE_DE_LYON |= {"lon": 2.3744}
GARE_DU_NORD = {"name": "Gare du Nord", "kind": "station", "city": "Paris", "lat": 48.8809}
GARE_DU_NORD |= {"lon": 2.3553}


def post(
    pid: str, origin: dict[str, Any], dest: dict[str, Any], minutes: int = 0, **extra: Any
) -> dict[str, Any]:
    start = T0 + timedelta(minutes=minutes)
    return {
        "id": pid,
        "mode": "train",
        "status": "open",
        "origin": origin,
        "destination": dest,
        "leaves_from": format_time(start),
        "leaves_until": format_time(start + timedelta(hours=2)),
        **extra,
    }


MINE = post_from_wire(post("mine", PART_DIEU, GARE_DE_LYON, compensation={"amount": 2400}))


def a_match(record: dict[str, Any]) -> PostMatch:
    p = post_from_wire(record)
    m = match(MINE.journey, Candidate(p.id, p.journey, p.rating))
    assert m is not None
    return PostMatch(p, m)


@pytest.fixture
def matches(qapp: object) -> MatchesModel:
    return _matches()


def _matches() -> MatchesModel:
    model = MatchesModel()
    model.mine_origin, model.mine_destination = "Lyon Part-Dieu", "Gare de Lyon"
    model.set_rows(
        [
            a_match(
                post(
                    "o1",
                    PERRACHE,
                    GARE_DE_LYON,
                    20,
                    companion_name="Bruno",
                    companion_rating={"average": 4.5, "count": 3},
                )
            ),
            a_match(post("o2", PART_DIEU, GARE_DU_NORD, -90, companion_name="Chloé")),
        ]
    )
    return model


def test_the_matches_model_keeps_qts_contract(matches: MatchesModel) -> None:
    ModelTester(None).check(matches, force_py=True)  # type: ignore[no-untyped-call]


def test_why_a_match_matches_in_words(qapp: QApplication, matches: MatchesModel) -> None:
    i18n.install(qapp, "en", pseudo=False)  # the suite's region: distances in miles
    why = matches.index(0, MatchesModel.COL_WHY).data()
    assert why == "leaves Lyon Perrache 20 min after you, arrives at the same station"
    other = matches.index(1, MatchesModel.COL_WHY).data()
    assert other == (
        "leaves from the same station 1.5 h before you, arrives at Gare du Nord, 2.7 mi from yours"
    )
    assert matches.index(0, MatchesModel.COL_RATING).data() == "4.5 / 5 (3)"
    assert matches.index(1, MatchesModel.COL_RATING).data() == "not rated yet"
    assert matches.index(0, 0).data(ObjectRole).post.companion_name == "Bruno"


def test_hours_distances_and_ratings_read_in_french(qapp: QApplication) -> None:
    i18n.install(qapp, "fr", pseudo=False)
    try:
        model = _matches()
        assert model.index(1, MatchesModel.COL_WHY).data() == (
            "part de la même gare 1,5 h avant vous, arrive à Gare du Nord, à 4,3 km de la vôtre"
        )
        assert model.index(0, MatchesModel.COL_RATING).data() == "4,5 / 5 (3)"
    finally:
        i18n.install(qapp, "en", pseudo=False)


def test_a_trip_among_matches_shows_needs_and_compensation_never_a_name(qapp: object) -> None:
    model = MatchesModel()
    trip = post(
        "t1",
        PART_DIEU,
        GARE_DE_LYON,
        help=["luggage", "boarding"],
        compensation={"amount": 2400, "currency": "EUR"},
    )
    model.set_rows([a_match(trip)])
    assert model.index(0, MatchesModel.COL_WHO).data() == (
        "Traveller needing: Boarding and alighting, Luggage"
    )
    assert "24" in model.index(0, MatchesModel.COL_RATING).data()


def _companionship(status: str, **extra: Any) -> dict[str, Any]:
    trip = post("t1", PART_DIEU, GARE_DE_LYON, help=["boarding"])
    trip["compensation"] = {"amount": 2400, "currency": "EUR"}
    return {
        "id": f"c-{status}",
        "trip_id": "t1",
        "status": status,
        "traveller_id": "me",
        "traveller_name": "Ana",
        "companion_id": "bruno",
        "companion_name": "Bruno",
        "trip": trip,
        **extra,
    }


def test_my_trips_show_who_and_the_state(qapp: object) -> None:
    model = MineModel()
    rows = [
        MineEntry(
            companionship=companionship_from_wire(_companionship("offered")), as_traveller=True
        ),
        MineEntry(
            companionship=companionship_from_wire(
                _companionship("confirmed", meeting_point="Hall 1")
            ),
            as_traveller=False,
        ),
        MineEntry(post=MINE, as_traveller=True),
    ]
    model.set_rows(rows)
    ModelTester(None).check(model, force_py=True)  # type: ignore[no-untyped-call]
    seen = [
        (model.index(r, MineModel.COL_WHAT).data(), model.index(r, MineModel.COL_STATE).data())
        for r in range(3)
    ]
    assert seen == [
        ("Bruno helps you", "Help offered, waiting for an answer"),
        ("You help Ana", "Confirmed"),
        ("My trip", "Open"),
    ]
    assert model.index(0, MineModel.COL_ROUTE).data() == "Lyon Part-Dieu → Gare de Lyon"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.AccessibleTextRole) is not None


def test_a_shared_wheelchair_keeps_only_its_known_measurements() -> None:
    shared = {"width_cm": 64, "seated_height_cm": 130, "drives": True, "length_cm": "long"}
    c = companionship_from_wire(_companionship("confirmed", profile=shared))
    assert c.profile == {"width_cm": 64, "seated_height_cm": 130}
    assert companionship_from_wire(_companionship("offered", profile=None)).profile == {}
