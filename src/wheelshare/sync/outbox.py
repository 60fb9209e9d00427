"""The outbox: what people do, kept until the feed has said yes or no.

Every action is validated first (``actions``), then written to the cache's
outbox table with a client-generated idempotency key, in one transaction, and
is visible at once as pending (``pending_actions``, ``pending_bookings``).

``push`` sends pending entries in the order they were made. Before a request
goes out its entry is marked ``sending`` (committed); an entry found in that
state later was interrupted by a crash or a lost answer, and is sent again
with the same key, so the feed can recognise it. Each answer becomes a state
a person can see:

* ``done`` — accepted; the record the feed returned is applied to the cache in
  the same transaction;
* ``rejected`` — refused, with the feed's code, message and field errors (e.g.
  409 ``dates_unavailable``); the person can ``retry`` or ``dismiss`` it;
* still ``pending`` — the feed could not be reached or failed transiently;
  the push stops there (later actions may depend on this one) and the next
  sync tries again.

Nothing is ever dropped without the person asking for it.

Why an entry waits or was refused is stored as a problem (code and
parameters, ``wheelshare.domain.problems``): ``OutboxItem.problem`` is what the
interface words; ``error_message`` and ``describe_state`` are English, for
logs and the command line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from wheelshare.domain import wire
from wheelshare.domain.booking import BookingStatus, check_transition
from wheelshare.domain.contribution import ContributionStatus, ReportTarget, fact_value
from wheelshare.domain.errors import TransitionError, ValidationError
from wheelshare.domain.handover import Moment
from wheelshare.domain.problems import Problem, ProblemCode
from wheelshare.domain.values import Location, Period
from wheelshare.domain.vehicle import Availability, Vehicle
from wheelshare.domain.vocabulary import VenueCriterion
from wheelshare.sync import actions, photo_uploads, store
from wheelshare.sync.actions import BOOKKEEPING, LOCAL_ID_PREFIX, SPECS, UPLOADS, Action
from wheelshare.sync.client import FeedClient, FeedResponse
from wheelshare.sync.errors import AuthNeededError, RejectedError, SyncError
from wheelshare.sync.progress import CancelToken, SyncProgress
from wheelshare.sync.records import KNOWN_KINDS, Change, parse_change
from wheelshare.sync.store import Entry

PENDING, SENDING, DONE, REJECTED = "pending", "sending", "done", "rejected"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outbox entry as the UI shows it."""

    key: str
    kind: str
    target_id: str
    payload: Mapping[str, Any] | None
    state: str
    attempts: int
    error_code: str | None
    error_message: str | None
    error_fields: Mapping[str, str]
    result: Mapping[str, Any] | None
    created_at: datetime | None
    error_params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def problem(self) -> Problem | None:
        """Why it waits or was refused; None when nothing went wrong."""
        if self.error_code is None:
            return None
        return Problem.stored(self.error_code, self.error_params)

    @property
    def label(self) -> str:
        spec = SPECS.get(self.kind)
        return spec.label if spec is not None else self.kind

    @property
    def describe_state(self) -> str:
        if self.state == DONE:
            return "accepted by the feed"
        if self.state == REJECTED:
            return f"refused: {self.error_message or self.error_code}"
        if self.error_message:
            return f"waiting to be sent ({self.error_message})"
        return "waiting to be sent"

    @classmethod
    def from_entry(cls, e: Entry) -> OutboxItem:
        return cls(
            e.key,
            e.kind,
            e.target_id,
            e.payload,
            e.state,
            e.attempts,
            e.error_code,
            e.error_message,
            dict(e.error_fields or {}),
            e.result,
            e.created_at,
            dict(e.error_params or {}),
        )


@dataclass(frozen=True, slots=True)
class PendingBooking:
    """A booking request the feed has not confirmed yet, for "My bookings"."""

    key: str
    vehicle_id: str
    period: Period
    state: str  # pending | sending | rejected
    error_code: str | None
    error_message: str | None
    error_params: Mapping[str, Any] = field(default_factory=dict)
    # It went out at least once: the feed may have it, so it can no longer be
    # withdrawn from the outbox, only cancelled once it shows up.
    sent: bool = False

    @property
    def problem(self) -> Problem | None:
        """Why it waits or was refused; None when nothing went wrong."""
        if self.error_code is None:
            return None
        return Problem.stored(self.error_code, self.error_params)


