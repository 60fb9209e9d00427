"""wheelshare's domain: vocabulary, value objects and rules. Plain Python: no Qt, no SQL."""

from wheelshare.domain.booking import (
    DEFAULT_POLICY,
    Booking,
    BookingStatus,
    CancellationPolicy,
    check_transition,
)
from wheelshare.domain.errors import TransitionError, ValidationError, WheelshareError
from wheelshare.domain.pricing import Quote, QuoteLine, quote
from wheelshare.domain.profile import (
    Fit,
    FitResult,
    WheelchairProfile,
    fits,
    vehicle_requirements,
    venue_requirements,
)
from wheelshare.domain.review import Review, validate_criteria
from wheelshare.domain.values import Location, Money, Period
from wheelshare.domain.vehicle import (
    Availability,
    Measurements,
    Prices,
    Rating,
    Vehicle,
    VehiclePlace,
    WeeklyBlock,
)
from wheelshare.domain.venue import Accessibility, Entrance, Source, Venue
from wheelshare.domain.vocabulary import (
    Adaptation,
    Measurement,
    TargetKind,
    VehicleCriterion,
    VenueCriterion,
    WheelchairGrade,
)

__all__ = [
    "DEFAULT_POLICY",
    "Accessibility",
    "Adaptation",
    "Availability",
    "Booking",
    "BookingStatus",
    "CancellationPolicy",
    "Entrance",
    "Fit",
    "FitResult",
    "Location",
    "Measurement",
    "Measurements",
    "Money",
    "Period",
    "Prices",
    "Quote",
    "QuoteLine",
    "Rating",
    "Review",
    "Source",
    "TargetKind",
    "TransitionError",
    "ValidationError",
    "Vehicle",
    "VehicleCriterion",
    "VehiclePlace",
    "Venue",
    "VenueCriterion",
    "WeeklyBlock",
    "WheelchairGrade",
    "WheelchairProfile",
    "WheelshareError",
    "check_transition",
    "fits",
    "quote",
    "validate_criteria",
    "vehicle_requirements",
    "venue_requirements",
]
