"""What a person can do, as outbox actions: validated first, then described as HTTP.

Building an ``Action`` validates everything that can be checked without the
feed, raising the domain's ValidationError naming the field (and, as its
``problem``, a code the interface words), so a form can show the problem
beside it and nothing invalid is ever queued. An action is
plain data (kind, target, JSON payload), so it survives in the outbox across
restarts and can be sent later, in order, by ``outbox.push``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from wheelshare.domain import clock, wire
from wheelshare.domain.categories import VENUE_CATEGORIES
from wheelshare.domain.companions import (
    CONTACT_LIMIT,
    MEETING_POINT_LIMIT,
    NOTE_LIMIT,
    CancelReason,
    Help,
    Journey,
    TripPlace,
    check_journey,
    check_stars,
)
from wheelshare.domain.contribution import (
    FACTS,
    MAX_NAME,
    MAX_NOTE,
    MAX_REASON,
    ReportTarget,
    fact_problem,
)
from wheelshare.domain.errors import ValidationError
from wheelshare.domain.handover import (
    MAX_DAMAGE_DESCRIPTION,
    MAX_ODOMETER_KM,
    Moment,
    clean_notes,
    position_from,
)
from wheelshare.domain.message import clean_text
from wheelshare.domain.photo import clean_description, criterion_from
from wheelshare.domain.renter_review import check_comment, check_scores
from wheelshare.domain.review import MAX_COMMENT, validate_criteria
from wheelshare.domain.values import Location, Period, check_coordinates
from wheelshare.domain.vehicle import Availability, Vehicle
from wheelshare.domain.venue import Entrance
from wheelshare.domain.vocabulary import TargetKind, VenueCriterion

Json = dict[str, Any]

# A client-side id for a vehicle the feed has not confirmed yet.
LOCAL_ID_PREFIX = "local-"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """How one kind of action goes over the wire."""

    kind: str
    method: str
    path: str  # with {target} for the quoted target id
    result_kind: str | None  # the record kind the answer carries, applied to the cache
    label: str  # for people: "Booking request", shown in the outbox list
    # Payload fields that name a second thing in the path ("{photo_id}"), sent
    # there rather than in the body.
    path_fields: tuple[str, ...] = ()


SPECS: dict[str, ActionSpec] = {
    s.kind: s
    for s in (
        ActionSpec("request_booking", "POST", "/v1/bookings", "booking", "Booking request"),
        ActionSpec(
            "cancel_booking", "POST", "/v1/bookings/{target}/cancel", "booking", "Cancellation"
        ),
        ActionSpec(
            "accept_booking", "POST", "/v1/bookings/{target}/accept", "booking", "Accept request"
        ),
        ActionSpec(
            "decline_booking", "POST", "/v1/bookings/{target}/decline", "booking", "Decline request"
        ),
        ActionSpec("create_vehicle", "POST", "/v1/vehicles", "vehicle", "New listing"),
        ActionSpec("update_vehicle", "PATCH", "/v1/vehicles/{target}", "vehicle", "Listing edit"),
        ActionSpec("unlist_vehicle", "DELETE", "/v1/vehicles/{target}", "vehicle", "Unlisting"),
        ActionSpec(
            "set_availability",
            "PUT",
            "/v1/vehicles/{target}/availability",
            "availability",
            "Availability change",
        ),
        ActionSpec("review_venue", "POST", "/v1/venues/{target}/reviews", "review", "Venue review"),
        ActionSpec(
            "review_vehicle", "POST", "/v1/vehicles/{target}/reviews", "review", "Vehicle review"
        ),
        ActionSpec(
            "review_renter",
            "POST",
            "/v1/bookings/{target}/renter-review",
            "renter_review",
            "Renter review",
        ),
        ActionSpec("add_venue", "POST", "/v1/venues", "contribution", "New venue"),
        ActionSpec(
            "correct_venue",
            "POST",
            "/v1/venues/{target}/corrections",
            "contribution",
            "Venue correction",
        ),
        ActionSpec("report", "POST", "/v1/reports", "report", "Report"),
        ActionSpec("post_trip", "POST", "/v1/trips", "trip", "Trip"),
        ActionSpec(
            "post_companion_offer", "POST", "/v1/companion-offers", "companion_offer", "Offer"
        ),
        ActionSpec("cancel_trip", "POST", "/v1/trips/{target}/cancel", "trip", "Trip cancelled"),
        ActionSpec(
            "cancel_companion_offer",
            "POST",
            "/v1/companion-offers/{target}/cancel",
            "companion_offer",
            "Offer cancelled",
        ),
        ActionSpec(
            "offer_help", "POST", "/v1/trips/{target}/help", "companionship", "Offer of help"
        ),
        ActionSpec(
            "accept_help",
            "POST",
            "/v1/companionships/{target}/accept",
            "companionship",
            "Companion accepted",
        ),
        ActionSpec(
            "decline_help",
            "POST",
            "/v1/companionships/{target}/decline",
            "companionship",
            "Companion declined",
        ),
        ActionSpec(
            "cancel_companionship",
            "POST",
            "/v1/companionships/{target}/cancel",
            "companionship",
            "Companionship cancelled",
        ),
        ActionSpec(
            "rate_companion",
            "POST",
            "/v1/companionships/{target}/rating",
            "companion_rating",
            "Companion rating",
        ),
        ActionSpec("send_message", "POST", "/v1/bookings/{target}/messages", "message", "Message"),
        ActionSpec(
            "mark_read",
            "POST",
            "/v1/bookings/{target}/messages/read",
            "conversation",
            "Messages read",
        ),
        ActionSpec(
            "add_vehicle_photo", "POST", "/v1/vehicles/{target}/photos", "photo", "New photo"
        ),
        ActionSpec("add_venue_photo", "POST", "/v1/venues/{target}/photos", "photo", "New photo"),
        ActionSpec("edit_photo", "PATCH", "/v1/photos/{target}", "photo", "Photo change"),
        ActionSpec("remove_photo", "DELETE", "/v1/photos/{target}", None, "Photo removal"),
        *(
            spec
            for m in Moment
            for spec in (
                ActionSpec(
                    f"handover_{m.value}_photo",
                    "POST",
                    f"/v1/bookings/{{target}}/handover/{m.value}/photos",
                    "handover_report",
                    "Handover photo",
                ),
                ActionSpec(
                    f"handover_{m.value}_photo_remove",
                    "DELETE",
                    f"/v1/bookings/{{target}}/handover/{m.value}/photos/{{photo_id}}",
                    "handover_report",
                    "Handover photo removal",
                    path_fields=("photo_id",),
                ),
                ActionSpec(
                    f"handover_{m.value}_edit",
                    "PATCH",
                    f"/v1/bookings/{{target}}/handover/{m.value}",
                    "handover_report",
                    "Handover report",
                ),
                ActionSpec(
                    f"handover_{m.value}_confirm",
                    "POST",
                    f"/v1/bookings/{{target}}/handover/{m.value}/confirm",
                    "handover_report",
                    "Handover confirmed",
                ),
            )
        ),
        ActionSpec(
            "report_damage",
            "POST",
            "/v1/bookings/{target}/damage",
            "damage_report",
            "Damage report",
        ),
    )
}
# Actions sent as a form with a file (the payload's "file": a staged photo's name).
UPLOADS = frozenset(
    {"add_vehicle_photo", "add_venue_photo", *(f"handover_{m.value}_photo" for m in Moment)}
)
# Bookkeeping the app does on the person's behalf, not something they did: sent
# like any action (once, across restarts), but never counted as "waiting to be
# sent", where it would read as a request or a message not gone yet.
BOOKKEEPING = frozenset({"mark_read"})


@dataclass(frozen=True, slots=True)
class Action:
    kind: str
    target_id: str
    payload: Json | None

    @property
    def spec(self) -> ActionSpec:
        return SPECS[self.kind]

    def path(self, target_id: str | None = None) -> str:
        """The URL path; ``target_id`` overrides a local id the feed has since replaced."""
        path = self.spec.path.replace("{target}", quote(target_id or self.target_id, safe=""))
        for name in self.spec.path_fields:
            value = self.payload.get(name) if isinstance(self.payload, dict) else None
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        return path

    def body(self) -> Json | None:
        """What goes in the request's body: the payload less what is in the path."""
        if not isinstance(self.payload, dict) or not self.spec.path_fields:
            return self.payload
        rest = {k: v for k, v in self.payload.items() if k not in self.spec.path_fields}
        return rest or None