# -- queueing -------------------------------------------------------------------


def new_key() -> str:
    return str(uuid.uuid4())


def queue(cache: store.CacheLike, action: Action) -> OutboxItem:
    """Writes an already validated action to the outbox (one transaction)."""
    entry = store.outbox_add(cache, new_key(), action.kind, action.target_id, action.payload)
    return OutboxItem.from_entry(entry)


def _check_no_pending(cache: store.CacheLike, kinds: set[str], target_id: str) -> None:
    for e in store.outbox_entries(cache, (PENDING, SENDING)):
        if e.kind in kinds and e.target_id == target_id:
            raise ValidationError(
                "booking_id", "this is already waiting to be sent", "already_pending"
            )


def _check_booking_move(cache: store.CacheLike, booking_id: str, wanted: BookingStatus) -> None:
    kinds = {"cancel_booking", "accept_booking", "decline_booking"}
    _check_no_pending(cache, kinds, booking_id)
    record = store.get_record(cache, "booking", booking_id)
    if record is None:
        return  # not synced yet: the feed will decide
    try:
        check_transition(BookingStatus(str(record.get("status"))), wanted)
    except (TransitionError, ValueError) as e:
        raise ValidationError("status", str(e), "invalid_transition") from None


def request_booking(
    cache: store.CacheLike, vehicle_id: str, period: Period, *, now: datetime | None = None
) -> OutboxItem:
    action = actions.request_booking(vehicle_id, period, now)
    record = store.get_record(cache, "vehicle", vehicle_id)
    if record is not None and record.get("listed") is False:
        raise ValidationError("vehicle_id", "this vehicle is no longer listed", "vehicle_unlisted")
    _check_not_requested_twice(cache, vehicle_id, period)
    return queue(cache, action)


def _check_not_requested_twice(cache: store.CacheLike, vehicle_id: str, period: Period) -> None:
    """Each request has its own idempotency key, so the feed cannot tell a second
    press from a second rental: the same vehicle and dates are refused here while
    an earlier request waits in the outbox or stands on the feed."""
    for e in store.outbox_entries(cache, (PENDING, SENDING)):
        same = e.kind == "request_booking" and e.target_id == vehicle_id and e.payload
        if same and wire.period_from_wire(e.payload or {}) == period:
            raise ValidationError(
                "period",
                "you already asked for this vehicle on these dates; it is waiting to be sent",
                "already_requested",
            )
    if store.open_booking_exists(cache, vehicle_id, period.start, period.end):
        raise ValidationError(
            "period",
            "you already have a booking or a request for this vehicle on these dates",
            "already_requested",
        )


def cancel_booking(cache: store.CacheLike, booking_id: str) -> OutboxItem:
    action = actions.cancel_booking(booking_id)
    _check_booking_move(cache, booking_id, BookingStatus.CANCELLED)
    return queue(cache, action)


def accept_booking(cache: store.CacheLike, booking_id: str) -> OutboxItem:
    action = actions.accept_booking(booking_id)
    _check_booking_move(cache, booking_id, BookingStatus.CONFIRMED)
    return queue(cache, action)


def decline_booking(cache: store.CacheLike, booking_id: str) -> OutboxItem:
    action = actions.decline_booking(booking_id)
    _check_booking_move(cache, booking_id, BookingStatus.DECLINED)
    return queue(cache, action)


def create_vehicle(cache: store.CacheLike, vehicle: Vehicle) -> OutboxItem:
    """``vehicle.id`` may be anything; it is replaced by a fresh local id."""
    local = replace(vehicle, id=LOCAL_ID_PREFIX + uuid.uuid4().hex)
    return queue(cache, actions.create_vehicle(local))


def _current_vehicle(cache: store.CacheLike, vehicle_id: str) -> Vehicle:
    record = store.get_record(cache, "vehicle", vehicle_id)
    if record is None and vehicle_id.startswith(LOCAL_ID_PREFIX):
        for e in store.outbox_entries(cache, (PENDING, SENDING)):
            if e.kind == "create_vehicle" and e.target_id == vehicle_id and e.payload:
                record = {**e.payload, "id": vehicle_id, "owner_id": "me"}
    if record is None:
        raise ValidationError(
            "vehicle_id", "this vehicle is not in the local cache; sync first", "not_in_cache"
        )
    return wire.vehicle_from_wire(record)


