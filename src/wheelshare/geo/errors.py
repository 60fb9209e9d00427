"""The places layer's errors."""

from __future__ import annotations

from wheelshare.domain.errors import WheelshareError
from wheelshare.domain.problems import Problem, ProblemCode


class GeoError(WheelshareError):
    """Root of the errors raised by ``wheelshare.geo``."""


class GazetteerError(GeoError):
    """The offline gazetteer could not be read or built; the message says which file."""

    def __init__(self, message: str) -> None:
        super().__init__(message, problem=Problem(ProblemCode.PLACES_UNAVAILABLE))
