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


# Everything _UNSAFE removes starts with one of its single characters. In a JSON
# document (UTF-8) such a character is either escaped (``\u…``) or written as
# itself: a raw control byte, DEL, a C1 control (C2 80-9F) or a bidi control
# (E2 80 AA-AE, E2 81 A6-A9); carriage return, backspace and form feed also
# have short escapes (a backslash and r, b or f). Raw tab, line feed and carriage return,
# which JSON allows between values, are not matched (printable() keeps tab and
# line feed, and a raw one inside a string is not valid JSON).
_MAYBE_UNSAFE_JSON = re.compile(
    rb"\\[ubfr]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
)


# Every match of _MAYBE_UNSAFE_JSON starts with one of these bytes. A search for
# a single class of bytes skips through a document many times faster than one
# for the alternatives; each byte found is then tried against the whole
# pattern (most documents have none: no backslash, no control, none of the
# few C2 and E2 sequences French text uses beyond accented letters).
_MAYBE_UNSAFE_START = re.compile(rb"[\\\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xc2\xe2]")

# Scanned a slice at a time: one search over a snapshot of megabytes would hold
# the interpreter lock throughout, and the app's window with it.
_SLICE = 256 * 1024


def json_is_printable(raw: bytes) -> bool:
    """True when no text decoded from the JSON document ``raw`` can hold anything
    :func:`printable` removes, so that cleaning its texts one by one would change
    nothing (a scan in C instead of a call per text). False when in doubt."""
    for start in range(0, max(len(raw), 1), _SLICE):
        end = start + _SLICE
        found = _MAYBE_UNSAFE_START.search(raw, start, end)
        while found is not None:
            # Matched against the whole document: a sequence may run past the slice.
            if _MAYBE_UNSAFE_JSON.match(raw, found.start()) is not None:
                return False
            found = _MAYBE_UNSAFE_START.search(raw, found.start() + 1, end)
    return True
