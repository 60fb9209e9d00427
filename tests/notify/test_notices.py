"""Which synced records and which dates make a notification, and that one
event is told once, across restarts too."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from wheelshare.domain import Money, Period, clock
from wheelshare.domain.booking import Booking, BookingStatus
from wheelshare.notify.log import NoticeLog
from wheelshare.notify.notices import NoticeKind, from_changes, reminders
from wheelshare.sync.records import Change
from wheelshare.ui import i18n
from wheelshare.ui.notifications import words

OWNER, RENTER = "owner-1", "renter-1"


def _booking(status: str, **extra: Any) -> Change:
    data = {
        "id": "b-1",
        "vehicle_id": "v-1",
        "renter_id": RENTER,
        "owner_id": OWNER,
        "renter_name": "Amélie",
        "vehicle_title": "Kangoo with rear ramp",
        "status": status,
        **extra,
    }
    return Change("booking", "b-1", "upsert", data)


def _kinds(changes: list[Change], me: str) -> list[NoticeKind]:
    return [n.kind for n in from_changes(changes, me)]


def test_the_owner_hears_of_a_new_request_and_the_renter_does_not() -> None:
    [notice] = from_changes([_booking("requested")], OWNER)
    assert notice.kind is NoticeKind.NEW_REQUEST
    assert (notice.subject, notice.detail) == ("Kangoo with rear ramp", "Amélie")
    assert _kinds([_booking("requested")], RENTER) == []


def test_the_renter_hears_of_the_owners_answer_and_the_owner_does_not() -> None:
    answers = [_booking(s) for s in ("confirmed", "declined", "expired")]
    for change, kind in zip(
        answers, [NoticeKind.ACCEPTED, NoticeKind.DECLINED, NoticeKind.EXPIRED], strict=True
    ):
        assert _kinds([change], RENTER) == [kind]
        assert _kinds([change], OWNER) == []
    assert _kinds([_booking("cancelled"), _booking("completed")], RENTER) == []


def test_each_state_of_a_booking_is_one_event() -> None:
    keys = {n.key for n in from_changes([_booking("confirmed")] * 2, RENTER)}
    assert keys == {"booking:b-1:confirmed"}


def test_a_message_from_the_other_party_is_told_with_its_author_and_text() -> None:
    message = Change(
        "message",
        "m-1",
        "upsert",
        {
            "id": "m-1",
            "booking_id": "b-1",
            "author_id": OWNER,
            "author_name": "Bruno",
            "text": "The ramp key is in the glovebox.",
        },
    )
    [notice] = from_changes([message], RENTER)
    assert notice.kind is NoticeKind.MESSAGE
    assert (notice.subject, notice.detail) == ("Bruno", "The ramp key is in the glovebox.")
    assert from_changes([message], OWNER) == []  # one's own message


def test_a_message_from_a_deleted_account_is_told_as_from_a_former_member(
    qapp: QApplication,
) -> None:
    # As the feed sends it once its author deleted their account: no author id.
    message = Change(
        "message",
        "m-2",
        "upsert",
        {
            "id": "m-2",
            "booking_id": "b-1",
            "author_id": None,
            "author_name": "Former member",
            "text": "Sorry, I have to cancel.",
        },
    )
    [notice] = from_changes([message], RENTER)
    assert (notice.kind, notice.key, notice.detail) == (
        NoticeKind.MESSAGE,
        "message:m-2",
        "Sorry, I have to cancel.",
    )
    assert words.title(notice) == "Message from a former member"
    try:
        i18n.install(qapp, "fr", pseudo=False)
        assert words.title(notice) == "Message d’un ancien membre"
    finally:
        i18n.install(qapp, "en", pseudo=False)


def test_deletions_and_kinds_without_a_rule_tell_nothing() -> None:
    changes = [
        Change("booking", "b-1", "delete", None),
        Change("vehicle_place", "v-1", "upsert", {"vehicle_id": "v-1"}),
    ]
    assert from_changes(changes, OWNER) == []


def _held(status: BookingStatus, start_in: timedelta, days: int = 1) -> Booking:
    start = clock.now() + start_in
    return Booking(
        f"b-{status}-{start_in}",
        "v-1",
        RENTER,
        OWNER,
        Period(start, start + timedelta(days=days)),
        status,
        Money(5000),
        vehicle_title="Kangoo",
    )


def test_a_booking_starting_tomorrow_and_a_rental_just_ended_are_reminded() -> None:
    today = clock.now().astimezone().date()
    now = clock.now().astimezone()
    to_tomorrow = timedelta(days=1) - timedelta(hours=now.hour - 12)  # tomorrow, noon
    tomorrow = _held(BookingStatus.CONFIRMED, to_tomorrow)
    later = _held(BookingStatus.CONFIRMED, to_tomorrow + timedelta(days=3))
    just_ended = _held(BookingStatus.COMPLETED, -timedelta(days=3), days=2)
    long_ago = _held(BookingStatus.COMPLETED, -timedelta(days=40), days=2)
    found = reminders([tomorrow, later, just_ended, long_ago], RENTER, today)
    assert [(n.kind, n.booking_id) for n in found] == [
        (NoticeKind.STARTS_TOMORROW, tomorrow.id),
        (NoticeKind.REVIEW_INVITE, just_ended.id),
    ]
    # The owner is reminded of the handover and asked to review the renter,
    # not their own car.
    assert [(n.kind, n.booking_id) for n in reminders([tomorrow, just_ended], OWNER, today)] == [
        (NoticeKind.STARTS_TOMORROW, tomorrow.id),
        (NoticeKind.RENTER_REVIEW_INVITE, just_ended.id),
    ]


def test_an_event_is_kept_once_even_after_a_restart(tmp_path: Path) -> None:
    first = from_changes([_booking("confirmed")], RENTER)
    log = NoticeLog(tmp_path)
    assert log.add(first) == first
    assert log.unread == 1
    again = NoticeLog(tmp_path)
    assert again.add(from_changes([_booking("confirmed")], RENTER)) == []
    assert [e.notice.kind for e in again.entries] == [NoticeKind.ACCEPTED]
    again.mark_all_read()
    assert NoticeLog(tmp_path).unread == 0
    assert (tmp_path / "notifications.json").stat().st_mode & 0o077 == 0


def test_a_damaged_list_starts_afresh_without_failing(tmp_path: Path) -> None:
    (tmp_path / "notifications.json").write_text("{not json", "utf-8")
    log = NoticeLog(tmp_path)
    assert log.entries == [] and log.unread == 0
    assert len(log.add(from_changes([_booking("declined")], RENTER))) == 1