def update_vehicle(
    cache: store.CacheLike, vehicle_id: str, changes: Mapping[str, Any]
) -> OutboxItem:
    action = actions.update_vehicle(_current_vehicle(cache, vehicle_id), changes)
    return queue(cache, action)


def unlist_vehicle(cache: store.CacheLike, vehicle_id: str) -> OutboxItem:
    return queue(cache, actions.unlist_vehicle(vehicle_id))


def set_availability(
    cache: store.CacheLike,
    vehicle_id: str,
    availability: Availability,
    instant_book: bool | None = None,
) -> OutboxItem:
    return queue(cache, actions.set_availability(vehicle_id, availability, instant_book))


def review_venue(
    cache: store.CacheLike, venue_id: str, criteria: Mapping[str, object], comment: str = ""
) -> OutboxItem:
    return queue(cache, actions.review_venue(venue_id, criteria, comment))


def review_vehicle(
    cache: store.CacheLike, vehicle_id: str, criteria: Mapping[str, object], comment: str = ""
) -> OutboxItem:
    return queue(cache, actions.review_vehicle(vehicle_id, criteria, comment))


def review_renter(
    cache: store.CacheLike, booking_id: str, scores: Mapping[str, object], comment: str = ""
) -> OutboxItem:
    return queue(cache, actions.review_renter(booking_id, scores, comment))


# -- contributions and reports --------------------------------------------------

NEW_VENUE_PREFIX = "new-venue-"


def add_venue(
    cache: store.CacheLike,
    name: str,
    category: str,
    location: Location,
    criteria: Mapping[str, object],
    odbl_consent: bool,
) -> OutboxItem:
    """A venue missing from the map. It waits here, then (for a new member) for a
    moderator; the feed, not this computer, finds a duplicate nearby."""
    local = NEW_VENUE_PREFIX + uuid.uuid4().hex
    return queue(cache, actions.add_venue(local, name, category, location, criteria, odbl_consent))


def correct_venue(
    cache: store.CacheLike,
    venue_id: str,
    fact: VenueCriterion,
    value: object,
    note: str,
    odbl_consent: bool,
) -> OutboxItem:
    action = actions.correct_venue(venue_id, fact, value, note, odbl_consent)
    record = store.get_record(cache, "venue", venue_id)
    if record is not None and fact_value(record, fact) == value:
        raise ValidationError("value", "this is already the venue's value", "same_value")
    for e in store.outbox_entries(cache, (PENDING, SENDING)):
        if e.kind == "correct_venue" and e.target_id == venue_id and e.payload == action.payload:
            raise ValidationError("value", "this correction is already waiting", "already_pending")
    return queue(cache, action)


def report(cache: store.CacheLike, kind: ReportTarget, target_id: str, reason: str) -> OutboxItem:
    action = actions.report(kind, target_id, reason)
    for e in store.outbox_entries(cache, (PENDING, SENDING)):
        if e.kind == "report" and e.target_id == target_id:
            raise ValidationError("reason", "your report is already waiting", "already_reported")
    if store.reported(cache, kind.value, target_id):
        raise ValidationError("reason", "you already reported this", "already_reported")
    return queue(cache, action)


@dataclass(frozen=True, slots=True)
class WaitingCorrection:
    """A correction of a venue not yet decided: in the outbox, refused there, or
    sent and waiting for a moderator (``contribution_id`` set)."""

    fact: VenueCriterion
    value: object
    note: str
    state: str  # pending | sending | rejected (outbox), or "moderation"
    key: str = ""  # the outbox entry's, while it is there
    contribution_id: str = ""
    problem: Problem | None = None


def waiting_corrections(cache: store.CacheLike, venue_id: str) -> list[WaitingCorrection]:
    """The corrections of ``venue_id`` I proposed that are not published yet."""
    out: list[WaitingCorrection] = []
    for e in store.outbox_entries(cache, (PENDING, SENDING, REJECTED)):
        if e.kind != "correct_venue" or e.target_id != venue_id or not e.payload:
            continue
        try:
            fact = VenueCriterion(str(e.payload.get("fact")))
        except ValueError:
            continue
        item = OutboxItem.from_entry(e)
        problem = item.problem if e.state == REJECTED else None
        out.append(
            WaitingCorrection(
                fact,
                e.payload.get("value"),
                str(e.payload.get("note", "")),
                e.state,
                e.key,
                problem=problem,
            )
        )
    for c in store.own_contributions(cache, venue_id):
        if c.kind == "correction" and c.status is ContributionStatus.PENDING and c.fact:
            out.append(
                WaitingCorrection(
                    c.fact,
                    c.proposal.get("value"),
                    str(c.proposal.get("note", "")),
                    "moderation",
                    contribution_id=c.id,
                )
            )
    return out


