"""Applying pages to a real cache file: whatever a record holds, a page either applies
(bad records left out and named) or nothing changes; never an unhandled exception."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wheelshare.cache.database import Cache
from wheelshare.sync import store
from wheelshare.sync.pull import plan_page
from wheelshare.sync.records import clean_record, parse_page

from .test_records import GOOD, _paths, _set, json_values


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    c = Cache.open(Path(tmp_path_factory.mktemp("apply")))
    yield c
    c.close()


def _page(changes: list[dict[str, Any]], cursor: str) -> dict[str, Any]:
    return {"changes": changes, "cursor": cursor, "has_more": False}


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(GOOD[:4]), st.data())
def test_a_page_with_any_damaged_record_applies_the_rest(
    shared_cache: Cache, change: dict[str, Any], data: st.DataObject
) -> None:
    record = change["data"]
    path = data.draw(st.sampled_from(_paths(record)))
    new = data.draw(json_values | st.integers(min_value=2**63) | st.integers(max_value=-(2**63)))
    damaged = _set(copy.deepcopy(record), path, new)
    cursor = f"c{data.draw(st.integers(1, 10**6))}"
    # Each example starts without the record: the cache rightly keeps what an
    # earlier version told it that a later one leaves out (a review's author,
    # learned from my own feed), which is not what this property is about.
    store.apply_page(shared_cache, "public", {}, {change["kind"]: [change["id"]]}, cursor, None)
    # Checked the way a sync checks it: the envelope here, the record in the cache.
    page = parse_page(
        _page([{**change, "data": damaged}, GOOD[1] if change is not GOOD[1] else GOOD[0]], cursor),
        validate=False,
    )
    plan = plan_page(page)
    refused = store.apply_page(shared_cache, "public", plan.upserts, plan.deletes, cursor, None)
    assert store.stream_state(shared_cache, "public").cursor == cursor
    other = GOOD[1] if change is not GOOD[1] else GOOD[0]
    assert store.get_record(shared_cache, other["kind"], other["id"]) == other["data"]
    stored = store.get_record(shared_cache, change["kind"], change["id"])
    if page.skipped:
        assert [s.id for s in page.skipped] == [change["id"]]
    elif refused:
        assert [(k, i) for k, i, _ in refused] == [(change["kind"], change["id"])]
        assert all(problem for _, _, problem in refused)
        assert stored != damaged
    else:
        # Stored as sent, less the control characters and escapes of its text.
        assert stored == clean_record(damaged)
