"""Decoding with orjson means what decoding with json means, long numbers included."""

from __future__ import annotations

import gzip
import json

import pytest

from wheelshare.feed import snapshot as feed_snapshot
from wheelshare.sync import fastjson, snapshot


@pytest.mark.parametrize("offset", [-25, -20, -19, -1, 0, 1])
def test_a_number_beyond_64_bits_is_read_exactly_wherever_it_lies(offset: int) -> None:
    # orjson would read it as a float; the scan for it goes a slice at a time.
    number = 10**24 + 7
    head = b'{"pad":"'
    pad = fastjson._SLICE + offset - len(head)
    raw = head + b"x" * pad + b'","n":' + str(number).encode() + b"}"
    assert fastjson.loads(raw)["n"] == number
    assert fastjson.has_long_number(raw)
    digits = str(number).encode()
    assert not fastjson.has_long_number(raw.replace(digits, digits[:12] + b"." + digits[12:]))


def test_a_snapshot_read_a_line_at_a_time_keeps_long_numbers_exact() -> None:
    bodies = [
        json.dumps({"kind": "venue", "id": "v1", "op": "upsert", "data": {"id": "v1", "n": 1.5}}),
        json.dumps({"kind": "venue", "id": "v2", "op": "upsert", "data": {"id": "v2", "n": 2**70}}),
    ]
    laid_out = gzip.decompress(feed_snapshot.encode(bodies, "0123456789abcdef.7"))
    document = snapshot._by_lines(laid_out)
    assert document == json.loads(laid_out)
    assert document is not None and document["changes"][1]["data"]["n"] == 2**70
