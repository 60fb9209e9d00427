"""The domain's errors: each names what is wrong so a person can act on it."""

from __future__ import annotations


class WheelshareError(Exception):
    """Root of every error wheelshare raises on purpose."""


class ValidationError(WheelshareError, ValueError):
    """A value a person or a feed supplied is not acceptable.

    ``field`` is the dotted path of the offending field (``"measurements.ramp_width_cm"``),
    ``code`` a stable machine word the UI can translate, ``message`` English text.
    Several problems can be carried at once in ``errors`` (field -> message).
    """

    def __init__(self, field: str, message: str, code: str = "invalid") -> None:
        self.field = field
        self.message = message
        self.code = code
        self.errors: dict[str, str] = {field: message}
        super().__init__(f"{field}: {message}")

    @classmethod
    def many(cls, errors: dict[str, str], code: str = "invalid") -> ValidationError:
        """One error carrying several field problems (the first is the headline)."""
        if not errors:
            raise ValueError("ValidationError.many needs at least one error")
        field, message = next(iter(errors.items()))
        err = cls(field, message, code)
        err.errors = dict(errors)
        return err

    def prefixed(self, prefix: str) -> ValidationError:
        """The same error with every field path put under ``prefix``."""
        err = ValidationError.many(
            {f"{prefix}.{k}" if k else prefix: v for k, v in self.errors.items()}, self.code
        )
        return err


class TransitionError(WheelshareError):
    """A booking was asked to move to a state its current state cannot reach."""

    def __init__(self, current: str, wanted: str) -> None:
        self.current = current
        self.wanted = wanted
        super().__init__(f"a booking that is {current} cannot become {wanted}")
