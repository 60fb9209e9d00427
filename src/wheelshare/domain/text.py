"""Text from a feed: how long each field may be, and what may be shown of it.

A feed is not trusted to keep its text reasonable. Each text field of a record
has a length limit (``TEXT_LIMITS``, by its key on the wire; a record with a
longer field is refused, named, and the rest of the sync goes on), and before
text is stored, printed or shown, what could hide or disguise it is removed
(``printable``): control characters (C0 and C1, but newline and tab), terminal
escape sequences (which could rewrite a terminal's screen or title) and the
bidirectional overrides and isolates (which could make ``evil.exe`` read as
something else).
"""

from __future__ import annotations

import re

# Characters, by the field's key on the wire. The feed's own limits are the same
# or lower (``feed/schemas.py``); these bound what any feed can make us keep.
TEXT_LIMITS: dict[str, int] = {
    "title": 120,
    "vehicle_title": 120,
    "name": 300,
    "owner_name": 300,
    "renter_name": 300,
    "author_name": 300,
    "display_name": 300,
    "category": 100,
    "city": 200,
    "address": 500,
    "url": 2000,
    "description": 5000,
    "comment": 4000,
    "text": 2000,
    "owner_phone": 40,
    "phone": 40,
    "notes": 2000,
}
# Any other text field (identifiers, time zones, codes…).
DEFAULT_TEXT_LIMIT = 1000
# A venue's accessibility description, per language, and how many languages.
DESCRIPTION_LIMIT = 5000
MAX_LANGUAGES = 20


def text_limit(key: str) -> int:
    return TEXT_LIMITS.get(key, DEFAULT_TEXT_LIMIT)


# ESC-introduced sequences (CSI ``ESC [ … final``, OSC/DCS/PM/APC strings up to
# BEL or ST, and two-character escapes), then the 8-bit CSI/OSC forms, then the
# remaining C0/C1 controls (not tab, newline), DEL, and the bidi controls.
_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]P^_X][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x9d\x90\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` without control characters, escape sequences or bidi overrides."""
    return _UNSAFE.sub("", text)
