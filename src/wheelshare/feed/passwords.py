"""What a new password must be, in the spirit of NIST SP 800-63B: long enough,
not absurdly long, and not one an attacker tries first.

"Tries first" is judged by zxcvbn (Dropbox's estimator, as a maintained library:
common-password and word lists, keyboard patterns, repeats, dates, and the
person's own email address and name) rather than by composition rules, which
NIST advises against. A password must reach score 3 of 4 ("safely unguessable:
moderate protection from an offline slow-hash scenario").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_PASSWORD = 10
# Bounds the work a password costs the server (hashing is linear in its length);
# the request schemas refuse longer ones before anything else runs.
MAX_PASSWORD = 1024
MIN_SCORE = 3
# zxcvbn refuses longer input and slows down sharply with length; the first 72
# characters tell a guessable password from a strong one well enough.
_JUDGED = 72


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message: str


def problem(password: str, *, email: str = "", display_name: str = "") -> Problem | None:
    """Why ``password`` will not do for this person, or None when it will."""
    if len(password) < MIN_PASSWORD:
        return Problem("password_too_short", f"use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        return Problem("password_too_long", f"use at most {MAX_PASSWORD} characters")
    # Imported here: its word lists take 12 MiB, which the demo feed started
    # with every app run never needs unless someone chooses a password.
    from zxcvbn import zxcvbn

    personal = [w for w in (email, *re.split(r"[@.+_\-\s]+", email), display_name) if w]
    result = zxcvbn(password[:_JUDGED], user_inputs=personal)
    if result["score"] < MIN_SCORE:
        warning = str(result["feedback"].get("warning") or "").rstrip(".")
        why = f" ({warning[0].lower()}{warning[1:]})" if warning else ""
        return Problem(
            "weak_password",
            f"this password is too easy to guess{why}; a few unrelated words work well",
        )
    return None
