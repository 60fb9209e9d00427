"""Every refusal the feed can answer has words of its own in the app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wheelshare.domain.problems import ProblemCode, feed_problem

FEED = Path(__file__).resolve().parents[2] / "src" / "wheelshare" / "feed"
# Codes given where the feed raises (``code="…"``) or as an error class's default.
# The password policy names its codes as the first argument of its Problem.
_CODE = re.compile(
    r"""\bcode\s*=\s*["']([a-z_]+)["']"""
    r"""|^\s*code = ["']([a-z_]+)["']"""
    r"""|Problem\(\s*["']([a-z_]+)["']""",
    re.M,
)
# Field-level validation, answered with the field's name (ProblemCode.INVALID).
_GENERIC = {"bad_request", "invalid", "unauthorized", "forbidden", "conflict"}
# The app sends an idempotency key with every write and never reuses one for
# another request: these answers mean a bug here, worded as a plain refusal.
_CLIENT_BUGS = {"idempotency_key_required", "idempotency_key_reused"}


def _feed_codes() -> set[str]:
    found: set[str] = set()
    for path in FEED.rglob("*.py"):
        for groups in _CODE.findall(path.read_text(encoding="utf-8")):
            found.add(next(g for g in groups if g))
    return found


def test_the_scan_sees_the_feed_codes() -> None:
    # Guards against a vacuous pass if the feed's way of raising changes.
    assert {"dates_unavailable", "weak_password", "too_many_pending"} <= _feed_codes()


@pytest.mark.parametrize("code", sorted(_feed_codes() - _GENERIC - _CLIENT_BUGS))
def test_each_feed_refusal_has_its_own_problem(code: str) -> None:
    problem = feed_problem(409, code)
    assert problem.code is not ProblemCode.REFUSED, (
        f"the feed answers {code!r}, which the app only knows as 'refused': add a "
        "ProblemCode (or an alias in _FEED_ALIASES) and its sentence in ui/problems.py"
    )