def send_message(cache: store.CacheLike, booking_id: str, text: str) -> OutboxItem:
    """Queues a message; it shows as pending in its thread until the feed has it."""
    return queue(cache, actions.send_message(booking_id, text))


def mark_read(cache: store.CacheLike, booking_id: str, message_id: str) -> OutboxItem | None:
    """Queues a read mark, unless one for this conversation already waits: the
    waiting one is moved forward instead, so a thread read offline many times
    sends one mark, not one per glance."""
    action = actions.mark_read(booking_id, message_id)
    for e in store.outbox_entries(cache, (PENDING,)):
        if e.kind == "mark_read" and e.target_id == booking_id and e.attempts == 0:
            store.outbox_delete(cache, e.key)
    return queue(cache, action)


def add_vehicle_photo(
    cache: store.CacheLike,
    vehicle_id: str,
    source: Path,
    description: str,
    position: int | None = None,
) -> OutboxItem:
    """Queues an upload; the file is copied into the data folder first, so it can
    wait for the network. The description is checked before anything is copied."""
    actions.add_vehicle_photo(vehicle_id, "0" * 32, description, position)
    name = photo_uploads.stage(cache.path, source)
    return queue(cache, actions.add_vehicle_photo(vehicle_id, name, description, position))


def add_venue_photo(
    cache: store.CacheLike, venue_id: str, source: Path, description: str, criterion: str
) -> OutboxItem:
    actions.add_venue_photo(venue_id, "0" * 32, description, criterion)
    name = photo_uploads.stage(cache.path, source)
    return queue(cache, actions.add_venue_photo(venue_id, name, description, criterion))


def edit_photo(
    cache: store.CacheLike,
    photo_id: str,
    description: str | None = None,
    position: int | None = None,
) -> OutboxItem:
    return queue(cache, actions.edit_photo(photo_id, description, position))


def remove_photo(cache: store.CacheLike, photo_id: str) -> OutboxItem:
    return queue(cache, actions.remove_photo(photo_id))


def add_handover_photo(
    cache: store.CacheLike,
    booking_id: str,
    moment: Moment,
    source: Path,
    position: str,
    description: str,
) -> OutboxItem:
    """Queues a photo for a handover report, copied aside first as other photos are."""
    actions.handover_photo(booking_id, moment, "0" * 32, position, description)
    name = photo_uploads.stage(cache.path, source)
    return queue(cache, actions.handover_photo(booking_id, moment, name, position, description))


def edit_handover(
    cache: store.CacheLike,
    booking_id: str,
    moment: Moment,
    *,
    fuel_percent: int | None = None,
    odometer_km: int | None = None,
    notes: str | None = None,
) -> OutboxItem:
    action = actions.edit_handover(
        booking_id, moment, fuel_percent=fuel_percent, odometer_km=odometer_km, notes=notes
    )
    return queue(cache, action)


def remove_handover_photo(
    cache: store.CacheLike, booking_id: str, moment: Moment, photo_id: str
) -> OutboxItem:
    return queue(cache, actions.remove_handover_photo(booking_id, moment, photo_id))


def confirm_handover(cache: store.CacheLike, booking_id: str, moment: Moment) -> OutboxItem:
    return queue(cache, actions.confirm_handover(booking_id, moment))


def report_damage(
    cache: store.CacheLike, booking_id: str, description: str, photo_ids: list[str]
) -> OutboxItem:
    return queue(cache, actions.report_damage(booking_id, description, photo_ids))


def _discard_staged(cache: store.CacheLike, entry: Entry) -> None:
    if entry.kind in UPLOADS and isinstance(entry.payload, dict):
        photo_uploads.discard(cache.path, str(entry.payload.get("file", "")))


# -- what the UI shows ----------------------------------------------------------


