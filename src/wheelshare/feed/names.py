"""Display names: what others see next to a listing or a review.

A name is stored in Unicode NFC (``accounts.check_new_account``), so that the
same name typed on two systems is one string. Refused, each with its own code
so a client can say what to fix:

* control characters, line and paragraph separators and lone surrogates
  (``display_name_control``): they break the lines a name is shown on, and
  PostgreSQL refuses some of them outright;
* bidirectional overrides and isolates, U+202A–U+202E and U+2066–U+2069
  (``display_name_bidi``): they reverse the text that follows, so that a name
  can make a review or a booking line read as something else;
* a name with nothing visible in it, only spaces, zero-width or other
  invisible characters (``display_name_invisible``): nobody could tell who it is;
* more than ``MAX_LENGTH`` characters (``display_name_too_long``).
"""

from __future__ import annotations

import unicodedata

MAX_LENGTH = 100
_BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
# Categories with nothing to see on their own: format characters (zero-width
# space and joiners, the word joiner…), spaces and combining marks.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Zs", "Mn", "Me"})
# Letters that draw as blank space.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def display_name_problem(name: str) -> tuple[str, str] | None:
    """(code, message) for a name that will not do, or None."""
    if any(unicodedata.category(c) in _CONTROL_CATEGORIES for c in name):
        return "display_name_control", "remove the control characters from the name"
    if any(c in _BIDI for c in name):
        return (
            "display_name_bidi",
            "remove the text-direction override characters from the name",
        )
    if not name.strip():
        return "invalid", "enter the name others will see"
    if all(unicodedata.category(c) in _INVISIBLE_CATEGORIES or c in _BLANK_LETTERS for c in name):
        return "display_name_invisible", "the name has no visible characters; enter a name"
    if len(name) > MAX_LENGTH:
        return "display_name_too_long", f"use at most {MAX_LENGTH} characters"
    return None
