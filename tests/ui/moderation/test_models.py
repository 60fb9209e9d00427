"""The moderators' queue as tables, without widgets."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from wheelshare.domain.contribution import contribution_from_wire, report_from_wire
from wheelshare.ui.moderation.models import ContributionsModel, ReportsModel
from wheelshare.ui.widgets.table_model import ObjectRole

WHEN = datetime(2026, 11, 3, 10, tzinfo=UTC).isoformat()


def _contribution(kind: str, proposal: dict[str, object]) -> dict[str, object]:
    return {
        "id": f"c-{kind}",
        "kind": kind,
        "venue_id": "v1",
        "venue_name": "Café des Roues",
        "status": "pending",
        "author_name": "Ana",
        "proposal": proposal,
        "reason": "",
        "created_at": WHEN,
        "decided_at": None,
    }


def test_contributions_say_what_each_proposes_in_words(
    qtmodeltester: ModelTester, qapp: QApplication
) -> None:
    added = contribution_from_wire(
        _contribution(
            "venue",
            {
                "name": "Café des Roues",
                "category": "cafe",
                "location": {"lat": 48.86, "lon": 2.33, "city": "Paris", "address": ""},
                "criteria": {"step_free": True, "door_width_cm": 90},
            },
        )
    )
    corrected = contribution_from_wire(
        _contribution("correction", {"fact": "door_width_cm", "value": 80, "note": "measured"})
    )
    model = ContributionsModel()
    model.set_rows([added, corrected])
    qtmodeltester.check(model)
    cells = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert cells[0][:2] == ["New venue", "Café des Roues"]
    assert "Paris" in cells[0][2] and "Step-free entrance: Yes" in cells[0][2]
    assert cells[1][0] == "Correction"
    assert cells[1][2] == "Door width (cm): 80 (note: measured)"
    assert cells[1][3] == "Ana"
    # The buttons act on the object, not on words.
    assert model.index(1, 0).data(ObjectRole) is corrected


def test_reports_say_what_is_reported_and_whether_it_is_hidden(
    qtmodeltester: ModelTester, qapp: QApplication
) -> None:
    review = report_from_wire(
        {
            "id": "r1",
            "target_kind": "review",
            "target_id": "rev1",
            "reason": "insults the owner",
            "status": "hidden",
            "created_at": WHEN,
            "target": {"author_name": "Bob", "comment": "awful people"},
        }
    )
    gone = report_from_wire(
        {
            "id": "r2",
            "target_kind": "venue",
            "target_id": "v9",
            "reason": "closed",
            "status": "open",
            "created_at": WHEN,
            "target": None,
        }
    )
    model = ReportsModel()
    model.set_rows([review, gone])
    qtmodeltester.check(model)
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[:4] == ["A review", "by Bob: awful people", "insults the owner", "Hidden"]
    second = [model.index(1, c).data() for c in range(model.columnCount())]
    assert second[:4] == ["A venue", "(no longer there)", "closed", "Waiting for a decision"]
