"""The record parser: only valid records get through, and nothing makes it crash."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wheelshare import demo
from wheelshare.sync.records import (
    Change,
    MalformedPageError,
    Page,
    Skipped,
    parse_change,
    parse_page,
    parse_page_bytes,
)

DATA = demo.generate(vehicles=12, venues=40)
VEHICLE = DATA.vehicles[0]
VENUE = DATA.venues[0]
REVIEW = DATA.reviews[0]
BOOKING = DATA.bookings[0]

GOOD = [
    {"kind": "vehicle", "id": VEHICLE["id"], "op": "upsert", "data": VEHICLE},
    {"kind": "venue", "id": VENUE["id"], "op": "upsert", "data": VENUE},
    {"kind": "review", "id": REVIEW["id"], "op": "upsert", "data": REVIEW},
    {"kind": "booking", "id": BOOKING["id"], "op": "upsert", "data": BOOKING},
    {"kind": "venue", "id": "gone-1", "op": "delete", "data": None},
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)


def page(changes: list[Any], cursor: str = "c9", has_more: bool = False) -> dict[str, Any]:
    return {"changes": changes, "cursor": cursor, "has_more": has_more}


def test_a_valid_page_comes_through_whole() -> None:
    p = parse_page(page(GOOD))
    assert [(c.kind, c.id, c.op) for c in p.changes] == [
        (g["kind"], g["id"], g["op"]) for g in GOOD
    ]
    assert p.skipped == []
    assert p.cursor == "c9" and p.has_more is False


def test_a_bad_record_is_skipped_with_its_id_and_the_field_at_fault() -> None:
    bad = copy.deepcopy(VEHICLE)
    bad["measurements"]["ramp_width_cm"] = 5000
    change = {"kind": "vehicle", "id": bad["id"], "op": "upsert", "data": bad}
    p = parse_page(page([GOOD[1], change]))
    assert [c.id for c in p.changes] == [VENUE["id"]]
    [skip] = p.skipped
    assert skip.id == VEHICLE["id"]
    assert "measurements.ramp_width_cm" in skip.reason
    assert VEHICLE["id"] in skip.describe()


def test_a_record_whose_id_disagrees_with_its_change_is_skipped() -> None:
    p = parse_page(page([{"kind": "venue", "id": "other", "op": "upsert", "data": VENUE}]))
    assert p.changes == [] and p.skipped[0].id == "other"


def test_an_unknown_kind_is_skipped_but_not_counted_as_malformed() -> None:
    p = parse_page(page([{"kind": "hologram", "id": "h1", "op": "upsert", "data": {}}]))
    assert p.changes == []
    assert p.skipped[0].unknown_kind
    assert p.malformed == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"changes": [', "not valid JSON"),
        (b"[]", "not a JSON object"),
        (b'{"cursor": "c1", "has_more": false}', "no list of changes"),
        (b'{"changes": [], "has_more": false}', "no usable cursor"),
        (b'{"changes": [], "cursor": "", "has_more": false}', "no usable cursor"),
        (b'{"changes": [], "cursor": "c1"}', "whether more changes follow"),
        (b"\xff\xfe", "not valid JSON"),
    ],
)
def test_a_malformed_page_is_refused_as_a_whole(body: bytes, reason: str) -> None:
    with pytest.raises(MalformedPageError, match=reason):
        parse_page_bytes(body)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_arbitrary_json_as_a_page_never_crashes(value: Any) -> None:
    try:
        result = parse_page(value)
    except MalformedPageError:
        return
    assert isinstance(result, Page)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(json_values, max_size=6))
def test_arbitrary_json_as_changes_never_crashes(values: list[Any]) -> None:
    result = parse_page(page(values))
    assert len(result.changes) + len(result.skipped) == len(values)


@settings(max_examples=150)
@given(st.text(max_size=200))
def test_arbitrary_text_as_a_body_never_crashes(text: str) -> None:
    with contextlib.suppress(MalformedPageError):
        parse_page_bytes(text.encode("utf-8", "surrogatepass"))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    value = copy.deepcopy(value)
    target = value
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return value


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(GOOD[:4]), st.data())
def test_a_valid_record_with_any_field_replaced_never_crashes(
    change: dict[str, Any], data: st.DataObject
) -> None:
    # Arbitrary JSON only rarely looks like a record; mutating a real one reaches
    # deep into each wire parser (dates, money, measurements, criteria).
    record = change["data"]
    path = data.draw(st.sampled_from(_paths(record)))
    mutated = _set(record, path, data.draw(json_values | st.integers(min_value=10**300)))
    result = parse_change({**change, "data": mutated})
    assert isinstance(result, Change | Skipped)
    if isinstance(result, Skipped):
        assert result.id == change["id"]
        assert result.reason


def test_the_demo_records_all_parse() -> None:
    # Guards the tests above against vacuity: real records are accepted.
    changes = (
        [{"kind": "vehicle", "id": r["id"], "op": "upsert", "data": r} for r in DATA.vehicles]
        + [{"kind": "venue", "id": r["id"], "op": "upsert", "data": r} for r in DATA.venues]
        + [{"kind": "review", "id": r["id"], "op": "upsert", "data": r} for r in DATA.reviews]
        + [{"kind": "booking", "id": r["id"], "op": "upsert", "data": r} for r in DATA.bookings]
    )
    p = parse_page_bytes(json.dumps(page(changes)))
    assert p.skipped == []
    assert len(p.changes) == len(changes)
