"""Request bodies, validated with pydantic: exact types, no unknown fields.

Ranges and cross-field rules (prices, measurements, periods…) are the domain's
job; these models only make sure each field has the right JSON type, so the
domain sees clean values and every error still names its field.

Times (:data:`Time`) are RFC 3339 text with an offset, parsed as the domain
parses them and turned into UTC here, so a time that exists as written but not
in UTC (``9999-12-31T23:00:00-01:00``) is refused naming its field, and a
number is not taken for a time.

Every string is :data:`Line` (one line: no control character at all) or
:data:`Text` (free text: tabs and line breaks, no other control character).
A NUL in particular never reaches the database: PostgreSQL refuses it in text,
SQLite would store it, and both answer the same 422 this way.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from wheelshare.domain import ValidationError
from wheelshare.domain.companions import CONTACT_LIMIT, MEETING_POINT_LIMIT, NOTE_LIMIT
from wheelshare.domain.wire import parse_time

Number = Annotated[float, Field(strict=True)] | StrictInt

# C0 control characters and DEL; free text keeps tab, line feed and carriage return.
LINE_PATTERN = r"^[^\x00-\x1f\x7f]*$"
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
PATTERN_MESSAGES = {
    LINE_PATTERN: "control characters (such as NUL, tab or line breaks) are not allowed here",
    TEXT_PATTERN: "control characters other than tabs and line breaks are not allowed",
}
Line = Annotated[StrictStr, StringConstraints(pattern=LINE_PATTERN)]
Text = Annotated[StrictStr, StringConstraints(pattern=TEXT_PATTERN)]
ShortText = Annotated[Line, Field(max_length=300)]
Password = Annotated[Text, Field(max_length=1024)]

_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?"
    r"(?P<offset>[Zz]|[+-][0-9]{2}:?[0-9]{2})?"
)

# Times are kept two days inside the calendar (years 1 to 9999), so that they
# exist in every time zone and a day before or after them does too: the domain
# works out weekly rules on the local days around a period.
_MARGIN = timedelta(days=2)
EARLIEST = datetime.min.replace(tzinfo=UTC) + _MARGIN
LATEST = datetime.max.replace(tzinfo=UTC) - _MARGIN


def _time(value: object) -> datetime:
    """An RFC 3339 date and time with an offset, as an aware datetime in UTC."""
    shape = _RFC3339.fullmatch(value) if isinstance(value, str) else None
    if shape is None:
        raise PydanticCustomError(
            "datetime_format", "expected an RFC 3339 date and time, e.g. 2026-12-01T09:00:00Z"
        )
    if shape.group("offset") is None:
        raise PydanticCustomError("timezone_aware", "the date and time needs an offset (e.g. Z)")
    assert isinstance(value, str)
    try:
        moment = parse_time(value.upper(), "")
    except ValidationError as e:  # e.g. out of range once in UTC
        raise PydanticCustomError("datetime_range", e.message) from None
    if not EARLIEST <= moment <= LATEST:
        raise PydanticCustomError("datetime_range", "the date is out of range")
    return moment


Time = Annotated[
    datetime,
    PlainValidator(_time),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterIn(Body):
    email: ShortText
    password: Password
    # Checked by accounts.check_new_account, which names what is wrong with it
    # (control characters, direction overrides, nothing visible, too long).
    display_name: Annotated[StrictStr, Field(max_length=300)]


class SignInIn(Body):
    email: ShortText
    password: Password


class LocationIn(Body):
    lat: Number
    lon: Number
    city: ShortText = ""
    address: ShortText = ""


class MoneyIn(Body):
    amount: StrictInt
    currency: Annotated[Line, Field(max_length=3)] = "EUR"


class PricesIn(Body):
    half_day: MoneyIn
    day: MoneyIn
    week: MoneyIn


Adaptations = dict[Annotated[Line, Field(max_length=60)], StrictBool | StrictInt]
MeasurementsIn = dict[Annotated[Line, Field(max_length=60)], StrictInt | None]


class VehicleIn(Body):
    title: Annotated[Line, Field(max_length=1000)]
    description: Annotated[Text, Field(max_length=20000)] = ""
    location: LocationIn
    adaptations: Adaptations = Field(default_factory=dict)
    measurements: MeasurementsIn = Field(default_factory=dict)
    seats: StrictInt = 4
    wheelchair_places: StrictInt = 1
    prices: PricesIn
    instant_book: StrictBool = False


class VehiclePatch(Body):
    """Only the fields sent change; ``measurements`` merges key by key."""

    title: Annotated[Line, Field(max_length=1000)] | None = None
    description: Annotated[Text, Field(max_length=20000)] | None = None
    location: LocationIn | None = None
    adaptations: Adaptations | None = None
    measurements: MeasurementsIn | None = None
    seats: StrictInt | None = None
    wheelchair_places: StrictInt | None = None
    prices: PricesIn | None = None
    instant_book: StrictBool | None = None
    # true lists an unlisted vehicle again (DELETE unlists it).
    listed: StrictBool | None = None


class BlockIn(Body):
    start: Time
    end: Time


class WeeklyIn(Body):
    weekday: StrictInt
    start: Annotated[Line, Field(max_length=8)]
    end: Annotated[Line, Field(max_length=8)]


class AvailabilityIn(Body):
    blocks: Annotated[list[BlockIn], Field(max_length=1000)] = Field(default_factory=list)
    weekly: Annotated[list[WeeklyIn], Field(max_length=100)] = Field(default_factory=list)
    timezone: Annotated[Line, Field(max_length=64)] = "Europe/Paris"
    instant_book: StrictBool | None = None


class BookingIn(Body):
    vehicle_id: Annotated[Line, Field(min_length=1, max_length=64)]
    start: Time
    end: Time


class MessageIn(Body):
    # Trimmed, then at most 2,000 characters (domain/message.py); the raw text
    # may carry some white space around it.
    text: Annotated[Text, Field(max_length=8000)]


class MessageReadIn(Body):
    message_id: Annotated[Line, Field(min_length=1, max_length=64)]


CriterionName = Annotated[Line, Field(max_length=60)]
CriterionIn = StrictBool | StrictInt | Annotated[Line, Field(max_length=40)] | None


class ReviewIn(Body):
    criteria: Annotated[dict[CriterionName, CriterionIn], Field(max_length=40)]
    comment: Annotated[Text, Field(max_length=4000)] = ""


Reason = Annotated[Text, Field(min_length=1, max_length=2000)]
FactValue = StrictBool | StrictInt | Annotated[Line, Field(max_length=40)]


class VenueLocationIn(Body):
    lat: Number
    lon: Number
    city: ShortText = ""
    address: ShortText = ""


class VenueAdditionIn(Body):
    name: Annotated[Line, Field(max_length=300)]
    category: Annotated[Line, Field(max_length=100)]
    location: VenueLocationIn
    criteria: Annotated[dict[CriterionName, FactValue], Field(max_length=20)] = Field(
        default_factory=dict
    )
    # The contributor agrees that the facts are shared under the ODbL.
    odbl_consent: StrictBool


class CorrectionIn(Body):
    fact: CriterionName
    value: FactValue
    note: Annotated[Text, Field(max_length=2000)] = ""
    odbl_consent: StrictBool


class ReportIn(Body):
    target_kind: Literal["review", "photo", "listing", "venue"]
    target_id: Annotated[Line, Field(min_length=1, max_length=64)]
    reason: Reason


class DecisionIn(Body):
    """Why a moderator decides so: the author of a rejected contribution is told."""

    reason: Reason


class ApprovalIn(Body):
    reason: Annotated[Text, Field(max_length=2000)] = ""


class PlaceIn(Body):
    """A station, airport or town from the gazetteer (``kind``: city, station, airport)."""

    name: Annotated[Line, Field(min_length=1, max_length=200)]
    kind: Annotated[Line, Field(max_length=20)]
    city: Annotated[Line, Field(max_length=200)] = ""
    lat: Number
    lon: Number


Mode = Literal["train", "coach", "bus_tram", "plane", "car"]
HelpName = Literal["boarding", "luggage", "changes", "guidance", "to_the_door"]
CancelReasonName = Literal[
    "plans_changed", "journey_cancelled", "illness", "found_other_help", "other"
]


class JourneyIn(Body):
    origin: PlaceIn
    destination: PlaceIn
    leaves_from: Time
    leaves_until: Time
    mode: Mode
    note: Annotated[Text, Field(max_length=NOTE_LIMIT)] = ""


class TripIn(JourneyIn):
    help: Annotated[list[HelpName], Field(max_length=5)] = Field(default_factory=list)
    # The traveller's wheelchair measurements, if they choose to share them
    # with the person who offers to help (never public).
    profile: (
        Annotated[
            dict[Annotated[Line, Field(max_length=40)], StrictInt | None], Field(max_length=20)
        ]
        | None
    ) = None


class HelpIn(Body):
    offer_id: Annotated[Line, Field(min_length=1, max_length=64)] | None = None
    note: Annotated[Text, Field(max_length=NOTE_LIMIT)] = ""
    contact: Annotated[Line, Field(max_length=CONTACT_LIMIT)] = ""


class AcceptIn(Body):
    meeting_point: Annotated[Line, Field(min_length=1, max_length=MEETING_POINT_LIMIT)]
    contact: Annotated[Line, Field(max_length=CONTACT_LIMIT)] = ""


class CancelIn(Body):
    reason: CancelReasonName


class RenterReviewIn(Body):
    """An owner's review of the renter: each criterion 1 to 5 (checked by the
    domain, so a wrong score is named like any other field)."""

    care: StrictInt
    punctuality: StrictInt
    communication: StrictInt
    comment: Annotated[Text, Field(max_length=1000)] = ""


class CompanionRatingIn(Body):
    stars: StrictInt
    comment: Annotated[Text, Field(max_length=2000)] = ""
