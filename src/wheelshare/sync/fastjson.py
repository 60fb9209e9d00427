"""Decoding the feed's answers: orjson, with the standard library's reading kept.

A first sync spends much of its time decoding pages (see docs/performance.md);
orjson takes about a third of ``json``'s time. Where the two disagree the
standard library's answer is kept, so that what a page means does not depend
on the decoder: orjson refuses NaN, infinities and lone surrogates, which
``json`` reads (the records they are in are then refused as records, one by
one), and reads integers beyond 64 bits as floats; a text with such an integer
(20 digits or more in a row) is decoded by ``json``.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_LONG = 20
# Digits become "0", every other byte a space: a run of 20 digits is then a
# plain substring, which ``bytes.find`` skips to many times faster than a
# regular expression that starts a match at every digit.
_DIGITS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_RUN = b"0" * _LONG
# Scanned a slice at a time, so that a long document does not hold the
# interpreter lock in one call; slices overlap so no run is cut in two.
_SLICE = 1024 * 1024


def has_long_number(raw: bytes) -> bool:
    """Whether ``raw`` holds 20 digits or more in a row (a number orjson would
    read differently, or digits inside a text: either way, ``json`` decides)."""
    for start in range(0, len(raw), _SLICE):
        part = raw[max(start - _LONG + 1, 0) : start + _SLICE]
        if _RUN in part.translate(_DIGITS):
            return True
    return False


def loads(text: bytes | str, *, scanned: bool = False) -> Any:
    """Like ``json.loads``; raises ValueError (or RecursionError) as it does.

    ``scanned``: the caller found no long number in a document ``text`` is
    part of (``has_long_number``), so ``text`` is not scanned again."""
    raw = text.encode() if isinstance(text, str) else text
    if scanned or not has_long_number(raw):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass  # let json say what it makes of it, or why not
    return json.loads(raw)
