"""Where each fact of a venue comes from, in words: its source, a member, a
moderator; and what of one's own waits, read from the cache without widgets."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from wheelshare.cache.database import Cache
from wheelshare.cache.store import upsert_records
from wheelshare.domain import Location, Venue, VenueCriterion, WheelchairGrade, wire
from wheelshare.domain.contribution import FactOrigin, ProvenanceSource, ReportTarget
from wheelshare.domain.venue import Accessibility, Entrance, Source
from wheelshare.sync import outbox
from wheelshare.ui.venues import data
from wheelshare.ui.venues.models import CriteriaModel

AT = datetime(2026, 3, 2, 10, tzinfo=UTC)
APPROVED = datetime(2026, 3, 4, 10, tzinfo=UTC)
FACTS = Accessibility(
    WheelchairGrade.PARTIALLY, Entrance(door_width_cm=90), elevator=True, hearing_loop=False
)
VENUE = Venue(
    "v-1",
    "Gare de Lyon",
    "station",
    Location(48.844, 2.374, "Paris"),
    accessibility=FACTS,
    source=Source("OpenStreetMap", "node/1"),
    updated_at=datetime(2025, 11, 20, tzinfo=UTC),
)


def _sources(model: CriteriaModel) -> dict[VenueCriterion, str]:
    out = {}
    for row in range(model.rowCount()):
        found = model.row_object(row)
        assert found is not None
        out[found.criterion] = str(model.index(row, CriteriaModel.SOURCE).data())
    return out


def test_each_fact_says_who_gave_it_and_when(qapp: QApplication) -> None:
    model = CriteriaModel()
    origins = {
        "door_width_cm": FactOrigin(ProvenanceSource.MEMBER, AT, "Ana", APPROVED),
        "elevator": FactOrigin(ProvenanceSource.MEMBER, AT, "Tom"),
        "hearing_loop": FactOrigin(ProvenanceSource.MODERATOR, AT),
    }
    model.set_venue(VENUE, [], origins)
    sources = _sources(model)
    door = sources[VenueCriterion.DOOR_WIDTH_CM]
    assert door.startswith("Ana, a member, ") and "approved by a moderator" in door
    assert sources[VenueCriterion.ELEVATOR].startswith("Tom, a member, ")
    assert "approved" not in sources[VenueCriterion.ELEVATOR]
    assert sources[VenueCriterion.HEARING_LOOP].startswith("A moderator's decision, ")
    # The grade has no entry: it comes from the venue's own source.
    assert sources[VenueCriterion.WHEELCHAIR_GRADE].startswith("OpenStreetMap, ")


def test_a_community_venues_facts_come_from_who_added_it(qapp: QApplication) -> None:
    model = CriteriaModel()
    community = Venue("v-2", "Café", "cafe", Location(48.86, 2.34, "Paris"), FACTS)
    model.set_venue(
        community, [], {"venue": FactOrigin(ProvenanceSource.MEMBER, AT, "Ana", APPROVED)}
    )
    assert _sources(model)[VenueCriterion.WHEELCHAIR_GRADE].startswith("Ana, a member, ")


def test_my_waiting_correction_and_report_show_in_the_detail_data(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "cache") as cache:
        with cache.session() as s, s.begin():
            upsert_records(s, "venue", [wire.venue_to_wire(VENUE)])
        outbox.correct_venue(cache, VENUE.id, VenueCriterion.DOOR_WIDTH_CM, 85, "measured", True)
        outbox.report(cache, ReportTarget.VENUE, VENUE.id, "closed for years")
        d = data.detail(cache, VENUE.id)
    assert [(w.fact, w.value, w.state) for w in d.corrections] == [
        (VenueCriterion.DOOR_WIDTH_CM, 85, outbox.PENDING)
    ]
    assert VENUE.id in d.reported