def pending_actions(cache: store.CacheLike) -> list[OutboxItem]:
    """Everything not yet accepted: waiting, being sent, or refused (oldest first)."""
    return [
        OutboxItem.from_entry(e) for e in store.outbox_entries(cache, (PENDING, SENDING, REJECTED))
    ]


def waiting_count(cache: store.CacheLike) -> int:
    """How many of the person's own actions wait to be sent (refused ones and the
    app's bookkeeping, such as read marks, are not counted)."""
    return sum(
        1 for e in store.outbox_entries(cache, (PENDING, SENDING)) if e.kind not in BOOKKEEPING
    )


def held_up_by(items: list[OutboxItem]) -> Problem | None:
    """Why what waits was not sent at the last sync: sending stops at the first
    action that cannot go (offline, a sign-in needed…), so everything after it
    waits for the same reason. None when nothing waiting has a problem."""
    for item in items:
        if item.state != REJECTED and item.problem is not None:
            return item.problem
    return None


def all_actions(cache: store.CacheLike) -> list[OutboxItem]:
    return [
        OutboxItem.from_entry(e)
        for e in store.outbox_entries(cache, (PENDING, SENDING, REJECTED, DONE))
    ]


def pending_bookings(cache: store.CacheLike) -> list[PendingBooking]:
    """Booking requests not yet confirmed by the feed, to list under "My bookings"."""
    out: list[PendingBooking] = []
    for e in store.outbox_entries(cache, (PENDING, SENDING, REJECTED)):
        if e.kind != "request_booking" or not e.payload:
            continue
        period = wire.period_from_wire(e.payload)
        sent = e.state == SENDING or e.attempts > 0
        out.append(
            PendingBooking(
                e.key,
                e.target_id,
                period,
                e.state,
                e.error_code,
                e.error_message,
                dict(e.error_params or {}),
                sent,
            )
        )
    return out


def pending_messages(cache: store.CacheLike) -> list[OutboxItem]:
    """Messages not yet accepted by the feed (waiting, being sent or refused),
    oldest first, to show at the end of their threads."""
    return [
        OutboxItem.from_entry(e)
        for e in store.outbox_entries(cache, (PENDING, SENDING, REJECTED))
        if e.kind == "send_message"
    ]


def read_marks(cache: store.CacheLike) -> dict[str, str]:
    """Read marks not yet sent: booking id -> the message marked read."""
    return {
        e.target_id: str(e.payload["message_id"])
        for e in store.outbox_entries(cache, (PENDING, SENDING))
        if e.kind == "mark_read" and e.payload and "message_id" in e.payload
    }


def drop_read_marks(cache: store.CacheLike) -> None:
    """Forgets the read marks not yet sent, before someone else signs in on this
    data: they would go out as that person. Reading the thread again marks it."""
    for e in store.outbox_entries(cache, (PENDING, SENDING)):
        if e.kind == "mark_read":
            store.outbox_delete(cache, e.key)


def dismiss(cache: store.CacheLike, key: str) -> None:
    """The person read a refusal and lets it go. Only refused entries can be dismissed."""
    entry = store.outbox_get(cache, key)
    if entry is None:
        return
    if entry.state not in (REJECTED, DONE):
        raise ValidationError(
            "state", "only a refused or finished action can be dismissed", "not_refused"
        )
    _discard_staged(cache, entry)
    store.outbox_delete(cache, key)


def withdraw(cache: store.CacheLike, key: str) -> None:
    """Takes back an action that was never sent (the feed never saw it).

    Once an action has been sent, even without an answer, the feed may have
    acted on it: it is then answered like any other, and a booking it made is
    cancelled the usual way once it shows up.
    """
    entry = store.outbox_get(cache, key)
    if entry is None:
        return
    if entry.state != PENDING or entry.attempts > 0:
        raise ValidationError(
            "state",
            "this was already sent to the feed; wait for its answer, then cancel if needed",
            "already_sent",
        )
    _discard_staged(cache, entry)
    store.outbox_delete(cache, key)


def retry(cache: store.CacheLike, key: str) -> OutboxItem:
    """Queues a refused action again, as a new request (the refused one changed nothing)."""
    entry = store.outbox_get(cache, key)
    if entry is None:
        raise ValidationError("key", "this action is no longer in the outbox", "not_found")
    if entry.state != REJECTED:
        raise ValidationError("state", "only a refused action can be tried again", "not_refused")
    return OutboxItem.from_entry(store.outbox_requeue(cache, key, new_key()))