def _target(value: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise ValidationError(field, "choose what this applies to (the id is missing)")
    return value


# -- bookings -----------------------------------------------------------------


def request_booking(vehicle_id: str, period: Period, now: datetime | None = None) -> Action:
    _target(vehicle_id, "vehicle_id")
    if not isinstance(period, Period):
        raise ValidationError("period", "choose the dates of the rental")
    if period.start <= (now or clock.now()):
        raise ValidationError("start", "the rental must start in the future", "in_the_past")
    return Action(
        "request_booking",
        vehicle_id,
        {
            "vehicle_id": vehicle_id,
            "start": wire.format_time(period.start),
            "end": wire.format_time(period.end),
        },
    )


def cancel_booking(booking_id: str) -> Action:
    return Action("cancel_booking", _target(booking_id, "booking_id"), None)


def accept_booking(booking_id: str) -> Action:
    return Action("accept_booking", _target(booking_id, "booking_id"), None)


def decline_booking(booking_id: str) -> Action:
    return Action("decline_booking", _target(booking_id, "booking_id"), None)


# -- listings -----------------------------------------------------------------

# What an owner writes; everything else (id, owner, rating, listed…) the feed
# decides, or another action changes (unlisting).
OWNER_FIELDS = (
    "title",
    "description",
    "location",
    "adaptations",
    "measurements",
    "seats",
    "wheelchair_places",
    "prices",
    "instant_book",
)


def create_vehicle(vehicle: Vehicle) -> Action:
    """``vehicle`` is already validated by construction; its id is the local id."""
    if not isinstance(vehicle, Vehicle):
        raise ValidationError("vehicle", "fill in the listing form")
    payload = {k: v for k, v in wire.vehicle_to_wire(vehicle).items() if k in OWNER_FIELDS}
    payload["location"] = _place(payload["location"])
    return Action("create_vehicle", _target(vehicle.id, "id"), payload)


def _place(location: Mapping[str, Any]) -> dict[str, Any]:
    """An owner sends where the vehicle is: a point and an address, never the
    public record's approximate area (``approximate`` is the feed's to say)."""
    return {k: location.get(k, "") for k in ("lat", "lon", "city", "address")}


def update_vehicle(current: Vehicle, changes: Mapping[str, Any]) -> Action:
    """Only the changed wire fields are sent; the merged vehicle must still be valid."""
    if not changes:
        raise ValidationError("changes", "nothing was changed", "nothing_changed")
    merged = wire.vehicle_to_wire(current)
    for key in changes:
        if key == "listed":
            # The owner may list an unlisted vehicle again (unlisting has its own action).
            if changes[key] is not True:
                raise ValidationError(key, "only listing again (true) is sent this way")
            continue
        if key in merged and key not in OWNER_FIELDS:
            raise ValidationError(
                key, "this field is set by the feed, not by the owner", "unknown_field"
            )
        if key not in OWNER_FIELDS:
            raise ValidationError(key, "not a field of a vehicle listing", "unknown_field")
    sent = dict(changes)
    if isinstance(sent.get("location"), Mapping):
        sent["location"] = _place(sent["location"])
    merged.update(sent)
    wire.vehicle_from_wire(merged)  # raises ValidationError naming the field
    return Action("update_vehicle", _target(current.id, "vehicle_id"), sent)


def unlist_vehicle(vehicle_id: str) -> Action:
    return Action("unlist_vehicle", _target(vehicle_id, "vehicle_id"), None)


def set_availability(
    vehicle_id: str, availability: Availability, instant_book: bool | None = None
) -> Action:
    _target(vehicle_id, "vehicle_id")
    if not isinstance(availability, Availability):
        raise ValidationError("availability", "set when the vehicle is available")
    payload = wire.availability_to_wire(availability)
    if instant_book is not None:
        payload["instant_book"] = bool(instant_book)
    return Action("set_availability", vehicle_id, payload)


# -- reviews ------------------------------------------------------------------


def _review(kind: TargetKind, target_id: str, criteria: Mapping[str, object], comment: str) -> Json:
    _target(target_id, f"{kind.value}_id")
    checked = validate_criteria(kind, criteria)
    if not isinstance(comment, str):
        raise ValidationError("comment", "the comment must be text")
    if len(comment) > MAX_COMMENT:
        raise ValidationError(
            "comment", f"the comment is longer than {MAX_COMMENT} characters", "comment_too_long"
        )
    return {"criteria": checked, "comment": comment}


def review_venue(venue_id: str, criteria: Mapping[str, object], comment: str = "") -> Action:
    return Action("review_venue", venue_id, _review(TargetKind.VENUE, venue_id, criteria, comment))


def review_vehicle(vehicle_id: str, criteria: Mapping[str, object], comment: str = "") -> Action:
    payload = _review(TargetKind.VEHICLE, vehicle_id, criteria, comment)
    return Action("review_vehicle", vehicle_id, payload)


def review_renter(booking_id: str, scores: Mapping[str, object], comment: str = "") -> Action:
    """The owner's review of the renter of a completed rental."""
    _target(booking_id, "booking_id")
    if not isinstance(comment, str):
        raise ValidationError("comment", "the comment must be text")
    payload: Json = {**check_scores(scores), "comment": check_comment(comment)}
    return Action("review_renter", booking_id, payload)


# -- contributions and reports ------------------------------------------------


def _consent(odbl_consent: bool) -> None:
    if odbl_consent is not True:
        raise ValidationError(
            "odbl_consent",
            "agree that your facts are shared under the ODbL to send them",
            "consent_required",
        )


def _facts(criteria: Mapping[str, object]) -> Json:
    """The facts a member gives (unknown ones left out), each checked."""
    out: Json = {}
    errors: dict[str, str] = {}
    for name, value in criteria.items():
        if value is None:
            continue  # "don't know" is not sent
        try:
            fact = VenueCriterion(name)
        except ValueError:
            errors[f"criteria.{name}"] = "not a fact of a venue"
            continue
        problem = fact_problem(fact, value)
        if problem:
            errors[f"criteria.{name}"] = problem
        else:
            out[fact.value] = value
    if errors:
        raise ValidationError.many(errors)
    # The venue's own rules across facts (a step-free entrance has no steps).
    try:
        Entrance(step_free=out.get("step_free"), step_count=out.get("step_count"))
    except ValidationError as e:
        raise e.prefixed("criteria") from None
    return out


def add_venue(
    local_id: str,
    name: str,
    category: str,
    location: Location,
    criteria: Mapping[str, object],
    odbl_consent: bool,
) -> Action:
    """A venue that is missing from the map; ``local_id`` names it while it waits."""
    errors: dict[str, str] = {}
    if not isinstance(name, str) or not name.strip():
        errors["name"] = "a venue needs a name"
    elif len(name) > MAX_NAME:
        errors["name"] = f"the name is longer than {MAX_NAME} characters"
    if category not in VENUE_CATEGORIES:
        errors["category"] = "choose a category"
    if not isinstance(location, Location):
        errors["location"] = "choose where the venue is"
    if errors:
        raise ValidationError.many(errors)
    check_coordinates(location.lat, location.lon)
    facts = _facts(criteria)
    _consent(odbl_consent)
    payload = {
        "name": name.strip(),
        "category": category,
        "location": {
            "lat": location.lat,
            "lon": location.lon,
            "city": location.city,
            "address": location.address,
        },
        "criteria": facts,
        "odbl_consent": True,
    }
    return Action("add_venue", _target(local_id, "id"), payload)


def correct_venue(
    venue_id: str, fact: VenueCriterion, value: object, note: str, odbl_consent: bool
) -> Action:
    _target(venue_id, "venue_id")
    if fact not in FACTS:
        raise ValidationError("fact", "choose which fact to correct")
    problem = fact_problem(fact, value)
    if problem:
        raise ValidationError("value", problem)
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise ValidationError("note", f"the note is longer than {MAX_NOTE} characters")
    _consent(odbl_consent)
    payload = {"fact": fact.value, "value": value, "note": note.strip(), "odbl_consent": True}
    return Action("correct_venue", venue_id, payload)


def report(kind: ReportTarget, target_id: str, reason: str) -> Action:
    _target(target_id, "target_id")
    if not isinstance(reason, str) or not reason.strip():
        raise ValidationError("reason", "say why you report this", "reason_needed")
    if len(reason) > MAX_REASON:
        raise ValidationError("reason", f"the reason is longer than {MAX_REASON} characters")
    payload = {"target_kind": kind.value, "target_id": target_id, "reason": reason.strip()}
    return Action("report", target_id, payload)


# -- travel companions ----------------------------------------------------------


def _journey_payload(journey: Journey, note: str, now: datetime | None) -> Json:
    check_journey(journey, now or clock.now())
    if not isinstance(note, str) or len(note) > NOTE_LIMIT:
        raise ValidationError("note", f"at most {NOTE_LIMIT} characters", "comment_too_long")

    def place(p: TripPlace) -> Json:
        return {"name": p.name, "kind": p.kind, "city": p.city, "lat": p.lat, "lon": p.lon}

    return {
        "origin": place(journey.origin),
        "destination": place(journey.destination),
        "leaves_from": wire.format_time(journey.leaves_from),
        "leaves_until": wire.format_time(journey.leaves_until),
        "mode": journey.mode.value,
        "note": note,
    }


def post_trip(
    journey: Journey,
    needs: frozenset[Help],
    note: str = "",
    profile: Mapping[str, int | None] | None = None,
    now: datetime | None = None,
) -> Action:
    """A trip request; ``profile`` (the wheelchair's measurements) only when the
    traveller chose to share it with whoever offers to help."""
    payload = _journey_payload(journey, note, now)
    payload["help"] = sorted(h.value for h in needs)
    if profile is not None:
        payload["profile"] = dict(profile)
    # The target is the post's own key until the feed gives it an id.
    return Action("post_trip", "trip", payload)


def post_companion_offer(journey: Journey, note: str = "", now: datetime | None = None) -> Action:
    return Action("post_companion_offer", "offer", _journey_payload(journey, note, now))


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValidationError(field, f"at most {limit} characters", "comment_too_long")
    if required and not value.strip():
        raise ValidationError(field, "this is needed")
    return value.strip()


def offer_help(
    trip_id: str, offer_id: str | None = None, note: str = "", contact: str = ""
) -> Action:
    payload: Json = {
        "note": _text(note, "note", NOTE_LIMIT),
        "contact": _text(contact, "contact", CONTACT_LIMIT),
    }
    if offer_id:
        payload["offer_id"] = _target(offer_id, "offer_id")
    return Action("offer_help", _target(trip_id, "trip_id"), payload)


def accept_help(companionship_id: str, meeting_point: str, contact: str = "") -> Action:
    payload = {
        "meeting_point": _text(meeting_point, "meeting_point", MEETING_POINT_LIMIT, required=True),
        "contact": _text(contact, "contact", CONTACT_LIMIT),
    }
    return Action("accept_help", _target(companionship_id, "companionship_id"), payload)


def decline_help(companionship_id: str) -> Action:
    return Action("decline_help", _target(companionship_id, "companionship_id"), None)


def cancel_companionship(companionship_id: str, reason: CancelReason) -> Action:
    target = _target(companionship_id, "companionship_id")
    return Action("cancel_companionship", target, {"reason": CancelReason(reason).value})


def cancel_post(post_id: str, reason: CancelReason, *, trip: bool) -> Action:
    kind = "cancel_trip" if trip else "cancel_companion_offer"
    return Action(kind, _target(post_id, "post_id"), {"reason": CancelReason(reason).value})


def rate_companion(companionship_id: str, stars: int, comment: str = "") -> Action:
    payload = {"stars": check_stars(stars), "comment": _text(comment, "comment", 2000)}
    return Action("rate_companion", _target(companionship_id, "companionship_id"), payload)


# -- conversations ----------------------------------------------------------------


def send_message(booking_id: str, text: str) -> Action:
    """The text as it will be sent: trimmed, not empty, at most 2,000 characters."""
    _target(booking_id, "booking_id")
    if not isinstance(text, str):
        raise ValidationError("text", "the message must be text")
    return Action("send_message", booking_id, {"text": clean_text(text)})


def mark_read(booking_id: str, message_id: str) -> Action:
    _target(booking_id, "booking_id")
    return Action("mark_read", booking_id, {"message_id": _target(message_id, "message_id")})


# -- photos -------------------------------------------------------------------


def add_vehicle_photo(
    vehicle_id: str, staged_file: str, description: str, position: int | None = None
) -> Action:
    """``staged_file``: the name photo_uploads.stage gave the copied file;
    ``position``: its place in the gallery as the owner put it (None: last)."""
    payload: Json = {"file": staged_file, "description": clean_description(description)}
    if position is not None:
        payload["position"] = _position(position)
    return Action("add_vehicle_photo", _target(vehicle_id, "vehicle_id"), payload)


def _position(position: int) -> int:
    if not 0 <= position <= 10_000:
        raise ValidationError("position", "expected 0 to 10000", "out_of_range")
    return position


def add_venue_photo(venue_id: str, staged_file: str, description: str, criterion: str) -> Action:
    payload = {
        "file": staged_file,
        "description": clean_description(description),
        "criterion": criterion_from(criterion).value,
    }
    return Action("add_venue_photo", _target(venue_id, "venue_id"), payload)


def edit_photo(
    photo_id: str, description: str | None = None, position: int | None = None
) -> Action:
    payload: Json = {}
    if description is not None:
        payload["description"] = clean_description(description)
    if position is not None:
        payload["position"] = _position(position)
    if not payload:
        raise ValidationError("photo", "nothing was changed", "nothing_changed")
    return Action("edit_photo", _target(photo_id, "photo_id"), payload)


def remove_photo(photo_id: str) -> Action:
    return Action("remove_photo", _target(photo_id, "photo_id"), None)


# -- handover and damage reports ---------------------------------------------------


def handover_photo(
    booking_id: str, moment: Moment, staged_file: str, position: str, description: str
) -> Action:
    payload = {
        "file": staged_file,
        "description": clean_description(description),
        "position": position_from(position).value,
    }
    return Action(f"handover_{moment.value}_photo", _target(booking_id, "booking_id"), payload)


def edit_handover(
    booking_id: str,
    moment: Moment,
    *,
    fuel_percent: int | None = None,
    odometer_km: int | None = None,
    notes: str | None = None,
) -> Action:
    payload: Json = {}
    if fuel_percent is not None:
        if not 0 <= fuel_percent <= 100:
            raise ValidationError("fuel_percent", "expected 0 to 100", "out_of_range")
        payload["fuel_percent"] = fuel_percent
    if odometer_km is not None:
        if not 0 <= odometer_km <= MAX_ODOMETER_KM:
            raise ValidationError("odometer_km", f"expected 0 to {MAX_ODOMETER_KM}", "out_of_range")
        payload["odometer_km"] = odometer_km
    if notes is not None:
        payload["notes"] = clean_notes(notes)
    if not payload:
        raise ValidationError("report", "nothing was changed", "nothing_changed")
    return Action(f"handover_{moment.value}_edit", _target(booking_id, "booking_id"), payload)


def remove_handover_photo(booking_id: str, moment: Moment, photo_id: str) -> Action:
    """Takes a photo out of a report that is not locked yet."""
    payload: Json = {"photo_id": _target(photo_id, "photo_id")}
    return Action(
        f"handover_{moment.value}_photo_remove", _target(booking_id, "booking_id"), payload
    )


def confirm_handover(booking_id: str, moment: Moment) -> Action:
    return Action(f"handover_{moment.value}_confirm", _target(booking_id, "booking_id"), None)


def report_damage(booking_id: str, description: str, photo_ids: list[str]) -> Action:
    text = clean_notes(description, "description", most=MAX_DAMAGE_DESCRIPTION)
    if not text:
        raise ValidationError("description", "describe the damage", "required")
    payload = {"description": text, "photo_ids": [_target(p, "photo_ids") for p in photo_ids]}
    return Action("report_damage", _target(booking_id, "booking_id"), payload)
