"""Photos of vehicles and venues: what their records must hold.

Every photo carries a description written by the person who uploads it, for
someone who cannot see the picture; a photo without one is refused, on the
feed and in the app. A venue photo also says which part of the venue it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wheelshare.domain.errors import ValidationError
from wheelshare.domain.text import printable

# Characters: enough for "the ramp folds out from the rear door; 80 cm wide,
# no lip at the bottom", short enough to be read aloud in one go.
MAX_DESCRIPTION = 500


class PhotoCriterion(StrEnum):
    """What part of a venue a photo illustrates."""

    ENTRANCE = "entrance"
    TOILET = "toilet"
    PARKING = "parking"
    ELEVATOR = "elevator"
    OTHER = "other"


def clean_description(raw: str, field: str = "description") -> str:
    """The description trimmed and without hidden characters; refused when it is
    empty (or only spaces) or longer than :data:`MAX_DESCRIPTION`."""
    text = " ".join(printable(raw).split())
    if not text:
        raise ValidationError(
            field, "describe what the photo shows, for someone who cannot see it", "required"
        )
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(field, f"at most {MAX_DESCRIPTION} characters", "too_long")
    return text


def criterion_from(raw: str, field: str = "criterion") -> PhotoCriterion:
    try:
        return PhotoCriterion(raw.strip())
    except ValueError:
        allowed = ", ".join(c.value for c in PhotoCriterion)
        raise ValidationError(field, f"one of {allowed}") from None


@dataclass(frozen=True, slots=True)
class PhotoFileRef:
    """One size of a photo as the feed serves it: named by its SHA-256."""

    sha256: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Photo:
    """A described photo of a vehicle or a venue, as the app shows it."""

    id: str
    target_kind: str  # "vehicle" or "venue"
    target_id: str
    description: str
    criterion: PhotoCriterion | None
    position: int
    thumb: PhotoFileRef
    large: PhotoFileRef
