"""Rows that wait to be sent say why, with the same words and the same fix as the
status bar; their price is the quote the detail showed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from wheelshare.domain import Money, Period
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.ui import formatting, i18n
from wheelshare.ui.bookings.entries import EntryState, merge
from wheelshare.ui.bookings.model import BookingsModel
from wheelshare.ui.problems import describe
from wheelshare.ui.remedies import Remedy, label, remedy_for

START = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)


def day(n: int) -> Period:
    return Period(START + timedelta(days=n), START + timedelta(days=n + 1))


def test_requests_held_up_behind_one_that_could_not_go_say_the_same_reason() -> None:
    sign_in = Problem(ProblemCode.SIGN_IN_NEEDED)
    entries = merge(
        [],
        [
            ("k1", "v-1", day(0), "pending", sign_in),  # sending stopped here
            ("k2", "v-1", day(2), "pending", None),  # never tried: waits behind it
            ("k3", "v-1", day(4), "rejected", Problem(ProblemCode.DATES_UNAVAILABLE)),
        ],
        cancelling=set(),
        titles={"v-1": "Kangoo with ramp"},
        quotes={"k1": Money(16000, "EUR")},
        held_up_by=sign_in,
    )
    waiting = [e for e in entries if e.state is EntryState.WAITING]
    assert [e.reason for e in waiting] == [sign_in, sign_in]
    assert all(e.status_text == f"Waiting to be sent: {describe(sign_in)}" for e in waiting)
    assert all(remedy_for(e.reason) is Remedy.SIGN_IN for e in waiting)
    refused = [e for e in entries if e.state is EntryState.REFUSED]
    assert refused[0].reason == Problem(ProblemCode.DATES_UNAVAILABLE)

    model = BookingsModel()
    model.set_rows(entries)
    assert model.data(model.index(0, model.COL_PRICE)) == formatting.money(Money(16000, "EUR"))
    # Without the vehicle's prices on this computer there is no quote to show yet.
    assert model.data(model.index(1, model.COL_PRICE)) == "to be quoted"


def test_a_waiting_request_with_nothing_wrong_just_waits() -> None:
    entries = merge([], [("k1", "v-1", day(0), "pending", None)], set(), {})
    assert entries[0].status_text == "Waiting to be sent"
    assert remedy_for(entries[0].reason) is None


@pytest.mark.parametrize(
    ("code", "remedy"),
    [
        (ProblemCode.SIGN_IN_NEEDED, Remedy.SIGN_IN),
        (ProblemCode.OFFLINE, Remedy.TRY_AGAIN),
        (ProblemCode.TIMEOUT, Remedy.TRY_AGAIN),
        (ProblemCode.SERVER_UNAVAILABLE, Remedy.TRY_AGAIN),
        (ProblemCode.TLS_UNVERIFIED, Remedy.CHECK_CONNECTION),
        (ProblemCode.FEED_ADDRESS, Remedy.CHECK_CONNECTION),
        # A refusal is not fixed by syncing again: the row offers its own choices.
        (ProblemCode.DATES_UNAVAILABLE, None),
    ],
)
def test_each_problem_that_holds_changes_back_offers_its_fix(
    code: ProblemCode, remedy: Remedy | None
) -> None:
    assert remedy_for(Problem(code)) is remedy


def test_the_fixes_have_french_names(qapp: QApplication) -> None:
    try:
        i18n.install(qapp, "fr")
        assert label(Remedy.SIGN_IN) == "Se connecter…"
        assert label(Remedy.TRY_AGAIN) == "Réessayer"
        assert label(Remedy.CHECK_CONNECTION) == "Vérifier la connexion…"
    finally:
        i18n.install(qapp, "en")
