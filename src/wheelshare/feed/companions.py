"""Travel companions on the feed: posting trips and offers, offering help,
answering, cancelling, rating; the sweep that closes what has passed.

What goes where (docs/feed-protocol.md, "Travel companions"):

* a trip publicly carries its places (a station, airport or town, coordinates
  to two decimals), its window, mode, the help needed and the compensation —
  no name, no id of the traveller, no note, no wheelchair profile;
* an offer publicly carries the companion's display name and rating, its
  places, window and mode — no note;
* the author gets the whole record in their own feed;
* a companionship goes to its two people only; the meeting point, the
  contacts, the traveller's note and their shared wheelchair profile are in
  it only while it is confirmed;
* a rating goes to its author at once, and to the person rated once both
  rated or the blind period passed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wheelshare.domain import ValidationError
from wheelshare.domain.companions import (
    RATING_BLIND_PERIOD,
    CancelReason,
    CompanionshipStatus,
    Journey,
    PostStatus,
    TravelMode,
    TripPlace,
    check_journey,
    check_stars,
    check_transition,
    compensation,
    parse_help,
)
from wheelshare.domain.errors import TransitionError
from wheelshare.domain.wire import format_time
from wheelshare.feed import changelog, double_blind
from wheelshare.feed.db import Database, utcnow
from wheelshare.feed.errors import Conflict, Forbidden, Invalid, NotFound
from wheelshare.feed.models import (
    CompanionOfferRow,
    CompanionRatingRow,
    CompanionshipRow,
    TripRow,
    User,
)

S = CompanionshipStatus
# Companionships that still hold the two people.
_LIVE = (S.OFFERED.value, S.CONFIRMED.value)


@dataclass(frozen=True, slots=True)
class Posted:
    data: dict[str, Any]
    created: bool


# -- what each feed gets ------------------------------------------------------


def public_place(place: dict[str, Any]) -> dict[str, Any]:
    """A station, airport or town as anyone may read it: to about a kilometre."""
    return {
        "name": place["name"],
        "kind": place["kind"],
        "city": place.get("city", ""),
        "lat": round(float(place["lat"]), 2),
        "lon": round(float(place["lon"]), 2),
    }


_PUBLIC_TRIP = ("id", "mode", "leaves_from", "leaves_until", "help", "compensation", "status")
_PUBLIC_OFFER = ("id", "mode", "leaves_from", "leaves_until", "status", "companion_name")


def public_trip(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: data[k] for k in _PUBLIC_TRIP}
    out["origin"] = public_place(data["origin"])
    out["destination"] = public_place(data["destination"])
    out["updated_at"] = data["updated_at"]
    return out


def public_offer(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: data[k] for k in _PUBLIC_OFFER}
    out["companion_rating"] = data["companion_rating"]
    out["origin"] = public_place(data["origin"])
    out["destination"] = public_place(data["destination"])
    out["updated_at"] = data["updated_at"]
    return out


def _publish_trip(session: Session, row: TripRow) -> None:
    changelog.record(session, "trip", row.id, "upsert", public_trip(row.data))
    changelog.record(session, "trip", row.id, "upsert", row.data, visible_to=(row.author_id,))


def _publish_offer(session: Session, row: CompanionOfferRow) -> None:
    changelog.record(session, "companion_offer", row.id, "upsert", public_offer(row.data))
    changelog.record(
        session, "companion_offer", row.id, "upsert", row.data, visible_to=(row.author_id,)
    )


def companionship_view(row: CompanionshipRow) -> dict[str, Any]:
    """The record both people get: the meeting point, the contacts, the
    traveller's note and the wheelchair profile they shared only while
    confirmed (anyone may offer to help, and must not learn a stranger's
    wheelchair, or what their free-text note says of their body or home, by
    doing so)."""
    data = dict(row.data)
    if row.status != S.CONFIRMED.value:
        data["meeting_point"] = None
        data["traveller_contact"] = None
        data["companion_contact"] = None
        data["profile"] = None
        data["trip_note"] = ""
    return data


def _publish_companionship(session: Session, row: CompanionshipRow) -> None:
    changelog.record(
        session,
        "companionship",
        row.id,
        "upsert",
        companionship_view(row),
        visible_to=(row.traveller_id, row.companion_id),
    )


# -- posting ------------------------------------------------------------------


def _digest(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _place(value: dict[str, Any], field: str) -> TripPlace:
    try:
        return TripPlace(
            str(value["name"]).strip(),
            float(value["lat"]),
            float(value["lon"]),
            str(value["kind"]),
            str(value.get("city", "")).strip(),
        )
    except ValidationError as e:
        raise Invalid(e.message, code=e.code, fields={field: e.message}) from None


def _journey(fields: dict[str, Any], now: datetime) -> Journey:
    journey = Journey(
        _place(fields["origin"], "origin"),
        _place(fields["destination"], "destination"),
        fields["leaves_from"],
        fields["leaves_until"],
        TravelMode(fields["mode"]),
    )
    try:
        check_journey(journey, now)
    except ValidationError as e:
        raise Invalid(e.message, code=e.code, fields={e.field: e.message}) from None
    return journey


def _place_wire(place: TripPlace) -> dict[str, Any]:
    return {
        "name": place.name,
        "kind": place.kind,
        "city": place.city,
        "lat": round(place.lat, 5),
        "lon": round(place.lon, 5),
    }


def _open_posts(session: Session, user: User) -> int:
    trips = session.scalar(
        select(func.count())
        .select_from(TripRow)
        .where(TripRow.author_id == user.id, TripRow.status.in_(("open", "accompanied")))
    )
    offers = session.scalar(
        select(func.count())
        .select_from(CompanionOfferRow)
        .where(CompanionOfferRow.author_id == user.id, CompanionOfferRow.status == "open")
    )
    return int(trips or 0) + int(offers or 0)


def post(
    session: Session,
    user: User,
    model: type[TripRow] | type[CompanionOfferRow],
    fields: dict[str, Any],
    key: str,
    max_open: int,
) -> Posted:
    """Posts a trip (``TripRow``) or an offer, once per (author, ``key``)."""
    digest = _digest(fields)
    earlier = _earlier(session, user, model, key, digest)
    if earlier is not None:
        return earlier
    now = utcnow()
    journey = _journey(fields, now)
    if _open_posts(session, user) >= max_open:
        raise Conflict(
            f"at most {max_open} trips and offers may be open at once",
            code="too_many_open_trips",
        )
    data: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "mode": journey.mode.value,
        "origin": _place_wire(journey.origin),
        "destination": _place_wire(journey.destination),
        "leaves_from": format_time(journey.leaves_from),
        "leaves_until": format_time(journey.leaves_until),
        "status": PostStatus.OPEN.value,
        "note": fields.get("note", ""),
        "created_at": format_time(now),
        "updated_at": format_time(now),
    }
    if model is TripRow:
        try:
            needs = parse_help(fields.get("help", []))
        except ValidationError as e:
            raise Invalid(e.message, fields={"help": e.message}) from None
        money = compensation(journey.mode, journey.origin, journey.destination)
        data |= {
            "traveller_id": user.id,
            "help": sorted(h.value for h in needs),
            "compensation": {"amount": money.amount, "currency": money.currency},
            "profile": fields.get("profile"),
        }
    else:
        data |= {
            "companion_id": user.id,
            "companion_name": user.display_name,
            "companion_rating": companion_rating(session, user.id),
        }
    row = model(
        id=data["id"],
        author_id=user.id,
        mode=journey.mode.value,
        status=PostStatus.OPEN.value,
        leaves_from=journey.leaves_from,
        leaves_until=journey.leaves_until,
        idempotency_key=key,
        body_digest=digest,
        data=data,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        winner = _earlier(session, user, model, key, digest)
        if winner is None:
            raise
        return winner
    if isinstance(row, TripRow):
        _publish_trip(session, row)
    else:
        _publish_offer(session, row)
    return Posted(data, created=True)


def _earlier(
    session: Session,
    user: User,
    model: type[TripRow] | type[CompanionOfferRow],
    key: str,
    digest: str,
) -> Posted | None:
    row = cast(
        "TripRow | CompanionOfferRow | None",
        session.scalar(
            select(model).where(model.author_id == user.id, model.idempotency_key == key)
        ),
    )
    if row is None:
        return None
    if row.body_digest != digest:
        raise Conflict(
            "this Idempotency-Key was already used for a different post",
            code="idempotency_key_reused",
        )
    return Posted(dict(row.data), created=False)


def _load(session: Session, model: Any, record_id: str, what: str) -> Any:
    row = None if "\x00" in record_id else session.get(model, record_id, with_for_update=True)
    if row is None:
        raise NotFound(f"there is no {what} with id {record_id!r}", code=f"{what}_not_found")
    return row


def _set(row: Any, now: datetime, **changes: Any) -> None:
    row.data = {**row.data, **changes, "updated_at": format_time(now)}
    row.updated_at = now


def cancel_post(
    session: Session,
    user: User,
    model: type[TripRow] | type[CompanionOfferRow],
    record_id: str,
    reason: CancelReason,
) -> dict[str, Any]:
    """The author withdraws a trip or an offer; a trip's live companionships end with it."""
    what = "trip" if model is TripRow else "offer"
    row = _load(session, model, record_id, what)
    if row.author_id != user.id:
        raise Forbidden(f"only its author may cancel this {what}", code="not_author")
    if row.status in (PostStatus.CANCELLED.value, PostStatus.OVER.value):
        raise Conflict(f"the {what} is {row.status} already", code="invalid_transition")
    now = utcnow()
    row.status = PostStatus.CANCELLED.value
    _set(row, now, status=row.status, cancel_reason=reason.value)
    if isinstance(row, TripRow):
        _publish_trip(session, row)
        live = session.scalars(
            select(CompanionshipRow).where(
                CompanionshipRow.trip_id == row.id, CompanionshipRow.status.in_(_LIVE)
            )
        ).all()
        for c in live:
            _move(session, c, S.CANCELLED, now, reason=reason, by="traveller")
    else:
        _publish_offer(session, row)
    return dict(row.data)


