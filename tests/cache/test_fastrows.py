"""The fast row builder accepts only what the domain accepts, and builds the same row.

Every error a person sees still comes from the domain: for any record the
fast path is unsure of, the store parses it through ``domain.wire``. These
tests pin both halves: demo data all takes the fast path with identical rows,
and no mutated record is ever accepted by the fast path while the domain
refuses it (or stored differently).
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wheelshare import demo
from wheelshare.cache import Cache, InvalidRecordError, fastrows, rows, upsert_records
from wheelshare.domain import ValidationError
from wheelshare.domain.wire import Json, vehicle_from_wire, venue_from_wire

SLOW: dict[str, Callable[[Json], tuple[object, ...]]] = {
    "venue": lambda r: rows.venue_row(venue_from_wire(r), r),
    "vehicle": lambda r: rows.vehicle_row(vehicle_from_wire(r), r),
}
FAST = fastrows.FAST_ROWS


@pytest.fixture(scope="module")
def samples() -> dict[str, list[Json]]:
    return {
        "venue": list(demo.iter_venues(21, 1500)),
        "vehicle": list(demo.iter_vehicles(21, 300)),
    }


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    # NaN never reaches a row (the domain refuses it), so plain equality is exact.
    return a == b and [type(x) for x in a] == [type(x) for x in b]


@pytest.mark.parametrize("kind", ["venue", "vehicle"])
def test_demo_records_take_the_fast_path_with_the_domain_row(
    kind: str, samples: dict[str, list[Json]]
) -> None:
    for record in samples[kind]:
        fast = FAST[kind](record)
        assert fast is not None, record["id"]
        assert _same(fast, SLOW[kind](record)), record["id"]


def _paths(value: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, sub in value.items():
            out.extend(_paths(sub, (*prefix, key)))
    return out


ODD_VALUES: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    3,
    30,
    99,
    250,
    401,
    10**400,
    1.5,
    -0.0,
    math.nan,
    math.inf,
    91.0,
    -181,
    "",
    " ",
    "x",
    "x" * 301,
    "unknown",
    "fully",
    "EUR",
    "JPY",
    "rear_ramp",
    "2026-02-30T10:00:00Z",
    "2026-10-01T03:38:20",
    "2026-10-01T03:38:20+02:00",
    "2026-10-01T03:38:20.5Z",
    "2026-10-01 03:38:20Z",
    "2026-10-01T03:38:60Z",
    "2026-10-01T24:00:00Z",
    "２０２６-10-01T03:38:20Z",
    [],
    {},
    {"amount": 1},
    {"lat": 1, "lon": 2},
]
MISSING = object()


def _mutated(record: Json, path: tuple[str, ...], value: object) -> Json:
    out = copy.deepcopy(record)
    target: Any = out
    for key in path[:-1]:
        target = target.setdefault(key, {})  # an extra key may need its parent
    if value is MISSING:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


def _check(kind: str, record: Json) -> None:
    fast = FAST[kind](record)
    try:
        slow = SLOW[kind](record)
    except (ValidationError, ValueError, TypeError, OverflowError):
        assert fast is None, "the fast path accepted a record the domain refuses"
        return
    if fast is not None:
        assert _same(fast, slow)


@pytest.mark.parametrize("kind", ["venue", "vehicle"])
def test_no_single_odd_value_is_judged_differently(
    kind: str, samples: dict[str, list[Json]]
) -> None:
    # Two records with different shapes (some fields null in one, set in the other).
    for record in (samples[kind][0], samples[kind][1]):
        for path in _paths(record):
            for value in [*ODD_VALUES, MISSING]:
                _check(kind, _mutated(record, path, value))
    extra_keys: list[tuple[tuple[str, ...], object]] = [
        (("adaptations", "jetpack"), True),
        (("adaptations", "winch"), 2),
        (("adaptations", "winch"), 0.0),
        (("measurements", "wheel_size"), 1),
        (("accessibility", "description", "fr"), "Entrée de plain-pied"),
        (("accessibility", "description", "x" * 21), "text"),
        (("accessibility", "description", "en"), 3),
        (("source",), {"name": "OpenStreetMap", "id": 5}),
    ]
    for path, value in extra_keys:
        _check(kind, _mutated(samples[kind][2], path, value))
    # Rules that tie two fields together.
    entrance = ("accessibility", "entrance")
    stepped = _mutated(samples[kind][2], (*entrance, "step_count"), 2)
    _check(kind, _mutated(stepped, (*entrance, "step_free"), True))
    for currency in ("GBP", "USD"):
        _check(kind, _mutated(samples[kind][2], ("prices", "day", "currency"), currency))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from([v for v in ODD_VALUES if not isinstance(v, dict | list)]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["venue", "vehicle"]),
    which=st.integers(min_value=0, max_value=20),
    choices=st.lists(st.tuples(st.integers(min_value=0), json_values), min_size=1, max_size=3),
)
def test_random_mutations_are_judged_as_the_domain_judges_them(
    kind: str, which: int, choices: list[tuple[int, object]], samples: dict[str, list[Json]]
) -> None:
    record = samples[kind][which]
    for pick, value in choices:
        paths = _paths(record)
        record = _mutated(record, paths[pick % len(paths)], value)
    _check(kind, record)


@pytest.mark.parametrize(
    ("kind", "mutate", "field"),
    [
        ("venue", lambda r: r["location"].update(lat=math.nan), "location.lat"),
        ("venue", lambda r: r["accessibility"].update(wheelchair_grade="mostly"), None),
        ("venue", lambda r: r["accessibility"]["entrance"].update(door_width_cm=5), None),
        ("venue", lambda r: r.update(name="   "), "name"),
        ("venue", lambda r: r.update(updated_at="yesterday"), "updated_at"),
        ("vehicle", lambda r: r.update(seats=12), "seats"),
        ("vehicle", lambda r: r["prices"]["week"].update(currency="JPY"), None),
        ("vehicle", lambda r: r["measurements"].update(ramp_width_cm=10), None),
        ("vehicle", lambda r: r.update(instant_book=None), "instant_book"),
    ],
)
def test_the_store_reports_the_domains_own_error(
    data_dir: Any,
    samples: dict[str, list[Json]],
    kind: str,
    mutate: Callable[[Json], object],
    field: str | None,
) -> None:
    bad = copy.deepcopy(samples[kind][3])
    mutate(bad)
    parse = venue_from_wire if kind == "venue" else vehicle_from_wire
    with pytest.raises(ValidationError) as expected:
        parse(bad)
    batch = [*samples[kind][:3], bad, *samples[kind][4:]]  # large enough to load in bulk
    with Cache.open(data_dir) as cache:
        with pytest.raises(InvalidRecordError) as info, cache.transaction() as session:
            upsert_records(session, kind, batch)
        with cache.session() as session:
            table = "venues" if kind == "venue" else "vehicles"
            left = session.connection().exec_driver_sql(f"SELECT count(*) FROM {table}")  # noqa: S608
            assert left.scalar() == 0
    err = info.value
    assert err.record_id == bad["id"]
    want = expected.value
    assert (err.field, err.errors, err.code) == (want.field, want.errors, want.code)
    assert err.message == f"{kind} {bad['id']!r}: {want.message}"
    if field is not None:
        assert err.field == field


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("name",), "Café « Le Rempart »\u2028"),
        (("location", "lat"), 1e-05),
        (("rating", "average"), 4),
        (("opening_hours",), math.nan),
        (("opening_hours",), [math.inf, {"x": -math.inf}]),
        (("accessibility", "entrance", "floor"), 2**70),
        (("source", "note"), "\ud800"),
    ],
)
def test_the_stored_json_means_the_record_it_came_from(
    samples: dict[str, list[Json]], path: tuple[str, ...], value: object
) -> None:
    # The data column is what the app reads a venue back from: written by orjson
    # when it can say the same, by json otherwise (NaN, huge integers, lone
    # surrogates), and the same text on the fast path and through the domain.
    record = _mutated(samples["venue"][5], path, value)
    fast = FAST["venue"](record)
    slow = SLOW["venue"](record)
    assert fast is not None and fast[-1] == slow[-1]
    stored = json.loads(str(fast[-1]))
    assert json.dumps(stored, sort_keys=True) == json.dumps(record, sort_keys=True)