# -- pushing --------------------------------------------------------------------


def _people_actions(entries: list[Any]) -> int:
    """How many of ``entries`` are the person's own actions (the app's
    bookkeeping, such as read marks, is not theirs to wait for)."""
    return sum(1 for e in entries if e.kind not in BOOKKEEPING)


@dataclass
class PushResult:
    sent: int = 0
    done: list[OutboxItem] = field(default_factory=list)
    rejected: list[OutboxItem] = field(default_factory=list)
    waiting: int = 0
    # Why pushing stopped early (offline, sign-in needed…); None when all went out.
    stopped_by: SyncError | None = None


def _result_records(kind: str | None, data: Any) -> list[tuple[str, dict[str, Any]]]:
    """The records the feed answered with, validated like any feed record.

    Answers wrap records by kind (``{"booking": {...}}``, and for availability
    also ``{"vehicle": {...}}``); a bare record is taken as ``kind``.
    """
    if not isinstance(data, dict):
        return []
    found = {k: v for k, v in data.items() if k in KNOWN_KINDS and isinstance(v, dict)}
    if not found and kind is not None and "id" in data:
        found = {kind: data}
    out: list[tuple[str, dict[str, Any]]] = []
    for k, record in found.items():
        if k == "availability":
            record_id = record.get("vehicle_id")
        elif k == "conversation":
            record_id = record.get("booking_id")
        else:
            record_id = record.get("id")
        change = parse_change({"kind": k, "id": record_id, "op": "upsert", "data": record})
        if isinstance(change, Change) and change.data is not None:
            out.append((k, dict(change.data)))
    return out


# What each booking action moves the booking to, to recognise an answer lost
# on the way back: the resend is refused because the first one went through.
_MOVES = {
    "accept_booking": BookingStatus.CONFIRMED,
    "decline_booking": BookingStatus.DECLINED,
    "cancel_booking": BookingStatus.CANCELLED,
}


def _already_applied(client: FeedClient, entry: Entry, cancel: CancelToken) -> Any:
    """For a resent booking move refused as an invalid transition: the booking, when
    it already is where this action was taking it (so the first attempt succeeded);
    for a photo removal refused as an unknown photo: the report, when the photo
    is no longer in it."""
    if entry.kind.endswith("_photo_remove"):
        return _photo_already_removed(client, entry, cancel)
    wanted = _MOVES.get(entry.kind)
    if wanted is None:
        return None
    try:
        resp = client.request(
            "GET", f"/v1/bookings/{quote(entry.target_id, safe='')}", auth=True, cancel=cancel
        )
    except SyncError:
        return None
    booking = resp.data.get("booking") if isinstance(resp.data, dict) else None
    if isinstance(booking, dict) and booking.get("status") == wanted.value:
        return resp.data
    return None


def _photo_already_removed(client: FeedClient, entry: Entry, cancel: CancelToken) -> Any:
    moment = entry.kind.removeprefix("handover_").removesuffix("_photo_remove")
    photo_id = entry.payload.get("photo_id") if isinstance(entry.payload, dict) else None
    try:
        resp = client.request(
            "GET",
            f"/v1/bookings/{quote(entry.target_id, safe='')}/handover/{quote(moment, safe='')}",
            auth=True,
            cancel=cancel,
        )
    except SyncError:
        return None
    report = resp.data.get("handover_report") if isinstance(resp.data, dict) else None
    photos = report.get("photos") if isinstance(report, dict) else None
    if isinstance(photos, list) and all(
        not isinstance(p, dict) or p.get("id") != photo_id for p in photos
    ):
        return resp.data
    return None


def _mark_waiting(cache: store.CacheLike, key: str, error: SyncError) -> None:
    if error.never_sent:
        store.outbox_mark_unsent(cache, key, error.problem, str(error))
    else:
        store.outbox_mark_pending(cache, key, error.problem, str(error))