# -- companionships -------------------------------------------------------------


def offer_help(
    session: Session,
    companion: User,
    trip_id: str,
    offer_id: str | None,
    note: str,
    contact: str,
) -> Posted:
    """The companion offers to help on a trip; a resend answers with the live one."""
    trip = _load(session, TripRow, trip_id, "trip")
    if trip.author_id == companion.id:
        raise Forbidden("this is your own trip", code="own_trip")
    if trip.status != PostStatus.OPEN.value:
        code = "already_accompanied" if trip.status == "accompanied" else "invalid_transition"
        raise Conflict(f"the trip is {trip.status}", code=code)
    if offer_id is not None:
        offer = _load(session, CompanionOfferRow, offer_id, "offer")
        if offer.author_id != companion.id:
            raise Forbidden("only the offer's author may use it", code="not_author")
    existing = session.scalar(
        select(CompanionshipRow).where(
            CompanionshipRow.trip_id == trip.id,
            CompanionshipRow.companion_id == companion.id,
            CompanionshipRow.status.in_(_LIVE),
        )
    )
    if existing is not None:
        return Posted(companionship_view(existing), created=False)
    now = utcnow()
    traveller = session.get(User, trip.author_id)
    assert traveller is not None  # a foreign key
    data: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "trip_id": trip.id,
        "offer_id": offer_id,
        "trip": public_trip(trip.data),
        "traveller_id": traveller.id,
        "traveller_name": traveller.display_name,
        "companion_id": companion.id,
        "companion_name": companion.display_name,
        "companion_rating": companion_rating(session, companion.id),
        "status": S.OFFERED.value,
        "note": note,
        # The traveller's own note and shared wheelchair profile: for the
        # person who offered to help, and for nobody else (both only once the
        # traveller accepted them: companionship_view).
        "trip_note": trip.data.get("note", ""),
        "profile": trip.data.get("profile"),
        "meeting_point": None,
        "traveller_contact": None,
        "companion_contact": contact or None,
        "cancel_reason": None,
        "cancelled_by": None,
        # Reserved for a conversation between the two (protocol v2: always null).
        "conversation_id": None,
        "rated_by_traveller": False,
        "rated_by_companion": False,
        "created_at": format_time(now),
        "updated_at": format_time(now),
    }
    row = CompanionshipRow(
        id=data["id"],
        trip_id=trip.id,
        offer_id=offer_id,
        traveller_id=traveller.id,
        companion_id=companion.id,
        status=S.OFFERED.value,
        over_at=trip.leaves_until,
        data=data,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    _publish_companionship(session, row)
    return Posted(companionship_view(row), created=True)


def _move(
    session: Session,
    row: CompanionshipRow,
    wanted: CompanionshipStatus,
    now: datetime,
    *,
    reason: CancelReason | None = None,
    by: str | None = None,
) -> None:
    try:
        check_transition(S(row.status), wanted)
    except TransitionError as e:
        raise Conflict(str(e), code="invalid_transition") from None
    row.status = wanted.value
    changes: dict[str, Any] = {"status": wanted.value}
    if reason is not None:
        changes |= {"cancel_reason": reason.value, "cancelled_by": by}
    _set(row, now, **changes)
    _publish_companionship(session, row)


def _party(row: CompanionshipRow, user: User) -> str:
    if user.id == row.traveller_id:
        return "traveller"
    if user.id == row.companion_id:
        return "companion"
    raise Forbidden("only the traveller and the companion may do this", code="not_party")


def answer(
    session: Session,
    user: User,
    companionship_id: str,
    accept: bool,
    meeting_point: str = "",
    contact: str = "",
) -> dict[str, Any]:
    """The traveller accepts (with a meeting point) or declines an offer of help."""
    row = _load(session, CompanionshipRow, companionship_id, "companionship")
    if _party(row, user) != "traveller":
        raise Forbidden("only the traveller answers an offer of help", code="not_party")
    now = utcnow()
    if not accept:
        _move(session, row, S.DECLINED, now)
        return companionship_view(row)
    trip = _load(session, TripRow, row.trip_id, "trip")
    if row.status == S.OFFERED.value and trip.status == PostStatus.ACCOMPANIED.value:
        raise Conflict("the trip has a confirmed companion already", code="already_accompanied")
    if not meeting_point.strip():
        raise Invalid("say where to meet", fields={"meeting_point": "required"})
    if trip.leaves_until <= now:
        raise Conflict("the trip's window has passed", code="invalid_transition")
    _move(session, row, S.CONFIRMED, now)
    _set(row, now, meeting_point=meeting_point.strip(), traveller_contact=contact or None)
    _publish_companionship(session, row)
    trip.status = PostStatus.ACCOMPANIED.value
    _set(trip, now, status=trip.status)
    _publish_trip(session, trip)
    return companionship_view(row)


def cancel(
    session: Session, user: User, companionship_id: str, reason: CancelReason
) -> dict[str, Any]:
    """Either person ends a companionship, saying why; the trip opens again."""
    row = _load(session, CompanionshipRow, companionship_id, "companionship")
    _end(session, row, reason, _party(row, user), utcnow())
    return companionship_view(row)


def _end(
    session: Session, row: CompanionshipRow, reason: CancelReason, by: str, now: datetime
) -> None:
    was_confirmed = row.status == S.CONFIRMED.value
    _move(session, row, S.CANCELLED, now, reason=reason, by=by)
    if was_confirmed:
        trip = _load(session, TripRow, row.trip_id, "trip")
        if trip.status == PostStatus.ACCOMPANIED.value:
            trip.status = PostStatus.OPEN.value
            _set(trip, now, status=trip.status)
            _publish_trip(session, trip)


def rate(
    session: Session, user: User, companionship_id: str, stars: int, comment: str
) -> dict[str, Any]:
    """One rating each, once the trip is over; hidden from the other until both
    rated or ``RATING_BLIND_PERIOD`` after the trip."""
    row = _load(session, CompanionshipRow, companionship_id, "companionship")
    role = _party(row, user)
    now = utcnow()
    if row.status == S.CONFIRMED.value and row.over_at <= now:
        _move(session, row, S.DONE, now)
    if row.status != S.DONE.value:
        raise Conflict("the trip has not taken place", code="trip_not_over")
    try:
        stars = check_stars(stars)
    except ValidationError as e:
        raise Invalid(e.message, fields={"stars": e.message}) from None
    taken = session.scalar(
        select(CompanionRatingRow).where(
            CompanionRatingRow.companionship_id == row.id,
            CompanionRatingRow.author_id == user.id,
        )
    )
    if taken is not None:
        raise Conflict("you rated this companionship already", code="already_rated")
    subject = row.companion_id if role == "traveller" else row.traveller_id
    data = {
        "id": str(uuid.uuid4()),
        "companionship_id": row.id,
        "author_role": role,
        "author_name": user.display_name,
        "stars": stars,
        "comment": comment,
        "created_at": format_time(now),
    }
    rating = CompanionRatingRow(
        id=data["id"],
        companionship_id=row.id,
        author_id=user.id,
        subject_id=subject,
        of_companion=role == "traveller",
        stars=stars,
        published=False,
        visible_at=row.over_at + RATING_BLIND_PERIOD,
        data=data,
        created_at=now,
    )
    session.add(rating)
    session.flush()
    changelog.record(session, "companion_rating", rating.id, "upsert", data, visible_to=(user.id,))
    _set(row, now, **{f"rated_by_{role}": True})
    _publish_companionship(session, row)
    both = session.scalars(
        select(CompanionRatingRow).where(CompanionRatingRow.companionship_id == row.id)
    ).all()
    if len(both) == 2:
        for r in both:
            _reveal(session, r)
    return data


def _reveal(session: Session, rating: CompanionRatingRow) -> None:
    rating.published = True
    changelog.record(
        session,
        "companion_rating",
        rating.id,
        "upsert",
        rating.data,
        visible_to=(rating.subject_id,),
    )
    if rating.of_companion:
        _refresh_offers(session, rating.subject_id)


def companion_rating(session: Session, user_id: str) -> dict[str, Any]:
    """The average of the travellers' revealed ratings of this companion."""
    avg, count = session.execute(
        select(func.avg(CompanionRatingRow.stars), func.count(CompanionRatingRow.id)).where(
            CompanionRatingRow.subject_id == user_id,
            CompanionRatingRow.of_companion.is_(True),
            CompanionRatingRow.published.is_(True),
        )
    ).one()
    return {"average": None if avg is None else round(float(avg), 2), "count": int(count)}


def _refresh_offers(session: Session, companion_id: str) -> None:
    session.flush()
    rating = companion_rating(session, companion_id)
    now = utcnow()
    for offer in session.scalars(
        select(CompanionOfferRow).where(
            CompanionOfferRow.author_id == companion_id, CompanionOfferRow.status == "open"
        )
    ):
        _set(offer, now, companion_rating=rating)
        _publish_offer(session, offer)


# -- the sweep ------------------------------------------------------------------


def due_checks(now: datetime | ColumnElement[Any]) -> list[Select[Any]]:
    """What :func:`sweep` would close or reveal now, one statement per kind."""
    return [
        select(TripRow.id).where(
            TripRow.status.in_(("open", "accompanied")), TripRow.leaves_until <= now
        ),
        select(CompanionOfferRow.id).where(
            CompanionOfferRow.status == "open", CompanionOfferRow.leaves_until <= now
        ),
        select(CompanionshipRow.id).where(
            CompanionshipRow.status.in_(_LIVE), CompanionshipRow.over_at <= now
        ),
        double_blind.due_check(CompanionRatingRow, now),
    ]


def anything_due(session: Session, now: datetime) -> bool:
    return any(session.scalar(q.limit(1)) is not None for q in due_checks(now))


def sweep(session: Session, now: datetime) -> int:
    """Closes trips, offers and companionships whose window has passed, and
    reveals ratings whose blind period is over."""
    n = 0
    for model in (TripRow, CompanionOfferRow):
        rows = cast(
            "Sequence[TripRow | CompanionOfferRow]",
            session.scalars(
                select(model)
                .where(
                    or_(model.status == "open", model.status == "accompanied"),
                    model.leaves_until <= now,
                )
                .limit(500)
                .with_for_update(skip_locked=True)
            ).all(),
        )
        for post_row in rows:
            post_row.status = PostStatus.OVER.value
            _set(post_row, now, status=post_row.status)
            if isinstance(post_row, TripRow):
                _publish_trip(session, post_row)
            else:
                _publish_offer(session, post_row)
        n += len(rows)
    live = session.scalars(
        select(CompanionshipRow)
        .where(CompanionshipRow.status.in_(_LIVE), CompanionshipRow.over_at <= now)
        .limit(500)
        .with_for_update(skip_locked=True)
    ).all()
    for c in live:
        if c.status == S.CONFIRMED.value:
            _move(session, c, S.DONE, now)
        else:  # an offer nobody answered before the trip
            _move(session, c, S.DECLINED, now)
    n += len(live)
    hidden = double_blind.take_due(session, CompanionRatingRow, now)
    for r in hidden:
        _reveal(session, r)
    return n + len(hidden)


def sweep_due(db: Database) -> int:
    return double_blind.sweep_when_due(db, anything_due, sweep)


# -- the person's rights --------------------------------------------------------


def export(session: Session, user: User) -> dict[str, list[dict[str, Any]]]:
    """The person's trips, offers, companionships and the ratings they wrote."""
    both = or_(CompanionshipRow.traveller_id == user.id, CompanionshipRow.companion_id == user.id)
    return {
        "trips": [
            r.data for r in session.scalars(select(TripRow).where(TripRow.author_id == user.id))
        ],
        "companion_offers": [
            r.data
            for r in session.scalars(
                select(CompanionOfferRow).where(CompanionOfferRow.author_id == user.id)
            )
        ],
        "companionships": [
            companionship_view(r) for r in session.scalars(select(CompanionshipRow).where(both))
        ],
        "companion_ratings": [
            r.data
            for r in session.scalars(
                select(CompanionRatingRow).where(CompanionRatingRow.author_id == user.id)
            )
        ],
    }


def rename(session: Session, user: User, name: str) -> None:
    """A new display name on the person's offers, companionships and ratings,
    sent again to whoever saw the old one."""
    now = utcnow()
    offers = session.scalars(
        select(CompanionOfferRow).where(CompanionOfferRow.author_id == user.id)
    ).all()
    for offer in offers:
        _set(offer, now, companion_name=name)
        _publish_offer(session, offer)
    both = or_(CompanionshipRow.traveller_id == user.id, CompanionshipRow.companion_id == user.id)
    for c in session.scalars(select(CompanionshipRow).where(both)):
        _set(c, now, **{f"{_party(c, user)}_name": name})
        _publish_companionship(session, c)
    ratings = session.scalars(
        select(CompanionRatingRow).where(CompanionRatingRow.author_id == user.id)
    ).all()
    for rating in ratings:
        rating.data = {**rating.data, "author_name": name}
        audience = (user.id, rating.subject_id) if rating.published else (user.id,)
        changelog.record(
            session, "companion_rating", rating.id, "upsert", rating.data, visible_to=audience
        )


def leave(session: Session, user: User, former_name: str) -> None:
    """An account being deleted: its open trips and offers are withdrawn, its
    live companionships cancelled (the other person is told), and its notes,
    contacts, profile and name removed from what stays."""
    now = utcnow()
    for model in (TripRow, CompanionOfferRow):
        rows = cast(
            "Sequence[TripRow | CompanionOfferRow]",
            session.scalars(select(model).where(model.author_id == user.id)).all(),
        )
        for row in rows:
            if row.status in (PostStatus.OPEN.value, PostStatus.ACCOMPANIED.value):
                cancel_post(session, user, type(row), row.id, CancelReason.OTHER)
            scrubbed = {"note": "", "profile": None} if isinstance(row, TripRow) else {}
            if isinstance(row, CompanionOfferRow):
                scrubbed = {"note": "", "companion_name": former_name}
            _set(row, now, **scrubbed)
            if isinstance(row, TripRow):
                _publish_trip(session, row)
            else:
                _publish_offer(session, row)
    both = or_(CompanionshipRow.traveller_id == user.id, CompanionshipRow.companion_id == user.id)
    for c in session.scalars(select(CompanionshipRow).where(both)):
        if c.status in _LIVE:
            _end(session, c, CancelReason.OTHER, _party(c, user), now)
        role = _party(c, user)
        _set(
            c,
            now,
            **{f"{role}_name": former_name, f"{role}_contact": None},
            **({"trip_note": "", "profile": None} if role == "traveller" else {"note": ""}),
        )
        _publish_companionship(session, c)
