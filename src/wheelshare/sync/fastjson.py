"""Decoding the feed's answers: orjson, with the standard library's reading kept.

A first sync spends much of its time decoding pages (see docs/performance.md);
orjson takes about a third of ``json``'s time. Where the two disagree the
standard library's answer is kept, so that what a page means does not depend
on the decoder: orjson refuses NaN, infinities and lone surrogates, which
``json`` reads (the records they are in are then refused as records, one by
one), and reads integers beyond 64 bits as floats; a text with such an integer
(20 digits or more in a row, found by one scan in C) is decoded by ``json``.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_LONG_NUMBER = re.compile(rb"[0-9]{20}")


def loads(text: bytes | str) -> Any:
    """Like ``json.loads``; raises ValueError (or RecursionError) as it does."""
    raw = text.encode() if isinstance(text, str) else text
    if _LONG_NUMBER.search(raw) is None:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass  # let json say what it makes of it, or why not
    return json.loads(raw)
