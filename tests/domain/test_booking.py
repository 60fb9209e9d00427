"""Booking states, their legal moves, and the written cancellation policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wheelshare.domain import (
    DEFAULT_POLICY,
    Booking,
    BookingStatus,
    CancellationPolicy,
    Money,
    Period,
    TransitionError,
    check_transition,
)

S = BookingStatus
START = datetime(2026, 12, 10, 9, tzinfo=UTC)
LEGAL = {
    (S.REQUESTED, S.CONFIRMED),
    (S.REQUESTED, S.DECLINED),
    (S.REQUESTED, S.EXPIRED),
    (S.REQUESTED, S.CANCELLED),
    (S.CONFIRMED, S.CANCELLED),
    (S.CONFIRMED, S.COMPLETED),
}


def booking(status: BookingStatus = S.CONFIRMED, price: int = 20000) -> Booking:
    return Booking(
        id="b-1",
        vehicle_id="v-1",
        renter_id="u-r",
        owner_id="u-o",
        period=Period(START, START + timedelta(days=3)),
        status=status,
        price=Money(price),
    )


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("wanted", list(S))
def test_transitions(current: BookingStatus, wanted: BookingStatus) -> None:
    if (current, wanted) in LEGAL:
        check_transition(current, wanted)
        assert booking(current).moved_to(wanted).status is wanted
    else:
        with pytest.raises(TransitionError) as info:
            booking(current).moved_to(wanted)
        assert str(info.value) == f"a booking that is {current} cannot become {wanted}"


def test_final_states_and_what_holds_the_vehicle() -> None:
    assert {s for s in S if s.is_final} == {S.DECLINED, S.EXPIRED, S.CANCELLED, S.COMPLETED}
    assert {s for s in S if s.holds_vehicle} == {S.CONFIRMED}


def test_moving_keeps_everything_else_and_records_a_refund() -> None:
    b = booking()
    cancelled = b.moved_to(S.CANCELLED, Money(10000))
    assert cancelled.refund == Money(10000)
    assert (cancelled.id, cancelled.period, cancelled.price) == (b.id, b.period, b.price)
    assert b.status is S.CONFIRMED  # immutable


@pytest.mark.parametrize(
    ("before_start", "refund"),
    [
        (timedelta(days=10), 20000),
        (timedelta(hours=48), 20000),  # exactly the notice: still full
        (timedelta(hours=47, minutes=59), 10000),
        (timedelta(minutes=1), 10000),
        (timedelta(0), 0),  # the rental has begun
        (-timedelta(days=1), 0),
    ],
)
def test_cancellation_policy(before_start: timedelta, refund: int) -> None:
    assert DEFAULT_POLICY.refund(booking(), START - before_start) == Money(refund)


def test_withdrawing_an_unanswered_request_is_free_even_late() -> None:
    late = START + timedelta(hours=1)
    assert DEFAULT_POLICY.refund(booking(S.REQUESTED), late) == Money(20000)


def test_late_refunds_round_half_up_to_the_cent() -> None:
    policy = CancellationPolicy(full_before=timedelta(hours=24), late_percent=25)
    assert policy.refund(booking(price=10002), START - timedelta(hours=2)) == Money(2501)


def test_the_policy_reads_as_written() -> None:
    assert DEFAULT_POLICY.describe() == (
        "Full refund when cancelled 48 hours or more before the start; "
        "50 % after that; no refund once the rental has begun."
    )