def push(
    cache: store.CacheLike,
    client: FeedClient,
    *,
    progress: Callable[[SyncProgress], None],
    cancel: CancelToken,
    user_id: str | None = None,
) -> PushResult:
    """Sends what waits, in order. ``user_id``: whose sign-in the client holds;
    an action queued under another person's sign-in on this computer is never
    sent with it, and waits, saying so, for its own person."""
    result = PushResult()
    todo = store.outbox_entries(cache, (PENDING, SENDING))
    if user_id is not None:
        mine = [e for e in todo if e.account_id in (None, user_id)]
        for entry in todo:
            if entry.account_id not in (None, user_id):
                store.outbox_mark_pending(
                    cache,
                    entry.key,
                    Problem(ProblemCode.QUEUED_BY_OTHER_ACCOUNT),
                    "queued while another person was signed in; waits for them",
                )
        todo = mine
    for n, entry in enumerate(todo):
        cancel.raise_if_cancelled()
        spec = SPECS.get(entry.kind)
        if spec is None:
            # Written by a newer version of wheelshare: keep it, visibly, unsent.
            rejected = store.outbox_mark_rejected(
                cache,
                entry.key,
                Problem(ProblemCode.UNKNOWN_ACTION, {"kind": entry.kind}),
                f"this version of wheelshare cannot send a {entry.kind!r} action",
                {},
            )
            result.rejected.append(OutboxItem.from_entry(rejected))
            continue
        progress(SyncProgress("push", n, len(todo), f"sending {spec.label.lower()}"))
        if entry.kind == "create_vehicle":
            target: str | None = entry.target_id
        else:
            target = store.resolve_local_id(cache, entry.target_id)
        if target is None:
            # Its listing was refused or dismissed before the feed ever had it.
            rejected = store.outbox_mark_rejected(
                cache,
                entry.key,
                Problem(ProblemCode.DEPENDS_ON_REFUSED),
                "the new listing this changes was refused, so this cannot be sent",
                {},
            )
            result.rejected.append(OutboxItem.from_entry(rejected))
            continue
        if target.startswith(LOCAL_ID_PREFIX) and entry.kind != "create_vehicle":
            # The listing it changes has not been accepted yet: keep the order.
            result.waiting = _people_actions(todo[n:])
            break
        action = Action(entry.kind, target, entry.payload)
        body = action.body()
        payload = dict(body) if isinstance(body, dict) else None
        if payload is not None and entry.kind == "request_booking":
            payload["vehicle_id"] = target
        # Sent before without a recorded answer (a crash, or the answer was lost).
        resent = entry.state == SENDING or entry.attempts > 0
        form = None
        if entry.kind in UPLOADS and payload is not None:
            form = _upload_form(cache, payload)
            payload = None
        store.outbox_mark_sending(cache, entry.key)
        try:
            resp = client.request(
                action.spec.method,
                action.path(),
                json_body=payload,
                form=form,
                auth=True,
                idempotency_key=entry.key,
                cancel=cancel,
            )
        except AuthNeededError as e:
            _mark_waiting(cache, entry.key, e)
            result.stopped_by = e
            result.waiting = _people_actions(todo[n:])
            break
        except RejectedError as e:
            earlier = None
            # A photo already gone is removed, whoever removed it (also this
            # action, its answer lost and resent within the one request).
            gone = e.code == "photo_not_found" and entry.kind.endswith("_photo_remove")
            if (resent and e.code == "invalid_transition") or gone:
                earlier = _already_applied(client, entry, cancel)
            if earlier is None:
                rejected = store.outbox_mark_rejected(
                    cache, entry.key, e.problem, e.message, e.fields, feed_code=e.code
                )
                result.sent += 1
                result.rejected.append(OutboxItem.from_entry(rejected))
                continue
            resp = FeedResponse(200, earlier, None)
        except SyncError as e:
            if not e.transient:
                raise
            _mark_waiting(cache, entry.key, e)
            result.stopped_by = e
            result.waiting = _people_actions(todo[n:])
            break
        done = store.outbox_mark_done(
            cache,
            entry.key,
            resp.data if isinstance(resp.data, dict) else None,
            _result_records(action.spec.result_kind, resp.data),
        )
        _discard_staged(cache, entry)
        result.sent += 1
        result.done.append(OutboxItem.from_entry(done))
    return result


def _upload_form(cache: store.CacheLike, payload: dict[str, Any]) -> dict[str, Any]:
    """The multipart form of a staged photo upload: its text fields and the file."""
    fields: dict[str, Any] = {k: str(v) for k, v in payload.items() if k != "file"}
    data = photo_uploads.read(cache.path, str(payload.get("file", "")))
    fields["file"] = ("photo", data)
    return fields
