"""Request bodies, validated with pydantic: exact types, no unknown fields.

Ranges and cross-field rules (prices, measurements, periods…) are the domain's
job; these models only make sure each field has the right JSON type, so the
domain sees clean values and every error still names its field.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

Number = Annotated[float, Field(strict=True)] | StrictInt
ShortText = Annotated[StrictStr, Field(max_length=300)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterIn(Body):
    email: ShortText
    password: Annotated[StrictStr, Field(max_length=1024)]
    display_name: ShortText


class SignInIn(Body):
    email: ShortText
    password: Annotated[StrictStr, Field(max_length=1024)]


class LocationIn(Body):
    lat: Number
    lon: Number
    city: ShortText = ""
    address: ShortText = ""


class MoneyIn(Body):
    amount: StrictInt
    currency: Annotated[StrictStr, Field(max_length=3)] = "EUR"


class PricesIn(Body):
    half_day: MoneyIn
    day: MoneyIn
    week: MoneyIn


Adaptations = dict[Annotated[StrictStr, Field(max_length=60)], StrictBool | StrictInt]
MeasurementsIn = dict[Annotated[StrictStr, Field(max_length=60)], StrictInt | None]


class VehicleIn(Body):
    title: Annotated[StrictStr, Field(max_length=1000)]
    description: Annotated[StrictStr, Field(max_length=20000)] = ""
    location: LocationIn
    adaptations: Adaptations = Field(default_factory=dict)
    measurements: MeasurementsIn = Field(default_factory=dict)
    seats: StrictInt = 4
    wheelchair_places: StrictInt = 1
    prices: PricesIn
    instant_book: StrictBool = False


class VehiclePatch(Body):
    """Only the fields sent change; ``measurements`` merges key by key."""

    title: Annotated[StrictStr, Field(max_length=1000)] | None = None
    description: Annotated[StrictStr, Field(max_length=20000)] | None = None
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
    start: AwareDatetime
    end: AwareDatetime


class WeeklyIn(Body):
    weekday: StrictInt
    start: Annotated[StrictStr, Field(max_length=8)]
    end: Annotated[StrictStr, Field(max_length=8)]


class AvailabilityIn(Body):
    blocks: Annotated[list[BlockIn], Field(max_length=1000)] = Field(default_factory=list)
    weekly: Annotated[list[WeeklyIn], Field(max_length=100)] = Field(default_factory=list)
    timezone: Annotated[StrictStr, Field(max_length=64)] = "Europe/Paris"
    instant_book: StrictBool | None = None


class BookingIn(Body):
    vehicle_id: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    start: AwareDatetime
    end: AwareDatetime


CriterionName = Annotated[StrictStr, Field(max_length=60)]
CriterionIn = StrictBool | StrictInt | Annotated[StrictStr, Field(max_length=40)] | None


class ReviewIn(Body):
    criteria: Annotated[dict[CriterionName, CriterionIn], Field(max_length=40)]
    comment: Annotated[StrictStr, Field(max_length=4000)] = ""
