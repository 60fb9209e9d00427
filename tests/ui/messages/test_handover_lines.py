"""A booking's handover and damage reports appear in its conversation as lines
of their own, in time order with the messages."""

from __future__ import annotations

from datetime import UTC, datetime

from wheelshare.domain.handover import DamageReport, HandoverReport, Moment
from wheelshare.ui.messages.models import handover_lines

AT = datetime(2026, 5, 1, 9, tzinfo=UTC)


def _report(moment: Moment, renter: bool, owner: bool, hour: int) -> HandoverReport:
    return HandoverReport(
        f"r-{moment.value}",
        "b-1",
        moment,
        80,
        1000,
        "",
        (),
        renter,
        owner,
        updated_at=AT.replace(hour=hour),
    )


def test_each_report_says_who_confirmed_it_and_damage_says_what() -> None:
    reports = {
        Moment.START: _report(Moment.START, True, True, 10),
        Moment.END: _report(Moment.END, True, False, 18),
    }
    damage = DamageReport("d-1", "b-1", "owner", "The ramp is bent", ("p",), AT.replace(hour=19))
    lines = sorted(handover_lines(reports, damage, AT), key=lambda pair: pair[0])
    assert [line.text for _, line in lines] == [
        "Start-of-rental report confirmed by both",
        "End-of-rental report confirmed by the renter, waiting for the owner",
        "Damage reported: The ramp is bent",
    ]
    assert all(line.author == "Handover" and not line.mine for _, line in lines)
