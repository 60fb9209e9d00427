"""The domain's errors: each names what is wrong so a person can act on it.

Every error carries a ``problem`` (a code and parameters, see
``wheelshare.domain.problems``) for the interface to put in the person's
language; its ``str()`` is English, for logs and the command line.
"""

from __future__ import annotations

from wheelshare.domain.problems import Problem, ProblemCode


class WheelshareError(Exception):
    """Root of every error wheelshare raises on purpose.

    ``problem`` is what the interface shows; without one given, the error is
    ``unexpected`` (a bug), named by its class.
    """

    def __init__(self, *args: object, problem: Problem | None = None) -> None:
        super().__init__(*args)
        self._problem = problem

    @property
    def problem(self) -> Problem:
        if self._problem is not None:
            return self._problem
        return Problem(ProblemCode.UNEXPECTED, {"kind": type(self).__name__})


class ValidationError(WheelshareError, ValueError):
    """A value a person or a feed supplied is not acceptable.

    ``field`` is the dotted path of the offending field (``"measurements.ramp_width_cm"``),
    ``code`` a stable machine word the UI can translate, ``message`` English text.
    Several problems can be carried at once in ``errors`` (field -> message).
    Its ``problem`` is the code when it is a ``ProblemCode``, else ``invalid``,
    with the field as parameter.
    """

    def __init__(self, field: str, message: str, code: str = "invalid") -> None:
        self.field = field
        self.message = message
        self.code = code
        self.errors: dict[str, str] = {field: message}
        super().__init__(f"{field}: {message}")

    @property
    def problem(self) -> Problem:
        try:
            code = ProblemCode(self.code)
        except ValueError:
            code = ProblemCode.INVALID
        return Problem(code, {"field": self.field})

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
        super().__init__(
            f"a booking that is {current} cannot become {wanted}",
            problem=Problem(ProblemCode.INVALID_TRANSITION),
        )
